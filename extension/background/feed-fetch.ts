/**
 * @file フィードの取得 (fetchFeed): one conditional GET (If-None-Match / If-Modified-Since) with a
 * timeout; errors become FeedError with a Japanese message.
 */
import { defaultFeedRules, type FeedRules } from './feed-rules';

/** フィード取得エラー. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
}

/** 取得結果. */
export type FeedResponse =
  | { status: 'not-modified' }
  | { status: 'ok'; text: string; etag?: string; lastModified?: string };

/**
 * Fetches `url`; sends the validators it was given; 304 → not-modified.
 * @example await fetchFeed('https://intra/feed.json', { etag: '"3"' }, fetch)
 */
export async function fetchFeed(
  url: string,
  validators: { etag?: string; lastModified?: string },
  fetchFn: typeof fetch,
  rules: FeedRules = defaultFeedRules,
): Promise<FeedResponse> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (validators.etag) headers['If-None-Match'] = validators.etag;
  if (validators.lastModified) headers['If-Modified-Since'] = validators.lastModified;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), rules.timeoutMs);
  let response: Response;
  try {
    response = await fetchFn(url, { headers, signal: controller.signal, cache: 'no-cache', credentials: 'include' });
  } catch (error) {
    if (controller.signal.aborted) throw new FeedError(`フィードが ${Math.max(1, Math.round(rules.timeoutMs / 1000))} 秒以内に応答しませんでした。`);
    throw new FeedError(`フィードに接続できません (${(error as Error).message})。URL とネットワークを確認してください。`);
  } finally {
    clearTimeout(timer);
  }
  if (response.status === 304) return { status: 'not-modified' };
  if (!response.ok) throw new FeedError(`フィードの取得に失敗しました (HTTP ${response.status})。`);
  const text = await response.text();
  return {
    status: 'ok',
    text,
    etag: response.headers.get('ETag') ?? undefined,
    lastModified: response.headers.get('Last-Modified') ?? undefined,
  };
}
