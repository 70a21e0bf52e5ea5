/**
 * @file 内部: minutes of presence outside regular hours, and the part inside the late-night band.
 * Regular hours are regularStart–regularEnd on open days; every minute of a closed day is outside them.
 */
import type { Calendar } from '../../calendar/calendar';
import type { EveningRules } from '../evening-rules';
import { type Interval, intersectIntervals, measure, unionIntervals } from './intervals';
import { DAY_MIN, clockMin, dayNumberOfMin, midnightOfDayNumber } from './minutes';

/** 時間外と深夜 in minutes. */
export interface OvertimeMinutes {
  pastRegular: number;
  lateNight: number;
}

/**
 * Overtime minutes of a presence (any list of bounded intervals).
 * @example overtimeMinutes([[t1815, t0100]], rules, calendar) //=> { pastRegular: 405, lateNight: 180 }
 */
export function overtimeMinutes(presence: readonly Interval[], rules: EveningRules, calendar: Calendar): OvertimeMinutes {
  const p = unionIntervals(presence);
  if (p.length === 0) return { pastRegular: 0, lateNight: 0 };
  const firstDay = dayNumberOfMin(p[0]![0]) - 1;
  const lastDay = dayNumberOfMin(p[p.length - 1]![1]) + 1;
  const rs = clockMin(rules.regularStart);
  const re = clockMin(rules.regularEnd);
  const lf = clockMin(rules.lateNight.from);
  const lt = clockMin(rules.lateNight.to);
  const regular: Interval[] = [];
  const band: Interval[] = [];
  for (let n = firstDay; n <= lastDay; n++) {
    const midnight = midnightOfDayNumber(n);
    if (!calendar.isClosed(calendar.dateOf(n))) regular.push([midnight + rs, midnight + re]);
    // The band starting on day n: 22:00 → 05:00 next day (or within the day when from < to).
    band.push([midnight + lf, midnight + (lt <= lf ? DAY_MIN : 0) + lt]);
  }
  const bands = unionIntervals(band);
  const pr = intersectIntervals(p, regular);
  const pb = intersectIntervals(p, bands);
  return {
    pastRegular: measure(p) - measure(pr),
    lateNight: measure(pb) - measure(intersectIntervals(pb, regular)),
  };
}
