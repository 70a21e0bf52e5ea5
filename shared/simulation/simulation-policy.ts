/**
 * @file 運用 (SimulationPolicy): one way of running a committee evening, as data — how long from a notice to
 * its 問's fixed owner, which release rule the bureaus follow, and whether 夕方レク is offered. The baseline,
 * the planned policy and every lever of the decomposition are values of this one type, so a lever is
 * exactly one field changed (and a future lever, such as the safe-release rules of the stand-down work, is
 * one more field).
 */
import type { SimulationAssumptions } from './simulation-assumptions';

/** 運用. */
export interface SimulationPolicy {
  /** 割振り: minutes from a notice's arrival to the fixed owner of each of its 問 (every notice on its own). */
  allocationMinutes: number;
  /**
   * 待機解除の規則: share of standby days on which no bureau is released before the sitting's last answer is
   * done (全局待機); on the other days each bureau is released once the allocation is closed and its own work
   * is done (局ごとの解除, the planner's rule). 0 = always per bureau.
   */
  keepEveryoneShare: number;
  /** 夕方レク: finished answers are briefed in evening slots the day before (else only 朝レク). */
  eveningBriefing: boolean;
  /**
   * 夕方レク出席 (the product's stand-down rule, shared/evening/RULES.md §9.6): a bureau whose 問 is briefed in an evening
   * slot is released only after that slot. Absent = false: the simulation's rules, as calibrated (simulation-stand-down-rules.ts).
   */
  attendLectures?: boolean;
}

/**
 * 従来運用: today's measured lag per notice, the 2016 release practice, 朝レク only.
 * @example baselinePolicy(defaultSimulationAssumptions) //=> { allocationMinutes: 119, keepEveryoneShare: 0.235…, eveningBriefing: false }
 */
export function baselinePolicy(a: SimulationAssumptions): SimulationPolicy {
  return { allocationMinutes: a.baselineAllocationMinutes, keepEveryoneShare: a.baselineKeepEveryoneShare, eveningBriefing: false };
}

/**
 * 計画運用 with a given allocation decision time: 問取り・問起こし (unchanged) + the decision, never slower
 * than today; per-bureau release; 夕方レク.
 * @example plannedPolicy(defaultSimulationAssumptions, 30).allocationMinutes //=> 90
 */
export function plannedPolicy(a: SimulationAssumptions, decisionMinutes: number = a.plannedDecisionMinutes.central): SimulationPolicy {
  return { allocationMinutes: plannedAllocationMinutes(a, decisionMinutes), keepEveryoneShare: 0, eveningBriefing: true };
}

/**
 * Notice → fixed owner on the planned side: hearing + decision, capped at today's lag.
 * @example plannedAllocationMinutes(defaultSimulationAssumptions, 15) //=> 75
 */
export function plannedAllocationMinutes(a: SimulationAssumptions, decisionMinutes: number): number {
  return Math.min(a.baselineAllocationMinutes, a.hearingMinutes + decisionMinutes);
}
