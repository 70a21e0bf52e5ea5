/** @file 保存形 (stored exchange shapes): how exchange records and conflicts sit in IndexedDB. */
import type { BundleKind, ExchangeRecord } from './bundle-schema';

/** 保存された交換記録: key = exchangeStoreKey(kind, id) (`${kind}:${id}`). */
export interface StoredExchangeRecord {
  key: string;
  kind: BundleKind;
  record: ExchangeRecord;
}

/** 競合の一版 (one version of a record in conflict), keyed within its conflict by `versionKey`. */
export interface ConflictVersion {
  /** 版キー: `${rev}:${hash of the content}` (conflictVersionKey) — the same content always has the same key. */
  versionKey: string;
  /**
   * こちら (the value this store held when a conflict on the record was found — first of all the user's own
   * edit) or 受信 (a version that came in a bundle).
   */
  origin: 'local' | 'incoming';
  /** 作成元 of the bundle the version came in ('' for the local one). */
  producer: string;
  record: ExchangeRecord;
}

/**
 * 競合 (merge conflict), one row per record (key = exchangeStoreKey(kind, id)): every distinct version that met at the
 * same 版, keyed by record and version, until the user picks one. The local version — what the store held
 * before the first conflicting bundle, typically the user's own edit — is always among them and comes first;
 * a later bundle adds its version, never replaces one.
 */
export interface StoredConflict {
  key: string;
  kind: BundleKind;
  id: string;
  versions: ConflictVersion[];
}

/** Built and read back by record-ids.ts. */
export { exchangeStoreKey } from './record-ids';
