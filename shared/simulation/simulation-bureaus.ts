/**
 * @file シミュレーションの局と規則: the MHLW directory (model/bureau.ts) with the rules' bureau defaults, the
 * calibrated drafters per bureau, and 執筆 derived from the scenario's surveyed 着手 → 完了 time.
 */
import { type BureauSettings, type EveningRules, defaultEveningRules } from '../evening/evening-rules';
import { defaultBureaus } from '../model/bureau';
import type { NoticeScenario } from './notice-scenarios';
import { type SimulationAssumptions, defaultSimulationAssumptions } from './simulation-assumptions';

/**
 * 執筆 = survey 着手 → 完了 − 合議 − 課長了 − 局長了, so the slowest chain of one 問 (one with a 合議) takes the
 * surveyed time (2022: 422 − 60 − 30 − 90 = 242 min; shared/simulation/RULES.md §1, §3). Drafters per bureau come from the
 * assumptions (calibrated, shared/simulation/RULES.md §4).
 * @example simulationBureaus(noticeScenarios[0]).rules.bureauDefaults.roleMinutes.執筆 //=> 242
 */
export function simulationBureaus(
  scenario: NoticeScenario,
  assumptions: SimulationAssumptions = defaultSimulationAssumptions,
  base: EveningRules = defaultEveningRules,
): { rules: EveningRules; bureaus: BureauSettings[] } {
  const d = base.bureauDefaults;
  const draft = Math.max(0, scenario.survey.pipelineMinutes - d.roleMinutes.合議 - d.sectionChiefMinutes - d.directorMinutes);
  const rules: EveningRules = { ...base, bureauDefaults: { ...d, drafters: assumptions.draftersPerBureau, roleMinutes: { ...d.roleMinutes, 執筆: draft } } };
  const bureaus = defaultBureaus.map((b) => ({ id: b.id, name: b.name, otherDirected: b.otherDirected, ...rules.bureauDefaults }));
  return { rules, bureaus };
}
