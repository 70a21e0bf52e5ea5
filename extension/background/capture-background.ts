/**
 * @file 取込みの配線 (startCaptureBackground): binds the capture handler, the run operations (再試行・閉じる・再取得),
 * the popup's 「修正」 (editQuestion) and 当省分 to runtime messages, the extension's IndexedDB, the clock,
 * crypto.subtle, fetch (1 request per second per site) and the offscreen parser; resumes the runs an interruption left
 * unfinished.
 */
import { browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import {
  CAPTURE_DISMISS, CAPTURE_PAGE, CAPTURE_PROGRESS, CAPTURE_REFETCH, CAPTURE_RETRY, CAPTURE_STATE, JURISDICTION_MARK, QUESTION_EDIT, onMessage,
} from '../platform/messaging';
import { extensionDb } from '../platform/storage-db';
import { sha256Hex } from './capture-hash';
import { editQuestion } from './capture-edit';
import { type CaptureDeps, capturePage } from './capture-page';
import { type CaptureRun, type CaptureRunView, runView } from './capture-run';
import { dismissRun, refetchQuestions, retryRun, tabRun, unfinishedRuns } from './capture-run-actions';
import { parseRunRequest } from './capture-run-requests';
import { createRunScheduler } from './capture-run-scheduler';
import { markJurisdictions } from './jurisdiction-mark';
import { fetchQuestionPage } from './page-fetch';
import { parseInOffscreen, withOffscreen } from './page-fetch-offscreen';
import { createSiteSpacer } from './page-fetch-spacer';

/** Diet sites: at most one request per second to each site from this extension (all captures together; JOURNEYS.md §4.4). */
const REQUEST_INTERVAL_MS = 1000;

function logFailure(error: unknown): void {
  console.error('国会答弁デスク: ページの取り込みに失敗しました', error);
}

/** Sends a run's progress to the tab (and frame) that started it; a run the popup started has no tab. */
export function reportToTab(run: Pick<CaptureRun, 'tabId' | 'frameId'>) {
  return (view: CaptureRunView) =>
    run.tabId === undefined ? undefined : browser.tabs.sendMessage(run.tabId, { type: CAPTURE_PROGRESS, ...view }, { frameId: run.frameId ?? 0 });
}

/** Registers the capture listeners synchronously (MV3: before the first await), then resumes unfinished runs. */
export function startCaptureBackground() {
  const spaced = createSiteSpacer(REQUEST_INTERVAL_MS);
  const deps = async (): Promise<CaptureDeps> => ({
    db: await extensionDb(),
    now: systemClock.now,
    hash: sha256Hex,
    fetchPage: (url) => spaced(url, () => fetchQuestionPage({ fetch: (...args) => fetch(...args), parse: parseInOffscreen }, url)),
    newId: () => crypto.randomUUID(),
  });
  const scheduler = createRunScheduler(deps, withOffscreen, logFailure);

  onMessage(CAPTURE_PAGE, async (message, sender) => {
    const captured = await capturePage(await deps(), message, { tabId: sender.tab?.id, frameId: sender.frameId ?? 0 });
    if (captured.run) void scheduler.start(captured.run.id, reportToTab(captured.run));
    return captured.reply;
  });
  // A content script asks for the run its tab is still fetching (button disabled, progress shown after a reload).
  onMessage(CAPTURE_STATE, async (_message, sender) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? null : (await tabRun((await deps()).db, tabId)) ?? null;
  });
  // 「再試行」 from the toast or the popup.
  onMessage(CAPTURE_RETRY, async (message) => {
    const { runId, reason } = parseRunRequest(CAPTURE_RETRY, message);
    const run = await retryRun((await deps()).db, runId, reason as Parameters<typeof retryRun>[2]);
    void scheduler.start(run.id, reportToTab(run));
    return runView(run);
  });
  // 「閉じる」 in the popup.
  onMessage(CAPTURE_DISMISS, async (message) => {
    await dismissRun((await deps()).db, parseRunRequest(CAPTURE_DISMISS, message).runId);
    return null;
  });
  // 「再取得」 / 「問を取得」 in the popup.
  onMessage(CAPTURE_REFETCH, async (message) => {
    const d = await deps();
    const run = await refetchQuestions(d.db, parseRunRequest(CAPTURE_REFETCH, message).keys, d.now(), d.newId());
    void scheduler.start(run.id, reportToTab(run));
    return runView(run);
  });
  // 当省分 in the popup (one question or a bulk selection).
  onMessage(JURISDICTION_MARK, async (message) => markJurisdictions(await deps(), message));
  // The popup's 「修正」 of a captured question.
  onMessage(QUESTION_EDIT, async (message) => editQuestion({ db: await extensionDb(), now: systemClock.now }, message));

  // A capture interrupted (browser closed, worker stopped mid-run) goes on from its next pending page.
  extensionDb()
    .then(unfinishedRuns)
    .then((runs) => runs.forEach((run) => void scheduler.start(run.id, reportToTab(run))))
    .catch(logFailure);
  return { scheduler, deps };
}
