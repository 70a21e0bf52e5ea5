/** @file 衆議院リンクの正規化 (shugiinLink): one spelling for every 衆議院 URL we store. */

/**
 * 正規化: resolves `href` against the page URL, uses https, drops the fragment and spells the
 * first path segment /internet/ (the site links both /internet/ and /Internet/, diet-pages.md §1.1),
 * so captures of the same page from either spelling store the same URL.
 * @example shugiinLink('a221001.htm', 'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm')
 * //=> 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm'
 */
export function shugiinLink(href: string, base: string): string {
  const url = new URL(href, base);
  url.protocol = 'https:';
  url.hash = '';
  url.pathname = url.pathname.replace(/^\/internet\//i, '/internet/');
  return url.href;
}
