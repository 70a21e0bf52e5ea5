/** @file 競合の解決を保存 (applyConflictChoice): writes the chosen version and removes the conflict in one transaction. */
import type { JstInstant } from '../dates/jst';
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import type { ExchangeRecord } from './bundle-schema';
import { resolveConflict } from './resolve-conflict';

/**
 * Resolves the stored conflict `key` with the version `versionKey` the user picked; returns the new record
 * (undefined when the conflict, or that version, no longer exists — then nothing changes).
 * @example await applyConflictChoice(db, 'assignments:a1', conflict.versions[0].versionKey, '官房総務課', now)
 */
export async function applyConflictChoice(db: DietDb, key: string, versionKey: string, by: string, now: JstInstant): Promise<ExchangeRecord | undefined> {
  return atomically(db, ['exchange', 'conflicts'], async (tx, write) => {
    const conflict = await tx.objectStore('conflicts').get(key);
    const current = conflict && (await tx.objectStore('exchange').get(key));
    const record = conflict && resolveConflict(conflict, versionKey, by, now, current?.record.rev);
    if (!conflict || !record) return undefined;
    write(tx.objectStore('exchange').put({ key, kind: conflict.kind, record }));
    write(tx.objectStore('conflicts').delete(key));
    return record;
  });
}
