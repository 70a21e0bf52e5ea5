/**
 * @file 質問通告の期限: the 前々日正午 agreement (1999-09-10 申合せ), the reference after a late 委員会セット, and the
 * survey's bands. Rules and sources: shared/deadline/RULES.md.
 */
import { type Calendar, MAX_CALENDAR_SCAN_DAYS } from '../calendar/calendar';
import { CalendarRangeError } from '../errors';
import { messages } from '../messages';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate, addDays } from '../dates/iso-date';
import { type JstInstant, fromEpochMs, jstAt, toEpochMs } from '../dates/jst';

/**
 * 通告ルール: notice by 12:00 on the 2nd open day before the sitting, open days excluding
 * weekends, holidays (NHK: 「土日・祝日を除き、質疑2日前の正午まで」) and 12/29–1/3 (default; shared/deadline/RULES.md §6).
 */
export const noticeRule = { openDaysBefore: 2, time: '12:00' } as const;

/** 通告の区分: the 内閣人事局 「国会対応業務に関する実態調査」 categories (RULES.md). */
export type NoticeBand = 'byTwoDaysBefore' | 'byPrevNoon' | 'byPrev18' | 'later';

/**
 * Band labels as the survey prints them and their cut-offs (open days before the sitting, JST time; '24:00' = the end
 * of that day). Source: 内閣人事局調査 2024-01-23 公表 (第212回, J-CAST): 「前々日まで 56.5%、前日18時まで 41.0%、それ以降
 * 2.5%」; 2023-01-20 公表 (第210回, 日経・NHK): 前日正午まで 57%. 「前日」 = the preceding open day (the survey's own
 * definition, 答弁書 内閣参質211第4号).
 */
export const noticeBands: readonly { band: NoticeBand; label: string; openDaysBefore: number; time: string }[] = [
  { band: 'byTwoDaysBefore', label: '前々日まで', openDaysBefore: 2, time: '24:00' },
  { band: 'byPrevNoon', label: '前日正午まで', openDaysBefore: 1, time: '12:00' },
  { band: 'byPrev18', label: '前日18時まで', openDaysBefore: 1, time: '18:00' },
  { band: 'later', label: 'それ以降', openDaysBefore: 0, time: '' },
];

/**
 * 委員会セット後の通告時間: when the sitting was set (委員会セット) after 前々日正午, notice by 前々日正午 was impossible;
 * the reference for lateness becomes セット + this interval. No public agreement names the interval (the 1999
 * 申合せ only says 前々日正午): 180 minutes is an assumption to agree with the ministry, editable.
 */
export const setNoticeInterval = {
  minutes: 180,
  source: '仮定 (公表された申合せなし): セットから通告まで 3 時間。前々日正午ルール (1999-09-10 申合せ) はセットが前々日正午より後だと守れないため (2025年 衆院予算委 11/6 セット・11/7 開会の例)。省と各党の運用に合わせて変えてください。',
} as const;

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

/** 遅れの基準: 前々日正午, or セット + interval when the sitting was set after 前々日正午. */
export interface NoticeReference {
  at: JstInstant;
  basis: 'agreement' | 'set';
  /** 前々日正午 (the agreement's deadline), whatever the basis. */
  agreementDeadline: JstInstant;
}

/**
 * The instant a notice is measured against.
 * @example noticeReference('2026-06-10', '2026-06-09T10:00:00+09:00').at //=> '2026-06-09T13:00:00+09:00'
 */
export function noticeReference(
  sittingOn: IsoDate, setAt: JstInstant | undefined, calendar: Calendar = defaultCalendar(), intervalMinutes: number = setNoticeInterval.minutes,
): NoticeReference {
  const agreementDeadline = noticeDeadline(sittingOn, calendar);
  if (setAt === undefined || toEpochMs(setAt) <= toEpochMs(agreementDeadline)) return { at: agreementDeadline, basis: 'agreement', agreementDeadline };
  return { at: fromEpochMs(toEpochMs(setAt) + intervalMinutes * 60_000), basis: 'set', agreementDeadline };
}

/** Japanese label of a band. */
export function noticeBandLabel(band: NoticeBand): string {
  return noticeBands.find((b) => b.band === band)!.label;
}
