/**
 * @file 計画運用 (planned policy) as planner input: each notice is allocated as it arrives (owner fixed
 * `plannedAssignmentMinutes` later), bureaus are released the moment the allocation closes or their work is
 * done, and finished answers go to the evening slots (夕方レク) the day before, the rest to 朝レク.
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
 * The planner input of the planned policy for a generated day.
 * @example planEvening(plannedInput(day, bureaus, assumptions, rules))
 */
export function plannedInput(
  day: SimulatedDay,
  bureaus: readonly BureauSettings[],
  assumptions: SimulationAssumptions,
  rules: EveningRules,
  calendar: Calendar = defaultCalendar(),
): EveningInput {
  const fixedAt = new Map(day.notices.map((n) => [n.id, fromMin(toMin(n.receivedAt) + assumptions.plannedAssignmentMinutes)]));
  return {
    sitting: day.sitting,
    notices: day.notices,
    assignments: day.roles.map((r) => ({ ...r, state: 'final', proposedAt: fixedAt.get(r.questionKey)!, decidedAt: fixedAt.get(r.questionKey)! })),
    bureaus,
    slots: defaultBriefingSlots(day.sitting, calendar, rules),
    rules,
    standDownRules: simulationStandDownRules,
    calendar,
  };
}
