/**
 * @file 較正表 (calibration tables): the simulated baseline's MEANS next to the 内閣人事局 survey averages they
 * must reproduce (±30 min on 'all answers done'), and the grid search that chose the calibrated parameters.
 */
import { formatClockMinutes } from './format-clock-minutes';
import type { CalibrationResult } from './calibrate-baseline';
import { markdownTable } from './internal/markdown-table';
import type { SimulationSummary } from './simulation-types';

const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0');

/**
 * One row per scenario: survey average vs simulated baseline mean, the difference and whether it is within tolerance.
 * @example formatCalibrationTable([run.summary])
 */
export function formatCalibrationTable(summaries: readonly SimulationSummary[]): string {
  return markdownTable(
    ['シナリオ', '全答弁完了 (調査平均)', '全答弁完了 (従来・平均)', '差 (分)', `±${summaries[0]?.survey.toleranceMinutes ?? 30} 分以内`, '着手可能 (調査平均)', '着手可能 (従来・平均)', '差 (分)', '執筆 (分)'],
    summaries.map((s) => [
      s.scenarioLabel, s.survey.allAnswersDone, s.baseline.lastAnswerDoneMean, signed(s.survey.baselineMinusSurveyMinutes),
      Math.abs(s.survey.baselineMinusSurveyMinutes) <= s.survey.toleranceMinutes ? 'はい' : 'いいえ',
      s.survey.lastAnswerStart, s.baseline.lastAnswerStartMean, signed(s.baseline.lastAnswerStartMeanMinutes - s.survey.lastAnswerStartMinutes),
      String(s.assumptions.drafting.執筆),
    ]),
  );
}

/**
 * The grid search: every candidate with its deviation per scenario (simulated mean − survey, minutes); ★ = chosen.
 * @example formatCalibrationGrid(calibrateBaseline({ days: 1000, seed: 1 }))
 */
export function formatCalibrationGrid(result: CalibrationResult): string {
  const scenarios = result.best.scenarios.map((s) => s.scenario);
  return markdownTable(
    ['待機要員 (人/局)', '18時以降の通告の平均の遅れ (分)', ...scenarios.map((id) => `${id} 全答弁完了の差 (分)`), '最大の差 (分)', ''],
    result.candidates.map((c) => [
      String(c.draftersPerBureau), String(c.lateTailMeanMinutes),
      ...c.scenarios.map((s) => `${signed(s.doneMinusSurvey)} (${formatClockMinutes(s.doneMeanMinutes)})`),
      String(c.worstMinutes), c === result.best ? '★ 採用' : '',
    ]),
  );
}

/**
 * The calibration document (tests/simulation/calibration-grid.md): command, procedure, the grid and the choice.
 * @example calibrationGridReport(result, { command: 'npm run simulate -- --calibrate --days 1000 --seed 1 --report tests/simulation', days: 1000, seed: 1, committed: { draftersPerBureau: 30, lateTailMeanMinutes: 120 } })
 */
export function calibrationGridReport(
  result: CalibrationResult,
  options: { command: string; days: number; seed: number; committed: { draftersPerBureau: number; lateTailMeanMinutes: number } },
): string {
  const b = result.best;
  const same = b.draftersPerBureau === options.committed.draftersPerBureau && b.lateTailMeanMinutes === options.committed.lateTailMeanMinutes;
  return `# 従来運用の較正 — 格子探索

このファイルは次のコマンドで生成しています (手で編集しないでください)。手順は [\`shared/simulation/RULES.md\`](shared/simulation/RULES.md) §4、コードは \`shared/simulation/calibrate-baseline.ts\` です。

\`\`\`
${options.command}
\`\`\`

公表値のない 2 つの値 (局の待機要員、前日 18 時以降の通告の 18 時からの平均の遅れ) の組ごとに、**従来運用だけ**を各シナリオ ${options.days} 開会日 (シード ${options.seed}) 走らせ、最後の局長了の**平均**と調査の「全ての答弁作成が完了した日時」の平均の差 (シミュレーション − 調査、分) を出しました。括弧内はシミュレーションの平均です。差の最大が最も小さい組 (同じなら差の合計が小さい組) を採ります。計画運用の前提は探索に入りません。

${formatCalibrationGrid(result)}

採用: 待機要員 ${b.draftersPerBureau} 人/局、遅れの平均 ${b.lateTailMeanMinutes} 分 (差の最大 ${b.worstMinutes} 分)。${same ? '\`simulation-assumptions.ts\` の前提と同じです。' : `**\`simulation-assumptions.ts\` の前提 (${options.committed.draftersPerBureau} 人/局、${options.committed.lateTailMeanMinutes} 分) と違います。前提を更新してください。**`}
`;
}
