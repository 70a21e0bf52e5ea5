/**
 * @file 取込みの配線 (startCaptureBackground): binds the capture handler and the popup's 「修正」 (editQuestion) to
 * runtime messages, the extension's IndexedDB, the clock, crypto.subtle, fetch (1 request per second) and the
 * offscreen parser.
 */
import { browser } from 'wxt/browser';
import { systemClock } from '@shared/index';
import { CAPTURE_PAGE, type CaptureProgress, QUESTION_EDIT, onMessage } from '../platform/messaging';
import { extensionDb } from '../platform/storage-db';
import { sha256Hex } from './capture-hash';
import { captureDetails } from './capture-details';
import { editQuestion } from './capture-edit';
import { type CaptureDeps, capturePage } from './capture-page';
import { fetchDetailPage } from './detail-fetch';
import { parseInOffscreen, withOffscreen } from './detail-fetch-offscreen';
import { createRequestSpacer } from './detail-fetch-spacer';

/** Diet sites: at most one request per second from this extension (all captures together; JOURNEYS.md §4.4). */
const REQUEST_INTERVAL_MS = 1000;

function logFailure(error: unknown): void {
  console.error('国会答弁デスク: 経過ページの取り込みに失敗しました', error);
}

/** Registers the CAPTURE_PAGE and QUESTION_EDIT listeners synchronously (MV3: before the first await). */
export function startCaptureBackground(): void {
  const spaced = createRequestSpacer(REQUEST_INTERVAL_MS);
  /** Detail pages waiting in or going through the spacer, by URL. */
  const queued = new Set<string>();
  const deps = async (): Promise<CaptureDeps> => ({
    db: await extensionDb(),
    now: systemClock.now,
    hash: sha256Hex,
    fetchDetail: (url) => spaced(() => fetchDetailPage({ fetch: (...args) => fetch(...args), parse: parseInOffscreen }, url)),
    newId: () => crypto.randomUUID(),
    alreadyQueued: (url) => queued.has(url),
  });

  onMessage(CAPTURE_PAGE, async (message, sender) => {
    const d = await deps();
    const captured = await capturePage(d, message);
    if (captured.details.length > 0) {
      const tabId = sender.tab?.id;
      const report = (progress: CaptureProgress) =>
        tabId === undefined ? undefined : browser.tabs.sendMessage(tabId, progress, { frameId: sender.frameId ?? 0 });
      for (const page of captured.details) queued.add(page.url);
      void withOffscreen(() => captureDetails(d, captured.reply.captureId, captured.details, report))
        .catch(logFailure)
        .finally(() => {
          for (const page of captured.details) queued.delete(page.url);
        });
    }
    return captured.reply;
  });

  // The popup's 「修正」 of a captured question.
  onMessage(QUESTION_EDIT, async (message) => editQuestion({ db: await extensionDb(), now: systemClock.now }, message));
}
