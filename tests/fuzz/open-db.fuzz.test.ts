/**
 * @file データベースを開く順序の性質 (open order properties): seeded sequences of connections — opened through
 * openDietDb at older or current versions, or raw connections that ignore versionchange, closed or left open —
 * and every openDietDb call settles: it opens the current version (older connections closed themselves), or
 * fails with DatabaseBlockedError in Japanese within its timeout. No call waits forever.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, DatabaseBlockedError, openDietDb } from '@shared/index';
import { rng } from './hostile-values';

const SEQUENCES = 20;

function rawOpen(factory: IDBFactory, name: string, version: number): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

describe('openDietDb always settles', () => {
  it('random mixes of old, current and stubborn connections', async () => {
    const r = rng(701);
    for (let s = 0; s < SEQUENCES; s++) {
      const factory = new IDBFactory();
      const name = `open-fuzz-${s}`;
      const start = r.int(1, DB_VERSION - 1);
      (await openDietDb(name, factory, start)).close();
      const open: { close(): void }[] = [];
      let stubborn = false;
      for (let step = r.int(1, 4); step > 0; step--) {
        if (r.chance(0.3)) {
          open.push(await rawOpen(factory, name, start));
          stubborn = true;
        } else if (!stubborn) {
          open.push(await openDietDb(name, factory, start));
        }
      }
      const outcome = await openDietDb(name, factory, { blockedTimeoutMs: 25 }).then(
        (db) => { db.close(); return 'opened'; },
        (error: unknown) => (error instanceof DatabaseBlockedError ? 'blocked' : `other: ${String(error)}`),
      );
      expect(outcome, `sequence ${s}`).toBe(stubborn ? 'blocked' : 'opened');
      for (const c of open) c.close();
      // Once the stubborn tab is gone, the next open goes through.
      const db = await openDietDb(name, factory);
      expect(db.version).toBe(DB_VERSION);
      db.close();
    }
  });
});
