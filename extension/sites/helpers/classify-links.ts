/** @file 関連リンクの分類 (classifyLinks): which of one question's pages each anchor on a Diet page points at. */
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { siteMessages } from '../site-messages';
import type { PageReader } from './page-reader';

/**
 * 関連リンク: resolves every anchor's href with canonicalDietUrl (against `resolve.base`, naming
 * `resolve.session` for a 参議院 /current/ folder) and files it under each key whose pattern matches its
 * path — by target, never by link text. A matching link whose first capture group is not `code`
 * (回次 + 番号 3 桁, e.g. '221001') means rows and links have come apart: the page fails. Anchors that
 * match no pattern are ignored; a key no anchor matched is absent.
 * @example classifyLinks(row.querySelectorAll('a[href]'), [['answerUrl', /\/shitsumon\/b(\d{6})\.htm$/i]], { base: url }, '221001', page)
 * //=> { answerUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b221001.htm' }
 */
export function classifyLinks<K extends string>(
  anchors: Iterable<Element>,
  kinds: readonly (readonly [K, RegExp])[],
  resolve: { base: string; session?: number },
  code: string,
  page: PageReader,
): Partial<Record<K, string>> {
  const links: Partial<Record<K, string>> = {};
  for (const a of anchors) {
    const href = a.getAttribute('href');
    if (!href) continue;
    const url = canonicalDietUrl(href.trim(), resolve);
    const path = new URL(url).pathname;
    for (const [key, pattern] of kinds) {
      const m = pattern.exec(path);
      if (!m) continue;
      if (m[1] !== code) page.fail(siteMessages.linkMismatch(href, code));
      links[key] = url;
    }
  }
  return links;
}
