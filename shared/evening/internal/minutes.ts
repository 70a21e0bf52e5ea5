/**
 * @file 内部: JST instants as whole epoch minutes, so the planner does integer arithmetic and converts
 * to '…+09:00' text only at its edges. Never uses the machine's time zone. The common shape
 * 'YYYY-MM-DDTHH:MM:SS+09:00' is read and written without Date objects (the planner converts thousands
 * of instants per plan); anything else goes through dates/jst.ts, which also rejects bad text.
 * Private to shared/evening, shared/standby and shared/simulation.
 */
import type { Calendar } from '../../calendar/calendar';
import { type IsoDate, assertIsoDate } from '../../dates/iso-date';
import { type JstInstant, toEpochMs } from '../../dates/jst';

/** JST is UTC+9 without daylight saving (see dates/jst.ts). */
const JST_OFFSET_MIN = 9 * 60;
export const DAY_MIN = 24 * 60;
const DAY_MS = 86_400_000;
const PAD = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
/** 'HH:MM:00+09:00' for every minute of the day, so formatting an instant is one concatenation. */
const TIME_OF_DAY = Array.from({ length: DAY_MIN }, (_, m) => `${PAD[Math.floor(m / 60)]}:${PAD[m % 60]}:00+09:00`);
const dayNumberCache = new Map<string, number>();
const dateCache = new Map<number, IsoDate>();
const prefixCache = new Map<number, string>();

/** Day number (days since 1970-01-01) of a 'YYYY-MM-DD' date; throws DateParseError for a bad date. */
export function dayNumberOf(date: string): number {
  let n = dayNumberCache.get(date);
  if (n === undefined) {
    assertIsoDate(date);
    n = Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
    if (dayNumberCache.size > 100_000) dayNumberCache.clear();
    dayNumberCache.set(date, n);
  }
  return n;
}

/** 'YYYY-MM-DD' of a day number. */
export function dateOfDayNumber(n: number): IsoDate {
  let date = dateCache.get(n);
  if (date === undefined) {
    const d = new Date(n * DAY_MS);
    // Fast path (the planner's inner loop): the same text ymd() builds, for a day number that is a real day.
    date = `${String(d.getUTCFullYear()).padStart(4, '0')}-${PAD[d.getUTCMonth() + 1]}-${PAD[d.getUTCDate()]}` as IsoDate;
    if (dateCache.size > 100_000) dateCache.clear();
    dateCache.set(n, date);
  }
  return date;
}

/** Epoch minutes of an instant (seconds are dropped). */
export function toMin(instant: JstInstant): number {
  if (instant.length === 25 && instant[10] === 'T' && instant.endsWith('+09:00') && instant[13] === ':' && instant[16] === ':') {
    const hh = Number(instant.slice(11, 13));
    const mm = Number(instant.slice(14, 16));
    const ss = Number(instant.slice(17, 19));
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60 && ss >= 0 && ss < 60) {
      return dayNumberOf(instant.slice(0, 10)) * DAY_MIN - JST_OFFSET_MIN + hh * 60 + mm;
    }
  }
  return Math.floor(toEpochMs(instant) / 60_000);
}

/** JST text of epoch minutes. @example fromMin(29_683_275) //=> '2026-06-09T18:15:00+09:00' */
export function fromMin(minutes: number): JstInstant {
  const local = minutes + JST_OFFSET_MIN;
  const n = Math.floor(local / DAY_MIN);
  let prefix = prefixCache.get(n);
  if (prefix === undefined) {
    prefix = `${dateOfDayNumber(n)}T`;
    if (prefixCache.size > 100_000) prefixCache.clear();
    prefixCache.set(n, prefix);
  }
  // Fast path: the same text fromEpochMs() builds (whole minutes, +09:00).
  return (prefix + TIME_OF_DAY[local - n * DAY_MIN]!) as JstInstant;
}

/** Minutes of a 'HH:MM' wall time after midnight ('24:30' = 1470). */
export function clockMin(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Epoch minutes of JST midnight starting `date` (checked against the calendar's data range). */
export function midnightMin(date: IsoDate, calendar: Calendar): number {
  return calendar.dayNumber(date) * DAY_MIN - JST_OFFSET_MIN;
}

/** The JST calendar date of epoch minutes. */
export function dateOfMin(minutes: number): IsoDate {
  return dateOfDayNumber(dayNumberOfMin(minutes));
}

/** Day number (days since 1970-01-01, JST) of epoch minutes. */
export function dayNumberOfMin(minutes: number): number {
  return Math.floor((minutes + JST_OFFSET_MIN) / DAY_MIN);
}

/** Epoch minutes of JST midnight of a day number. */
export function midnightOfDayNumber(dayNumber: number): number {
  return dayNumber * DAY_MIN - JST_OFFSET_MIN;
}

/** 曜日 (0 = 日 … 6 = 土) of a day number: 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}
