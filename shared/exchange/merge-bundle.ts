/**
 * @file 交換バンドルの統合 (mergeBundle): pure, idempotent, order-independent merge of two bundles
 * record by record. A record changed on both sides at the same 版 becomes a visible conflict.
 */
import { compareInstants } from '../dates/compare-instants';
import { mergeSessions } from '../session/session-lookup';
import { type BundleKind, type ExchangeBundle, type ExchangeRecord, type ExchangeRecords, bundleKinds } from './bundle-schema';
import { exchangeStoreKey } from './stored-exchange';

/** 競合 found by one merge: the two versions that met at the same 版 (applyBundle files them as StoredConflict versions). */
export interface MergeConflict {
  /** `${kind}:${id}`. */
  key: string;
  kind: BundleKind;
  id: string;
  /** こちらの値 (local) and 受信した値 (incoming), each a full record. */
  local: ExchangeRecord;
  incoming: ExchangeRecord;
}

/** 統合結果. */
export interface MergeResult {
  bundle: ExchangeBundle;
  /** 競合: same id and 版 on both sides with different content (both values kept). */
  conflicts: MergeConflict[];
  /** Counts of records that the incoming bundle added, changed or deleted locally. */
  added: number;
  updated: number;
  deleted: number;
  /** Store keys (`${kind}:${id}`) of the records the incoming bundle added (was absent locally). */
  addedKeys: string[];
}

/** Stable JSON (sorted object keys) so that equal content compares equal whatever the key order. */
export function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Record<string, unknown>;
  let out = '';
  for (const key of Object.keys(record).sort()) {
    const v = record[key];
    if (v === undefined) continue;
    out += `${out ? ',' : ''}${JSON.stringify(key)}:${stableJson(v)}`;
  }
  return `{${out}}`;
}

/**
 * Deterministic order of two versions of the same record at the same 版, so that the value shown
 * while a conflict is open does not depend on merge order: later updatedAt (as an instant) first, then content.
 */
function preferred(a: ExchangeRecord, b: ExchangeRecord, aJson: string, bJson: string): 'a' | 'b' {
  const later = compareInstants(a.updatedAt, b.updatedAt);
  if (later !== 0) return later > 0 ? 'a' : 'b';
  return aJson >= bJson ? 'a' : 'b';
}

/**
 * Merges `incoming` into `local`. Rules per record id: higher 版 (rev) wins; equal 版 and equal
 * content is the same record; equal 版 with different content is a conflict (the preferred value
 * is kept in the bundle, both values are returned in `conflicts`). Tombstones are records too, so
 * a deletion at a higher 版 wins and is never resurrected by an older live copy.
 * @example mergeBundle(local, incoming).bundle.records.assignments.length
 */
export function mergeBundle(local: ExchangeBundle, incoming: ExchangeBundle): MergeResult {
  const conflicts: MergeConflict[] = [];
  let added = 0;
  let updated = 0;
  let deleted = 0;
  const addedKeys: string[] = [];
  const records = {} as Record<BundleKind, ExchangeRecord[]>;
  for (const kind of bundleKinds) {
    const merged = new Map<string, ExchangeRecord>();
    for (const record of local.records[kind] as ExchangeRecord[]) merged.set(record.id, record);
    for (const theirs of incoming.records[kind] as ExchangeRecord[]) {
      const ours = merged.get(theirs.id);
      if (!ours) {
        merged.set(theirs.id, theirs);
        if (theirs.deleted) deleted++;
        else {
          added++;
          addedKeys.push(exchangeStoreKey(kind, theirs.id));
        }
        continue;
      }
      if (theirs.rev < ours.rev) continue;
      if (theirs.rev > ours.rev) {
        merged.set(theirs.id, theirs);
        if (theirs.deleted && !ours.deleted) deleted++;
        else updated++;
        continue;
      }
      // Fast path: records parsed by the same schema serialise with the same key order.
      if (JSON.stringify(ours) === JSON.stringify(theirs)) continue;
      const oursJson = stableJson(ours);
      const theirsJson = stableJson(theirs);
      if (oursJson === theirsJson) continue;
      merged.set(theirs.id, preferred(ours, theirs, oursJson, theirsJson) === 'a' ? ours : theirs);
      conflicts.push({ key: exchangeStoreKey(kind, theirs.id), kind, id: theirs.id, local: ours, incoming: theirs });
    }
    records[kind] = [...merged.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  const newer = compareInstants(incoming.producedAt, local.producedAt) > 0;
  return {
    bundle: {
      format: local.format,
      version: local.version,
      producer: local.producer,
      producedAt: newer ? incoming.producedAt : local.producedAt,
      revision: Math.max(local.revision, incoming.revision),
      records: records as unknown as ExchangeRecords,
      // 会期表: each 回次 from the newer bundle (an older bundle cannot undo a newer page read).
      sessions: newer ? mergeSessions(local.sessions ?? [], incoming.sessions ?? []) : mergeSessions(incoming.sessions ?? [], local.sessions ?? []),
    },
    conflicts,
    added,
    updated,
    deleted,
    addedKeys,
  };
}
