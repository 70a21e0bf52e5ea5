/** @file 一括保存: validates every record first, then writes all of them in one transaction or none. */
import type { z } from 'zod';
import { ValidationError } from '../errors';
import { messages } from '../messages';
import type { DietDb } from './open-diet-db';
import type { DietDbSchema, StoreName } from './schema';

/**
 * Validates `records` with `schema`, then puts them into `store` in one readwrite transaction.
 * Throws ValidationError (nothing written) when any record is invalid; a storage failure aborts
 * the transaction so nothing is written either.
 * @example await writeBatch(db, 'notices', notices, committeeNoticeSchema, '質問通告')
 */
export async function writeBatch<S extends StoreName>(
  db: DietDb,
  store: S,
  records: readonly unknown[],
  schema: z.ZodType<DietDbSchema[S]['value']>,
  what: string,
): Promise<number> {
  const valid: DietDbSchema[S]['value'][] = [];
  const problems: string[] = [];
  records.forEach((r, i) => {
    const parsed = schema.safeParse(r);
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`${i + 1} 件目: ${parsed.error.issues.map((x) => `${x.path.join('.') || '(全体)'} ${x.message}`).join(', ')}`);
  });
  if (problems.length > 0) throw new ValidationError(messages.invalidRecord(what, problems.slice(0, 5).join(' / ')), problems);
  const tx = db.transaction(store, 'readwrite');
  // Queue every put without awaiting each one: one transaction, one commit. Settle all of them so
  // that a refused put (which aborts the transaction) leaves no unhandled rejection behind.
  let puts: Promise<unknown>[];
  try {
    puts = valid.map((v) => tx.store.put(v as never));
  } catch (error) {
    // IndexedDB refused a record synchronously (e.g. missing key): abort so nothing is written.
    puts = [Promise.reject(error)];
  }
  const firstFailure = (await Promise.allSettled(puts)).find((r) => r.status === 'rejected');
  if (firstFailure) {
    try { tx.abort(); } catch { /* already aborted by the failed request */ }
  }
  const done = await Promise.allSettled([tx.done]);
  const failure = firstFailure ?? done.find((r) => r.status === 'rejected');
  if (failure) {
    const reason = (failure as PromiseRejectedResult).reason as Error | undefined;
    throw new ValidationError(messages.storageFailed(String(reason?.message || reason?.name || reason)));
  }
  return valid.length;
}
