/**
 * @file ずらした時計 (shiftedClock): a clock that starts at a given JST instant and then runs at real speed,
 * so the demo shows 令和8年3月2日 10:00 and its countdowns still tick.
 */
import { type Clock, type JstInstant, fromEpochMs, jstDateOf, systemClock, toEpochMs } from '@shared/index';

/**
 * @example shiftedClock('2026-03-02T10:00:00+09:00').now() //=> '2026-03-02T10:00:00+09:00' (then later)
 */
export function shiftedClock(startAt: JstInstant, base: Clock = systemClock): Clock {
  const offset = toEpochMs(startAt) - toEpochMs(base.now());
  const now = () => fromEpochMs(toEpochMs(base.now()) + offset);
  return { now, today: () => jstDateOf(now()) };
}
