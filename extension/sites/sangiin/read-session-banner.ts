/** @file 参議院の回次表示 (readSessionBanner): the session a 参議院 page says it belongs to. */
import type { PageReader } from '../helpers/page-reader';
import { siteMessages } from '../site-messages';
import { sessionBanner } from './selectors';

/**
 * 回次表示: reads 「第219回国会（臨時会）…」 from the first `p.exp` of the content box that has it;
 * fails when no banner names a session, or when it names another session than `expected`.
 * @example readSessionBanner(doc, page, 219) //=> 219
 */
export function readSessionBanner(doc: Document, page: PageReader, expected: number | 'current'): number {
  for (const p of doc.querySelectorAll(sessionBanner)) {
    const m = /^第(\d+)回国会/.exec(page.text(p));
    if (!m) continue;
    const session = Number(m[1]);
    if (expected !== 'current' && session !== expected) page.fail(siteMessages.mismatch('回次', m[1]!, String(expected)));
    return session;
  }
  return page.fail(siteMessages.missing('回次の表示（「第N回国会」）'));
}
