/** @file 拡張機能のデータベース: opens the product IndexedDB in the extension origin (background, popup). */
import { type DietDb, openDietDb } from '@shared/index';

/** Database name in the extension origin. Content scripts must never call this (page origin). */
export const EXTENSION_DB_NAME = 'diet-questions';

let opening: Promise<DietDb> | undefined;

/** The extension's database, opened once per context. */
export function extensionDb(): Promise<DietDb> {
  return (opening ??= openDietDb(EXTENSION_DB_NAME, indexedDB));
}
