/** @file 関連リンクの分類 (classifyLinks): which of one question's pages each anchor on a Diet page points at. */
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { checkSourceUrl } from '@shared/model/source-url-policy';
import { siteMessages } from '../site-messages';
import type { PageReader } from './page-reader';

/**
 * 関連リンク: resolves every anchor's href with canonicalDietUrl (against `resolve.base`, naming
 * `resolve.session` for a 参議院 /current/ folder) and files it under each key whose pattern matches its
 * path — by target, never by link text. A matching link whose first capture group is not `code`
 * (回次 + 番号 3 桁以上, e.g. '221001') means rows and links have come apart: the page fails. A matching link
 * that is not https on a Diet host (javascript:, data:, file:, //other-host, another site — source-url-policy)
 * fails the page too, as does an href that is not a URL at all (「http://[」): never a stored link, never a
 * bare TypeError. Anchors that match no pattern are ignored; a key no anchor matched is absent.
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
    let url: URL;
    try {
      url = new URL(canonicalDietUrl(href.trim(), resolve));
    } catch {
      return page.fail(siteMessages.badLink(href));
    }
    for (const [key, pattern] of kinds) {
      const m = pattern.exec(url.pathname);
      if (!m) continue;
      const allowed = checkSourceUrl(url.href);
      if (!allowed.ok) page.fail(siteMessages.foreignLink(href));
      if (m[1] !== code) page.fail(siteMessages.linkMismatch(href, code));
      links[key] = url.href;
    }
  }
  return links;
}
