/**
 * @file シミュレーション結果の表 (plain-text table for the terminal and the report): per scenario, baseline
 * vs planned late-night staff-hours, release median, the last answer's mean (what the surveys report) and
 * the evening-briefed share.
 */
import { formatCut } from './internal/format-cut';
import { markdownTable } from './internal/markdown-table';
import type { SimulationSummary } from './simulation-types';

const pct = (share: number) => `${(share * 100).toFixed(1)}%`;

/**
 * The comparison table, one row per scenario and policy.
 * @example formatSimulationTable([run.summary]) //=> '| シナリオ | 運用 | 深夜帯の待機 (人時/開会日) | …'
 */
export function formatSimulationTable(summaries: readonly SimulationSummary[]): string {
  const rows: string[][] = [];
  for (const s of summaries) {
    rows.push([s.scenarioLabel, '従来', s.baseline.lateNightStaffHours.toFixed(1), s.baseline.releaseTimeMedian, pct(s.baseline.releasedBy2200Share), s.baseline.lastAnswerDoneMean, pct(s.baseline.eveningBriefedShare)]);
    rows.push(['', '計画', `${s.planned.lateNightStaffHours.toFixed(1)} (${formatCut(s.plannedOverBaseline)})`, s.planned.releaseTimeMedian, pct(s.planned.releasedBy2200Share), s.planned.lastAnswerDoneMean, pct(s.planned.eveningBriefedShare)]);
  }
  return markdownTable(['シナリオ', '運用', '深夜帯の待機 (人時/開会日)', '待機解除 中央値', '22時までに解除', '最後の局長了 平均', '夕方レクで説明'], rows);
}
