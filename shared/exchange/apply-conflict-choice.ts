/** @file 競合の解決を保存 (applyConflictChoice): writes the settling record and removes the conflict in one transaction. */
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import type { ExchangeRecord } from './bundle-schema';
import { resolveConflict } from './resolve-conflict';

/**
 * Resolves the stored conflict `key` with the chosen side; returns the new record (undefined when the
 * conflict no longer exists).
 * @example await applyConflictChoice(db, 'assignments:a1', 'incoming', '官房総務課', now)
 */
export async function applyConflictChoice(
  db: DietDb, key: string, choice: 'local' | 'incoming', by: string, now: string,
): Promise<ExchangeRecord | undefined> {
  return atomically(db, ['exchange', 'conflicts'], async (tx, write) => {
    const conflict = await tx.objectStore('conflicts').get(key);
    if (!conflict) return undefined;
    const record = resolveConflict(conflict, choice, by, now);
    write(tx.objectStore('exchange').put({ key, kind: conflict.kind, record }));
    write(tx.objectStore('conflicts').delete(key));
    return record;
  });
}
