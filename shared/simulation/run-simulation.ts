/**
 * @file 深夜待機シミュレーション (runSimulation): generates sitting days from a survey scenario and runs the
 * baseline and the planned policy through the same planner on the same days, then summarises late-night
 * staff-hours, release times, the mean and median of the last answer (the surveys report means) and the
 * evening-briefed share. Pure and seeded: the same options give the same result on every machine.
 * The cut range, the decomposition and the sensitivity are in run-analysis.ts.
 */
import { officeClockMinutes } from './notice-scenarios';
import { policyMetrics } from './policy-metrics';
import { type PolicyRuns, type SimulationOptions, runPolicies } from './run-policies';
import { defaultSimulationAssumptions } from './simulation-assumptions';
import { simulationMessages as msg } from './simulation-messages';
import { type SimulationPolicy, baselinePolicy, plannedPolicy } from './simulation-policy';
import type { DayOutcome, SimulationRun, SimulationSummary } from './simulation-types';

export type { SimulationOptions } from './run-policies';

/** ±30 minutes: how close the baseline's mean 'all answers done' must come to each survey's mean (shared/simulation/RULES.md §4). */
export const CALIBRATION_TOLERANCE_MINUTES = 30;

/**
 * Runs both policies on the same generated days. `policies` replaces either policy (tests compare a policy
 * with itself; the analysis passes levers).
 * @example runSimulation({ scenario: '2025', days: 200, seed: 1 }).summary.planned.lateNightStaffHours
 */
export function runSimulation(options: SimulationOptions & { policies?: { baseline?: SimulationPolicy; planned?: SimulationPolicy } }): SimulationRun {
  const a = options.assumptions ?? defaultSimulationAssumptions;
  const baseline = options.policies?.baseline ?? baselinePolicy(a);
  const planned = options.policies?.planned ?? plannedPolicy(a);
  const runs = runPolicies(options, [baseline, planned]);
  return simulationRun(runs, options, baseline, planned, runs.outcomes[0]!, runs.outcomes[1]!);
}

/**
 * The summary of a baseline and a planned policy whose day outcomes were already computed.
 * @example simulationRun(runs, options, base, plan, runs.outcomes[0], runs.outcomes[1]).summary.plannedOverBaseline
 */
export function simulationRun(
  runs: PolicyRuns, options: Pick<SimulationOptions, 'days' | 'seed'>,
  baseline: SimulationPolicy, planned: SimulationPolicy, baselineDays: DayOutcome[], plannedDays: DayOutcome[],
): SimulationRun {
  const { scenario, rules, bureaus, assumptions } = runs;
  const base = policyMetrics(baselineDays, baseline.keepEveryoneShare);
  const plan = policyMetrics(plannedDays, planned.keepEveryoneShare);
  const { evening, morning } = rules.slots;
  const doneMinutes = officeClockMinutes(scenario.survey.allAnswersDone);
  const summary: SimulationSummary = {
    scenario: scenario.id,
    scenarioLabel: scenario.label,
    days: options.days,
    seed: options.seed,
    baseline: base,
    planned: plan,
    plannedOverBaseline: ratio(plan.lateNightStaffHoursTotal, base.lateNightStaffHoursTotal),
    survey: {
      lastAnswerStart: scenario.survey.lastAnswerStart,
      lastAnswerStartMinutes: officeClockMinutes(scenario.survey.lastAnswerStart),
      allAnswersDone: scenario.survey.allAnswersDone,
      allAnswersDoneMinutes: doneMinutes,
      baselineMinusSurveyMinutes: base.lastAnswerDoneMeanMinutes - doneMinutes,
      toleranceMinutes: CALIBRATION_TOLERANCE_MINUTES,
    },
    assumptions: {
      scenarioSource: scenario.source,
      noticeBands: scenario.bands.map((b) => ({ label: b.label, share: b.share })),
      survey: scenario.survey,
      drafting: {
        執筆: rules.bureauDefaults.roleMinutes.執筆,
        合議: rules.bureauDefaults.roleMinutes.合議,
        メモ出し: rules.bureauDefaults.roleMinutes.メモ出し,
        課長了: rules.bureauDefaults.sectionChiefMinutes,
        局長了: rules.bureauDefaults.directorMinutes,
        draftersPerBureau: rules.bureauDefaults.drafters,
      },
      regularStart: rules.regularStart,
      regularEnd: rules.regularEnd,
      lateNight: `${rules.lateNight.from}–${rules.lateNight.to}`,
      eveningSlots: `${evening.from}–${evening.to} (${evening.slotMinutes}分枠 × 定員${evening.capacityPerSlot})`,
      morningSlot: `${morning.at} (定員${morning.capacity})`,
      bureaus: bureaus.length,
      simulation: assumptions,
      policies: { baseline: { ...baseline, label: msg.policyBaseline }, planned: { ...planned, label: msg.policyPlanned } },
    },
  };
  return { summary, baselineDays, plannedDays };
}

/**
 * 計画 ÷ 従来, 3 decimals (1 when both are 0).
 * @example ratio(70, 100) //=> 0.7
 */
export function ratio(planned: number, baseline: number): number {
  if (baseline <= 0) return planned <= 0 ? 1 : Infinity;
  return Math.round((planned / baseline) * 1000) / 1000;
}
