/**
 * @file 待機の時刻表示 (standbyClock): a time on the standby night as the office says it — 「19:42」 on the
 * standby day, 「翌01:30」 the next morning, 「6/12(金) 10:00」 otherwise. Pure.
 */
import { type IsoDate, type JstInstant, addDays, jstDateOf, jstTimeOf, shortDateTime } from '@shared/index';
import { eveningBoardMessages as msg } from '../evening-labels';

/** @example standbyClock('2026-06-11T01:30:00+09:00', '2026-06-10') //=> '翌01:30' */
export function standbyClock(at: JstInstant, day: IsoDate): string {
  const date = jstDateOf(at);
  if (date === day) return jstTimeOf(at);
  if (date === addDays(day, 1)) return msg.nextDay(jstTimeOf(at));
  return shortDateTime(at);
}
