/** @file 競合の解決 (resolveConflict): the user's choice becomes a new edit at 版 + 1, so every side converges. */
import type { JstInstant } from '../dates/jst';
import type { ExchangeRecord } from './bundle-schema';
import type { StoredConflict } from './stored-exchange';

/**
 * The record that settles `conflict` with the chosen side ('local' = こちら, 'incoming' = 受信).
 * Its 版 is above both, so merging it anywhere replaces both versions without a new conflict.
 * @example resolveConflict(conflict, 'incoming', '官房総務課', now).rev //=> 3
 */
export function resolveConflict(conflict: StoredConflict, choice: 'local' | 'incoming', by: string, now: JstInstant): ExchangeRecord {
  const chosen = choice === 'local' ? conflict.local : conflict.incoming;
  return { ...chosen, rev: Math.max(conflict.local.rev, conflict.incoming.rev) + 1, updatedAt: now, updatedBy: by };
}
