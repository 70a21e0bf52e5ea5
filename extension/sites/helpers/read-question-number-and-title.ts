/** @file 質問番号と件名 (readQuestionNumberAndTitle): the 「質問第N号」 line of a 質問本文 and the 件名 below it. */
import { siteMessages } from '../site-messages';
import type { PageReader } from './page-reader';

/**
 * 番号と件名: finds the 「質問第…号」 line among a 質問本文's header lines (衆議院 and 参議院 print it alike),
 * checks its number against the one in the URL, and takes the next line as the 件名, which must end in
 * 「質問主意書」. Fails on a missing line, an unreadable or different number, or another 件名 line.
 * @example readQuestionNumberAndTitle(['質問第九五号', '…に関する質問主意書'], 95, page) //=> { number: 95, title: '…に関する質問主意書' }
 */
export function readQuestionNumberAndTitle(head: readonly string[], urlNumber: number, page: PageReader): { number: number; title: string } {
  const numberAt = head.findIndex((l) => /^質問第(.+)号$/.test(l));
  if (numberAt < 0) page.fail(siteMessages.missing('「質問第…号」の行'));
  const number = page.number('質問番号', /^質問第(.+)号$/.exec(head[numberAt]!)![1]!);
  if (number !== urlNumber) page.fail(siteMessages.mismatch('質問番号', String(number), String(urlNumber)));
  const title = head[numberAt + 1];
  if (title === undefined || !/質問主意書$/.test(title)) page.fail(siteMessages.missing('件名（「…質問主意書」の行）'));
  return { number, title };
}
