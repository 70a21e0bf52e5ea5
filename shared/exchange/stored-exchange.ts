/** @file 保存形 (stored exchange shapes): how exchange records and conflicts sit in IndexedDB. */
import type { BundleKind, ExchangeRecord } from './bundle-schema';

/** 保存された交換記録: key = exchangeStoreKey(kind, id) (`${kind}:${id}`). */
export interface StoredExchangeRecord {
  key: string;
  kind: BundleKind;
  record: ExchangeRecord;
}

/** 競合 (merge conflict): both values kept until the user chooses. key = exchangeStoreKey(kind, id). */
export interface StoredConflict {
  key: string;
  kind: BundleKind;
  id: string;
  /** こちらの値 (local) and 受信した値 (incoming), each a full record. */
  local: ExchangeRecord;
  incoming: ExchangeRecord;
}

/** Built and read back by record-ids.ts. */
export { exchangeStoreKey } from './record-ids';
