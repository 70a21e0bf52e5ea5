/**
 * @file 削減の幅・内訳・感度 (analyseScenario): for one scenario, on the same seeded days —
 * - the cut RANGE over what the product changes: the allocation decision time (fast … slow, slow = today's);
 * - the DECOMPOSITION: each lever on its own against the baseline (release rule, 夕方レク, faster allocation),
 *   then all together;
 * - the SENSITIVITY: one assumption changed at a time (variants in sensitivity-variants.ts).
 * Policies that only differ in their release rule share one planner run (run-policies.ts).
 */
import { policyMetrics } from './policy-metrics';
import { type SimulationOptions, runPolicies } from './run-policies';
import { ratio, simulationRun } from './run-simulation';
import { type SensitivityChange, sensitivityVariants } from './sensitivity-variants';
import { type DecisionRange, defaultSimulationAssumptions } from './simulation-assumptions';
import { simulationMessages as msg } from './simulation-messages';
import { type SimulationPolicy, baselinePolicy, plannedPolicy } from './simulation-policy';
import type { DayOutcome, SimulationRun, SimulationSummary } from './simulation-types';

/** 施策 (lever) of the decomposition. */
export type Lever = 'none' | 'release' | 'evening' | 'allocation' | 'all';

/** 内訳の行: one lever against the baseline. */
export interface DecompositionRow {
  lever: Lever;
  label: string;
  policy: SimulationPolicy;
  lateNightStaffHours: number;
  plannedOverBaseline: number;
  eveningBriefedShare: number;
  lastAnswerDoneMeanMinutes: number;
}

/** 削減の幅: 計画 ÷ 従来 at each allocation decision time (the other planned assumptions as in the table). */
export interface CutRange {
  decisionMinutes: DecisionRange;
  allocationMinutes: DecisionRange;
  plannedOverBaseline: DecisionRange;
}

/** 感度の行: one assumption at one value (JSON: `{ assumption, value, plannedOverBaseline }` plus context). */
export interface SensitivityRow {
  key: string;
  assumption: string;
  value: number;
  /** The value the table and the range use. */
  isDefault: boolean;
  baselineLateNightStaffHours: number;
  plannedLateNightStaffHours: number;
  plannedOverBaseline: number;
  /** 従来運用の平均 'all answers done' − survey (minutes): how far the variant moves the calibration. */
  baselineMinusSurveyMinutes: number;
  eveningBriefedShare: number;
}

/** analyseScenario の結果. */
export interface ScenarioAnalysis {
  run: SimulationRun;
  cutRange: CutRange;
  decomposition: DecompositionRow[];
  /** 感度の開会日数: the first `sensitivityDays` days of the same seed (fewer than the main run, to keep 1,000 days fast). */
  sensitivityDays: number;
  sensitivity: SensitivityRow[];
}

/** JSON of `npm run simulate -- --json`: the summary with the range, the decomposition and the sensitivity. */
export type AnalysedSummary = SimulationSummary & Omit<ScenarioAnalysis, 'run'>;

/**
 * 感度の開会日数の上限: the sensitivity runs each variant on this many days (the first days of the same seed), so
 * `npm run simulate -- --days 1000` stays within about a minute; ratios of paired runs settle well before that.
 */
export const SENSITIVITY_DAYS = 300;

/**
 * @example analyseScenario({ scenario: '2025', days: 1000, seed: 1 }).cutRange.plannedOverBaseline //=> { fast: 0.6…, central: …, slow: … }
 */
export function analyseScenario(options: SimulationOptions & { sensitivityDays?: number }): ScenarioAnalysis {
  const a = options.assumptions ?? defaultSimulationAssumptions;
  const base = baselinePolicy(a);
  const d = a.plannedDecisionMinutes;
  const planned = { fast: plannedPolicy(a, d.fast), central: plannedPolicy(a, d.central), slow: plannedPolicy(a, d.slow) };
  const levers: Record<Exclude<Lever, 'all'>, SimulationPolicy> = {
    none: base,
    release: { ...base, keepEveryoneShare: planned.central.keepEveryoneShare },
    evening: { ...base, eveningBriefing: planned.central.eveningBriefing },
    allocation: { ...base, allocationMinutes: planned.central.allocationMinutes },
  };
  // Main pass: every policy of the range and the decomposition on the same days.
  const mainPolicies: SimulationPolicy[] = [base, planned.central, planned.fast, planned.slow, ...Object.values(levers)];
  // Sensitivity: on `sensitivityDays` (the first days of the same seed). Variants that change only a policy share
  // one pass with the default pair (the main pass when the day counts are equal); the others get their own pass.
  const sensitivityDays = Math.min(options.days, options.sensitivityDays ?? SENSITIVITY_DAYS);
  const shared = sensitivityDays === options.days;
  const sensitivityPolicies: SimulationPolicy[] = shared ? mainPolicies : [base, planned.central];
  const variants = sensitivityVariants.flatMap((v) => withDefault(v.values, v.defaultValue(a, options.rules)).map((value) => {
    const change: SensitivityChange = value === v.defaultValue(a, options.rules) ? {} : v.apply(value, a, options.rules);
    const assumptions = change.assumptions ?? a;
    const own = Boolean(change.assumptions || change.rules);
    const pair = { baseline: change.baseline ?? (own ? baselinePolicy(assumptions) : base), planned: change.planned ?? (own ? plannedPolicy(assumptions) : planned.central) };
    const index = own ? null : [sensitivityPolicies.push(pair.baseline) - 1, sensitivityPolicies.push(pair.planned) - 1] as const;
    return { v, value, change, pair, index };
  }));
  const main = runPolicies(options, mainPolicies);
  const sensitivityRuns = shared ? main : runPolicies({ ...options, days: sensitivityDays }, sensitivityPolicies);
  const days = (i: number) => main.outcomes[i]!;
  const run = simulationRun(main, options, base, planned.central, days(0), days(1));
  const baseMetrics = run.summary.baseline;
  const over = (policy: SimulationPolicy, outcomes: DayOutcome[]) => ratio(policyMetrics(outcomes, policy.keepEveryoneShare).lateNightStaffHoursTotal, baseMetrics.lateNightStaffHoursTotal);

  const cutRange: CutRange = {
    decisionMinutes: d,
    allocationMinutes: { fast: planned.fast.allocationMinutes, central: planned.central.allocationMinutes, slow: planned.slow.allocationMinutes },
    plannedOverBaseline: { fast: over(planned.fast, days(2)), central: run.summary.plannedOverBaseline, slow: over(planned.slow, days(3)) },
  };
  const leverRow = (lever: Lever, label: string, policy: SimulationPolicy, outcomes: DayOutcome[]): DecompositionRow => {
    const m = policyMetrics(outcomes, policy.keepEveryoneShare);
    return {
      lever, label, policy, lateNightStaffHours: m.lateNightStaffHours, plannedOverBaseline: ratio(m.lateNightStaffHoursTotal, baseMetrics.lateNightStaffHoursTotal),
      eveningBriefedShare: m.eveningBriefedShare, lastAnswerDoneMeanMinutes: m.lastAnswerDoneMeanMinutes,
    };
  };
  const decomposition: DecompositionRow[] = [
    leverRow('none', msg.leverNone, levers.none, days(4)),
    leverRow('release', msg.leverRelease, levers.release, days(5)),
    leverRow('evening', msg.leverEvening, levers.evening, days(6)),
    leverRow('allocation', msg.leverAllocation(d.central), levers.allocation, days(7)),
    leverRow('all', msg.leverAll(d.central), planned.central, days(1)),
  ];

  const sensitivity = variants.map(({ v, value, change, pair, index }): SensitivityRow => {
    const setting = { ...options, days: sensitivityDays, assumptions: change.assumptions ?? a, rules: change.rules ?? options.rules };
    const outcomes = index ? [sensitivityRuns.outcomes[index[0]]!, sensitivityRuns.outcomes[index[1]]!]
      : change.baselineUnchanged ? [sensitivityRuns.outcomes[0]!, runPolicies(setting, [pair.planned]).outcomes[0]!]
      : runPolicies(setting, [pair.baseline, pair.planned]).outcomes;
    const sb = policyMetrics(outcomes[0]!, pair.baseline.keepEveryoneShare);
    const sp = policyMetrics(outcomes[1]!, pair.planned.keepEveryoneShare);
    return {
      key: v.key, assumption: v.assumption, value, isDefault: value === v.defaultValue(a, options.rules),
      baselineLateNightStaffHours: sb.lateNightStaffHours, plannedLateNightStaffHours: sp.lateNightStaffHours,
      plannedOverBaseline: ratio(sp.lateNightStaffHoursTotal, sb.lateNightStaffHoursTotal),
      baselineMinusSurveyMinutes: sb.lastAnswerDoneMeanMinutes - run.summary.survey.allAnswersDoneMinutes,
      eveningBriefedShare: sp.eveningBriefedShare,
    };
  });
  return { run, cutRange, decomposition, sensitivityDays, sensitivity };
}

/** The variant's values with the value in use added (so every assumption shows its default row), ascending. */
function withDefault(values: readonly number[], value: number): number[] {
  return [...new Set([...values, value])].sort((x, y) => x - y);
}

/**
 * The JSON of one analysed scenario.
 * @example analysedSummary(analyseScenario({ scenario: '2023', days: 10, seed: 1 })).decomposition.length //=> 5
 */
export function analysedSummary(analysis: ScenarioAnalysis): AnalysedSummary {
  return { ...analysis.run.summary, cutRange: analysis.cutRange, decomposition: analysis.decomposition, sensitivityDays: analysis.sensitivityDays, sensitivity: analysis.sensitivity };
}
