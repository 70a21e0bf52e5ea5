/** @file 参議院の関連リンク (readSangiinLinks): 明細・質問本文・答弁本文 (HTML/PDF) links of one question. */
import { classifyLinks } from '../helpers/classify-links';
import type { PageReader } from '../helpers/page-reader';

/** The links a 参議院 page gives for one question; a link the page does not show is absent. */
export interface SangiinLinks {
  progressUrl?: string;
  questionUrl?: string;
  questionPdfUrl?: string;
  answerUrl?: string;
  answerPdfUrl?: string;
}

// Match by href, not by the full-width link text 「質問本文（html）」 (extension/sites/PAGES.md §2.3).
const KINDS: [keyof SangiinLinks, RegExp][] = [
  ['progressUrl', /\/meisai\/m(\d{6,7})\.htm$/],
  ['questionUrl', /\/syuh\/s(\d{6,7})\.htm$/],
  ['answerUrl', /\/touh\/t(\d{6,7})\.htm$/],
  ['questionPdfUrl', /\/syup\/s(\d{6,7})\.pdf$/],
  ['answerPdfUrl', /\/toup\/t(\d{6,7})\.pdf$/],
];

/**
 * 関連リンク: the 参議院 links among `anchors`, classified by target (classifyLinks); a /current/ link is
 * named by `session`. Every classified link must point at `code` (回次 + 番号 3 桁, e.g. '219001').
 * @example readSangiinLinks(row.querySelectorAll('a[href]'), url, 219, '219001', page).answerUrl
 * //=> 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/touh/t219001.htm'
 */
export function readSangiinLinks(anchors: Iterable<Element>, base: string, session: number, code: string, page: PageReader): SangiinLinks {
  return classifyLinks(anchors, KINDS, { base, session }, code, page);
}
