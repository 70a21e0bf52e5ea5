/**
 * @file 待機解除時刻の分布と削減の内訳の図 (releaseTimesSvg): a hand-written SVG — one panel per scenario with
 * 30-minute bins of bureau release times (baseline vs planned, the late-night band, 18:15 and the medians),
 * each titled with its cut and its range; then the decomposition: the cut of each lever alone and of all of
 * them, per scenario, with the range over the allocation decision time. Japanese labels; no dependencies;
 * pure (returns the SVG text).
 */
import { formatClockMinutes } from './format-clock-minutes';
import { formatCut, formatCutSpan } from './internal/format-cut';
import type { ScenarioAnalysis } from './run-analysis';
import type { DayOutcome } from './simulation-types';

const WIDTH = 960;
const LEFT = 64;
const RIGHT = 24;
const TOP = 92;
const PANEL = 210;
const PLOT = 140;
const FROM = 12 * 60; // 12:00 on the standby day
const TO = 30 * 60; // 06:00 the next day
const BIN = 30;
const BASELINE = '#8a96a3';
const PLANNED = '#17808c';
const FONT = "IPAexGothic, IPAGothic, 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, sans-serif";

/** Escapes text for SVG. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Percent of bureau-days per 30-minute bin, the two release rules weighed by the policy's share. */
function share(days: readonly DayOutcome[], keepEveryoneShare: number): number[] {
  const bins = new Array<number>((TO - FROM) / BIN).fill(0);
  let total = 0;
  const add = (values: readonly number[], weight: number) => {
    if (weight <= 0) return;
    for (const v of values) {
      if (!Number.isFinite(v)) continue;
      bins[Math.min(bins.length - 1, Math.max(0, Math.floor((v - FROM) / BIN)))]! += weight;
      total += weight;
    }
  };
  for (const d of days) {
    add(d.perBureau.releaseMinutes, 1 - keepEveryoneShare);
    add(d.keepEveryone.releaseMinutes, keepEveryoneShare);
  }
  return bins.map((n) => (total ? (n / total) * 100 : 0));
}

/**
 * The chart for one or more analysed scenarios (one panel each, then the decomposition).
 * @example releaseTimesSvg([analysis2022, analysis2023, analysis2025]).startsWith('<svg') //=> true
 */
export function releaseTimesSvg(analyses: readonly ScenarioAnalysis[]): string {
  const runs = analyses.map((x) => x.run);
  const decompositionTop = TOP + PANEL * runs.length + 20;
  const height = decompositionTop + decompositionHeight(analyses) + 40;
  const plotWidth = WIDTH - LEFT - RIGHT;
  const x = (minutes: number) => LEFT + ((Math.min(TO, Math.max(FROM, minutes)) - FROM) / (TO - FROM)) * plotWidth;
  const out: string[] = [];
  const days = runs[0]?.summary.days ?? 0;
  const bureaus = runs[0]?.summary.assumptions.bureaus ?? 0;
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${esc(FONT)}" role="img" aria-labelledby="title desc">`,
    `<title id="title">待機解除時刻の分布 — 従来運用と計画運用</title>`,
    `<desc id="desc">${esc(`シナリオごとに、${days} 開会日 × ${bureaus} 局の待機解除時刻を 30 分刻みで数えた割合。灰色が従来運用、青緑が計画運用。`)}</desc>`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    `<text x="${LEFT}" y="34" font-size="22" font-weight="bold" fill="#1f2933">待機解除時刻の分布 — 従来運用と計画運用</text>`,
    `<text x="${LEFT}" y="58" font-size="13" fill="#52606d">${esc(`各シナリオ ${days} 開会日 × ${bureaus} 局。横軸は待機日 (開会前日) の時刻、24:00 以降は翌日 (26:00 = 翌 2:00)。縦軸は局・日の割合。`)}</text>`,
  );
  // Legend (own row under the subtitle).
  out.push(
    `<rect x="${LEFT}" y="70" width="14" height="14" fill="${BASELINE}"/>`,
    `<text x="${LEFT + 20}" y="82" font-size="13" fill="#1f2933">従来運用 (割振り 119 分・府省の解除慣行・朝レク)</text>`,
    `<rect x="${LEFT + 400}" y="70" width="14" height="14" fill="${PLANNED}"/>`,
    `<text x="${LEFT + 420}" y="82" font-size="13" fill="#1f2933">計画運用 (判断を速く・局ごとに即時解除・夕方レク)</text>`,
  );
  // One y scale for every panel, so the panels compare.
  const shares = runs.map((run) => ({
    base: share(run.baselineDays, run.summary.assumptions.policies.baseline.keepEveryoneShare),
    plan: share(run.plannedDays, run.summary.assumptions.policies.planned.keepEveryoneShare),
  }));
  const max = Math.max(10, Math.ceil(Math.max(...shares.flatMap((x) => [...x.base, ...x.plan])) / 5) * 5);
  runs.forEach((run, p) => {
    const top = TOP + p * PANEL + 34;
    const { base, plan } = shares[p]!;
    const y = (percent: number) => top + PLOT - (percent / max) * PLOT;
    const s = run.summary;
    const r = analyses[p]!.cutRange.plannedOverBaseline;
    out.push(
      `<text x="${LEFT}" y="${top - 14}" font-size="15" font-weight="bold" fill="#1f2933">${esc(`${s.scenarioLabel} — 深夜帯の待機 ${s.baseline.lateNightStaffHours.toFixed(0)} → ${s.planned.lateNightStaffHours.toFixed(0)} 人時/開会日 (${formatCut(s.plannedOverBaseline)}、幅 ${formatCutSpan(r.slow, r.fast)})`)}</text>`,
      // Late-night band 22:00–05:00 (= 29:00).
      `<rect x="${x(22 * 60).toFixed(1)}" y="${top}" width="${(x(29 * 60) - x(22 * 60)).toFixed(1)}" height="${PLOT}" fill="#eceaf7"/>`,
      `<text x="${(x(22 * 60) + 6).toFixed(1)}" y="${top + 14}" font-size="12" fill="#4b3f99">深夜帯 22:00–05:00</text>`,
    );
    // Grid and y ticks.
    for (const t of [0, max / 2, max]) {
      out.push(
        `<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="#d9dee3" stroke-width="1"/>`,
        `<text x="${LEFT - 8}" y="${(y(t) + 4).toFixed(1)}" font-size="12" text-anchor="end" fill="#52606d">${t}%</text>`,
      );
    }
    // Bars.
    const w = plotWidth / base.length;
    base.forEach((v, i) => {
      const bx = LEFT + i * w;
      if (v > 0) out.push(`<rect x="${(bx + 1).toFixed(1)}" y="${y(v).toFixed(1)}" width="${((w - 2) / 2).toFixed(1)}" height="${(top + PLOT - y(v)).toFixed(1)}" fill="${BASELINE}"/>`);
      const pv = plan[i]!;
      if (pv > 0) out.push(`<rect x="${(bx + 1 + (w - 2) / 2).toFixed(1)}" y="${y(pv).toFixed(1)}" width="${((w - 2) / 2).toFixed(1)}" height="${(top + PLOT - y(pv)).toFixed(1)}" fill="${PLANNED}"/>`);
    });
    // 定時 and medians.
    out.push(
      `<line x1="${x(18 * 60 + 15).toFixed(1)}" x2="${x(18 * 60 + 15).toFixed(1)}" y1="${top}" y2="${top + PLOT}" stroke="#c0392b" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      `<text x="${(x(18 * 60 + 15) - 4).toFixed(1)}" y="${top + 14}" font-size="12" text-anchor="end" fill="#c0392b" stroke="#ffffff" stroke-width="3" paint-order="stroke">定時 18:15</text>`,
    );
    const medians: [number, string, string, number][] = [
      [s.baseline.releaseTimeMedianMinutes, BASELINE, `従来 中央値 ${s.baseline.releaseTimeMedian}`, 30],
      [s.planned.releaseTimeMedianMinutes, PLANNED, `計画 中央値 ${s.planned.releaseTimeMedian}`, 46],
    ];
    for (const [m, color, label, dy] of medians) {
      if (!Number.isFinite(m)) continue;
      const mx = x(m);
      const anchor = mx > WIDTH - RIGHT - 140 ? 'end' : 'start';
      out.push(
        `<line x1="${mx.toFixed(1)}" x2="${mx.toFixed(1)}" y1="${top}" y2="${top + PLOT}" stroke="${color}" stroke-width="2"/>`,
        `<text x="${(mx + (anchor === 'end' ? -5 : 5)).toFixed(1)}" y="${top + dy}" font-size="12" text-anchor="${anchor}" fill="${color}" font-weight="bold" stroke="#ffffff" stroke-width="3" paint-order="stroke">${esc(label)}</text>`,
      );
    }
    // X axis.
    out.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${top + PLOT}" y2="${top + PLOT}" stroke="#52606d" stroke-width="1"/>`);
    for (let m = FROM; m <= TO; m += 120) {
      out.push(
        `<line x1="${x(m).toFixed(1)}" x2="${x(m).toFixed(1)}" y1="${top + PLOT}" y2="${top + PLOT + 5}" stroke="#52606d"/>`,
        `<text x="${x(m).toFixed(1)}" y="${top + PLOT + 20}" font-size="12" text-anchor="middle" fill="#52606d">${m === FROM ? '〜12:00' : m === TO ? '30:00〜' : formatClockMinutes(m)}</text>`,
      );
    }
  });
  out.push(...decompositionChart(analyses, decompositionTop));
  out.push(`<text x="${LEFT}" y="${height - 14}" font-size="12" fill="#52606d">${esc('出典: 内閣人事局「国会対応業務に関する実態調査」(2022・2023・2025)。前提・較正・感度は late-night-report.md、規則は shared/simulation/RULES.md。')}</text>`, '</svg>');
  return `${out.join('\n')}\n`;
}

const SCENARIO_COLORS = ['#0b5d66', '#17808c', '#6fb8c0'];
const ROW = 58;
const BAR = 12;
const LABEL_WIDTH = 300;

function decompositionHeight(analyses: readonly ScenarioAnalysis[]): number {
  const rows = analyses[0]?.decomposition.filter((d) => d.lever !== 'none').length ?? 0;
  return 70 + rows * ROW + 30;
}

/** 内訳: one row per lever (the baseline row itself is left out), one bar per scenario; 'all' carries the range. */
function decompositionChart(analyses: readonly ScenarioAnalysis[], top: number): string[] {
  const out: string[] = [];
  const first = analyses[0];
  if (!first) return out;
  const rows = first.decomposition.map((d, i) => ({ d, i })).filter(({ d }) => d.lever !== 'none');
  const cuts = analyses.flatMap((x) => [...x.decomposition.map((d) => 1 - d.plannedOverBaseline), 1 - x.cutRange.plannedOverBaseline.fast]);
  const max = Math.max(0.2, Math.ceil(Math.max(...cuts) * 10) / 10);
  const x0 = LEFT + LABEL_WIDTH;
  const plotWidth = WIDTH - RIGHT - 150 - x0;
  const x = (cut: number) => x0 + (Math.max(0, cut) / max) * plotWidth;
  const plotTop = top + 64;
  const plotBottom = plotTop + rows.length * ROW;
  out.push(
    `<text x="${LEFT}" y="${top + 10}" font-size="18" font-weight="bold" fill="#1f2933">内訳 — 施策を一つずつ入れたときの深夜帯待機の削減 (従来運用比)</text>`,
    `<text x="${LEFT}" y="${top + 32}" font-size="13" fill="#52606d">${esc(`棒は判断 ${first.cutRange.decisionMinutes.central} 分のとき。「全部」の線は割振りの判断 ${first.cutRange.decisionMinutes.fast}–${first.cutRange.decisionMinutes.slow} 分の幅。問取り・問起こし (${first.run.summary.assumptions.simulation.hearingMinutes} 分) と作業時間は製品で変わらない前提。`)}</text>`,
  );
  analyses.forEach((a, k) => {
    out.push(
      `<rect x="${LEFT + k * 200}" y="${top + 42}" width="14" height="14" fill="${SCENARIO_COLORS[k % SCENARIO_COLORS.length]}"/>`,
      `<text x="${LEFT + k * 200 + 20}" y="${top + 54}" font-size="13" fill="#1f2933">${esc(a.run.summary.scenarioLabel)}</text>`,
    );
  });
  for (let t = 0; t <= max + 1e-9; t += 0.1) {
    const tx = x(t).toFixed(1);
    out.push(
      `<line x1="${tx}" x2="${tx}" y1="${plotTop}" y2="${plotBottom}" stroke="#d9dee3" stroke-width="1"/>`,
      `<text x="${tx}" y="${plotBottom + 16}" font-size="12" text-anchor="middle" fill="#52606d">${t === 0 ? '0%' : `−${Math.round(t * 100)}%`}</text>`,
    );
  }
  rows.forEach(({ d, i }, r) => {
    const rowTop = plotTop + r * ROW;
    out.push(`<text x="${x0 - 10}" y="${rowTop + ROW / 2 + 4}" font-size="13" text-anchor="end" fill="#1f2933">${esc(d.label)}</text>`);
    analyses.forEach((a, k) => {
      const row = a.decomposition[i]!;
      const cut = 1 - row.plannedOverBaseline;
      const y = rowTop + 8 + k * (BAR + 4);
      const w = x(cut) - x0;
      out.push(`<rect x="${x0}" y="${y}" width="${Math.max(0, w).toFixed(1)}" height="${BAR}" fill="${SCENARIO_COLORS[k % SCENARIO_COLORS.length]}"/>`);
      let labelAt = x(cut) + 4;
      if (row.lever === 'all') {
        const range = a.cutRange.plannedOverBaseline;
        const lo = x(1 - range.slow);
        const hi = x(1 - range.fast);
        out.push(
          `<line x1="${lo.toFixed(1)}" x2="${hi.toFixed(1)}" y1="${y + BAR / 2}" y2="${y + BAR / 2}" stroke="#1f2933" stroke-width="1.5"/>`,
          `<line x1="${lo.toFixed(1)}" x2="${lo.toFixed(1)}" y1="${y + 1}" y2="${y + BAR - 1}" stroke="#1f2933" stroke-width="1.5"/>`,
          `<line x1="${hi.toFixed(1)}" x2="${hi.toFixed(1)}" y1="${y + 1}" y2="${y + BAR - 1}" stroke="#1f2933" stroke-width="1.5"/>`,
        );
        labelAt = Math.max(labelAt, hi + 4);
        out.push(`<text x="${labelAt.toFixed(1)}" y="${y + BAR - 2}" font-size="11" fill="#1f2933">${esc(`${formatCut(row.plannedOverBaseline)} (${formatCutSpan(range.slow, range.fast)})`)}</text>`);
      } else {
        out.push(`<text x="${labelAt.toFixed(1)}" y="${y + BAR - 2}" font-size="11" fill="#1f2933">${esc(formatCut(row.plannedOverBaseline))}</text>`);
      }
    });
  });
  out.push(`<line x1="${x0}" x2="${x0}" y1="${plotTop}" y2="${plotBottom}" stroke="#52606d" stroke-width="1"/>`);
  return out;
}
