/**
 * @file 暦日 (calendar date): the branded 'YYYY-MM-DD' type, its parsers, and all calendar-date arithmetic.
 * Uses UTC fields only, so the result never depends on the machine's time zone. Must not read the clock.
 */
import type { $brand } from 'zod';
import { DateParseError } from '../errors';
import { messages } from '../messages';
import { quoteValue } from '../text/quote-value';
import { dateOfDayNumber, dayNumberOf } from './day-number';

/**
 * 暦日: a calendar date as 'YYYY-MM-DD', known to be a real day. Made only here — assertIsoDate / isIsoDate
 * (text from outside), ymd, date arithmetic — and by the zod schema isoDateSchema; a plain string is not one.
 * The brand is zod's (type only, nothing at run time), so the schema's output is this type.
 */
export type IsoDate = string & $brand<'IsoDate'>;

/** 年月 'YYYY-MM' (a month of the overtime tally). */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Days of each month (index 1–12; February without the leap day). */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/** 日数の上限 of eachDate: ten years of days, far beyond any period the product lists day by day. */
export const MAX_EACH_DATE_DAYS = 3660;

/** Parses and checks 'YYYY-MM-DD'; throws DateParseError for a malformed or impossible date (or a non-string). */
export function assertIsoDate(text: string): IsoDate {
  if (typeof text !== 'string') throw new DateParseError(messages.invalidIsoDate(text), quoteValue(text));
  const m = ISO_DATE.exec(text);
  if (!m) throw new DateParseError(messages.invalidIsoDate(text), text);
  if (!isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]))) throw new DateParseError(messages.impossibleDate(text), text);
  return text as IsoDate;
}

/** True when `text` is a real 'YYYY-MM-DD' day (then it is an IsoDate). */
export function isIsoDate(text: string): text is IsoDate {
  const m = ISO_DATE.exec(text);
  return !!m && isValidYmd(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** True when year-month-day names a real day of the Gregorian calendar. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 0 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  // Month lengths by arithmetic, not Date.UTC (which reads years 0–99 as 1900–1999).
  if (month !== 2) return day <= MONTH_DAYS[month]!;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (leap ? 29 : 28);
}

/** Builds 'YYYY-MM-DD' from numbers (no validation). @example ymd(2026, 6, 8) //=> '2026-06-08' */
export function ymd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

function dayNumberOrThrow(date: IsoDate): number {
  const n = ISO_DATE.test(date) ? dayNumberOf(date) : Number.NaN;
  if (Number.isNaN(n)) throw new DateParseError(messages.invalidIsoDate(date), date);
  return n;
}

/** Adds calendar days. @example addDays('2026-06-08', 6) //=> '2026-06-14' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return dateOfDayNumber(dayNumberOrThrow(date) + days);
}

/** Day of week, 0 = Sunday … 6 = Saturday. @example weekday('2026-06-08') //=> 1 */
export function weekday(date: IsoDate): number {
  return (((dayNumberOrThrow(date) + 4) % 7) + 7) % 7;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumberOrThrow(to) - dayNumberOrThrow(from);
}

/** Year, month and day as numbers. */
export function splitIsoDate(date: IsoDate): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number);
  return { year: y!, month: m!, day: d! };
}

/** 曜日 in Japanese, one character. @example weekdayKanji('2026-06-09') //=> '火' */
export function weekdayKanji(date: IsoDate): string {
  return '日月火水木金土'[weekday(date)]!;
}

/** 年月 of a date. @example isoMonthOf('2026-06-09') //=> '2026-06' */
export function isoMonthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

/** Every date from `from` to `to` inclusive; throws DateParseError past MAX_EACH_DATE_DAYS days. */
export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  const first = dayNumberOrThrow(from);
  const last = dayNumberOrThrow(to);
  if (last - first >= MAX_EACH_DATE_DAYS) throw new DateParseError(messages.dateSpanTooLong(from, to, MAX_EACH_DATE_DAYS), `${from}/${to}`);
  const out: IsoDate[] = [];
  for (let n = first; n <= last; n++) out.push(dateOfDayNumber(n));
  return out;
}
