/**
 * @file 感度分析 (runSensitivity): the simulation again with one assumption changed at a time — headcount,
 * allocation speed of either policy — for every scenario, to show which conclusions hold regardless.
 */
import { type EveningRules, defaultEveningRules } from '../evening/evening-rules';
import { noticeScenarios } from './notice-scenarios';
import { runSimulation } from './run-simulation';
import { type SimulationAssumptions, defaultSimulationAssumptions } from './simulation-assumptions';

/** One changed assumption and the late-night staff-hours it gives per scenario. */
export interface SensitivityRow {
  label: string;
  results: { scenario: string; baseline: number; planned: number; cut: number }[];
}

/** The variants (label, rules change, assumptions change). */
const variants: { label: string; rules?: (r: EveningRules) => EveningRules; assumptions?: (a: SimulationAssumptions) => SimulationAssumptions }[] = [
  { label: '前提どおり' },
  { label: '待機要員 20 人/局', rules: (r) => ({ ...r, bureauDefaults: { ...r.bureauDefaults, drafters: 20 } }) },
  { label: '待機要員 40 人/局', rules: (r) => ({ ...r, bureauDefaults: { ...r.bureauDefaults, drafters: 40 } }) },
  { label: '計画運用の割振りに 60 分', assumptions: (a) => ({ ...a, plannedAssignmentMinutes: 60 }) },
  { label: '計画運用の割振りに 119 分 (従来と同じ速さ)', assumptions: (a) => ({ ...a, plannedAssignmentMinutes: a.baselineAllocationMinutes }) },
  { label: '従来運用の割振り待ち 60 分', assumptions: (a) => ({ ...a, baselineAllocationMinutes: 60 }) },
  { label: '合議 40%・メモ出し 20%', assumptions: (a) => ({ ...a, concurrenceShare: 0.4, memoShare: 0.2 }) },
];

/**
 * @example runSensitivity({ days: 250, seed: 1 })[1].label //=> '待機要員 20 人/局'
 */
export function runSensitivity(options: { days: number; seed: number; scenarios?: readonly string[] }): SensitivityRow[] {
  const scenarios = options.scenarios ?? noticeScenarios.map((s) => s.id);
  return variants.map((v) => ({
    label: v.label,
    results: scenarios.map((scenario) => {
      const { summary } = runSimulation({
        scenario, days: options.days, seed: options.seed,
        rules: v.rules ? v.rules(defaultEveningRules) : defaultEveningRules,
        assumptions: v.assumptions ? v.assumptions(defaultSimulationAssumptions) : defaultSimulationAssumptions,
      });
      const baseline = summary.baseline.lateNightStaffHours;
      const planned = summary.planned.lateNightStaffHours;
      return { scenario, baseline, planned, cut: baseline > 0 ? Math.round((1 - planned / baseline) * 100) : 0 };
    }),
  }));
}
