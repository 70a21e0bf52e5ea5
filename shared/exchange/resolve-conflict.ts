/**
 * @file 競合の解決 (resolveConflict): the user's explicit choice of one version becomes a new edit above every
 * version (and above what the store holds now), so every side converges on it.
 */
import type { JstInstant } from '../dates/jst';
import type { ExchangeRecord } from './bundle-schema';
import type { StoredConflict } from './stored-exchange';

/**
 * The record that settles `conflict` with the version `versionKey` (one of `conflict.versions`). Its 版 is
 * above every version and above `currentRev` (a later bundle may have moved the record on), so merging it
 * anywhere replaces them all without a new conflict. Undefined when no version has that key.
 * @example resolveConflict(conflict, conflict.versions[0].versionKey, '官房総務課', now)?.rev //=> 3
 */
export function resolveConflict(conflict: StoredConflict, versionKey: string, by: string, now: JstInstant, currentRev = 0): ExchangeRecord | undefined {
  const chosen = conflict.versions.find((v) => v.versionKey === versionKey);
  if (!chosen) return undefined;
  const rev = Math.max(currentRev, ...conflict.versions.map((v) => v.record.rev)) + 1;
  return { ...chosen.record, rev, updatedAt: now, updatedBy: by };
}
