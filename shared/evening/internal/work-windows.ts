/**
 * @file 内部: 作業可能時間 (when drafting may happen) for one sitting. Before the standby day work
 * happens only in regular hours of open days (an early notice is drafted in the daytime, not overnight);
 * from the start of the standby day (the previous open day before the sitting) work goes on until done.
 */
import type { Calendar } from '../../calendar/calendar';
import type { IsoDate } from '../../dates/iso-date';
import type { EveningRules } from '../evening-rules';
import { clockMin, midnightOfDayNumber } from './minutes';

/** Work calendar: the next instant work can happen, and adding working minutes. */
export interface WorkWindows {
  /** Earliest instant ≥ t inside a work window. */
  next(t: number): number;
  /** The instant `minutes` of work after starting at (or after) t. */
  add(t: number, minutes: number): number;
  /** Start of the standby day's work (regular start), in epoch minutes. */
  readonly standbyStart: number;
}

/**
 * Builds the work windows from `fromDate` (the first notice's date) to the standby day.
 * @example workWindows('2026-06-08', '2026-06-09', calendar, rules).add(t, 300)
 */
export function workWindows(fromDate: IsoDate, standbyDay: IsoDate, calendar: Calendar, rules: EveningRules): WorkWindows {
  const rs = clockMin(rules.regularStart);
  const re = clockMin(rules.regularEnd);
  const last = calendar.dayNumber(standbyDay);
  const first = Math.min(calendar.dayNumber(fromDate), last);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let n = first; n < last; n++) {
    if (calendar.isClosed(calendar.dateOf(n))) continue;
    starts.push(midnightOfDayNumber(n) + rs);
    ends.push(midnightOfDayNumber(n) + re);
  }
  const standbyStart = midnightOfDayNumber(last) + rs;
  starts.push(standbyStart);
  ends.push(Infinity);
  /** Index of the first window whose end is after t. */
  const windowAt = (t: number): number => {
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! > t) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  const next = (t: number): number => Math.max(t, starts[windowAt(t)]!);
  return {
    standbyStart,
    next,
    add(t, minutes) {
      if (minutes <= 0) return t;
      let i = windowAt(t);
      let at = Math.max(t, starts[i]!);
      let left = minutes;
      for (;;) {
        const room = ends[i]! - at;
        if (left <= room) return at + left;
        left -= room;
        i++;
        at = starts[i]!;
      }
    },
  };
}
