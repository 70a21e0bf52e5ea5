/**
 * @file 暦の規則 (calendar rules) as editable data, each with its source. The defaults are what
 * the product starts with; coordinators change them in the 設定 sheet or the extension options.
 */
import { z } from 'zod';
import type { IsoDate } from '../dates/iso-date';

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

/** The rules the product starts with. */
export const defaultCalendarRules: CalendarRules = {
  closure: { from: '12-29', to: '01-03' },
  cabinetWeekdays: [2, 5],
  cabinetHolidayShift: { 2: 1, 5: -1 },
  addedCabinetMeetings: [],
  removedCabinetMeetings: [],
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
