/** @file 未設定の除去 (dropUndefined): a record without keys whose value the page did not give. */

/**
 * 除去: removes keys whose value is undefined, so a record says only what the page printed
 * (and equality with the expected JSON is exact).
 * @example dropUndefined({ a: 1, b: undefined }) //=> { a: 1 }
 */
export function dropUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}
