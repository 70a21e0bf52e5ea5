/**
 * @file 暦 (Calendar): national holidays, the 12/29–1/3 closure and the 閣議 calendar as data.
 * Precomputes one flag byte per day so deadline arithmetic is integer work.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { CalendarRangeError } from '../errors';
import { messages } from '../messages';
import { type IsoDate, ymd } from '../dates/iso-date';
import { type CalendarRules, defaultCalendarRules } from './calendar-rules';

const HOLIDAYS: Record<string, { name: string }> = (holidayJp as { holidays: Record<string, { name: string }> }).holidays;
/** First and last day the holiday data covers (@holiday-jp/holiday_jp 2.5.1 ships 1970-01-01 … 2050-11-23). */
const FIRST_DAY: IsoDate = ymd(1970, 1, 1);
const LAST_DAY: IsoDate = ymd(2050, 12, 31);
const DAY_MS = 86_400_000;
const CLOSED = 1;
const CABINET = 2;

/** 暦: read-only view over the rules; every method takes and returns 'YYYY-MM-DD'. */
export interface Calendar {
  readonly rules: CalendarRules;
  /** Last date the holiday data is valid for. */
  readonly validUntil: IsoDate;
  /** 祝日名, or undefined. */
  holidayName(date: IsoDate): string | undefined;
  /** 閉庁日: Saturday, Sunday, national holiday, 12/29–1/3 or a user-declared closure. */
  isClosed(date: IsoDate): boolean;
  /** 閣議日 after holiday shifts, removals and additions. */
  isCabinetMeetingDay(date: IsoDate): boolean;
  /** Day number (days since 1970-01-01) for fast arithmetic; throws outside the data range. */
  dayNumber(date: IsoDate): number;
  /** 'YYYY-MM-DD' of a day number. */
  dateOf(dayNumber: number): IsoDate;
  /** Flag lookups by day number (CLOSED = 1, CABINET = 2). */
  flagsOf(dayNumber: number): number;
  /** Mondays of the weeks from..to that have open days but no usable 閣議 (a warning for users). */
  weeksWithoutCabinetMeeting(from: IsoDate, to: IsoDate): IsoDate[];
  /** 定例閣議 days from..to that fell on a closed day and could not be shifted (or were removed). */
  missedRegularMeetings(from: IsoDate, to: IsoDate): IsoDate[];
}

export const CALENDAR_CLOSED = CLOSED;
export const CALENDAR_CABINET = CABINET;

function parseDayNumber(date: IsoDate): number {
  // Fast path: fixed positions of 'YYYY-MM-DD'.
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return Number.NaN;
  return Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
}

function isInClosure(date: IsoDate, rules: CalendarRules): boolean {
  const md = date.slice(5);
  const { from, to } = rules.closure;
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

/**
 * 日本の暦: @holiday-jp/holiday_jp holidays + 12/29–1/3 + 閣議 on Tue/Fri with holiday shifts,
 * adjusted by the given rules (user-added 臨時閣議 and removed days).
 * @example japanCalendar().isCabinetMeetingDay('2026-03-19') //=> true (Fri 3/20 春分の日 → Thu)
 */
export function japanCalendar(rules: Partial<CalendarRules> = {}): Calendar {
  const r: CalendarRules = { ...defaultCalendarRules, ...rules };
  const start = parseDayNumber(FIRST_DAY);
  const end = parseDayNumber(LAST_DAY);
  const flags = new Uint8Array(end - start + 1);
  const extraClosed = new Set(r.extraClosedDays);
  const dateCache = new Map<number, IsoDate>();
  const dateOf = (n: number): IsoDate => {
    let s = dateCache.get(n);
    if (s === undefined) {
      const d = new Date(n * DAY_MS);
      s = ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
      dateCache.set(n, s);
    }
    return s;
  };
  for (let n = start; n <= end; n++) {
    const date = dateOf(n);
    const wd = (n + 4) % 7; // 1970-01-01 was a Thursday
    if (wd === 0 || wd === 6 || HOLIDAYS[date] || isInClosure(date, r) || extraClosed.has(date)) flags[n - start] = flags[n - start]! | CLOSED;
  }
  for (let n = start; n <= end; n++) {
    const wd = (n + 4) % 7;
    if (!r.cabinetWeekdays.includes(wd)) continue;
    let target = n;
    if (flags[n - start]! & CLOSED) {
      const shift = r.cabinetHolidayShift[wd] ?? 0;
      target = n + shift;
      if (shift === 0 || target < start || target > end || flags[target - start]! & CLOSED) continue;
    }
    flags[target - start] = flags[target - start]! | CABINET;
  }
  for (const d of r.removedCabinetMeetings) {
    const n = parseDayNumber(d);
    if (n >= start && n <= end) flags[n - start] = flags[n - start]! & ~CABINET;
  }
  for (const m of r.addedCabinetMeetings) {
    const n = parseDayNumber(m.date);
    if (n >= start && n <= end) flags[n - start] = flags[n - start]! | CABINET;
  }
  const missed = new Set<number>();
  for (let n = start; n <= end; n++) {
    const wd = (n + 4) % 7;
    if (!r.cabinetWeekdays.includes(wd)) continue;
    const shifted = n + (r.cabinetHolidayShift[wd] ?? 0);
    if (!(flags[n - start]! & CABINET) && !(flags[shifted - start]! & CABINET)) missed.add(n);
  }
  const dayNumber = (date: IsoDate): number => {
    const n = parseDayNumber(date);
    if (!(n >= start && n <= end)) throw new CalendarRangeError(messages.calendarOutOfRange(date, LAST_DAY));
    return n;
  };
  const calendar: Calendar = {
    rules: r,
    validUntil: LAST_DAY,
    holidayName: (date) => HOLIDAYS[date]?.name,
    isClosed: (date) => (flags[dayNumber(date) - start]! & CLOSED) !== 0,
    isCabinetMeetingDay: (date) => (flags[dayNumber(date) - start]! & CABINET) !== 0,
    dayNumber,
    dateOf,
    flagsOf: (n) => flags[n - start] ?? CLOSED,
    missedRegularMeetings(from, to) {
      const out: IsoDate[] = [];
      const last = dayNumber(to);
      for (let n = dayNumber(from); n <= last; n++) if (missed.has(n)) out.push(dateOf(n));
      return out;
    },
    weeksWithoutCabinetMeeting(from, to) {
      const out: IsoDate[] = [];
      const first = dayNumber(from);
      const last = dayNumber(to);
      for (let monday = first - (((first + 4) % 7) + 6) % 7; monday <= last; monday += 7) {
        let open = false;
        let meeting = false;
        for (let i = 0; i < 7; i++) {
          const f = calendar.flagsOf(monday + i);
          if (!(f & CLOSED)) open = true;
          if (f & CABINET) meeting = true;
        }
        if (open && !meeting) out.push(dateOf(monday));
      }
      return out;
    },
  };
  return calendar;
}
