/**
 * @file 較正表 (calibration table): the simulated baseline next to the 内閣人事局 survey averages it should
 * reproduce — the check that the model's drafting time and allocation latency are realistic.
 */
import { markdownTable } from './internal/markdown-table';
import type { SimulationSummary } from './simulation-types';

/**
 * One row per scenario: survey average vs simulated baseline median.
 * @example formatCalibrationTable([run.summary])
 */
export function formatCalibrationTable(summaries: readonly SimulationSummary[]): string {
  return markdownTable(
    ['シナリオ', '着手可能 (調査平均)', '着手可能 (従来・中央値)', '全答弁完了 (調査平均)', '全答弁完了 (従来・中央値)', '執筆 (分)'],
    summaries.map((s) => [
      s.scenarioLabel, s.assumptions.survey.lastAnswerStart, s.baseline.lastAnswerStartMedian,
      s.assumptions.survey.allAnswersDone, s.baseline.lastAnswerDoneMedian, String(s.assumptions.drafting.執筆),
    ]),
  );
}
