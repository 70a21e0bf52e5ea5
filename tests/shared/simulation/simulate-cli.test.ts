/**
 * @file npm run simulate (tests/tools/simulate.ts) as a user runs it: `--json` prints the summary with the
 * fields the honest-measurement report adds and keeps the old ones; a bad argument exits 2 with the Japanese message and the usage.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const run = (args: string[]) => spawnSync('npx', ['vite-node', 'tests/tools/simulate.ts', '--', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });

describe('npm run simulate', () => {
  it('prints one scenario as JSON with means, the survey, the cut range, the decomposition and the sensitivity', () => {
    const r = run(['--days', '3', '--seed', '1', '--scenario', '2023', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    for (const key of ['scenario', 'days', 'seed', 'baseline', 'planned', 'assumptions', 'survey', 'cutRange', 'decomposition', 'sensitivity']) expect(json).toHaveProperty(key);
    for (const policy of [json.baseline, json.planned]) {
      expect(policy).toHaveProperty('lateNightStaffHours');
      expect(policy).toHaveProperty('releaseTimeMedian');
      expect(policy.lastAnswerDoneMeanMinutes).toEqual(expect.any(Number));
    }
    expect(json.survey.allAnswersDoneMinutes).toBe(1531); // 25:31 in the 2023 臨時会 survey
    expect(json.sensitivity[0]).toEqual(expect.objectContaining({ assumption: '待機要員 (人/局)', value: 8, plannedOverBaseline: expect.any(Number) }));
  }, 120_000);

  it('refuses a bad argument with exit code 2, the Japanese message and the usage', () => {
    const r = run(['--days', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('日数「0」は 1 以上 100000 以下の整数で指定してください。');
    expect(r.stderr).toContain('使い方: npm run simulate --');
    expect(r.stdout).toBe('');
  }, 120_000);
});
