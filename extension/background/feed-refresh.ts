/**
 * @file フィードの更新 (refreshFeed): fetch → validate → merge into IndexedDB; on any failure keep the
 * last good data, record the Japanese error and back off.
 */
import { BundleRejectedError, type DietDb, type JstInstant, addMinutes, applyBundle, defaultBundleLimits, feedSourceOptions, parseBundle, toEpochMs } from '@shared/index';
import { type FeedAccess, FeedError, fetchFeed } from './feed-fetch';
import { defaultFeedRules, feedBackoffMinutes, type FeedRules } from './feed-rules';
import { type FeedState, loadFeedState, saveFeedState } from './feed-state';

/** What refreshFeed needs from the platform. */
export interface FeedDeps {
  db: DietDb;
  fetch: typeof fetch;
  /** The one clock (systemClock.now at the platform edge). */
  now: () => JstInstant;
  rules?: FeedRules;
  /** Credentials and the site's permission (default: no credentials, permission not checked). */
  access?: FeedAccess;
}

/**
 * 「バンドルではない」: a feed that answered with something other than a valid bundle — an HTML page (a sign-in or
 * error page), or a bundle refused for its reason (bundle.md, Rejected bundles).
 */
function notABundle(text: string, error: BundleRejectedError): FeedError {
  if (error.reason === 'json' && /^\s*</.test(text)) {
    return new FeedError('フィードの内容が交換バンドルではありません: HTML のページが返されました (サインイン画面やエラーページの可能性があります)。フィード URL を確かめてください。', 'bundle');
  }
  return new FeedError(`フィードの内容が交換バンドルではありません: ${error.message}`, 'bundle');
}

/** 更新結果. */
export interface FeedRefresh {
  state: FeedState;
  /** Store keys of records new in this fetch (for Teams and notifications). */
  addedKeys: string[];
  skipped: boolean;
  /** True when this was the first bundle ever applied from this URL (nothing is "new" to announce). */
  first: boolean;
}

/**
 * Refreshes the feed at `url`. `force` (user pressed 更新) ignores the backoff wait.
 * @example await refreshFeed({ db, fetch, now: systemClock.now }, options.feedUrl)
 */
export async function refreshFeed(deps: FeedDeps, url: string, force = false): Promise<FeedRefresh> {
  const rules = deps.rules ?? defaultFeedRules;
  const state = await loadFeedState(deps.db, url);
  const started = deps.now();
  if (!force && state.retryAt && toEpochMs(started) < toEpochMs(state.retryAt)) return { state, addedKeys: [], skipped: true, first: false };
  let next: FeedState;
  let addedKeys: string[] = [];
  try {
    const response = await fetchFeed(url, state, deps.fetch, rules, deps.access);
    if (response.status === 'not-modified') {
      next = { ...state, fetchedAt: deps.now(), failures: 0, error: undefined, errorKind: undefined, errorAt: undefined, retryAt: undefined };
    } else {
      // Links in a feed bundle may point at the Diet sites or at the feed's own origin (source-url-policy).
      let bundle;
      try {
        bundle = parseBundle(response.text, defaultBundleLimits, feedSourceOptions(url));
      } catch (error) {
        throw error instanceof BundleRejectedError ? notABundle(response.text, error) : error;
      }
      const result = await applyBundle(deps.db, bundle);
      addedKeys = result.addedKeys;
      const at = deps.now();
      next = {
        url, fetchedAt: at, changedAt: at, etag: response.etag, lastModified: response.lastModified,
        revision: bundle.revision, failures: 0,
      };
    }
  } catch (error) {
    const failures = state.failures + 1;
    const at = deps.now();
    next = {
      ...state,
      error: (error as Error).message || String(error),
      errorKind: error instanceof FeedError ? error.kind : undefined,
      errorAt: at,
      failures,
      retryAt: addMinutes(at, feedBackoffMinutes(failures, rules)),
    };
  }
  await saveFeedState(deps.db, next);
  return { state: next, addedKeys, skipped: false, first: !state.changedAt && !!next.changedAt };
}
