/**
 * @file npm run -s evening-replay -- FILE.json — 事後検証: replays one evening (a JSON timeline, format in
 * shared/evening/replay.md) through the planner (planStandbyDay, as the task pane) and prints what it decided as JSON:
 * `{ bureaus: [{ bureau, releasedAt, recalls: [{ at, until, reason }], standbyHours, lateNightHours }], closedAt }`.
 * A bad file prints the Japanese reasons on stderr and exits with 2; the planner's warnings go to stderr.
 */
import { readFileSync } from 'node:fs';
import { ValidationError, parseReplayFile, replayEvening } from '../../shared/index';

const usage = '使い方: npm run -s evening-replay -- FILE.json (形式は shared/evening/replay.md)';
const path = process.argv.slice(2).find((a) => a !== '--');
if (!path || path === '--help' || path === '-h') {
  console.error(usage);
  process.exit(path ? 0 : 2);
}
let text: string;
try {
  text = readFileSync(path, 'utf8');
} catch (error) {
  console.error(`ファイル「${path}」を読めません (${(error as Error).message})。\n${usage}`);
  process.exit(2);
}
try {
  const { output, plan } = replayEvening(parseReplayFile(text));
  for (const w of plan.warnings) console.error(`注意: ${w}`);
  console.log(JSON.stringify(output, null, 2));
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.error(error.message);
  for (const issue of error.issues.slice(5)) console.error(`  ${issue}`);
  process.exit(2);
}
