/**
 * @file 時計: the one place in shared/ that may read the wall clock. Everything else takes `now`
 * (a JST instant) or `today` ('YYYY-MM-DD') as an argument, so results are reproducible.
 */
import { type IsoDate } from './dates/iso-date';
import { type JstInstant, fromEpochMs, jstDateOf, toEpochMs } from './dates/jst';

/** 時計 port: platforms pass `systemClock`; tests pass `fixedClock(...)`. */
export interface Clock {
  now(): JstInstant;
  today(): IsoDate;
}

/** The machine's clock, reported in JST. */
export const systemClock: Clock = {
  now: () => fromEpochMs(Date.now()),
  today: () => jstDateOf(fromEpochMs(Date.now())),
};

/** A clock stuck at one instant (tests, demos). */
export function fixedClock(instant: JstInstant): Clock {
  const jst = fromEpochMs(toEpochMs(instant));
  const today = jstDateOf(jst);
  return { now: () => jst, today: () => today };
}
