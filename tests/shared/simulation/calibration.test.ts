/**
 * @file 較正 (calibration): the baseline reproduces the surveys' MEAN 'all answers done' within ±30 minutes at
 * the committed seed and days, the committed calibrated values are the ones the documented grid search chose,
 * and the search itself picks the best candidate and cannot see the planned side.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CALIBRATION_TOLERANCE_MINUTES, baselinePolicy, calibrateBaseline, defaultSimulationAssumptions, noticeScenarios, officeClockMinutes,
  policyMetrics, runPolicies,
} from '@shared/index';

/** The days and seed of the committed report (tests/simulation/late-night-report.md). */
const COMMITTED = { days: 1000, seed: 1 };
/** 1,000 planner runs per scenario take about a second alone, several on a busy machine. */
const HEAVY_MS = 60_000;
const report = readFileSync('tests/simulation/late-night-report.md', 'utf8');
const grid = readFileSync('tests/simulation/calibration-grid.md', 'utf8');

describe('calibrated baseline', () => {
  it('is the setting of the committed report (same days and seed)', () => {
    expect(report).toContain(`npm run simulate -- --days ${COMMITTED.days} --seed ${COMMITTED.seed} --report tests/simulation`);
    expect(grid).toContain(`npm run simulate -- --calibrate --days ${COMMITTED.days} --seed ${COMMITTED.seed} --report tests/simulation`);
  });

  it.each(noticeScenarios.map((s) => [s.id, s.survey.allAnswersDone] as const))(
    'reproduces the %s survey mean of all answers done (%s) within ±30 min at 1000 days, seed 1 (simulated mean, not median)',
    (scenario, surveyed) => {
      const a = defaultSimulationAssumptions;
      const runs = runPolicies({ scenario, ...COMMITTED }, [baselinePolicy(a)]);
      const mean = policyMetrics(runs.outcomes[0]!, a.baselineKeepEveryoneShare).lastAnswerDoneMeanMinutes;
      expect(Math.abs(mean - officeClockMinutes(surveyed)), `baseline mean ${mean} vs survey ${officeClockMinutes(surveyed)}`).toBeLessThanOrEqual(CALIBRATION_TOLERANCE_MINUTES);
    },
    HEAVY_MS,
  );

  it('uses the values the grid search chose (tests/simulation/calibration-grid.md, written by --calibrate)', () => {
    const a = defaultSimulationAssumptions;
    expect(grid).toContain(`採用: 待機要員 ${a.draftersPerBureau} 人/局、遅れの平均 ${a.lateTailMeanMinutes} 分`);
    expect(grid).toContain('`simulation-assumptions.ts` の前提と同じです。');
    expect(grid).toMatch(new RegExp(`\\| ${a.draftersPerBureau} \\| ${a.lateTailMeanMinutes} \\| .*★ 採用 \\|`));
  });
});

describe('calibrateBaseline (the grid search)', () => {
  const small = { drafters: [8, 30], tails: [30, 120] };
  const options = { days: 30, seed: 2, grid: { draftersPerBureau: small.drafters, lateTailMeanMinutes: small.tails } };
  const result = calibrateBaseline(options);

  it('tries every pair of the grid and picks the one with the smallest worst deviation from the survey means', () => {
    expect(result.candidates.map((c) => [c.draftersPerBureau, c.lateTailMeanMinutes])).toEqual([[8, 30], [8, 120], [30, 30], [30, 120]]);
    expect(result.best.worstMinutes).toBe(Math.min(...result.candidates.map((c) => c.worstMinutes)));
    for (const c of result.candidates) {
      expect(c.scenarios.map((s) => s.scenario)).toEqual(['2022', '2023', '2025']);
      expect(c.worstMinutes).toBe(Math.max(...c.scenarios.map((s) => Math.abs(s.doneMinusSurvey))));
    }
  });

  it('tells the drafter counts apart: with 8 people per bureau the answers queue for hours past the surveyed time', () => {
    const eight = result.candidates.filter((c) => c.draftersPerBureau === 8);
    for (const c of eight) expect(Math.min(...c.scenarios.map((s) => s.doneMinusSurvey))).toBeGreaterThan(120);
    expect(result.best.draftersPerBureau).toBe(30);
  });

  it('cannot be tuned from the planned side: changing 問取り or the decision range changes nothing in the fit', () => {
    const edited = { ...defaultSimulationAssumptions, hearingMinutes: 10, plannedDecisionMinutes: { fast: 1, central: 2, slow: 100 } };
    expect(calibrateBaseline({ ...options, assumptions: edited })).toEqual(result);
  }, HEAVY_MS);

  it('refuses an empty grid in Japanese', () => {
    expect(() => calibrateBaseline({ days: 1, seed: 1, grid: { draftersPerBureau: [], lateTailMeanMinutes: [60] } })).toThrow('較正の候補 (待機要員・遅い通告の平均) が空です。');
  });
});
