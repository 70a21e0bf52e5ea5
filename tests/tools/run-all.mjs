#!/usr/bin/env node
// npm test: type check, lint, build, the unit and golden tests (in JST), the Chromium end-to-end tests on
// their own (in JST; alone, so the unit workers do not starve the browser), the unit tests again under
// TZ=UTC, then the name of every failed test and one closing line "N passed, N failed" counted from the
// vitest JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'tests/.reports';
mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;
/** "label › file › test: first line of the error", one per failed test, printed again at the end. */
const failures = [];

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else { failed++; failures.push(label); console.log(`✖ ${label} failed`); }
}
function vitest(label, args, env, file) {
  rmSync(file, { force: true });
  run(label, 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...args,
    '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  if (!existsSync(file)) { failed++; failures.push(`${label}: no report`); console.log(`✖ ${label}: no report`); return; }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.success || r.numFailedTests ? 0 : 1);
  for (const suite of r.testResults ?? []) {
    const where = suite.name.replace(`${process.cwd()}/`, '');
    const bad = (suite.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of bad) failures.push(`${label} › ${where} › ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (suite.status === 'failed' && bad.length === 0) failures.push(`${label} › ${where}: ${firstLine(suite.message)}`);
  }
  if (!r.success && r.numFailedTests === 0 && !(r.testResults ?? []).some((s) => s.status === 'failed')) {
    failures.push(`${label}: vitest did not succeed (an error outside the tests; see its output above)`);
  }
}
function firstLine(text) {
  return String(text ?? '').replace(/\x1b\[[0-9;]*m/g, '').split('\n').find((l) => l.trim()) ?? '';
}

check('型チェック (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint (eslint)', 'npx', ['eslint', '.']);
check('build', 'npm', ['run', '--silent', 'build']);
vitest('vitest: unit + golden (TZ=Asia/Tokyo)', ['--project', 'unit', '--project', 'golden'], { TZ: 'Asia/Tokyo' }, `${reports}/vitest-jst.json`);
vitest('vitest: e2e in Chromium (TZ=Asia/Tokyo)', ['--project', 'e2e'], { TZ: 'Asia/Tokyo' }, `${reports}/vitest-e2e.json`);
vitest('vitest: unit (TZ=UTC)', ['--project', 'unit'], { TZ: 'UTC' }, `${reports}/vitest-utc.json`);

if (failures.length > 0) {
  console.log('\n失敗したもの (failed):');
  for (const f of failures) console.log(`  ✖ ${f.slice(0, 400)}`);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
