/** @file 質問通告の期限: the 前々日正午 agreement (1999-09-10 申合せ) and the lateness bands. */
import { type Calendar, MAX_CALENDAR_SCAN_DAYS } from '../calendar/calendar';
import { CalendarRangeError } from '../errors';
import { messages } from '../messages';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate, addDays } from '../dates/iso-date';
import { type JstInstant, jstAt, toEpochMs } from '../dates/jst';

/**
 * 通告ルール: notice by 12:00 on the 2nd open day before the sitting, open days excluding
 * weekends, holidays (NHK: 「土日・祝日を除き、質疑2日前の正午まで」) and 12/29–1/3 (default; shared/deadline/RULES.md §6).
 */
export const noticeRule = { openDaysBefore: 2, time: '12:00' } as const;

/** 通告の区分 (内閣人事局 survey bands). */
export type NoticeBand = 'byTwoDaysNoon' | 'byPrevNoon' | 'byPrev18' | 'later';

/** Band labels as the surveys print them, and the cut-offs (open days before the sitting, time). */
export const noticeBands: readonly { band: NoticeBand; label: string; openDaysBefore: number; time: string }[] = [
  { band: 'byTwoDaysNoon', label: '前々日正午まで', openDaysBefore: 2, time: '12:00' },
  { band: 'byPrevNoon', label: '前日正午まで', openDaysBefore: 1, time: '12:00' },
  { band: 'byPrev18', label: '前日18時まで', openDaysBefore: 1, time: '18:00' },
  { band: 'later', label: '前日18時以降', openDaysBefore: 0, time: '' },
];

/**
 * The open day `count` open days before `date` (the survey's 「前日」 = preceding open day). Walks back at most
 * MAX_CALENDAR_SCAN_DAYS days, then throws CalendarRangeError (user closures could close every day).
 */
export function openDayBefore(date: IsoDate, count: number, calendar: Calendar): IsoDate {
  let d = date;
  for (let left = count, walked = 0; left > 0; walked++) {
    if (walked > MAX_CALENDAR_SCAN_DAYS) throw new CalendarRangeError(messages.openDaysNotFound(date, count, MAX_CALENDAR_SCAN_DAYS));
    d = addDays(d, -1);
    if (!calendar.isClosed(d)) left--;
  }
  return d;
}

/**
 * 通告期限 (前々日正午): 12:00 JST on the 2nd open day before the sitting.
 * @example noticeDeadline('2026-06-10') //=> '2026-06-08T12:00:00+09:00'
 */
export function noticeDeadline(sittingOn: IsoDate, calendar: Calendar = defaultCalendar()): JstInstant {
  return jstAt(openDayBefore(sittingOn, noticeRule.openDaysBefore, calendar), noticeRule.time);
}

/**
 * 通告の区分: which survey band a notice received at `receivedAt` falls in for a sitting.
 * @example classifyNotice('2026-06-09T15:40:00+09:00', '2026-06-10') //=> 'byPrev18'
 */
export function classifyNotice(receivedAt: JstInstant, sittingOn: IsoDate, calendar: Calendar = defaultCalendar()): NoticeBand {
  const at = toEpochMs(receivedAt);
  for (const b of noticeBands) {
    if (b.band === 'later') return 'later';
    if (at <= toEpochMs(jstAt(openDayBefore(sittingOn, b.openDaysBefore, calendar), b.time))) return b.band;
  }
  return 'later';
}

/** Japanese label of a band. */
export function noticeBandLabel(band: NoticeBand): string {
  return noticeBands.find((b) => b.band === band)!.label;
}
