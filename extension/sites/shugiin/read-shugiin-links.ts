/** @file 衆議院の関連リンク (readShugiinLinks): 経過・質問本文・答弁本文 (HTML/PDF) links of one question. */
import { classifyLinks } from '../helpers/classify-links';
import type { PageReader } from '../helpers/page-reader';

/** The links a 衆議院 page gives for one question; a link the page does not show is absent. */
export interface ShugiinLinks {
  progressUrl?: string;
  questionUrl?: string;
  questionPdfUrl?: string;
  answerUrl?: string;
  answerPdfUrl?: string;
}

const KINDS: [keyof ShugiinLinks, RegExp][] = [
  ['progressUrl', /\/shitsumon\/(\d{6,7})\.htm$/i],
  ['questionUrl', /\/shitsumon\/a(\d{6,7})\.htm$/i],
  ['answerUrl', /\/shitsumon\/b(\d{6,7})\.htm$/i],
  ['questionPdfUrl', /\/pdfS\/a(\d{6,7})\.pdf\//i],
  ['answerPdfUrl', /\/pdfT\/b(\d{6,7})\.pdf\//i],
];

/**
 * 関連リンク: the 衆議院 links among `anchors`, classified by target (classifyLinks), not by their text,
 * which carries the PDF size 「(PDF 79KB)」. Every classified link must point at `code` (回次 + 番号 3 桁,
 * e.g. '221001'); other links are ignored.
 * @example readShugiinLinks(row.querySelectorAll('a[href]'), url, '221001', page).questionUrl
 * //=> 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm'
 */
export function readShugiinLinks(anchors: Iterable<Element>, base: string, code: string, page: PageReader): ShugiinLinks {
  return classifyLinks(anchors, KINDS, { base }, code, page);
}
