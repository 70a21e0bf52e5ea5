/** @file 参議院 備考の延期通知 (readExtensionNotes): 答弁延期 notices printed in the 明細 備考. */
import { type IsoDate, assertIsoDate, ymd } from '@shared/dates/iso-date';
import type { ExtensionNotice } from '@shared/model/written-question';

// 「1月27日内閣から通知書受領（2月3日まで答弁延期）」 (extension/sites/PAGES.md §2.4); digits may be full-width.
const NOTICE = /(\d{1,2})月(\d{1,2})日内閣から通知書受領(?:（(\d{1,2})月(\d{1,2})日まで答弁延期）)?/g;

/**
 * 延期通知: reads every 「M月D日内閣から通知書受領（M月D日まで答弁延期）」 in 備考. The text has no
 * year: each date is the first one on or after the date before it (転送日 → 通知 → 期限), which
 * handles December → January. A notice without a new deadline is not an ExtensionNotice (it stays
 * in 備考 as printed). Empty when `after` (転送日 or 提出日) is unknown. Throws DateParseError for an
 * impossible date (「2月30日」).
 * @example readExtensionNotes('1月27日内閣から通知書受領（2月3日まで答弁延期）', '2026-01-20')
 * //=> [{ noticeReceivedOn: '2026-01-27', extendedUntil: '2026-02-03' }]
 */
export function readExtensionNotes(remarks: string, after: IsoDate | undefined): ExtensionNotice[] {
  if (!after) return [];
  const text = remarks.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const notices: ExtensionNotice[] = [];
  for (const m of text.matchAll(NOTICE)) {
    if (m[3] === undefined) continue;
    const noticeReceivedOn = onOrAfter(after, Number(m[1]), Number(m[2]));
    const extendedUntil = onOrAfter(noticeReceivedOn, Number(m[3]), Number(m[4]));
    notices.push({ noticeReceivedOn, extendedUntil });
  }
  return notices;
}

function onOrAfter(start: IsoDate, month: number, day: number): IsoDate {
  const year = Number(start.slice(0, 4));
  const same = assertIsoDate(ymd(year, month, day));
  return same >= start ? same : assertIsoDate(ymd(year + 1, month, day));
}
