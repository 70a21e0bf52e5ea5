/**
 * @file 従来運用 (baseline policy) as planner input: every bureau waits until all notices are in, the whole
 * allocation becomes final `baselineAllocationMinutes` after the last notice (2016 survey: ≈2 h), drafting
 * starts then, and answers are briefed in the morning (no evening slots).
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { defaultBriefingSlots } from '../evening/default-briefing-slots';
import type { BureauSettings, EveningRules } from '../evening/evening-rules';
import type { EveningInput } from '../evening/evening-types';
import { fromMin, toMin } from '../evening/internal/minutes';
import type { SimulationAssumptions } from './simulation-assumptions';
import { simulationStandDownRules } from './simulation-stand-down-rules';
import type { SimulatedDay } from './simulation-types';

/**
 * The planner input of the baseline policy for a generated day.
 * @example planEvening(baselineInput(day, bureaus, assumptions, rules))
 */
export function baselineInput(
  day: SimulatedDay,
  bureaus: readonly BureauSettings[],
  assumptions: SimulationAssumptions,
  rules: EveningRules,
  calendar: Calendar = defaultCalendar(),
): EveningInput {
  const allIn = Math.max(...day.notices.map((n) => toMin(n.receivedAt)));
  const fixedAt = fromMin(allIn + assumptions.baselineAllocationMinutes);
  return {
    sitting: day.sitting,
    notices: day.notices,
    assignments: day.roles.map((r) => ({ ...r, state: 'final', proposedAt: fixedAt, decidedAt: fixedAt })),
    bureaus,
    slots: defaultBriefingSlots(day.sitting, calendar, rules).filter((s) => s.kind === 'morning'),
    rules,
    standDownRules: simulationStandDownRules,
    calendar,
  };
}
