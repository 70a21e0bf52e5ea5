/**
 * @file 取込みの実行 (runCapture): what a Diet page's content script does. Shows the button when an adapter
 * reads the page; on click it scrapes the page again, sends the result to the background (content scripts
 * never open IndexedDB: here it would be the Diet site's database) and shows the result and the detail
 * pages' progress in the toast. A changed page (SiteChangedError) shows the Japanese error and sends nothing.
 */
import { browser } from 'wxt/browser';
import { captureMessages } from '@shared/capture/capture-messages';
import {
  CAPTURE_PAGE, CAPTURE_PROGRESS, type CaptureProgress, type CaptureReply, RemoteError, sendMessage,
} from '../platform/messaging';
import type { ScrapeResult } from '../sites/index';
import type { SessionListRead } from '../sites/sangiin/read-session-list';
import { SiteChangedError } from '../sites/site-changed-error';
import { type CaptureUi, mountCaptureUi } from './capture-ui';
import { pageText } from './page-text';

/** What the content script passes in: globals are read once, at the entrypoint. */
export interface CapturePage {
  doc: Document;
  url: string;
  scrape(doc: Document, url: string): ScrapeResult | null;
  /** 会期の読み取り for list pages that print the session selector (参議院); never throws. */
  readSessions?(doc: Document, url: string): SessionListRead;
}

/** The part of WXT's ContentScriptContext used here. */
export interface CaptureContext {
  onInvalidated(callback: () => void): unknown;
}

type Scraped = { ok: true; result: ScrapeResult | null } | { ok: false; error: Error };

function tryScrape(page: CapturePage): Scraped {
  try {
    return { ok: true, result: page.scrape(page.doc, page.url) };
  } catch (error) {
    return { ok: false, error: error as Error };
  }
}

function progressToast(reply: CaptureReply, progress: CaptureProgress): Parameters<CaptureUi['toast']>[0] {
  if (!progress.finished) return { kind: 'info', title: reply.message, lines: [captureMessages.detailProgress(progress.done, progress.total)] };
  return {
    kind: progress.failures.length > 0 || (progress.notes?.length ?? 0) > 0 ? 'warn' : 'ok',
    title: reply.message,
    lines: [
      captureMessages.detailDone(progress.total, progress.updated, progress.failures.length),
      ...progress.failures.map((f) => `${f.label}: ${f.message}`),
      ...(progress.notes ?? []),
    ],
  };
}

/**
 * Mounts the capture button when the page is one we read; nothing otherwise.
 * @example runCapture(ctx, { doc: document, url: location.href, scrape: scrapePage })
 */
export function runCapture(ctx: CaptureContext, page: CapturePage): CaptureUi | undefined {
  const first = tryScrape(page);
  if (first.ok && !first.result) return undefined;
  const isList = first.ok && first.result!.siteId.endsWith('/question-list');
  const label = !first.ok ? 'このページを取り込む' : isList ? 'この一覧を取り込む' : 'この質問を取り込む';

  let current: CaptureReply | undefined;
  const early = new Map<string, CaptureProgress>();
  const onProgress = (message: unknown) => {
    const progress = message as CaptureProgress | null;
    if (progress?.type !== CAPTURE_PROGRESS) return undefined;
    if (current?.captureId === progress.captureId) ui.toast(progressToast(current, progress));
    else early.set(progress.captureId, progress);
    return undefined;
  };

  const capture = async () => {
    ui.setBusy(true);
    try {
      const scraped = tryScrape(page);
      if (!scraped.ok) {
        const changed = scraped.error instanceof SiteChangedError;
        ui.toast({ kind: 'error', title: changed ? '取り込めませんでした (ページの構造が変わっています)' : '取り込めませんでした', lines: [scraped.error.message] });
        return;
      }
      if (!scraped.result) {
        ui.toast({ kind: 'error', title: '取り込めませんでした', lines: [captureMessages.noAdapter] });
        return;
      }
      const sessionRead = scraped.result.siteId.endsWith('/question-list') ? page.readSessions?.(page.doc, page.url) : undefined;
      const reply = await sendMessage(CAPTURE_PAGE, {
        url: page.url, pageText: pageText(page.doc), result: scraped.result,
        ...(sessionRead ? { sessions: sessionRead.sessions, ...(sessionRead.warning ? { sessionWarning: sessionRead.warning } : {}) } : {}),
      });
      current = reply;
      const pending = early.get(reply.captureId);
      if (pending) ui.toast(progressToast(reply, pending));
      else if (reply.detailTotal > 0) ui.toast({ kind: 'info', title: reply.message, lines: [captureMessages.detailProgress(0, reply.detailTotal)] });
      else ui.toast({ kind: 'ok', title: reply.message });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // The background checks every record against the model: a miss there is a changed page too.
      const changed = error instanceof RemoteError && error.siteChanged;
      ui.toast({ kind: 'error', title: changed ? '取り込めませんでした (ページの構造が変わっています)' : '取り込めませんでした', lines: [message] });
    } finally {
      ui.setBusy(false);
    }
  };

  const ui = mountCaptureUi(page.doc, label, () => void capture());
  browser.runtime.onMessage.addListener(onProgress);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onProgress);
    ui.remove();
  });
  return ui;
}
