/**
 * @file 待機時間 of one hand-entered interval (from → until): hours outside regular hours (09:30–18:15 on
 * open days; all of a closed day) and the part in the late-night band (22:00–05:00), per the rules.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import type { JstInstant } from '../dates/jst';
import { type EveningRules, defaultEveningRules } from '../evening/evening-rules';
import { toMin } from '../evening/internal/minutes';
import { overtimeMinutes } from '../evening/internal/overtime-minutes';

/**
 * @example standbyHours('2026-06-09T18:15:00+09:00', '2026-06-10T01:00:00+09:00') //=> { hoursPastRegularEnd: 6.75, lateNightHours: 3 }
 */
export function standbyHours(
  from: JstInstant, until: JstInstant, rules: EveningRules = defaultEveningRules, calendar: Calendar = defaultCalendar(),
): { hoursPastRegularEnd: number; lateNightHours: number } {
  const ot = overtimeMinutes([[toMin(from), toMin(until)]], rules, calendar);
  return { hoursPastRegularEnd: Math.round((ot.pastRegular / 60) * 100) / 100, lateNightHours: Math.round((ot.lateNight / 60) * 100) / 100 };
}
