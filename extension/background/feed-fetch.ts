/**
 * @file フィードの取得 (fetchFeed): one conditional GET (If-None-Match / If-Modified-Since) with a timeout, without
 * credentials unless the feed needs them; a failure becomes a FeedError that says what is wrong, in Japanese:
 * - 'permission': the server answered, but the browser would not let us read it — the extension has no access to
 *   that site and the server sends no CORS header for it. The popup offers 「アクセスを許可」.
 * - 'cors': the server answered and access is granted, yet the read was refused (credentials sent to a server
 *   that answers every origin with `*`, which browsers refuse).
 * - 'network': nothing answered at all (name, VPN, proxy, server down).
 * - 'timeout', 'http' (with the status and what it usually means).
 * A fetch that fails before any response gives the same TypeError for CORS and for a dead server; a second,
 * opaque request (`mode: 'no-cors'`, readable by nobody) tells them apart: it succeeds when the server answered.
 */
import { defaultFeedRules, type FeedRules } from './feed-rules';

/** What went wrong, for the popup (the permission button, the hint). */
export type FeedErrorKind = 'permission' | 'cors' | 'network' | 'timeout' | 'http' | 'bundle';

/** フィード取得エラー. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
  constructor(message: string, readonly kind: FeedErrorKind) {
    super(message);
  }
}

/** 取得結果. */
export type FeedResponse =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag?: string; lastModified?: string };

/** How the feed may be reached: credentials (the options' choice) and whether the site's access is granted. */
export interface FeedAccess {
  credentials: boolean;
  /** Resolves true when the extension holds host permission for the feed's site. */
  permitted: () => Promise<boolean>;
}

/** Default access: no credentials, permission unknown (treated as granted: then a refusal reads as CORS). */
const defaultAccess: FeedAccess = { credentials: false, permitted: async () => true };

/** The site part of a URL for messages (「https://intra.example.go.jp」). */
function siteOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** 状態コードの意味 (what the status usually means, and what to do). */
function httpMessage(status: number, credentials: boolean): string {
  const head = `フィードの取得に失敗しました (HTTP ${status})。`;
  if (status === 401 || status === 403) {
    return `${head}サーバーが認証を求めています。${credentials ? '庁内のサインインを確かめてください。' : '庁内のサインインが必要なサーバーなら、設定で「フィードの取得に認証情報を送る」を選んでください。'}`;
  }
  if (status === 404 || status === 410) return `${head}フィードが見つかりません。フィード URL を確かめてください。`;
  if (status >= 500) return `${head}サーバー側の障害です。自動で再試行します。`;
  return head;
}

/** Tells a CORS refusal from a dead server after a failed fetch (see the file comment). */
async function diagnose(url: string, fetchFn: typeof fetch, access: FeedAccess, detail: string, signal: AbortSignal): Promise<FeedError> {
  let answered = false;
  try {
    await fetchFn(url, { mode: 'no-cors', credentials: 'omit', cache: 'no-store', signal });
    answered = true;
  } catch {
    answered = false;
  }
  const site = siteOf(url);
  if (!answered) {
    return new FeedError(`フィードのサーバー (${site}) に接続できません (${detail})。URL とネットワーク (VPN・プロキシ) を確認してください。`, 'network');
  }
  if (!(await access.permitted())) {
    return new FeedError(
      `フィードのサーバー (${site}) は応答しましたが、このサイトへのアクセスが許可されていないため読み取れません (サーバーが CORS を許可していません)。「アクセスを許可」を押してください。`,
      'permission',
    );
  }
  return new FeedError(
    access.credentials
      ? `フィードのサーバー (${site}) は応答しましたが、ブラウザーが読み取りを拒否しました (CORS)。認証情報を送る設定のときは、サーバーが Access-Control-Allow-Credentials とこの拡張機能のオリジンを返す必要があります。不要なら設定で「認証情報を送る」を外してください。`
      : `フィードのサーバー (${site}) は応答しましたが、ブラウザーが読み取りを拒否しました (CORS)。サーバーの Access-Control-Allow-Origin の設定を確かめてください。`,
    'cors',
  );
}

/**
 * Fetches `url`; sends the validators it was given; 304 → not-modified.
 * @example await fetchFeed('https://intra/feed.json', { etag: '"3"' }, fetch, defaultFeedRules, { credentials: false, permitted })
 */
export async function fetchFeed(
  url: string,
  validators: { etag?: string; lastModified?: string },
  fetchFn: typeof fetch,
  rules: FeedRules = defaultFeedRules,
  access: FeedAccess = defaultAccess,
): Promise<FeedResponse> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), rules.timeoutMs);
  const timeout = () => new FeedError(`フィードが ${Math.max(1, Math.round(rules.timeoutMs / 1000))} 秒以内に応答しませんでした。`, 'timeout');
  let response: Response;
  try {
    response = await fetchFn(url, { headers, signal: controller.signal, cache: 'no-cache', credentials: access.credentials ? 'include' : 'omit' });
  } catch (error) {
    if (controller.signal.aborted) throw timeout();
    const diagnosis = await diagnose(url, fetchFn, access, (error as Error).message, controller.signal);
    throw controller.signal.aborted ? timeout() : diagnosis;
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) throw new FeedError(httpMessage(response.status, access.credentials), 'http');
  const text = await response.text();
  return {
    status: 'ok',
    text,
    etag: response.headers.get('ETag') ?? undefined,
    lastModified: response.headers.get('Last-Modified') ?? undefined,
  };
}
