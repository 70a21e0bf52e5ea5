/**
 * @file 運用ごとの指標 (policyMetrics): means and medians over the simulated days of one policy, with the two
 * release rules weighed by the policy's `keepEveryoneShare` (expected values, so no extra random draw).
 */
import { formatClockMinutes } from './format-clock-minutes';
import type { DayOutcome, PolicyMetrics } from './simulation-types';

/** 22:00 after the standby day's midnight, in minutes. */
const TEN_PM = 22 * 60;
const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * @example policyMetrics(run.baselineDays, 4 / 17).lastAnswerDoneMeanMinutes //=> 1546
 */
export function policyMetrics(days: readonly DayOutcome[], keepEveryoneShare: number): PolicyMetrics {
  const s = keepEveryoneShare;
  const n = Math.max(1, days.length);
  const mix = (f: (d: DayOutcome['perBureau']) => number) => days.reduce((acc, d) => acc + (1 - s) * f(d.perBureau) + s * f(d.keepEveryone), 0);
  const releases: number[] = [];
  const weights: number[] = [];
  for (const d of days) {
    for (const m of d.perBureau.releaseMinutes) { releases.push(m); weights.push(1 - s); }
    if (s > 0) for (const m of d.keepEveryone.releaseMinutes) { releases.push(m); weights.push(s); }
  }
  const items = days.reduce((a, d) => a + d.itemCount, 0);
  const lateTotal = mix((r) => r.lateNightStaffHours);
  const releaseMedian = Math.round(weightedMedian(releases, weights));
  const doneMedian = Math.round(weightedMedian(days.map((d) => d.lastDoneMinutes)));
  const doneMean = Math.round(mean(days.map((d) => d.lastDoneMinutes)));
  const startMean = Math.round(mean(days.map((d) => d.lastStartMinutes)));
  let by2200 = 0;
  let weightTotal = 0;
  releases.forEach((m, i) => { weightTotal += weights[i]!; if (m <= TEN_PM) by2200 += weights[i]!; });
  return {
    lateNightStaffHours: round(lateTotal / n, 1),
    lateNightStaffHoursTotal: round(lateTotal, 1),
    staffHoursPastRegularEnd: round(mix((r) => r.staffHoursPastRegularEnd) / n, 1),
    releaseTimeMedian: formatClockMinutes(releaseMedian),
    releaseTimeMedianMinutes: releaseMedian,
    releasedBy2200Share: round(by2200 / Math.max(1e-9, weightTotal), 3),
    lastAnswerDoneMedian: formatClockMinutes(doneMedian),
    lastAnswerDoneMedianMinutes: doneMedian,
    lastAnswerDoneMean: formatClockMinutes(doneMean),
    lastAnswerDoneMeanMinutes: doneMean,
    lastAnswerStartMedian: formatClockMinutes(Math.round(weightedMedian(days.map((d) => d.lastStartMinutes)))),
    lastAnswerStartMean: formatClockMinutes(startMean),
    lastAnswerStartMeanMinutes: startMean,
    eveningBriefedShare: round(days.reduce((a, d) => a + d.eveningCount, 0) / Math.max(1, items), 3),
    missedMorningShare: round(days.reduce((a, d) => a + d.missedMorningCount, 0) / Math.max(1, items), 3),
  };
}

/** Mean of the finite values (NaN when none). */
function mean(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x));
  return v.length ? v.reduce((a, b) => a + b, 0) / v.length : NaN;
}

/**
 * Median of the finite values, each counted with its weight (all 1 when omitted); with equal weights and an
 * even count it is the mean of the two middle values.
 */
export function weightedMedian(values: readonly number[], weights?: readonly number[]): number {
  const pairs = values.map((v, i) => [v, weights ? weights[i]! : 1] as const).filter(([v, w]) => Number.isFinite(v) && w > 0).sort((a, b) => a[0] - b[0]);
  const total = pairs.reduce((a, [, w]) => a + w, 0);
  if (total === 0) return NaN;
  let below = 0;
  for (let i = 0; i < pairs.length; i++) {
    const [v, w] = pairs[i]!;
    below += w;
    if (Math.abs(below - total / 2) < 1e-9 && i + 1 < pairs.length) return (v + pairs[i + 1]![0]) / 2;
    if (below > total / 2) return v;
  }
  return pairs[pairs.length - 1]![0];
}
