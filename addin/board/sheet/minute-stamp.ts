/**
 * @file 時刻の記録 (minuteStamp): the time the board writes into a cell when a coordinator's choice is recorded
 * (割振りの 決定, 委員会セット, 中止の時刻, 完了時刻, 不要の時刻) — `now` cut to the minute, because the sheet stores
 * minutes: a stamp read back later than it happened would put an allocation's close (and so a 待機解除) in the
 * future. Pure.
 */
import { type JstInstant, fromEpochMs, toEpochMs } from '@shared/index';

/** @example minuteStamp('2026-06-10T19:40:40+09:00') //=> '2026-06-10T19:40:00+09:00' */
export function minuteStamp(now: JstInstant): JstInstant {
  return fromEpochMs(Math.floor(toEpochMs(now) / 60_000) * 60_000);
}
