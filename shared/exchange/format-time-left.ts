/** @file 残り時間の表示 (formatTimeLeft): 「あと 7 時間」「あと 2 日 3 時間」「3 時間超過」 from two instants. */
import { type JstInstant, minutesBetween } from '../dates/jst';

/**
 * Japanese time left from `now` until `dueAt` (minutes precision, rounded down).
 * @example formatTimeLeft('2026-06-09T18:00:00+09:00', '2026-06-09T11:00:00+09:00') //=> 'あと 7 時間'
 */
export function formatTimeLeft(dueAt: JstInstant, now: JstInstant): string {
  const minutes = minutesBetween(now, dueAt);
  const abs = Math.abs(minutes);
  const days = Math.floor(abs / 1440);
  const hours = Math.floor((abs % 1440) / 60);
  const mins = abs % 60;
  const parts = days > 0 ? [`${days} 日`, ...(hours > 0 ? [`${hours} 時間`] : [])] : hours > 0 ? [`${hours} 時間`, ...(mins > 0 ? [`${mins} 分`] : [])] : [`${mins} 分`];
  return minutes >= 0 ? `あと ${parts.join(' ')}` : `${parts.join(' ')}超過`;
}
