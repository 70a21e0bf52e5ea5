/**
 * @file 待機日 (standby day): the day of the evening briefing and of the evening standby for a sitting.
 * Decision (shared/evening/RULES.md §2): "the day before" is the previous OPEN day — the 内閣人事局 survey
 * defines 前日 as the preceding weekday when the day before is a weekend or holiday, and the
 * 前々日正午 rule counts open days. So a Tuesday sitting after a Monday holiday is briefed on Friday.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate, assertIsoDate } from '../dates/iso-date';
import { openDayBefore } from '../deadline/notice-deadline';

/**
 * 待機日: the previous open day before the sitting.
 * @example standbyDay('2026-07-21') //=> '2026-07-17' (Mon 7/20 海の日 and the weekend are skipped)
 */
export function standbyDay(sittingOn: IsoDate, calendar: Calendar = defaultCalendar()): IsoDate {
  assertIsoDate(sittingOn);
  return openDayBefore(sittingOn, 1, calendar);
}
