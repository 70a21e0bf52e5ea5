/**
 * @file 通告の遅れ (noticeLateness): for a 質問通告 received at an instant, its band under the
 * 前々日正午 agreement (classifyNotice) and how late it is against the deadline. Pure.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import type { IsoDate } from '../dates/iso-date';
import { type JstInstant, minutesBetween } from '../dates/jst';
import { type NoticeBand, classifyNotice, noticeBandLabel, noticeDeadline } from '../deadline/notice-deadline';

/** 通告の区分と遅れ. */
export interface NoticeLateness {
  band: NoticeBand;
  /** 「前々日正午まで」「前日18時以降」… */
  label: string;
  /** 通告期限 (前々日正午). */
  deadline: JstInstant;
  /** Minutes after the deadline; 0 when on time. */
  minutesLate: number;
}

/**
 * Band and lateness of a notice. Outside the holiday data the calendar's weekday rules apply.
 * @example noticeLateness('2026-06-09T15:40:00+09:00', '2026-06-10') //=> { band: 'byPrev18', label: '前日18時まで', deadline: '2026-06-08T12:00:00+09:00', minutesLate: 1660 }
 */
export function noticeLateness(receivedAt: JstInstant, sittingOn: IsoDate, calendar: Calendar = defaultCalendar()): NoticeLateness {
  const band = classifyNotice(receivedAt, sittingOn, calendar);
  const deadline = noticeDeadline(sittingOn, calendar);
  return { band, label: noticeBandLabel(band), deadline, minutesLate: Math.max(0, minutesBetween(deadline, receivedAt)) };
}
