/**
 * @file JST instants as ISO strings with +09:00 ('2026-06-08T12:00:00+09:00'). Japan has had no
 * daylight saving since 1951, so JST is a fixed +9 h offset; conversion never uses the local zone.
 */
import type { $brand } from 'zod';
import { DateParseError } from '../errors';
import { messages } from '../messages';
import type { IsoDate } from './iso-date';

/**
 * 日時: an instant as ISO 8601 text with an offset, known to be readable. This module writes +09:00; text from
 * outside becomes one only through parseInstant / toJst or the zod schema instantSchema; a plain string is not one.
 * The brand is zod's (type only, nothing at run time), so the schema's output is this type.
 */
export type JstInstant = string & $brand<'JstInstant'>;

/** 時刻 'HH:MM' (a JST wall time). */
export type WallTime = string;

const JST_OFFSET_MS = 9 * 3_600_000;
const HH_MM = /^(\d{1,2}):(\d{2})$/;
const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Epoch milliseconds of an ISO instant (any offset). Throws DateParseError when unreadable. */
export function toEpochMs(instant: JstInstant): number {
  return epochMsOf(instant);
}

/** Epoch milliseconds of instant text (any offset), validated. */
function epochMsOf(instant: string): number {
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
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+09:00` as JstInstant;
}

/** Instant text from outside (any offset), checked and kept as written. Throws DateParseError when unreadable. */
export function parseInstant(text: string): JstInstant {
  epochMsOf(text);
  return text as JstInstant;
}

/** True when `text` is readable instant text (then it is a JstInstant). */
export function isInstant(text: string): text is JstInstant {
  try {
    epochMsOf(text);
    return true;
  } catch {
    return false;
  }
}

/** Normalises any ISO instant text to JST. Throws DateParseError when unreadable. */
export function toJst(instant: string): JstInstant {
  return fromEpochMs(epochMsOf(instant));
}

/** The instant at a JST wall time on a date. @example jstAt('2026-06-08', '12:00') //=> '2026-06-08T12:00:00+09:00' */
export function jstAt(date: IsoDate, time: string): JstInstant {
  // `date` is an IsoDate, a real day by construction: only the time needs checking. Fast path: no Date object.
  if (WALL_TIME.test(time)) return `${date}T${time}:00+09:00` as JstInstant;
  const m = HH_MM.exec(time);
  if (!m || Number(m[1]) > 47 || Number(m[2]) > 59) throw new DateParseError(messages.invalidInstant(`${date} ${time}`), time);
  // Hours past 24 ("25:30", as offices write late-night times) roll into the next day.
  const ms = Date.parse(`${date}T00:00:00+09:00`) + (Number(m[1]) * 60 + Number(m[2])) * 60_000;
  if (Number.isNaN(ms)) throw new DateParseError(messages.invalidInstant(`${date} ${time}`), date);
  return fromEpochMs(ms);
}

/**
 * The instant as this module writes it ('YYYY-MM-DDTHH:MM:SS+09:00'): itself when already so (the common case,
 * no parsing), else converted — so the date and time below are read in JST whatever the offset.
 */
function jstText(instant: JstInstant): string {
  if (instant.length === 25 && instant[10] === 'T' && instant.endsWith('+09:00')) return instant;
  return fromEpochMs(toEpochMs(instant));
}

/** The JST calendar date of an instant. @example jstDateOf('2026-06-07T15:30:00Z') //=> '2026-06-08' */
export function jstDateOf(instant: JstInstant): IsoDate {
  return jstText(instant).slice(0, 10) as IsoDate;
}

/** The JST wall time 'HH:MM' of an instant. */
export function jstTimeOf(instant: JstInstant): WallTime {
  return jstText(instant).slice(11, 16);
}

/** The JST date and time to the minute, as 'YYYYMMDDHHMM' (file names). @example jstStamp('2026-06-10T17:05:00+09:00') //=> '202606101705' */
export function jstStamp(instant: JstInstant): string {
  return jstText(instant).slice(0, 16).replace(/[-:T]/g, '');
}

/** The JST date and time as a datetime-local input value 'YYYY-MM-DDTHH:MM'. @example jstDateTimeLocal('2026-06-08T02:30:00Z') //=> '2026-06-08T11:30' */
export function jstDateTimeLocal(instant: JstInstant): string {
  return jstText(instant).slice(0, 16);
}

/** Adds minutes to an instant. */
export function addMinutes(instant: JstInstant, minutes: number): JstInstant {
  return fromEpochMs(toEpochMs(instant) + minutes * 60_000);
}

/** Minutes from `a` to `b` (negative when b is earlier). */
export function minutesBetween(a: JstInstant, b: JstInstant): number {
  return Math.round((toEpochMs(b) - toEpochMs(a)) / 60_000);
}
