/** @file 衆議院の関連リンク (readShugiinLinks): 経過・質問本文・答弁本文 (HTML/PDF) links of one question. */
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import type { PageReader } from '../helpers/page-reader';
import { siteMessages } from '../site-messages';

/** The links a 衆議院 page gives for one question; a link the page does not show is absent. */
export interface ShugiinLinks {
  progressUrl?: string;
  questionUrl?: string;
  questionPdfUrl?: string;
  answerUrl?: string;
  answerPdfUrl?: string;
}

const KINDS: [keyof ShugiinLinks, RegExp][] = [
  ['progressUrl', /\/shitsumon\/(\d{6})\.htm$/i],
  ['questionUrl', /\/shitsumon\/a(\d{6})\.htm$/i],
  ['answerUrl', /\/shitsumon\/b(\d{6})\.htm$/i],
  ['questionPdfUrl', /\/pdfS\/a(\d{6})\.pdf\//i],
  ['answerPdfUrl', /\/pdfT\/b(\d{6})\.pdf\//i],
];

/**
 * 関連リンク: classifies anchors by their target (not their text, which carries the PDF size
 * 「(PDF 79KB)」). Every classified link must point at `code` (回次 + 番号 3 桁, e.g. '221001'),
 * otherwise the row and its links have come apart and the page fails. Other links are ignored.
 * @example readShugiinLinks(row.querySelectorAll('a[href]'), url, '221001', page).questionUrl
 * //=> 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm'
 */
export function readShugiinLinks(anchors: Iterable<Element>, base: string, code: string, page: PageReader): ShugiinLinks {
  const links: ShugiinLinks = {};
  for (const a of anchors) {
    const href = a.getAttribute('href');
    if (!href) continue;
    const url = canonicalDietUrl(href.trim(), { base });
    const path = new URL(url).pathname;
    for (const [key, pattern] of KINDS) {
      const m = pattern.exec(path);
      if (!m) continue;
      if (m[1] !== code) page.fail(siteMessages.linkMismatch(href, code));
      links[key] = url;
    }
  }
  return links;
}
