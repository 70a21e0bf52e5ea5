/**
 * @file 交換バンドルの取り込み (applyBundle): merges a validated bundle into IndexedDB in one
 * readwrite transaction (exchange records + conflicts) — all of it or nothing. A conflict adds the
 * incoming version to the record's stored conflict; it never replaces a version already there, so the
 * user's own version survives any number of later bundles.
 */
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import { type BundleKind, type ExchangeBundle, type ExchangeRecord, emptyBundle } from './bundle-schema';
import { BundleRejectedError } from './bundle-error';
import { exchangeMessages } from './exchange-messages';
import { type MergeResult, mergeBundle } from './merge-bundle';
import { conflictVersion, withVersions } from './conflict-versions';
import { exchangeStoreKey } from './stored-exchange';

/** Local producer name of the merged store. */
const LOCAL = 'local';

/**
 * Reads the local records, merges `incoming` (mergeBundle rules) and writes every changed record and
 * every new conflict in the same transaction. Any failure aborts the transaction: nothing changes.
 * @example const result = await applyBundle(db, parseBundle(text))
 */
export async function applyBundle(db: DietDb, incoming: ExchangeBundle): Promise<MergeResult> {
  return atomically(db, ['exchange', 'conflicts'], async (tx, write) => {
    const exchange = tx.objectStore('exchange');
    const stored = await exchange.getAll();
    const local = emptyBundle(LOCAL, incoming.producedAt);
    const before = new Map<string, ExchangeRecord>();
    for (const row of stored) {
      (local.records[row.kind] as ExchangeRecord[]).push(row.record);
      before.set(row.key, row.record);
    }
    const result = mergeBundle(local, incoming);
    for (const [kind, list] of Object.entries(result.bundle.records) as [BundleKind, ExchangeRecord[]][]) {
      for (const record of list) {
        const key = exchangeStoreKey(kind, record.id);
        if (before.get(key) !== record) write(exchange.put({ key, kind, record }));
      }
    }
    const conflicts = tx.objectStore('conflicts');
    for (const c of result.conflicts) {
      const existing = await conflicts.get(c.key);
      // `c.local` is what the store shows now; the first conflict's local version stays first in `existing`.
      const next = withVersions(existing, c.kind, c.id, [conflictVersion(c.local, 'local'), conflictVersion(c.incoming, 'incoming', incoming.producer)]);
      write(conflicts.put(next));
    }
    return result;
  }, {
    keep: (error) => error instanceof BundleRejectedError,
    storageFailed: (detail) => new BundleRejectedError('storage', exchangeMessages.applyFailed(detail)),
  });
}
