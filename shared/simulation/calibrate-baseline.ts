/**
 * @file 較正 (calibrateBaseline): the reproducible fit of the baseline's free parameters to the surveys.
 * Grid search over the two parameters no public source gives — drafters per bureau on standby and the mean
 * delay of the notices that arrive after 18:00 the day before — shared by the three scenarios (one ministry,
 * one practice). For each pair it runs ONLY the baseline policy (today's lag per notice, today's release
 * practice, 朝レク) and compares the simulated MEAN 'all answers done' with each survey's mean. The pair with
 * the smallest worst deviation wins (ties: the smaller sum of deviations, then the earlier pair in the grid).
 * Nothing on the planned side is an input, so the planned policy cannot be tuned by it. shared/simulation/RULES.md §4.
 */
import { type NoticeScenario, noticeScenarios, officeClockMinutes } from './notice-scenarios';
import { policyMetrics } from './policy-metrics';
import { type SimulationOptions, runPolicies } from './run-policies';
import { type SimulationAssumptions, defaultSimulationAssumptions } from './simulation-assumptions';
import { simulationMessages as msg } from './simulation-messages';
import { baselinePolicy } from './simulation-policy';

/** 候補 of the grid search. */
export interface CalibrationGrid {
  draftersPerBureau: readonly number[];
  lateTailMeanMinutes: readonly number[];
}

/** The grid the committed parameters were chosen from. */
export const defaultCalibrationGrid: CalibrationGrid = {
  draftersPerBureau: [8, 10, 15, 20, 25, 30, 40, 50],
  lateTailMeanMinutes: [30, 60, 120, 180],
};

/** One candidate pair and how far its baseline is from each survey (minutes, simulated − survey). */
export interface CalibrationCandidate {
  draftersPerBureau: number;
  lateTailMeanMinutes: number;
  scenarios: { scenario: string; doneMeanMinutes: number; doneMinusSurvey: number; startMeanMinutes: number; startMinusSurvey: number }[];
  /** max |doneMinusSurvey| over the scenarios. */
  worstMinutes: number;
  /** Σ |doneMinusSurvey|. */
  sumMinutes: number;
}

/** 較正の結果. */
export interface CalibrationResult {
  best: CalibrationCandidate;
  candidates: CalibrationCandidate[];
}

/**
 * @example calibrateBaseline({ days: 1000, seed: 1 }).best //=> { draftersPerBureau: 25, lateTailMeanMinutes: 120, worstMinutes: … }
 */
export function calibrateBaseline(options: Omit<SimulationOptions, 'scenario'> & { grid?: CalibrationGrid; scenarios?: readonly (string | NoticeScenario)[] }): CalibrationResult {
  const grid = options.grid ?? defaultCalibrationGrid;
  const base = options.assumptions ?? defaultSimulationAssumptions;
  const scenarios = options.scenarios ?? noticeScenarios;
  const candidates: CalibrationCandidate[] = [];
  for (const draftersPerBureau of grid.draftersPerBureau) {
    for (const lateTailMeanMinutes of grid.lateTailMeanMinutes) {
      const assumptions: SimulationAssumptions = { ...base, draftersPerBureau, lateTailMeanMinutes };
      const rows = scenarios.map((scenario) => {
        const runs = runPolicies({ ...options, scenario, assumptions }, [baselinePolicy(assumptions)]);
        const m = policyMetrics(runs.outcomes[0]!, assumptions.baselineKeepEveryoneShare);
        return {
          scenario: runs.scenario.id,
          doneMeanMinutes: m.lastAnswerDoneMeanMinutes,
          doneMinusSurvey: m.lastAnswerDoneMeanMinutes - officeClockMinutes(runs.scenario.survey.allAnswersDone),
          startMeanMinutes: m.lastAnswerStartMeanMinutes,
          startMinusSurvey: m.lastAnswerStartMeanMinutes - officeClockMinutes(runs.scenario.survey.lastAnswerStart),
        };
      });
      const deviations = rows.map((r) => Math.abs(r.doneMinusSurvey));
      candidates.push({
        draftersPerBureau, lateTailMeanMinutes, scenarios: rows,
        worstMinutes: Math.max(...deviations), sumMinutes: deviations.reduce((a, b) => a + b, 0),
      });
    }
  }
  let best: CalibrationCandidate | undefined;
  for (const c of candidates) {
    if (!best || c.worstMinutes < best.worstMinutes || (c.worstMinutes === best.worstMinutes && c.sumMinutes < best.sumMinutes)) best = c;
  }
  if (!best) throw new RangeError(msg.emptyGrid);
  return { best, candidates };
}
