/** @file フィード取得の規則 (feed rules): timeout and backoff as editable data. */

/** 規則. */
export interface FeedRules {
  /** タイムアウト (ミリ秒) of one request. */
  timeoutMs: number;
  /** 再試行の待ち: first wait after a failure (minutes), doubled per failure up to the cap. */
  backoffBaseMinutes: number;
  backoffMaxMinutes: number;
}

/**
 * Defaults. Source: JOURNEYS.md §4.2 (timeout and backoff); 15 s suits an intranet file server, and the cap of
 * 60 min keeps a dead feed from being hit every 5 min all night while still recovering the same day.
 */
export const defaultFeedRules: FeedRules = { timeoutMs: 15_000, backoffBaseMinutes: 5, backoffMaxMinutes: 60 };

/** 次の再試行までの分: base × 2^(failures−1), capped. @example feedBackoffMinutes(3) //=> 20 */
export function feedBackoffMinutes(failures: number, rules: FeedRules = defaultFeedRules): number {
  return Math.min(rules.backoffMaxMinutes, rules.backoffBaseMinutes * 2 ** Math.max(0, failures - 1));
}
