/**
 * @file 出所ページを開く (openSourceLink): the popup's last check before a tab opens. The background already
 * offered only links the source URL policy allows; a link is checked again here, right before tabs.create,
 * so a stale or tampered row can never open data:, file:, chrome:// or a foreign site.
 */
import { checkSourceUrl, feedSourceOptions } from '@shared/model/source-url-policy';

/**
 * Opens `url` with `openTab` when the policy allows it (Diet hosts, or the origin of `feedUrl`); otherwise
 * passes the Japanese reason to `refuse` and opens nothing.
 * @example openSourceLink(url, data.feedUrl, (u) => browser.tabs.create({ url: u }), report)
 */
export function openSourceLink(url: string, feedUrl: string | undefined, openTab: (url: string) => unknown, refuse: (reason: string) => void): void {
  const checked = checkSourceUrl(url, feedSourceOptions(feedUrl));
  if (checked.ok) openTab(checked.url);
  else refuse(checked.reason);
}
