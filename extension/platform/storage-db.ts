/** @file 拡張機能のデータベース: opens the product IndexedDB in the extension origin (background, popup). */
import { type DietDb, openDietDb } from '@shared/index';

/** Database name in the extension origin. Content scripts must never call this (page origin). */
export const EXTENSION_DB_NAME = 'diet-questions';

let opening: Promise<DietDb> | undefined;

/**
 * The extension's database, opened once per context. When a newer build upgrades it from another context,
 * this connection closes itself (openDietDb) and the next call opens the new version. A blocked upgrade
 * rejects with the Japanese DatabaseBlockedError (reload the other tabs), and the next call tries again.
 */
export function extensionDb(): Promise<DietDb> {
  opening ??= openDietDb(EXTENSION_DB_NAME, indexedDB, {
    onVersionChange: () => { opening = undefined; },
  }).catch((error: unknown) => {
    opening = undefined;
    throw error;
  });
  return opening;
}
