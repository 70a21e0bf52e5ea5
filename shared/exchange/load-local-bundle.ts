/** @file 保存済みの交換記録を読む (loadLocalBundle): the extension's or add-in's merged records as one bundle. */
import type { JstInstant } from '../dates/jst';
import type { DietDb } from '../persistence/open-diet-db';
import { type ExchangeBundle, type ExchangeRecord, emptyBundle } from './bundle-schema';

/**
 * Reads every stored exchange record (tombstones included) into a bundle stamped `producer`/`now`.
 * @example const mine = await loadLocalBundle(db, 'extension', clock.now())
 */
export async function loadLocalBundle(db: DietDb, producer: string, now: JstInstant, revision = 0): Promise<ExchangeBundle> {
  const bundle = emptyBundle(producer, now, revision);
  for (const row of await db.getAll('exchange')) (bundle.records[row.kind] as ExchangeRecord[]).push(row.record);
  return bundle;
}
