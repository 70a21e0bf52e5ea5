/**
 * @file 一括処理 (atomically): the all-or-nothing IndexedDB step every store write of the core goes through.
 * One readwrite transaction over the named stores; every queued write succeeds and commits, or the transaction
 * is aborted and nothing changes (ENGINEERING.md §2: imports applied in one transaction or not at all).
 */
import type { IDBPTransaction } from 'idb';
import { ValidationError } from '../errors';
import { messages } from '../messages';
import type { DietDb } from './open-diet-db';
import type { DietDbSchema, StoreName } from './schema';

/** The readwrite transaction `work` runs in. */
export type AtomicTransaction<S extends StoreName> = IDBPTransaction<DietDbSchema, S[], 'readwrite'>;

/** How a failure leaves atomically (see there). */
export interface AtomicErrors {
  /** Errors `work` throws on purpose (a refusal with its own Japanese message), rethrown unchanged. Default: ValidationError. */
  keep?(error: unknown): boolean;
  /** The error for everything else (IndexedDB refused a write, quota, a bug). Default: ValidationError 「保存に失敗しました。データは変更されていません (…)」. */
  storageFailed?(detail: string): Error;
}

/** The storage error's detail: the DOMException's message or name (「QuotaExceededError」). */
function failureDetail(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

/**
 * Runs `work` in one readwrite transaction over `stores`. `work` reads through the transaction (awaiting reads is
 * fine) and hands every put/add/delete to `write` instead of awaiting it, so all writes are queued in the same
 * transaction and commit together. Then:
 * - success: waits for every write and the commit, and returns `work`'s value;
 * - `work` throws (synchronously or not), a write is refused, or the commit fails: aborts the transaction,
 *   settles every queued write (no unhandled rejection), and throws the kept error unchanged or `storageFailed`.
 * Nothing of a failed call is stored, also writes queued before the failure.
 * @example await atomically(db, ['notices', 'audit'], async (tx, write) => { write(tx.objectStore('notices').put(n)); write(tx.objectStore('audit').add(e)); })
 */
export async function atomically<S extends StoreName, T>(
  db: DietDb,
  stores: readonly S[],
  work: (tx: AtomicTransaction<S>, write: (request: Promise<unknown>) => void) => T | Promise<T>,
  errors: AtomicErrors = {},
): Promise<T> {
  const keep = errors.keep ?? ((error: unknown) => error instanceof ValidationError);
  const storageFailed = errors.storageFailed ?? ((detail: string) => new ValidationError(messages.storageFailed(detail)));
  const tx = db.transaction([...stores], 'readwrite') as AtomicTransaction<S>;
  const writes: Promise<unknown>[] = [];
  // A refused write aborts the transaction while the writes are still being awaited: observe the commit's
  // rejection from the start so it is never reported as unhandled (it is settled again below).
  tx.done.catch(() => undefined);
  try {
    const value = await work(tx, (request) => {
      writes.push(request);
    });
    const refused = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
    if (refused) throw (refused as PromiseRejectedResult).reason;
    await tx.done;
    return value;
  } catch (error) {
    try { tx.abort(); } catch { /* already aborted by the refused request, or already finished */ }
    // Settle every queued write (each is rejected by the abort) and the transaction so none is left unhandled.
    await Promise.allSettled([...writes, tx.done]);
    if (keep(error)) throw error;
    throw storageFailed(failureDetail(error));
  }
}
