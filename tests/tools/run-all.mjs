#!/usr/bin/env node
// npm test: type check, lint, build, every vitest project (in JST), the unit tests again under
// TZ=UTC, then one closing line "N passed, N failed" counted from the vitest JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const reports = 'tests/.reports';
mkdirSync(reports, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}
function check(label, cmd, args) {
  if (run(label, cmd, args)) passed++;
  else { failed++; console.log(`✖ ${label} failed`); }
}
function vitest(label, args, env, file) {
  rmSync(file, { force: true });
  run(label, 'npx', ['vitest', 'run', '--config', 'tests/vitest.config.ts', ...args,
    '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  if (!existsSync(file)) { failed++; console.log(`✖ ${label}: no report`); return; }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0) + (r.success || r.numFailedTests ? 0 : 1);
}

check('型チェック (tsc)', 'npx', ['tsc', '--noEmit', '-p', '.']);
check('lint (eslint)', 'npx', ['eslint', '.']);
check('build', 'npm', ['run', '--silent', 'build']);
vitest('vitest: unit + golden + e2e (TZ=Asia/Tokyo)', ['--project', 'unit', '--project', 'golden', '--project', 'e2e'], { TZ: 'Asia/Tokyo' }, `${reports}/vitest-jst.json`);
vitest('vitest: unit (TZ=UTC)', ['--project', 'unit'], { TZ: 'UTC' }, `${reports}/vitest-utc.json`);

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
