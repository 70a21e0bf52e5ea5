/**
 * @file 内部: 待機解除と時間 — each bureau is released at the first moment the allocation is closed and it has
 * no unfinished step; its hours are the wait from 終業 on the standby day until that first release (at most
 * through the standby night) plus its own work from the start of the standby day.
 */
import type { Calendar } from '../../calendar/calendar';
import type { IsoDate } from '../../dates/iso-date';
import type { EveningRules } from '../evening-rules';
import type { CoreBureau, CoreRelease } from './core-types';
import { type Interval, intersectIntervals, unionIntervals } from './intervals';
import { clockMin, midnightMin, midnightOfDayNumber } from './minutes';
import { overtimeMinutes } from './overtime-minutes';

/** The standby frame of one day: from 終業 on the standby day until the wait ends. */
export interface StandbyFrame {
  /** 終業 (18:15) on the standby day. */
  standbyFrom: number;
  /** End of waiting for the allocation: the sitting's start when it is the next day, else 05:00 after the standby day. */
  waitEnd: number;
  /** Start of the standby day's work (regular start): work from here counts in the hours. */
  standbyStart: number;
}

/** The standby frame for a sitting on `sittingOn` starting at `sittingStart`. */
export function standbyFrame(standbyDay: IsoDate, sittingOn: IsoDate, sittingStart: number, standbyStart: number, rules: EveningRules, calendar: Calendar): StandbyFrame {
  const standbyFrom = midnightMin(standbyDay, calendar) + clockMin(rules.regularEnd);
  const nextDay = calendar.dayNumber(standbyDay) + 1;
  const waitEnd = calendar.dayNumber(sittingOn) === nextDay
    ? Math.max(sittingStart, standbyFrom)
    : midnightOfDayNumber(nextDay) + clockMin(rules.lateNight.to);
  return { standbyFrom, waitEnd, standbyStart };
}

/**
 * Releases and overtime of every bureau.
 * @example bureauReleases(directory.bureaus, allocation.closed, frame, rules, calendar)[0].releaseAt
 */
export function bureauReleases(
  bureaus: readonly CoreBureau[], closed: readonly Interval[], frame: StandbyFrame, rules: EveningRules, calendar: Calendar,
): CoreRelease[] {
  return bureaus.map((b) => {
    const busy = unionIntervals(b.involvements.map((v) => [v.ready, v.done] as const));
    const firstRelease = earliestFree(closed, busy);
    let lastDone = -Infinity;
    for (const v of b.involvements) if (v.done > lastDone) lastDone = v.done;
    const releaseAt = firstRelease === null ? null : Math.max(firstRelease, lastDone);
    const presence = unionIntervals([
      [frame.standbyFrom, Math.min(frame.waitEnd, firstRelease ?? Infinity)],
      ...intersectIntervals(busy, [[frame.standbyStart, Infinity]]),
    ]);
    return {
      bureau: b,
      firstRelease,
      releaseAt,
      lastDone,
      released: releaseAt !== null && b.involvements.every((v) => v.reported),
      recalled: releaseAt !== null && releaseAt > firstRelease!,
      overtime: overtimeMinutes(presence, rules, calendar),
    };
  });
}

/** The earliest instant inside a closed interval and outside every busy interval, or null. */
export function earliestFree(closed: readonly Interval[], busy: readonly Interval[]): number | null {
  let j = 0;
  for (const [from, to] of closed) {
    let at = from;
    while (j < busy.length && busy[j]![1] <= at) j++;
    for (let k = j; k < busy.length && busy[k]![0] <= at; k++) at = Math.max(at, busy[k]![1]);
    if (at < to) return at;
  }
  return null;
}
