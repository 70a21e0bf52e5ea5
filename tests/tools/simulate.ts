/**
 * @file npm run simulate -- --days N --seed S [--scenario 2022|2023|2025] [--json] [--report DIR] [--calibrate]
 * Runs the late-night simulation (shared/simulation) per scenario — baseline vs planned, the cut range over the
 * allocation decision time, the decomposition by lever and the sensitivity — and prints the tables; --json prints
 * `{ scenario, days, baseline, planned, survey, cutRange, decomposition, sensitivity, assumptions, … }` (an array
 * when no scenario is given); --report writes late-night-report.md and release-times.svg into DIR
 * (tests/simulation is committed); --calibrate runs the grid search that chose the calibrated parameters.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  analyseScenario, analysedSummary, calibrateBaseline, calibrationGridReport, defaultSimulationAssumptions, formatCalibrationGrid, formatCalibrationTable,
  formatCutRange, formatDecompositionTable, formatSensitivityTable, formatSimulationTable, lateNightReport, parseSimulateArgs, releaseTimesSvg,
} from '../../shared/index';

const usage = `使い方: npm run simulate -- --days N --seed S [--scenario 2022|2023|2025] [--json] [--report DIR] [--calibrate]
  --days       開会日の数 (既定 250)
  --seed       乱数のシード (既定 1)。同じシードなら同じ結果
  --scenario   通告分布のシナリオ (省略時は 3 つ全て)
  --json       結果を JSON で出力 (幅・内訳・感度を含む)
  --report     DIR に late-night-report.md と release-times.svg (--calibrate では calibration-grid.md) を書く
  --calibrate  従来運用の較正 (待機要員と遅い通告の平均の格子探索) を実行して表を出す`;

/** The grid search's document, written by --calibrate --report DIR and linked from the report. */
const CALIBRATION_FILE = 'calibration-grid.md';

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
if (args.calibrate) {
  const result = calibrateBaseline({ days: args.days, seed: args.seed, scenarios: args.scenarios });
  const committed = defaultSimulationAssumptions;
  if (args.report) {
    mkdirSync(args.report, { recursive: true });
    const command = ['npm run simulate --', '--calibrate', '--days', String(args.days), '--seed', String(args.seed), '--report', args.report].join(' ');
    writeFileSync(join(args.report, CALIBRATION_FILE), calibrationGridReport(result, { command, days: args.days, seed: args.seed, committed }));
    console.error(`${join(args.report, CALIBRATION_FILE)} を書きました。`);
  }
  if (args.json) console.log(JSON.stringify(result, null, 2));
  else {
    console.log(`従来運用の較正: ${args.days} 開会日、シード ${args.seed}。差 = シミュレーションの平均 − 調査の平均\n`);
    console.log(formatCalibrationGrid(result));
    console.log(`\n採用: 待機要員 ${result.best.draftersPerBureau} 人/局、遅い通告の平均 ${result.best.lateTailMeanMinutes} 分 (最大の差 ${result.best.worstMinutes} 分)。`
      + ` 前提 (simulation-assumptions.ts) は ${committed.draftersPerBureau} 人/局・${committed.lateTailMeanMinutes} 分。`);
  }
  console.error(`(${((performance.now() - started) / 1000).toFixed(2)} 秒)`);
  process.exit(0);
}
const analyses = args.scenarios.map((scenario) => analyseScenario({ scenario, days: args.days, seed: args.seed }));
const elapsed = performance.now() - started;
const summaries = analyses.map((x) => x.run.summary);
if (args.json) {
  const json = analyses.map(analysedSummary);
  console.log(JSON.stringify(json.length === 1 ? json[0] : json, null, 2));
} else {
  console.log(`深夜待機シミュレーション: ${args.days} 開会日 × ${summaries.length} シナリオ、シード ${args.seed}\n`);
  console.log(formatSimulationTable(summaries));
  console.log('\n削減の幅 (計画運用の割振りの判断時間による)\n');
  console.log(formatCutRange(analyses));
  console.log('\n内訳 (施策を一つずつ)\n');
  console.log(formatDecompositionTable(analyses));
  console.log('\n較正 (従来運用の平均 vs 内閣人事局調査の平均)\n');
  console.log(formatCalibrationTable(summaries));
  console.log('\n感度 (前提を一つずつ変えたとき)\n');
  console.log(formatSensitivityTable(analyses));
}
if (args.report) {
  mkdirSync(args.report, { recursive: true });
  const chart = 'release-times.svg';
  const command = ['npm run simulate --', '--days', String(args.days), '--seed', String(args.seed), ...(args.scenarios.length === 1 ? ['--scenario', args.scenarios[0]!] : []), '--report', args.report].join(' ');
  writeFileSync(join(args.report, chart), releaseTimesSvg(analyses));
  const calibration = existsSync(join(args.report, CALIBRATION_FILE)) ? CALIBRATION_FILE : undefined;
  writeFileSync(join(args.report, 'late-night-report.md'), lateNightReport(analyses, { command, chart, calibration }));
  console.error(`${join(args.report, 'late-night-report.md')} と ${join(args.report, chart)} を書きました。`);
}
console.error(`(${(elapsed / 1000).toFixed(2)} 秒)`);
