/**
 * @file 暦の規則 (calendar rules) as editable data, each with its source. The defaults are what
 * the product starts with; coordinators change them in the 設定 sheet or the extension options.
 */
import { z } from 'zod';
import { type IsoDate, assertIsoDate } from '../dates/iso-date';

/** 臨時閣議 or other meeting a user added, with why. */
export interface AddedCabinetMeeting {
  date: IsoDate;
  note: string;
}

/** 暦の規則: everything that decides open days and 閣議 days. */
export interface CalendarRules {
  /**
   * 政府の閉庁期間 — 行政機関の休日に関する法律 第1条1項3号: 12月29日から翌年の1月3日まで (shared/calendar/RULES.md §1).
   * Given as month-day 'MM-DD' pairs; the period wraps the year end.
   */
  closure: { from: string; to: string };
  /** 定例閣議の曜日 (0 = 日 … 6 = 土). Source: 閣議 (Wikipedia 閣議(日本)); Tue and Fri (shared/calendar/RULES.md §3). */
  cabinetWeekdays: number[];
  /**
   * Shift when a 定例閣議 day is closed, by weekday: Tue → Wed (+1, 繰下げ), Fri → Thu (−1, 繰上げ).
   * Source: 参議院 答弁書受領日 2024-12〜2026-07 (shared/calendar/RULES.md §3): 2025-02-12 Wed, 2025-04-30 Wed,
   * 2026-03-19 Thu. 「繰上げ、繰下げのいずれにするかは特に定めはない」, so it is data.
   */
  cabinetHolidayShift: Record<number, number>;
  /** 臨時閣議 and moved meetings users added (e.g. a 持ち回り閣議). */
  addedCabinetMeetings: AddedCabinetMeeting[];
  /** 定例閣議 days users removed (summer gaps, cancelled meetings). */
  removedCabinetMeetings: IsoDate[];
  /** Extra closed days a user declares (rare; e.g. an office closure). */
  extraClosedDays: IsoDate[];
}

/**
 * 臨時閣議 seen in the data (閣議日の確認): days a 答弁書 or a 延期通知 arrived although no 定例閣議 was due. The
 * 延期通知 and the 答弁書 are both 閣議決定, so their date is a 閣議 day. Found by checking every 答弁書受領日,
 * 延期通知受領日 and 延期期限 of the 参議院 data (sessions 211–213 and 216–221, smartnews-smri/house-of-councillors,
 * MIT) against the Tue/Fri rule: only these two dates are off it (shared/calendar/RULES.md §3).
 */
export const knownIrregularCabinetMeetings: readonly AddedCabinetMeeting[] = Object.freeze([
  {
    date: assertIsoDate('2023-11-20'),
    note: '臨時閣議 (月): 参議院 第212回 42号・43号の答弁書受領日。11/21(火) の受領はなく、定例閣議の繰上げとみられる (参議院 質問主意書 明細)',
  },
  {
    date: assertIsoDate('2026-07-22'),
    note: '臨時閣議 (水): 参議院 第221回 71号〜96号 (7月16日転送の26件) の延期通知受領日「7月22日内閣から通知書受領」(参議院 質問主意書 明細 備考)',
  },
]);

/** 定例閣議 not held: Tue 2023-11-21 (moved to Mon 11/20; see knownIrregularCabinetMeetings). */
export const knownCancelledCabinetMeetings: readonly IsoDate[] = Object.freeze([assertIsoDate('2023-11-21')]);

/** The rules the product starts with. */
export const defaultCalendarRules: CalendarRules = {
  closure: { from: '12-29', to: '01-03' },
  cabinetWeekdays: [2, 5],
  cabinetHolidayShift: { 2: 1, 5: -1 },
  addedCabinetMeetings: [...knownIrregularCabinetMeetings],
  removedCabinetMeetings: [...knownCancelledCabinetMeetings],
  extraClosedDays: [],
};

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '月日は MM-DD 形式です');

/** Validates rules a user edited (設定 sheet, options page) before they are used or stored. */
export const calendarRulesSchema = z.object({
  closure: z.object({ from: monthDay, to: monthDay }),
  cabinetWeekdays: z.array(z.number().int().min(0).max(6)),
  cabinetHolidayShift: z.record(z.string(), z.number().int().min(-3).max(3)),
  addedCabinetMeetings: z.array(z.object({ date: z.iso.date(), note: z.string() })),
  removedCabinetMeetings: z.array(z.iso.date()),
  extraClosedDays: z.array(z.iso.date()),
});
