/**
 * @file 通告の遅れ (noticeLateness): for a 質問通告 received at an instant, its survey band (classifyNotice) and how
 * late it is against the reference — 前々日正午, or 委員会セット + the agreed interval when the sitting was set after
 * 前々日正午 (noticeReference). Pure.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import type { IsoDate } from '../dates/iso-date';
import { type JstInstant, minutesBetween } from '../dates/jst';
import { type NoticeBand, classifyNotice, noticeBandLabel, noticeReference, setNoticeInterval } from '../deadline/notice-deadline';

/** 通告の区分と遅れ. */
export interface NoticeLateness {
  band: NoticeBand;
  /** 「前々日まで」「前日18時まで」「それ以降」… */
  label: string;
  /** 遅れの基準: 前々日正午, or セット + interval. */
  deadline: JstInstant;
  basis: 'agreement' | 'set';
  /** 委員会セット日時 when the reference is based on it. */
  setAt?: JstInstant;
  /** 前々日正午 (the agreement's deadline). */
  agreementDeadline: JstInstant;
  /** Minutes after the reference; 0 when on time. */
  minutesLate: number;
}

/**
 * Band and lateness of a notice. Outside the holiday data the calendar's weekday rules apply.
 * @example noticeLateness('2026-06-09T15:40:00+09:00', '2026-06-10') //=> { band: 'byPrev18', label: '前日18時まで', deadline: '2026-06-08T12:00:00+09:00', basis: 'agreement', minutesLate: 1660, … }
 * @example noticeLateness('2026-06-09T15:40:00+09:00', '2026-06-10', undefined, { setAt: '2026-06-09T10:00:00+09:00' }).minutesLate //=> 160
 */
export function noticeLateness(
  receivedAt: JstInstant, sittingOn: IsoDate, calendar: Calendar = defaultCalendar(),
  options: { setAt?: JstInstant; intervalMinutes?: number } = {},
): NoticeLateness {
  const band = classifyNotice(receivedAt, sittingOn, calendar);
  const ref = noticeReference(sittingOn, options.setAt, calendar, options.intervalMinutes ?? setNoticeInterval.minutes);
  return {
    band, label: noticeBandLabel(band), deadline: ref.at, basis: ref.basis, agreementDeadline: ref.agreementDeadline,
    ...(ref.basis === 'set' ? { setAt: options.setAt } : {}),
    minutesLate: Math.max(0, minutesBetween(ref.at, receivedAt)),
  };
}
