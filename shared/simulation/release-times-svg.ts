/**
 * @file 待機解除時刻の分布図 (releaseTimesSvg): a hand-written SVG — one panel per scenario, 30-minute bins of
 * bureau release times, baseline vs planned, with the late-night band, 18:15 and the medians marked.
 * Japanese labels; no dependencies; pure (returns the SVG text).
 */
import { formatClockMinutes } from './format-clock-minutes';
import type { SimulationRun } from './simulation-types';

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

function share(values: readonly number[]): number[] {
  const bins = new Array<number>((TO - FROM) / BIN).fill(0);
  const finite = values.filter((v) => Number.isFinite(v));
  for (const v of finite) {
    const i = Math.min(bins.length - 1, Math.max(0, Math.floor((v - FROM) / BIN)));
    bins[i]!++;
  }
  return bins.map((n) => (finite.length ? (n / finite.length) * 100 : 0));
}

/**
 * The chart for one or more simulation runs (one panel each).
 * @example releaseTimesSvg([run2022, run2023, run2025]).startsWith('<svg') //=> true
 */
export function releaseTimesSvg(runs: readonly SimulationRun[]): string {
  const height = TOP + PANEL * runs.length + 40;
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
    `<text x="${LEFT + 20}" y="82" font-size="13" fill="#1f2933">従来運用 (全局待機・一括割振り・朝レク)</text>`,
    `<rect x="${LEFT + 340}" y="70" width="14" height="14" fill="${PLANNED}"/>`,
    `<text x="${LEFT + 360}" y="82" font-size="13" fill="#1f2933">計画運用 (逐次割振り・即時待機解除・夕方レク)</text>`,
  );
  // One y scale for every panel, so the panels compare.
  const shares = runs.map((run) => ({
    base: share(run.baselineDays.flatMap((d) => d.releaseMinutes)),
    plan: share(run.plannedDays.flatMap((d) => d.releaseMinutes)),
  }));
  const max = Math.max(10, Math.ceil(Math.max(...shares.flatMap((x) => [...x.base, ...x.plan])) / 5) * 5);
  runs.forEach((run, p) => {
    const top = TOP + p * PANEL + 34;
    const { base, plan } = shares[p]!;
    const y = (percent: number) => top + PLOT - (percent / max) * PLOT;
    const s = run.summary;
    const cut = s.baseline.lateNightStaffHours > 0 ? Math.round((1 - s.planned.lateNightStaffHours / s.baseline.lateNightStaffHours) * 100) : 0;
    out.push(
      `<text x="${LEFT}" y="${top - 14}" font-size="15" font-weight="bold" fill="#1f2933">${esc(`${s.scenarioLabel} — 深夜帯の待機 ${s.baseline.lateNightStaffHours.toFixed(0)} → ${s.planned.lateNightStaffHours.toFixed(0)} 人時/開会日 (−${cut}%)`)}</text>`,
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
  out.push(`<text x="${LEFT}" y="${height - 14}" font-size="12" fill="#52606d">${esc('出典: 通告の到着分布は内閣人事局「国会対応業務に関する実態調査」(2022・2023・2025)。前提と較正は late-night-report.md を参照。')}</text>`, '</svg>');
  return `${out.join('\n')}\n`;
}
