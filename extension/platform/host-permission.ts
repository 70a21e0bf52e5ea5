/** @file ホスト権限 (host permission): asks at runtime for the feed's / webhook's origin only. */
import { browser } from 'wxt/browser';
import { originPattern } from './origin-pattern';

/**
 * Requests (from a user gesture) permission for the origins of `urls`; true when all are granted.
 * Only the exact origins are asked for, never the broad optional patterns in the manifest.
 */
export async function requestHostPermission(urls: readonly string[]): Promise<boolean> {
  const origins = [...new Set(urls.filter(Boolean).map(originPattern))];
  if (origins.length === 0) return true;
  if (await browser.permissions.contains({ origins })) return true;
  return browser.permissions.request({ origins });
}

/** True when the extension may already reach `url`'s site (granted at runtime, or in the manifest). */
export async function hasHostPermission(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] }).catch(() => false);
}
