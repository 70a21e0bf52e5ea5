/**
 * @file 幅・内訳・感度の表 (tables of analyseScenario): the cut range over the allocation decision time, the
 * decomposition by lever, and the sensitivity to one assumption at a time — one column per scenario.
 */
import { formatCut, formatCutSpan } from './internal/format-cut';
import { simulationMessages as msg } from './simulation-messages';
import { markdownTable } from './internal/markdown-table';
import type { ScenarioAnalysis } from './run-analysis';

const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

/**
 * 削減の幅: per scenario, the cut at each decision time and the span.
 * @example formatCutRange(analyses) //=> '| シナリオ | 削減の幅 | 判断 15 分 (…) | …'
 */
export function formatCutRange(analyses: readonly ScenarioAnalysis[]): string {
  const first = analyses[0];
  if (!first) return '';
  const d = first.cutRange.decisionMinutes;
  const alloc = first.cutRange.allocationMinutes;
  const head = (m: number, total: number, note: string) => `判断 ${m} 分${note} (通告から ${total} 分)`;
  return markdownTable(
    ['シナリオ', '削減の幅', head(d.fast, alloc.fast, ''), head(d.central, alloc.central, ' 中央'), head(d.slow, alloc.slow, ' = 現状')],
    analyses.map((x) => {
      const r = x.cutRange.plannedOverBaseline;
      return [x.run.summary.scenarioLabel, formatCutSpan(r.slow, r.fast), formatCut(r.fast), formatCut(r.central), formatCut(r.slow)];
    }),
  );
}

/**
 * 内訳: one row per lever, the late-night staff-hours and change per scenario, and the evening-briefed share.
 * @example formatDecompositionTable(analyses)
 */
export function formatDecompositionTable(analyses: readonly ScenarioAnalysis[]): string {
  const first = analyses[0];
  if (!first) return '';
  return markdownTable(
    ['施策', ...analyses.map((x) => x.run.summary.scenarioLabel), '夕方レクで説明'],
    first.decomposition.map((row, i) => [
      row.label,
      ...analyses.map((x) => {
        const r = x.decomposition[i]!;
        return `${r.lateNightStaffHours.toFixed(0)} (${formatCut(r.plannedOverBaseline)})`;
      }),
      analyses.map((x) => pct(x.decomposition[i]!.eveningBriefedShare)).join('・'),
    ]),
  );
}

/**
 * 感度: one row per assumption and value — 従来 → 計画 (change) per scenario, and how far the baseline's mean
 * 'all answers done' then is from the survey (the calibration only holds at the calibrated values).
 * @example formatSensitivityTable(analyses)
 */
export function formatSensitivityTable(analyses: readonly ScenarioAnalysis[]): string {
  const first = analyses[0];
  if (!first) return '';
  const value = (key: string, v: number) => {
    if (key === 'baselineKeepEveryoneShare') return `${(v * 100).toFixed(1)}%`;
    if (key === 'safeReleaseRules') return v === 1 ? msg.sensSafeReleaseProduct : msg.sensSafeReleaseSimulation;
    return String(v);
  };
  return markdownTable(
    ['前提', '値', ...analyses.map((x) => x.run.summary.scenarioLabel), '従来の全答弁完了 − 調査 (分)'],
    first.sensitivity.map((row, i) => [
      row.assumption,
      `${value(row.key, row.value)}${row.isDefault ? ' (前提どおり)' : ''}`,
      ...analyses.map((x) => {
        const r = x.sensitivity[i]!;
        return `${r.baselineLateNightStaffHours.toFixed(0)} → ${r.plannedLateNightStaffHours.toFixed(0)} (${formatCut(r.plannedOverBaseline)})`;
      }),
      analyses.map((x) => { const m = x.sensitivity[i]!.baselineMinusSurveyMinutes; return m > 0 ? `+${m}` : String(m).replace('-', '−'); }).join(' / '),
    ]),
  );
}
