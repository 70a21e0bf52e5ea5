/**
 * @file 再計画 (replanEvening): after each new notice or assignment, the plan again plus what changed.
 * The plan is recomputed from the whole input (a 300-問 day takes about a millisecond), so a re-plan always
 * equals a fresh plan — deterministic whatever the order of edits. It is incremental in effect: steps and
 * slots are served first come, first served, so a later notice never moves work or slots that were ready
 * before it, except where it queues for the same drafters; `changes` lists exactly what moved.
 */
import { diffEveningPlans, type EveningPlanChanges } from './diff-evening-plans';
import type { EveningInput, EveningPlan } from './evening-types';
import { planEvening } from './plan-evening';

/**
 * Re-plans and reports the changes against the previous plan.
 * @example replanEvening(plan, { ...input, notices: [...input.notices, lateNotice] }).changes.addedItems //=> ['n3#問1']
 */
export function replanEvening(previous: EveningPlan, input: EveningInput): { plan: EveningPlan; changes: EveningPlanChanges } {
  const plan = planEvening(input);
  return { plan, changes: diffEveningPlans(previous, plan) };
}
