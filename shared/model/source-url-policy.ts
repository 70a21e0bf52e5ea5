/**
 * @file 出所リンクの方針 (source URL policy): the one rule for every link the product stores, shows or opens.
 * A source link is https on one of the two Diet hosts — or, for records that came in a bundle from the
 * user's own 配信フィード, on that feed's origin. Everything else (javascript:, data:, file:, chrome://,
 * //host, a foreign https host, user:password@, another port) is refused. The site parsers, the model
 * (zod refinement), parseBundle and the popup (right before tabs.create) all ask this module. No zod here,
 * so the popup and the content scripts can carry it. Pure.
 */
import { quoteValue } from '../text/quote-value';

/**
 * 国会のホスト: 衆議院 and 参議院, https only — the extension's two host permissions. Source: the sites
 * themselves serve every 質問主意書 page over https on exactly these hosts (衆議院 質問答弁情報, 参議院 質問主意書).
 */
export const DIET_ORIGINS = ['https://www.shugiin.go.jp', 'https://www.sangiin.go.jp'] as const;

/** URL の長さの上限: browsers and servers handle 2,000-odd characters; a longer "link" is not a page link. */
export const MAX_SOURCE_URL_CHARS = 2048;

/** 判定結果: the URL to open (the parser's spelling) or a Japanese reason. */
export type SourceUrlCheck = { ok: true; url: string } | { ok: false; reason: string };

/** Extra origins a link may point at (the user's feed origin, for records from that feed). */
export interface SourceUrlOptions {
  allowedOrigins?: readonly string[];
}

const refused = (value: unknown, why: string): SourceUrlCheck => ({ ok: false, reason: `リンク ${quoteValue(value)} は開けません (${why})。` });

/**
 * 判定: is `value` a link the product may store and open?
 * @example checkSourceUrl('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221037.htm').ok //=> true
 * @example checkSourceUrl('javascript:alert(1)//shitsumon/a221001.htm').ok //=> false
 */
export function checkSourceUrl(value: unknown, options: SourceUrlOptions = {}): SourceUrlCheck {
  if (typeof value !== 'string') return refused(value, '文字列ではありません');
  if (value.length > MAX_SOURCE_URL_CHARS) return refused(value, `${MAX_SOURCE_URL_CHARS} 文字を超えています`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return refused(value, 'URL として読み取れません');
  }
  // blob:https://www.shugiin.go.jp/… has the Diet origin but is not a page on it: the scheme must be http(s) itself.
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refused(value, `${url.protocol} のリンクです (https のみ)`);
  if (url.username !== '' || url.password !== '') return refused(value, 'ユーザー名・パスワードつきの URL です');
  const origins = [...DIET_ORIGINS, ...(options.allowedOrigins ?? [])];
  if (!origins.includes(url.origin)) {
    return refused(value, url.protocol === 'https:' ? '衆議院・参議院・配信元以外のサイトです' : `${url.protocol} のリンクです (https のみ)`);
  }
  return { ok: true, url: url.href };
}

/** True for a link checkSourceUrl accepts. */
export function isAllowedSourceUrl(value: unknown, options: SourceUrlOptions = {}): boolean {
  return checkSourceUrl(value, options).ok;
}

/**
 * 記録上のページ: the address a record was captured from (provenance) — kept as a fact, never opened unless
 * checkSourceUrl also accepts it. Only http and https pages qualify (a clip from a file:, data: or chrome: page
 * keeps no address), without user:password@, within MAX_SOURCE_URL_CHARS.
 * @example isRecordedPageUrl('https://intra.example.go.jp/notice.html') //=> true
 */
export function isRecordedPageUrl(value: unknown): boolean {
  if (typeof value !== 'string' || value.length > MAX_SOURCE_URL_CHARS) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/**
 * 配信元のオリジン: the origin of the user's feed URL when it is one a feed may have (https, or http on
 * localhost / 127.0.0.1 for a feed on the same PC); undefined otherwise (no feed, or not a feed URL).
 * @example feedOrigin('https://intra.example.go.jp/kokkai/feed.json') //=> 'https://intra.example.go.jp'
 */
export function feedOrigin(feedUrl: string | undefined): string | undefined {
  if (!feedUrl) return undefined;
  let url: URL;
  try {
    url = new URL(feedUrl);
  } catch {
    return undefined;
  }
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.protocol === 'https:') return url.origin;
  return url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1') ? url.origin : undefined;
}

/** The allowed origins for records that came from the feed at `feedUrl` (none without a feed). */
export function feedSourceOptions(feedUrl: string | undefined): SourceUrlOptions {
  const origin = feedOrigin(feedUrl);
  return origin ? { allowedOrigins: [origin] } : {};
}
