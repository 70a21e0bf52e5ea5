/**
 * @file 暦日 (calendar date): the branded 'YYYY-MM-DD' type, its parsers, and all calendar-date arithmetic.
 * Uses UTC fields only, so the result never depends on the machine's time zone. Must not read the clock.
 */
import type { $brand } from 'zod';
import { DateParseError } from '../errors';
import { messages } from '../messages';

/**
 * 暦日: a calendar date as 'YYYY-MM-DD', known to be a real day. Made only here — assertIsoDate / isIsoDate
 * (text from outside), ymd, date arithmetic — and by the zod schema isoDateSchema; a plain string is not one.
 * The brand is zod's (type only, nothing at run time), so the schema's output is this type.
 */
export type IsoDate = string & $brand<'IsoDate'>;

/** 年月 'YYYY-MM' (a month of the overtime tally). */
export type IsoMonth = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Parses and checks 'YYYY-MM-DD'; throws DateParseError for a malformed or impossible date. */
export function assertIsoDate(text: string): IsoDate {
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
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/** Builds 'YYYY-MM-DD' from numbers (no validation). @example ymd(2026, 6, 8) //=> '2026-06-08' */
export function ymd(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as IsoDate;
}

function toUtcMs(date: IsoDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new DateParseError(messages.invalidIsoDate(date), date);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function fromUtcMs(ms: number): IsoDate {
  const d = new Date(ms);
  return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Adds calendar days. @example addDays('2026-06-08', 6) //=> '2026-06-14' */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS);
}

/** Day of week, 0 = Sunday … 6 = Saturday. @example weekday('2026-06-08') //=> 1 */
export function weekday(date: IsoDate): number {
  return new Date(toUtcMs(date)).getUTCDay();
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS);
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

/** Every date from `from` to `to` inclusive. */
export function eachDate(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}
