/**
 * @file IndexedDB を開く: opens the product database through idb and runs pending migrations.
 * The platform passes its own `IDBFactory` (extension origin, task pane origin, or
 * fake-indexeddb in unit tests); this module never reaches for a global.
 *
 * An upgrade needs every other connection closed. So every connection opened here closes itself when a
 * newer version asks (`versionchange`) and tells its owner; and an upgrade that stays blocked by a
 * connection that does not close (an old tab still running an older build) is given up after
 * `blockedTimeoutMs` with a DatabaseBlockedError telling the user, in Japanese, to reload the other tabs —
 * it never waits forever.
 */
import { type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import { DatabaseBlockedError } from '../errors';
import { messages } from '../messages';
import { DB_VERSION, migrations } from './migrations';
import type { DietDbSchema } from './schema';

export type DietDb = IDBPDatabase<DietDbSchema>;
type UpgradeTx = IDBPTransaction<DietDbSchema, StoreNames<DietDbSchema>[], 'versionchange'>;

/** How long an upgrade waits for other connections to close. Source: product choice — long enough for a tab to react, short enough that nobody stares at a frozen pane. */
export const DEFAULT_BLOCKED_TIMEOUT_MS = 10_000;

/** What the caller hears about other connections. */
export interface OpenDietDbOptions {
  /** 移行テスト用: open at this version (default DB_VERSION). */
  upTo?: number;
  /** Another connection holds an older version open; the message asks the user to reload the other tabs. */
  onBlocked?: (message: string) => void;
  /** This connection was closed because a newer version is opening elsewhere; reopen (after a reload) to go on. */
  onVersionChange?: (message: string) => void;
  /** Give up a blocked upgrade after this many milliseconds (default DEFAULT_BLOCKED_TIMEOUT_MS). */
  blockedTimeoutMs?: number;
}

/**
 * Opens (and upgrades) the database. A number as the third argument is `upTo` (migration tests).
 * @example const db = await openDietDb('diet-questions', indexedDB, { onVersionChange: () => location.reload() })
 */
export async function openDietDb(name: string, factory: IDBFactory, options: number | OpenDietDbOptions = {}): Promise<DietDb> {
  const { upTo = DB_VERSION, onBlocked, onVersionChange, blockedTimeoutMs = DEFAULT_BLOCKED_TIMEOUT_MS } = typeof options === 'number' ? { upTo: options } : options;
  const request = factory.open(name, upTo);
  let failure: unknown;
  let gaveUp = false;
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
  let timer: ReturnType<typeof setTimeout> | undefined;
  const blocked = new Promise<never>((_, reject) => {
    request.addEventListener('blocked', () => {
      onBlocked?.(messages.databaseBlocked);
      timer ??= setTimeout(() => {
        gaveUp = true;
        reject(new DatabaseBlockedError(messages.databaseBlocked));
      }, blockedTimeoutMs);
    });
  });
  // Should the other connections close after we gave up, the upgrade completes: close what nobody holds.
  request.addEventListener('success', () => {
    if (gaveUp) request.result.close();
  });
  const opened = wrap(request);
  opened.catch(() => { /* reported through the race below, or moot after giving up */ });
  try {
    const raw = await Promise.race([opened, blocked]);
    const db = raw as unknown as DietDb;
    db.addEventListener('versionchange', () => {
      db.close();
      onVersionChange?.(messages.databaseReplaced);
    });
    return db;
  } catch (error) {
    throw failure ?? error;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
