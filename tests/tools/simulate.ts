/**
 * @file npm run simulate -- --days N --seed S [--scenario 2022|2023|2025] [--json] [--report DIR]
 * Runs the late-night simulation (shared/simulation) and prints the comparison table; --json prints
 * `{ scenario, days, baseline, planned, assumptions }` (an array when no scenario is given); --report
 * writes late-night-report.md (with a sensitivity table) and release-times.svg into DIR (tests/simulation
 * is committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  formatCalibrationTable, formatSimulationTable, lateNightReport, parseSimulateArgs, releaseTimesSvg, runSensitivity, runSimulation,
} from '../../shared/index';

const usage = `使い方: npm run simulate -- --days N --seed S [--scenario 2022|2023|2025] [--json] [--report DIR]
  --days      開会日の数 (既定 250)
  --seed      乱数のシード (既定 1)。同じシードなら同じ結果
  --scenario  通告分布のシナリオ (省略時は 3 つ全て)
  --json      結果を JSON で出力
  --report    DIR に late-night-report.md と release-times.svg を書く`;

let args;
try {
  args = parseSimulateArgs(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (args.help) {
  console.log(usage);
  process.exit(0);
}
const started = performance.now();
const runs = args.scenarios.map((scenario) => runSimulation({ scenario, days: args.days, seed: args.seed }));
const elapsed = performance.now() - started;
const summaries = runs.map((r) => r.summary);
if (args.json) {
  console.log(JSON.stringify(summaries.length === 1 ? summaries[0] : summaries, null, 2));
} else {
  console.log(`深夜待機シミュレーション: ${args.days} 開会日 × ${summaries.length} シナリオ、シード ${args.seed}\n`);
  console.log(formatSimulationTable(summaries));
  console.log(`\n較正 (従来運用 vs 内閣人事局調査)\n`);
  console.log(formatCalibrationTable(summaries));
}
if (args.report) {
  mkdirSync(args.report, { recursive: true });
  const chart = 'release-times.svg';
  const command = ['npm run simulate --', '--days', String(args.days), '--seed', String(args.seed), ...(args.scenarios.length === 1 ? ['--scenario', args.scenarios[0]!] : []), '--report', args.report].join(' ');
  writeFileSync(join(args.report, chart), releaseTimesSvg(runs));
  // Sensitivity: every variant on every scenario of the run (same days and seed).
  const sensitivity = runSensitivity({ days: args.days, seed: args.seed, scenarios: args.scenarios });
  writeFileSync(join(args.report, 'late-night-report.md'), lateNightReport(runs, { command, chart, sensitivity }));
  console.error(`${join(args.report, 'late-night-report.md')} と ${join(args.report, chart)} を書きました。`);
}
console.error(`(${(elapsed / 1000).toFixed(2)} 秒)`);
