/**
 * @file IndexedDB を開く: opens the product database through idb and runs pending migrations.
 * The platform passes its own `IDBFactory` (extension origin, task pane origin, or
 * fake-indexeddb in unit tests); this module never reaches for a global.
 */
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { DB_VERSION, migrations } from './migrations';
import type { DietDbSchema } from './schema';

export type DietDb = IDBPDatabase<DietDbSchema>;
type UpgradeTx = IDBPTransaction<DietDbSchema, StoreNames<DietDbSchema>[], 'versionchange'>;

/**
 * Opens (and upgrades) the database. `upTo` is for migration tests only.
 * @example const db = await openDietDb('diet-questions', indexedDB)
 */
export async function openDietDb(name: string, factory: IDBFactory, upTo: number = DB_VERSION): Promise<DietDb> {
  const request = factory.open(name, upTo);
  let failure: unknown;
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as DietDb;
    const tx = wrap(request.transaction!) as unknown as UpgradeTx;
    // Run steps in order; an async step (cursor walk) chains the next one without leaving the transaction.
    let chain: Promise<void> | undefined;
    for (let v = event.oldVersion; v < upTo; v++) {
      const step = migrations[v]!;
      chain = chain ? chain.then(() => step(db, tx)) : (step(db, tx) ?? undefined);
    }
    chain?.catch((error: unknown) => {
      failure = error;
      tx.abort();
    });
  });
  try {
    return (await wrap(request)) as unknown as DietDb;
  } catch (error) {
    throw failure ?? error;
  }
}
