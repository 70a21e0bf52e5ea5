/**
 * @file フィードと通知の配線 (startFeedBackground): alarms, messages and option changes in the service
 * worker. The only place that binds the feed, badge, notifications and Teams to chrome APIs and the clock.
 */
import { browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import { loadBureaus } from '../platform/bureau-directory';
import { EXPORT_BUNDLE, FEED_REFRESH, POPUP_DATA, onMessage } from '../platform/messaging';
import { NOTIFICATION_ICON } from '../platform/notification-icon';
import { extensionDb } from '../platform/storage-db';
import { OPTIONS_KEY, loadOptions } from '../platform/options-store';
import { exportCapturedBundle } from './export-bundle';
import { type PopupData, popupData } from './feed-popup-data';
import { refreshFeed } from './feed-refresh';
import { type FeedState } from './feed-state';
import { runNotify } from './notify-run';
import { announceToTeams } from './notify-teams';

/** Alarm names. */
export const FEED_ALARM = 'feed-refresh';
export const NOTIFY_ALARM = 'notify-tick';

const chromePort = {
  async setBadge(text: string, color: string) {
    await browser.action.setBadgeText({ text });
    await browser.action.setBadgeBackgroundColor({ color });
  },
  async notify(id: string, title: string, message: string) {
    await browser.notifications.create(id, { type: 'basic', iconUrl: NOTIFICATION_ICON, title, message });
  },
};

/** Feed errors are kept in FeedState for the popup; anything else (storage) goes to the worker console. */
function logFailure(error: unknown): void {
  console.error('国会答弁デスク: バックグラウンド処理に失敗しました', error);
}

/** Optionally fetch the feed (`force` ignores the backoff), then badge, notifications and Teams. */
async function tick(fetchNow: boolean, force: boolean): Promise<FeedState | undefined> {
  const db = await extensionDb();
  const options = await loadOptions();
  const bureau = (await loadBureaus(db)).find((b) => b.id === options.bureauId);
  let state: FeedState | undefined;
  if (options.feedUrl && fetchNow) {
    const result = await refreshFeed({ db, fetch: (...args) => fetch(...args), now: systemClock.now }, options.feedUrl, force);
    state = result.state;
    if (bureau && options.webhookUrl && !result.first && result.addedKeys.length > 0) {
      await announceToTeams(db, bureau, options.webhookUrl, result.addedKeys, systemClock.now(), (...args) => fetch(...args));
    }
  }
  await runNotify(db, bureau, systemClock.now(), chromePort);
  return state;
}

/** The popup's data; `message.activeUrl` is the tab it was opened on (a string, or ignored). */
async function loadPopupData(message: unknown): Promise<PopupData> {
  const db = await extensionDb();
  const options = await loadOptions();
  const activeUrl = (message as { activeUrl?: unknown }).activeUrl;
  return popupData(db, await loadBureaus(db), options, systemClock.now(), typeof activeUrl === 'string' ? activeUrl.slice(0, 4_000) : undefined);
}

async function exportBundleText(): Promise<string> {
  const db = await extensionDb();
  const options = await loadOptions();
  const bundle = await exportCapturedBundle(db, systemClock.now(), options.bureauId ? `extension:${options.bureauId}` : 'extension');
  return JSON.stringify(bundle, null, 2);
}

async function schedule(): Promise<void> {
  const options = await loadOptions();
  await browser.alarms.clear(FEED_ALARM);
  if (options.feedUrl) await browser.alarms.create(FEED_ALARM, { periodInMinutes: options.refreshMinutes, delayInMinutes: options.refreshMinutes });
  // Notifications are minute-precise (60/15 min before): check every minute.
  await browser.alarms.create(NOTIFY_ALARM, { periodInMinutes: 1 });
}

/** Registers listeners synchronously (MV3: before the first await) and schedules alarms. */
export function startFeedBackground(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FEED_ALARM) tick(true, false).catch(logFailure);
    else if (alarm.name === NOTIFY_ALARM) tick(false, false).catch(logFailure);
  });
  onMessage(FEED_REFRESH, () => tick(true, true));
  onMessage(POPUP_DATA, loadPopupData);
  onMessage(EXPORT_BUNDLE, exportBundleText);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && OPTIONS_KEY in changes) schedule().then(() => tick(true, true)).catch(logFailure);
  });
  browser.notifications.onClicked.addListener(() => {
    void browser.action.openPopup?.().catch(() => undefined);
  });
  schedule().then(() => tick(true, false)).catch(logFailure);
}
