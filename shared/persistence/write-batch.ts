/** @file 一括保存: validates every record first, then writes all of them in one transaction or none. */
import type { z } from 'zod';
import { ValidationError } from '../errors';
import { messages } from '../messages';
import { issuesText, japaneseIssues } from '../model/issues-text';
import { atomically } from './atomically';
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
    const parsed = schema.safeParse(r, { error: japaneseIssues });
    if (parsed.success) valid.push(parsed.data);
    else problems.push(`${i + 1} 件目: ${issuesText(parsed.error)}`);
  });
  if (problems.length > 0) throw new ValidationError(messages.invalidRecord(what, problems.slice(0, 5).join(' / ')), problems);
  // Queue every put without awaiting each one: one transaction, one commit (a refused put aborts them all).
  return atomically(db, [store], (tx, write) => {
    for (const v of valid) write(tx.objectStore(store).put(v as never));
    return valid.length;
  });
}
