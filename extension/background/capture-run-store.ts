/**
 * @file 取込みの実行記録の保存 (capture run store): CaptureRun records in the settings store under `capture:run:<id>`,
 * written after every page so that a capture resumes after an interruption and its failures stay until dismissed.
 * At most KEEP_RUNS finished runs are kept (the oldest go first).
 */
import { type DietDb, compareInstants } from '@shared/index';
import { type CaptureRun, isUnfinished } from './capture-run';

const PREFIX = 'capture:run:';
/** Finished runs kept for the popup until dismissed; older ones are dropped when a new run starts. */
export const KEEP_RUNS = 20;

const keyOf = (id: string) => `${PREFIX}${id}`;

/** Every stored run, oldest first. */
export async function loadRuns(db: DietDb): Promise<CaptureRun[]> {
  const rows = await db.getAll('settings', IDBKeyRange.bound(PREFIX, `${PREFIX}\uffff`));
  return rows.map((r) => r.value as CaptureRun).sort((a, b) => compareInstants(a.startedAt, b.startedAt) || a.id.localeCompare(b.id));
}

/** One run, or undefined. */
export async function loadRun(db: DietDb, id: string): Promise<CaptureRun | undefined> {
  return (await db.get('settings', keyOf(id)))?.value as CaptureRun | undefined;
}

/** Stores `run` (replacing its earlier state). */
export async function saveRun(db: DietDb, run: CaptureRun): Promise<void> {
  await db.put('settings', { key: keyOf(run.id), value: run });
}

/** Forgets a run (「閉じる」). */
export async function deleteRun(db: DietDb, id: string): Promise<void> {
  await db.delete('settings', keyOf(id));
}

/** Drops the oldest finished runs beyond KEEP_RUNS. */
export async function pruneRuns(db: DietDb): Promise<void> {
  const finished = (await loadRuns(db)).filter((r) => !isUnfinished(r));
  for (const run of finished.slice(0, Math.max(0, finished.length - KEEP_RUNS))) await deleteRun(db, run.id);
}
