/**
 * @file 通日 (day number): days since 1970-01-01 for any 'YYYY-MM-DD' from year 0000 to 9999, by integer
 * arithmetic on the proleptic Gregorian calendar (Howard Hinnant's days_from_civil / civil_from_days).
 * `Date.UTC` is not used because it maps years 0–99 to 1900–1999. Pure; never reads the clock.
 */
import type { IsoDate } from './iso-date';

/**
 * Day number of 'YYYY-MM-DD' (1970-01-01 = 0); NaN when the text is not that shape. The day is not
 * checked against its month here (callers validate with assertIsoDate first).
 * @example dayNumberOf('1970-01-02') //=> 1
 */
export function dayNumberOf(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const y0 = digits(date, 0, 4);
  const m = digits(date, 5, 7);
  const d = digits(date, 8, 10);
  if (m < 1 || m > 12 || d < 1 || d > 31) return Number.NaN; // NaN (a non-digit) fails these too
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The number written by the ASCII digits text[from..to), or NaN when one is not a digit (no allocation). */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return Number.NaN;
    n = n * 10 + c;
  }
  return n;
}

/**
 * 'YYYY-MM-DD' of a day number (inverse of dayNumberOf).
 * @example dateOfDayNumber(0) //=> '1970-01-01'
 */
export function dateOfDayNumber(n: number): IsoDate {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

/** Day of week of a day number, 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekdayOfDayNumber(n: number): number {
  return (((n + 4) % 7) + 7) % 7;
}
