/** @file フィードの状態 (FeedState): last good fetch, validators, last error and backoff, kept in IndexedDB settings. */
import type { DietDb, JstInstant } from '@shared/index';
import type { FeedErrorKind } from './feed-fetch';

/** 状態. */
export interface FeedState {
  url: string;
  /** 最終更新: when the feed was last fetched successfully (200 or 304), JST instant. */
  fetchedAt?: JstInstant;
  /** When the last good bundle was applied (200), JST instant. */
  changedAt?: JstInstant;
  etag?: string;
  lastModified?: string;
  /** 版 of the last good bundle. */
  revision?: number;
  /** 直近のエラー (Japanese); cleared by the next success. */
  error?: string;
  /** What kind of failure (the popup offers 「アクセスを許可」 for 'permission'). */
  errorKind?: FeedErrorKind;
  errorAt?: JstInstant;
  failures: number;
  /** 再試行: no scheduled fetch before this instant. */
  retryAt?: JstInstant;
}

/** settings key. */
export const FEED_STATE_KEY = 'feed:state';

/** Reads the feed state (a fresh one for `url` when none or for another URL). */
export async function loadFeedState(db: DietDb, url: string): Promise<FeedState> {
  const stored = (await db.get('settings', FEED_STATE_KEY))?.value as FeedState | undefined;
  return stored && stored.url === url ? stored : { url, failures: 0 };
}

/** Any stored feed state (for the popup), whatever its URL. */
export async function readFeedState(db: DietDb): Promise<FeedState | undefined> {
  return (await db.get('settings', FEED_STATE_KEY))?.value as FeedState | undefined;
}

/** Saves the feed state. */
export async function saveFeedState(db: DietDb, state: FeedState): Promise<void> {
  await db.put('settings', { key: FEED_STATE_KEY, value: state });
}
