/**
 * @file シミュレーションの局と規則: the MHLW directory (model/bureau.ts) with the rules' bureau defaults,
 * and 執筆 calibrated to the scenario's surveyed 着手 → 完了 time.
 */
import { type BureauSettings, type EveningRules, defaultEveningRules } from '../evening/evening-rules';
import { defaultBureaus } from '../model/bureau';
import type { NoticeScenario } from './notice-scenarios';

/**
 * Calibration: the slowest chain of a day (almost always one with a 合議) must take the surveyed 着手 → 完了
 * time, so 執筆 = survey − 合議 − 課長了 − 局長了 (2022: 422 − 60 − 30 − 90 = 242 min).
 * @example simulationBureaus(noticeScenarios[0]).rules.bureauDefaults.roleMinutes.執筆 //=> 242
 */
export function simulationBureaus(scenario: NoticeScenario, base: EveningRules = defaultEveningRules): { rules: EveningRules; bureaus: BureauSettings[] } {
  const d = base.bureauDefaults;
  const draft = Math.max(0, scenario.survey.pipelineMinutes - d.roleMinutes.合議 - d.sectionChiefMinutes - d.directorMinutes);
  const rules: EveningRules = { ...base, bureauDefaults: { ...d, roleMinutes: { ...d.roleMinutes, 執筆: draft } } };
  const bureaus = defaultBureaus.map((b) => ({ id: b.id, name: b.name, otherDirected: b.otherDirected, ...rules.bureauDefaults }));
  return { rules, bureaus };
}
