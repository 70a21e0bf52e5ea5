/**
 * @file 取込みの配線 (startCaptureBackground): binds the capture handler and the popup's 「修正」 (editQuestion) to
 * runtime messages, the extension's IndexedDB, the clock, crypto.subtle, fetch (1 request per second per site) and the
 * offscreen parser; resumes the runs an interruption left unfinished.
 */
import { browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import {
  CAPTURE_DISMISS, CAPTURE_PAGE, CAPTURE_PROGRESS, CAPTURE_REFETCH, CAPTURE_RETRY, CAPTURE_STATE, JURISDICTION_MARK, QUESTION_EDIT,
} from '../platform/messaging';
import { extensionDb } from '../platform/storage-db';
import { SiteChangedError } from '../sites/site-changed-error';
import { sha256Hex } from './capture-hash';
import { editQuestion } from './capture-edit';
import { type CaptureDeps, capturePage } from './capture-page';
import { type CaptureRun, type CaptureRunView, runView } from './capture-run';
import { dismissRun, refetchQuestions, retryRun, tabRun, unfinishedRuns } from './capture-run-actions';
import { parseRunRequest } from './capture-run-requests';
import { markJurisdictions } from './jurisdiction-mark';
import { createRunScheduler } from './capture-run-scheduler';
import { fetchQuestionPage } from './page-fetch';
import { parseInOffscreen, withOffscreen } from './page-fetch-offscreen';
import { createSiteSpacer } from './page-fetch-spacer';

/** Diet sites: at most one request per second to each site from this extension (all captures together). */
const REQUEST_INTERVAL_MS = 1000;

function logFailure(error: unknown): void {
  console.error('国会答弁デスク: ページの取り込みに失敗しました', error);
}

/** Sends a run's progress to the tab (and frame) that started it; a run the popup started has no tab. */
export function reportToTab(run: Pick<CaptureRun, 'tabId' | 'frameId'>) {
  return (view: CaptureRunView) =>
    run.tabId === undefined ? undefined : browser.tabs.sendMessage(run.tabId, { type: CAPTURE_PROGRESS, ...view }, { frameId: run.frameId ?? 0 });
}

/** Registers the CAPTURE_PAGE and QUESTION_EDIT listeners synchronously (MV3: before the first await), then resumes unfinished runs. */
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

  browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
    if ((message as { type?: string } | null)?.type !== CAPTURE_PAGE) return undefined;
    (async () => {
      const captured = await capturePage(await deps(), message, { tabId: sender.tab?.id, frameId: sender.frameId ?? 0 });
      if (captured.run) void scheduler.start(captured.run.id, reportToTab(captured.run));
      return captured.reply;
    })().then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: (error as Error).message || String(error), siteChanged: error instanceof SiteChangedError }),
    );
    return true;
  });

  /** Answers `type` with `handle(message, sender)`: its value, or its Japanese error. */
  const answer = (type: string, handle: (message: unknown, sender: { tab?: { id?: number } }) => Promise<unknown>) =>
    browser.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
      if ((message as { type?: string } | null)?.type !== type) return undefined;
      handle(message, sender).then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: (error as Error).message || String(error) }),
      );
      return true;
    });
  // A content script asks for the run its tab is still fetching (button disabled, progress shown after a reload).
  answer(CAPTURE_STATE, async (_message, sender) => {
    const tabId = sender.tab?.id;
    return tabId === undefined ? null : (await tabRun((await deps()).db, tabId)) ?? null;
  });
  // 「再試行」 from the toast or the popup.
  answer(CAPTURE_RETRY, async (message) => {
    const { runId, reason } = parseRunRequest(CAPTURE_RETRY, message);
    const run = await retryRun((await deps()).db, runId, reason as Parameters<typeof retryRun>[2]);
    void scheduler.start(run.id, reportToTab(run));
    return runView(run);
  });
  // 「閉じる」 in the popup.
  answer(CAPTURE_DISMISS, async (message) => {
    await dismissRun((await deps()).db, parseRunRequest(CAPTURE_DISMISS, message).runId);
    return null;
  });
  // 「再取得」 / 「問を取得」 in the popup.
  answer(CAPTURE_REFETCH, async (message) => {
    const d = await deps();
    const run = await refetchQuestions(d.db, parseRunRequest(CAPTURE_REFETCH, message).keys, d.now(), d.newId());
    void scheduler.start(run.id, reportToTab(run));
    return runView(run);
  });
  // 当省分 in the popup (one question or a bulk selection).
  answer(JURISDICTION_MARK, async (message) => markJurisdictions(await deps(), message));

  // The popup's 「修正」 of a captured question.
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
    if ((message as { type?: string } | null)?.type !== QUESTION_EDIT) return undefined;
    extensionDb()
      .then((db) => editQuestion({ db, now: systemClock.now }, message))
      .then(
        (value) => sendResponse({ ok: true, value }),
        (error: unknown) => sendResponse({ ok: false, error: (error as Error).message || String(error) }),
      );
    return true;
  });

  // A capture interrupted (browser closed, worker stopped mid-run) goes on from its next pending page.
  extensionDb()
    .then(unfinishedRuns)
    .then((runs) => runs.forEach((run) => void scheduler.start(run.id, reportToTab(run))))
    .catch(logFailure);
  return { scheduler, deps };
}
