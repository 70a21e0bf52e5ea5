/** @file 参議院リンクの正規化 (sangiinLink): one spelling for every 参議院 URL we store. */

/**
 * 正規化: resolves `href` against the page URL, uses https, drops the fragment and, when the page
 * was opened through the /current/ alias, names the session folder instead (「/syuisyo/current/…」 →
 * 「/syuisyo/221/…」), so captures from either path store the same URL.
 * @example sangiinLink('meisai/m221001.htm', 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/current/syuisyo.htm', 221)
 * //=> 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm'
 */
export function sangiinLink(href: string, base: string, session: number): string {
  const url = new URL(href, base);
  url.protocol = 'https:';
  url.hash = '';
  url.pathname = url.pathname.replace(/\/syuisyo\/current\//, `/syuisyo/${String(session).padStart(3, '0')}/`);
  return url.href;
}
