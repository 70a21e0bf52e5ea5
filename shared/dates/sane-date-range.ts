/**
 * @file 受け付ける日付の範囲 (sane date range): the dates a record may carry. Anything outside is a typo
 * (2206 for 2026) or a hostile value, refused with a Japanese reason before it reaches the calendar.
 * - From 1947-05-03: the Constitution (and with it the 国会法 and 質問主意書) took effect that day
 *   (日本国憲法 第100条, 施行 昭和22年5月3日); no Diet question is older.
 * - To 2099-12-31: the holiday data ends in 2050 (the calendar warns past it); half a century beyond that
 *   still leaves room for long-dated plans, while 9999-12-31 and 0001-01-01 are refused.
 * Pure data plus one check; never reads the clock.
 */
import type { IsoDate } from './iso-date';

/** 範囲 (both ends inclusive). */
export const SANE_DATE_RANGE: { readonly from: IsoDate; readonly to: IsoDate } = { from: '1947-05-03' as IsoDate, to: '2099-12-31' as IsoDate };

/** True when 'YYYY-MM-DD' (already well-formed) lies in SANE_DATE_RANGE. @example isSaneDate('1970-01-02') //=> true */
export function isSaneDate(date: IsoDate): boolean {
  return date >= SANE_DATE_RANGE.from && date <= SANE_DATE_RANGE.to;
}
