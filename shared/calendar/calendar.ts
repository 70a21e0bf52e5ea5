/**
 * @file 暦 (Calendar): national holidays, the 12/29–1/3 closure and the 閣議 calendar as data.
 * Precomputes one flag byte per day so deadline arithmetic is integer work.
 */
import holidayJp from '@holiday-jp/holiday_jp';
import { CalendarRangeError } from '../errors';
import { messages } from '../messages';
import { dateOfDayNumber, dayNumberOf, weekdayOfDayNumber } from '../dates/day-number';
import { type IsoDate, ymd } from '../dates/iso-date';
import { type CalendarRules, defaultCalendarRules } from './calendar-rules';

const HOLIDAYS: Record<string, { name: string }> = (holidayJp as { holidays: Record<string, { name: string }> }).holidays;
/**
 * First and last day the holiday data covers (@holiday-jp/holiday_jp 2.5.1 ships 1970-01-01 … 2050-11-23).
 * Outside this range the calendar still answers — weekends, 12/29–1/3, user-declared closures and the 閣議
 * weekday rule — but knows no national holidays, and says so (coversHolidays; answerDeadline warns).
 */
const FIRST_DAY: IsoDate = ymd(1970, 1, 1);
const LAST_DAY: IsoDate = ymd(2050, 12, 31);
/**
 * 走査の上限: the most days one calendar question may walk (a range asked of missedRegularMeetings /
 * weeksWithoutCabinetMeeting, or a walk over open days). Ten years is far beyond any Diet period
 * (a session lasts at most a year); past it a CalendarRangeError is thrown instead of looping on.
 */
export const MAX_CALENDAR_SCAN_DAYS = 3660;
const CLOSED = 1;
const CABINET = 2;

/** 暦: read-only view over the rules; every method takes and returns 'YYYY-MM-DD'. */
export interface Calendar {
  readonly rules: CalendarRules;
  /** First date the holiday data is valid for. */
  readonly validFrom: IsoDate;
  /** Last date the holiday data is valid for. */
  readonly validUntil: IsoDate;
  /** True when the holiday data covers the date (outside, only weekends, 12/29–1/3 and user rules apply). */
  coversHolidays(date: IsoDate): boolean;
  /** 祝日名, or undefined. */
  holidayName(date: IsoDate): string | undefined;
  /** 閉庁日: Saturday, Sunday, national holiday, 12/29–1/3 or a user-declared closure. */
  isClosed(date: IsoDate): boolean;
  /** 年末年始の閉庁期間 (rules.closure, 12/29–1/3 by default). */
  isInClosurePeriod(date: IsoDate): boolean;
  /** 閣議日 after holiday shifts, removals and additions. */
  isCabinetMeetingDay(date: IsoDate): boolean;
  /** Day number (days since 1970-01-01) for fast arithmetic; throws CalendarRangeError for text that is not a date. */
  dayNumber(date: IsoDate): number;
  /** 'YYYY-MM-DD' of a day number. */
  dateOf(dayNumber: number): IsoDate;
  /** Flag lookups by day number (CLOSED = 1, CABINET = 2), for any day. */
  flagsOf(dayNumber: number): number;
  /** Mondays of the weeks from..to that have open days but no usable 閣議 (a warning for users). */
  weeksWithoutCabinetMeeting(from: IsoDate, to: IsoDate): IsoDate[];
  /** 定例閣議 days from..to that fell on a closed day and could not be shifted (or were removed). */
  missedRegularMeetings(from: IsoDate, to: IsoDate): IsoDate[];
}

export const CALENDAR_CLOSED = CLOSED;
export const CALENDAR_CABINET = CABINET;

function isInClosure(date: IsoDate, rules: CalendarRules): boolean {
  const md = date.slice(-5); // 'MM-DD' (the year may have five digits far in the future)
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
  const start = dayNumberOf(FIRST_DAY);
  const end = dayNumberOf(LAST_DAY);
  const flags = new Uint8Array(end - start + 1);
  const extraClosed = new Set(r.extraClosedDays);
  const removed = new Set(r.removedCabinetMeetings.map(dayNumberOf));
  const added = new Set(r.addedCabinetMeetings.map((m) => dayNumberOf(m.date)));
  const dateCache = new Map<number, IsoDate>();
  const dateOf = (n: number): IsoDate => {
    let s = dateCache.get(n);
    if (s === undefined) {
      s = dateOfDayNumber(n);
      if (dateCache.size < 100_000) dateCache.set(n, s);
    }
    return s;
  };
  const inData = (n: number): boolean => n >= start && n <= end;
  /** 閉庁日 by rule: weekend, holiday (inside the data only), 12/29–1/3, user closure. */
  const closedByRule = (n: number): boolean => {
    const wd = weekdayOfDayNumber(n);
    if (wd === 0 || wd === 6) return true;
    const date = dateOf(n);
    return (inData(n) && HOLIDAYS[date] !== undefined) || isInClosure(date, r) || extraClosed.has(date);
  };
  /** The day a 定例閣議 due on day n (a cabinet weekday) is held, or undefined when it cannot be held. */
  const regularMeetingDay = (n: number, closed: (m: number) => boolean): number | undefined => {
    if (!closed(n)) return n;
    const shift = r.cabinetHolidayShift[weekdayOfDayNumber(n)] ?? 0;
    return shift === 0 || closed(n + shift) ? undefined : n + shift;
  };
  for (let n = start; n <= end; n++) if (closedByRule(n)) flags[n - start] = CLOSED;
  const storedClosed = (m: number): boolean => (inData(m) ? (flags[m - start]! & CLOSED) !== 0 : closedByRule(m));
  // Due days just outside the data may shift into it (a shift is at most ±3 days, calendarRulesSchema).
  for (let n = start - 3; n <= end + 3; n++) {
    if (!r.cabinetWeekdays.includes(weekdayOfDayNumber(n))) continue;
    const target = regularMeetingDay(n, storedClosed);
    if (target !== undefined && inData(target)) flags[target - start] = flags[target - start]! | CABINET;
  }
  for (const n of removed) if (inData(n)) flags[n - start] = flags[n - start]! & ~CABINET;
  for (const n of added) if (inData(n)) flags[n - start] = flags[n - start]! | CABINET;
  /** Flags of a day outside the data: the same rules without national holidays (shifts may come from either side). */
  const ruleFlags = (n: number): number => {
    let f = closedByRule(n) ? CLOSED : 0;
    if (added.has(n)) return f | CABINET;
    if (removed.has(n)) return f;
    for (const wd of r.cabinetWeekdays) {
      // A 定例閣議 held on day n is due on n itself or on the day whose shift lands on n.
      const shift = r.cabinetHolidayShift[wd] ?? 0;
      for (const due of shift === 0 ? [n] : [n, n - shift]) {
        if (weekdayOfDayNumber(due) === wd && regularMeetingDay(due, storedClosed) === n) f |= CABINET;
      }
    }
    return f;
  };
  const flagsOf = (n: number): number => (inData(n) ? flags[n - start]! : ruleFlags(n));
  const missedByRule = (n: number): boolean => {
    if (!r.cabinetWeekdays.includes(weekdayOfDayNumber(n))) return false;
    const shifted = n + (r.cabinetHolidayShift[weekdayOfDayNumber(n)] ?? 0);
    return !(flagsOf(n) & CABINET) && !(flagsOf(shifted) & CABINET);
  };
  // Inside the data the missed meetings are known up front (a set lookup on the hot path of answerDeadline).
  const missedInData = new Set<number>();
  for (let n = start; n <= end; n++) if (missedByRule(n)) missedInData.add(n);
  const missed = (n: number): boolean => (inData(n) ? missedInData.has(n) : missedByRule(n));
  const dayNumber = (date: IsoDate): number => {
    const n = dayNumberOf(date);
    if (Number.isNaN(n)) throw new CalendarRangeError(messages.calendarNotADate(date));
    return n;
  };
  /** from..to as day numbers, refusing a span longer than MAX_CALENDAR_SCAN_DAYS. */
  const span = (from: IsoDate, to: IsoDate): [number, number] => {
    const first = dayNumber(from);
    const last = dayNumber(to);
    if (last - first > MAX_CALENDAR_SCAN_DAYS) throw new CalendarRangeError(messages.calendarSpanTooLong(from, to, MAX_CALENDAR_SCAN_DAYS));
    return [first, last];
  };
  const calendar: Calendar = {
    rules: r,
    validFrom: FIRST_DAY,
    validUntil: LAST_DAY,
    coversHolidays: (date) => inData(dayNumber(date)),
    holidayName: (date) => HOLIDAYS[date]?.name,
    isClosed: (date) => (flagsOf(dayNumber(date)) & CLOSED) !== 0,
    isInClosurePeriod: (date) => isInClosure(dateOf(dayNumber(date)), r),
    isCabinetMeetingDay: (date) => (flagsOf(dayNumber(date)) & CABINET) !== 0,
    dayNumber,
    dateOf,
    flagsOf,
    missedRegularMeetings(from, to) {
      const out: IsoDate[] = [];
      const [first, last] = span(from, to);
      for (let n = first; n <= last; n++) if (missed(n)) out.push(dateOf(n));
      return out;
    },
    weeksWithoutCabinetMeeting(from, to) {
      const out: IsoDate[] = [];
      const [first, last] = span(from, to);
      for (let monday = first - ((weekdayOfDayNumber(first) + 6) % 7); monday <= last; monday += 7) {
        let open = false;
        let meeting = false;
        for (let i = 0; i < 7; i++) {
          const f = flagsOf(monday + i);
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
