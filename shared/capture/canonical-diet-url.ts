/**
 * @file 国会ページ URL の正規化 (canonicalDietUrl): the one spelling of every 衆議院・参議院 URL we store or
 * compare. The site adapters write links with it and capture compares page URLs with it, so a page opened as
 * http://…, …/Internet/… or …/current/… is the same page as the one stored (extension/sites/PAGES.md §1.1, §2.1). Pure.
 */

/** The bare and www spellings of each Diet host; both serve the same pages, we store the www one. */
const SHUGIIN_HOST = /^(www\.)?shugiin\.go\.jp$/i;
const SANGIIN_HOST = /^(www\.)?sangiin\.go\.jp$/i;

/**
 * Resolves `href` against `base` (when given) and drops the fragment. On the two Diet hosts it also uses
 * https and the www host, spells the 衆議院 first path segment /internet/ (the site links both /internet/ and /Internet/) and,
 * when `session` is known, names the 参議院 session folder instead of the /current/ alias
 * (「/syuisyo/current/…」 → 「/syuisyo/221/…」). Other hosts keep their scheme and path. Throws TypeError for
 * text that is not a URL.
 * @example canonicalDietUrl('a221001.htm', { base: 'http://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm' })
 * //=> 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm'
 * @example canonicalDietUrl('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/current/syuisyo.htm#top', { session: 221 })
 * //=> 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuisyo.htm'
 */
export function canonicalDietUrl(href: string, { base, session }: { base?: string; session?: number } = {}): string {
  const url = base === undefined ? new URL(href) : new URL(href, base);
  url.hash = '';
  if (SHUGIIN_HOST.test(url.hostname)) {
    url.protocol = 'https:';
    url.hostname = 'www.shugiin.go.jp';
    url.pathname = url.pathname.replace(/^\/internet\//i, '/internet/');
  } else if (SANGIIN_HOST.test(url.hostname)) {
    url.protocol = 'https:';
    url.hostname = 'www.sangiin.go.jp';
    if (session !== undefined) url.pathname = url.pathname.replace(/\/syuisyo\/current\//, `/syuisyo/${String(session).padStart(3, '0')}/`);
  }
  return url.href;
}
