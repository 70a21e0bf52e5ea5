/**
 * @file 内部: the planner's core for one sitting in whole minutes — the standby day of that sitting alone
 * (computeStandbyDay, which holds the model) seen from the sitting. The simulation reads the numbers directly.
 * Private to shared/evening and shared/simulation.
 */
import type { EveningInput } from '../evening-types';
import { computeStandbyDay } from './compute-day';
import type { CorePlan } from './core-types';

export type { CoreBureau, CoreHelper, CoreInvolvement, CoreItem, CorePlan, CoreRelease, CoreSlot } from './core-types';

/**
 * The planner core for one sitting. See plan-evening.ts for the model.
 * @example computePlan(input).releases[0].releaseAt //=> 29_683_275 (epoch minutes: 2026-06-09 18:15 JST)
 */
export function computePlan(input: EveningInput): CorePlan {
  const day = computeStandbyDay({ ...input, sittings: [input] });
  const s = day.sittings[0]!;
  return {
    standbyDay: day.standbyDay, sittingStart: s.sittingStart, standbyFrom: day.standbyFrom, items: s.items, scheduled: s.scheduled,
    slots: s.slots, evening: s.evening, morning: s.morning, closedAt: day.closedAt, missingQuestioners: s.missingQuestioners,
    unassigned: s.unassigned, releases: day.releases, warnings: day.warnings, rules: day.rules,
  };
}
