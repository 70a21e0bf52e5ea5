/**
 * @file JST instants as ISO strings with +09:00 ('2026-06-08T12:00:00+09:00'). Japan has had no
 * daylight saving since 1951, so JST is a fixed +9 h offset; conversion never uses the local zone.
 */
import { DateParseError } from '../errors';
import { messages } from '../messages';
import { type IsoDate, assertIsoDate } from './iso-date';

/** 日時: an instant as ISO 8601 text; produced by this module always with +09:00. */
export type JstInstant = string;

const JST_OFFSET_MS = 9 * 3_600_000;
const HH_MM = /^(\d{1,2}):(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Epoch milliseconds of an ISO instant (any offset). Throws DateParseError when unreadable. */
export function toEpochMs(instant: string): number {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(instant)) {
    throw new DateParseError(messages.invalidInstant(instant), instant);
  }
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new DateParseError(messages.invalidInstant(instant), instant);
  return ms;
}

/** The JST ISO text of epoch milliseconds. @example fromEpochMs(0) //=> '1970-01-01T09:00:00+09:00' */
export function fromEpochMs(ms: number): JstInstant {
  const d = new Date(ms + JST_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+09:00`;
}

/** Normalises any ISO instant to JST. */
export function toJst(instant: string): JstInstant {
  return fromEpochMs(toEpochMs(instant));
}

/** The instant at a JST wall time on a date. @example jstAt('2026-06-08', '12:00') //=> '2026-06-08T12:00:00+09:00' */
export function jstAt(date: IsoDate, time: string): JstInstant {
  assertIsoDate(date);
  // Fast path for ordinary wall times on a valid date: no Date object needed.
  if (WALL_TIME.test(time)) return `${date}T${time}:00+09:00`;
  const m = HH_MM.exec(time);
  if (!m || Number(m[1]) > 47 || Number(m[2]) > 59) throw new DateParseError(messages.invalidInstant(`${date} ${time}`), time);
  // Hours past 24 ("25:30", as offices write late-night times) roll into the next day.
  const ms = Date.parse(`${date}T00:00:00+09:00`) + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  return fromEpochMs(ms);
}

/** The JST calendar date of an instant. @example jstDateOf('2026-06-07T15:30:00Z') //=> '2026-06-08' */
export function jstDateOf(instant: string): IsoDate {
  return fromEpochMs(toEpochMs(instant)).slice(0, 10);
}

/** The JST wall time 'HH:MM' of an instant. */
export function jstTimeOf(instant: string): string {
  return fromEpochMs(toEpochMs(instant)).slice(11, 16);
}

/** Adds minutes to an instant. */
export function addMinutes(instant: string, minutes: number): JstInstant {
  return fromEpochMs(toEpochMs(instant) + minutes * 60_000);
}

/** Minutes from `a` to `b` (negative when b is earlier). */
export function minutesBetween(a: string, b: string): number {
  return Math.round((toEpochMs(b) - toEpochMs(a)) / 60_000);
}
