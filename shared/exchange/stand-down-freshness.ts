/**
 * @file 待機解除の確かさ (standDownFreshness): whether the popup's 「本日の待機は解除されました」 rests on a feed recent
 * enough that a 呼び戻し published since would have reached it. A stand-down is withdrawn only by a later record (a
 * recall, a tombstone) the extension fetches; when the last fetch failed, or none succeeded for longer than
 * `staleAfterMissedRefreshes` refresh intervals (a PC that slept, a feed that is down), a recall could exist that the
 * popup cannot know of — so the popup says when its data is from, rather than hide what it knows. Pure.
 */
import { type JstInstant, minutesBetween } from '../dates/jst';
import type { BureauRules } from './bureau-rules';

/** What the extension knows of its feed. */
export interface FeedFreshnessInput {
  /** A feed URL is set (without one, a stand-down comes from an imported file and there is nothing to wait for). */
  configured: boolean;
  /** 最終更新: the last successful fetch, if any. */
  fetchedAt?: JstInstant;
  /** The last attempt failed. */
  failing: boolean;
  /** The refresh interval the user set (minutes). */
  refreshMinutes: number;
}

/** Fresh, or stale with the time the data is from (null: never fetched). */
export type StandDownFreshness = { stale: false } | { stale: true; asOf: JstInstant | null };

/**
 * @example standDownFreshness({ configured: true, fetchedAt: '2026-06-09T20:00:00+09:00', failing: false, refreshMinutes: 5 }, '2026-06-09T20:30:00+09:00', rules)
 * //=> { stale: true, asOf: '2026-06-09T20:00:00+09:00' }
 */
export function standDownFreshness(
  feed: FeedFreshnessInput,
  now: JstInstant,
  rules: Pick<BureauRules, 'staleAfterMissedRefreshes'>,
): StandDownFreshness {
  if (!feed.configured) return { stale: false };
  if (!feed.fetchedAt) return { stale: true, asOf: null };
  const late = minutesBetween(feed.fetchedAt, now) > feed.refreshMinutes * rules.staleAfterMissedRefreshes;
  return feed.failing || late ? { stale: true, asOf: feed.fetchedAt } : { stale: false };
}
