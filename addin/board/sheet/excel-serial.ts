/**
 * @file Excel シリアル値: JST dates and instants ↔ Excel serial numbers (days since 1899-12-30, the
 * 1900 date system). Excel has no time zone; the workbook's wall clock is JST (the office's), so an
 * instant is stored as its JST wall time. Pure; never reads the clock.
 */
import { type IsoDate, type JstInstant, addDays, daysBetween, fromEpochMs, toEpochMs, ymd } from '@shared/index';

/** Excel day 0 in the 1900 date system (serial 1 = 1900-01-01, with Lotus's phantom 1900-02-29). */
const EXCEL_EPOCH: IsoDate = ymd(1899, 12, 30);
const DAY_MS = 86_400_000;
const JST_OFFSET_MS = 9 * 3_600_000;
/** Serial of 1970-01-01 (the Unix epoch). */
const UNIX_EPOCH_SERIAL = 25_569;

/** @example dateToSerial('2026-07-17') //=> 46220 */
export function dateToSerial(date: IsoDate): number {
  return daysBetween(EXCEL_EPOCH, date);
}

/** @example serialToDate(46220.5) //=> '2026-07-17' */
export function serialToDate(serial: number): IsoDate {
  return addDays(EXCEL_EPOCH, Math.floor(serial));
}

/** JST wall-clock serial of an instant. @example instantToSerial('2026-07-17T12:00:00+09:00') //=> 46220.5 */
export function instantToSerial(instant: JstInstant): number {
  return (toEpochMs(instant) + JST_OFFSET_MS) / DAY_MS + UNIX_EPOCH_SERIAL;
}

/** Instant of a JST wall-clock serial, rounded to the minute (Excel stores binary fractions). */
export function serialToInstant(serial: number): JstInstant {
  const ms = (serial - UNIX_EPOCH_SERIAL) * DAY_MS - JST_OFFSET_MS;
  return fromEpochMs(Math.round(ms / 60_000) * 60_000);
}
