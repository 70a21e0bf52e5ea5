/** @file 競合の解決を保存 (applyConflictChoice): writes the settling record and removes the conflict in one transaction. */
import type { JstInstant } from '../dates/jst';
import type { DietDb } from '../persistence/open-diet-db';
import type { ExchangeRecord } from './bundle-schema';
import { resolveConflict } from './resolve-conflict';

/**
 * Resolves the stored conflict `key` with the chosen side; returns the new record (undefined when the
 * conflict no longer exists).
 * @example await applyConflictChoice(db, 'assignments:a1', 'incoming', '官房総務課', now)
 */
export async function applyConflictChoice(
  db: DietDb, key: string, choice: 'local' | 'incoming', by: string, now: JstInstant,
): Promise<ExchangeRecord | undefined> {
  const tx = db.transaction(['exchange', 'conflicts'], 'readwrite');
  const conflict = await tx.objectStore('conflicts').get(key);
  if (!conflict) {
    await tx.done;
    return undefined;
  }
  const record = resolveConflict(conflict, choice, by, now);
  await Promise.all([
    tx.objectStore('exchange').put({ key, kind: conflict.kind, record }),
    tx.objectStore('conflicts').delete(key),
  ]);
  await tx.done;
  return record;
}
