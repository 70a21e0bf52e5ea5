/**
 * @file 運用を計画の入力に (policyInput): a generated day as planEvening input under one policy — each notice's
 * 問 get their fixed owner `allocationMinutes` after the notice arrives, and the slots are the default 朝レク
 * plus, when the policy offers them, the 夕方レク slots of the standby day; the stand-down rules are the simulation's,
 * or the product's レク attendance when the policy asks for it. The 全局待機 release rule is not an input of the
 * planner: the simulation applies it to the plan (read-core-plan.ts).
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { defaultBriefingSlots } from '../evening/default-briefing-slots';
import type { BureauSettings, EveningRules } from '../evening/evening-rules';
import type { EveningInput, EveningSlotInput } from '../evening/evening-types';
import { fromMin, toMin } from '../evening/internal/minutes';
import type { SimulationPolicy } from './simulation-policy';
import { productStandDownRulesForOneSitting, simulationStandDownRules } from './simulation-stand-down-rules';
import type { SimulatedDay } from './simulation-types';

/**
 * The planner input of a policy for a generated day. `slots` may be passed when the caller already built
 * the day's default slots (they do not depend on the policy).
 * @example planEvening(policyInput(day, bureaus, baselinePolicy(assumptions), rules))
 */
export function policyInput(
  day: SimulatedDay,
  bureaus: readonly BureauSettings[],
  policy: SimulationPolicy,
  rules: EveningRules,
  calendar: Calendar = defaultCalendar(),
  slots: readonly EveningSlotInput[] = defaultBriefingSlots(day.sitting, calendar, rules),
): EveningInput {
  const fixedAt = new Map(day.notices.map((n) => [n.id, fromMin(toMin(n.receivedAt) + policy.allocationMinutes)]));
  return {
    sitting: day.sitting,
    notices: day.notices,
    assignments: day.roles.map((r) => ({ ...r, state: 'final', proposedAt: fixedAt.get(r.questionKey)!, decidedAt: fixedAt.get(r.questionKey)! })),
    bureaus,
    slots: policy.eveningBriefing ? slots : slots.filter((s) => s.kind === 'morning'),
    rules,
    standDownRules: policy.attendLectures ? productStandDownRulesForOneSitting : simulationStandDownRules,
    calendar,
  };
}
