/**
 * @file フィードと通知の配線 (startFeedBackground): alarms, messages and option changes in the service
 * worker. The only place that binds the feed, badge, notifications and Teams to chrome APIs and the clock.
 */
import { browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import { loadBureaus } from '../platform/bureau-directory';
import {
  CONFLICT_CHOOSE, EXPORT_BUNDLE, FEED_REFRESH, POPUP_DATA, REPORT_EXPORT, REPORT_SEND, RESPONSE_RETRACT, RESPONSE_SAVE, type ReportExport, onMessage,
} from '../platform/messaging';
import { hasHostPermission } from '../platform/host-permission';
import { NOTIFICATION_ICON } from '../platform/notification-icon';
import { extensionDb } from '../platform/storage-db';
import { OPTIONS_KEY, loadOptions } from '../platform/options-store';
import type { ExtensionOptions } from '../platform/extension-options';
import { exportCapturedBundle } from './export-bundle';
import { type PopupData, popupData } from './feed-popup-data';
import { refreshFeed } from './feed-refresh';
import { type FeedState } from './feed-state';
import { runNotify } from './notify-run';
import { announceToTeams } from './notify-teams';
import { type ReportDeps, buildReport, loadReportState, reportFileName, sendReport } from './report-send';
import { type ResponseDeps, chooseConflict, respond, retract } from './response-handlers';

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

/** 8 hex digits from the platform's random source: the report sender id of this installation. */
function newSenderId(): string {
  return [...crypto.getRandomValues(new Uint8Array(4))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

async function reportDeps(): Promise<ReportDeps> {
  return { db: await extensionDb(), fetch: (...args) => fetch(...args), now: systemClock.now, newSenderId };
}

/** Optionally fetch the feed (`force` ignores the backoff), then badge, notifications, Teams and an unsent report. */
async function tick(fetchNow: boolean, force: boolean): Promise<FeedState | undefined> {
  const db = await extensionDb();
  const options = await loadOptions();
  const bureau = (await loadBureaus(db)).find((b) => b.id === options.bureauId);
  let state: FeedState | undefined;
  let addedKeys: readonly string[] = [];
  if (options.feedUrl && fetchNow) {
    const access = { credentials: options.feedCredentials, permitted: () => hasHostPermission(options.feedUrl) };
    const result = await refreshFeed({ db, fetch: (...args) => fetch(...args), now: systemClock.now, access }, options.feedUrl, force);
    state = result.state;
    if (!result.first) addedKeys = result.addedKeys;
  }
  if (fetchNow && bureau && options.reportUrl && (await loadReportState(db)).pending) {
    await sendReport(await reportDeps(), bureau.id, options.reportUrl, options.feedCredentials);
  }
  const view = await runNotify(db, bureau, systemClock.now(), chromePort);
  // Only the bureau's designated poster posts: ten PCs with the webhook set must not post ten times. Every tick, so
  // a stand-down published ahead of its time is posted when its time comes, as the popup shows it.
  if (bureau && options.webhookUrl && options.teamsPoster) {
    await announceToTeams(db, bureau, options.webhookUrl, { addedKeys, view }, systemClock.now(), (...args) => fetch(...args));
  }
  return state;
}

async function responseDeps(): Promise<ResponseDeps> {
  const deps = await reportDeps();
  const options: ExtensionOptions = await loadOptions();
  const bureaus = await loadBureaus(deps.db);
  return { ...deps, bureau: bureaus.find((b) => b.id === options.bureauId), bureaus, options };
}

async function exportReport(): Promise<ReportExport> {
  const deps = await responseDeps();
  if (!deps.bureau) throw new Error('自局が未設定です。「設定」で局を選ぶと、報告を作れます。');
  const bundle = await buildReport(deps, deps.bureau.id);
  return { text: JSON.stringify(bundle, null, 2), fileName: reportFileName(bundle) };
}

async function sendReportNow() {
  const deps = await responseDeps();
  if (!deps.bureau) throw new Error('自局が未設定です。「設定」で局を選ぶと、報告を送れます。');
  if (!deps.options.reportUrl) throw new Error('報告の送信先 URL が未設定です。「報告をファイルに保存」で渡すか、設定で URL を入力してください。');
  return sendReport(deps, deps.bureau.id, deps.options.reportUrl, deps.options.feedCredentials);
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
  onMessage(RESPONSE_SAVE, async (message) => respond(await responseDeps(), message));
  onMessage(RESPONSE_RETRACT, async (message) => retract(await responseDeps(), message));
  onMessage(REPORT_EXPORT, exportReport);
  onMessage(REPORT_SEND, sendReportNow);
  onMessage(CONFLICT_CHOOSE, async (message) => chooseConflict({ db: await extensionDb(), now: systemClock.now }, message));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && OPTIONS_KEY in changes) schedule().then(() => tick(true, true)).catch(logFailure);
  });
  browser.notifications.onClicked.addListener(() => {
    void browser.action.openPopup?.().catch(() => undefined);
  });
  schedule().then(() => tick(true, false)).catch(logFailure);
}
