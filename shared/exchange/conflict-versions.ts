/**
 * @file 競合の版 (conflict versions): the pure bookkeeping of a stored conflict — the key of one version, and
 * adding versions without ever dropping one. Used by applyBundle (store) and the v5 migration.
 */
import type { BundleKind, ExchangeRecord } from './bundle-schema';
import { stableJson } from './merge-bundle';
import { type ConflictVersion, type StoredConflict, exchangeStoreKey } from './stored-exchange';

/** FNV-1a (32-bit) of a text, as 8 hex digits: a short, stable name for one content. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * 版キー of a record: its 版 and a hash of its content (key order ignored).
 * @example conflictVersionKey(record) //=> '2:9f3a01c4'
 */
export function conflictVersionKey(record: ExchangeRecord): string {
  return `${record.rev}:${fnv1a(stableJson(record))}`;
}

/** One version of `record` as it came (`origin`, bundle `producer`). */
export function conflictVersion(record: ExchangeRecord, origin: ConflictVersion['origin'], producer = ''): ConflictVersion {
  return { versionKey: conflictVersionKey(record), origin, producer, record };
}

/**
 * The conflict with `additions` added: a version whose content is already there is not added twice; nothing
 * is ever removed or replaced, so the local version stays. Local versions first, then in arrival order.
 * @example withVersions(undefined, 'assignments', 'a1', [conflictVersion(mine, 'local'), conflictVersion(theirs, 'incoming', 'addin')])
 */
export function withVersions(existing: StoredConflict | undefined, kind: BundleKind, id: string, additions: readonly ConflictVersion[]): StoredConflict {
  const versions = [...(existing?.versions ?? [])];
  const seen = new Set(versions.map((v) => stableJson(v.record)));
  for (const version of additions) {
    const content = stableJson(version.record);
    if (seen.has(content)) continue;
    seen.add(content);
    versions.push(version);
  }
  versions.sort((a, b) => (a.origin === b.origin ? 0 : a.origin === 'local' ? -1 : 1));
  return { key: existing?.key ?? exchangeStoreKey(kind, id), kind, id, versions };
}
