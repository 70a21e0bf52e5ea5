/**
 * @file 取込みの実行 (runCapture): what a Diet page's content script does. Shows the button when an adapter
 * reads the page; on click it scrapes the page again, sends the result to the background (content scripts
 * never open IndexedDB: here it would be the Diet site's database) and shows the result and the progress of the
 * pages the background fetches next (経過・明細, 質問本文) in the toast. The button stays disabled, with the
 * progress, until those pages are done — one capture at a time per tab, also after the page is reloaded — and the
 * failures come grouped by reason with advice and 「再試行」. A changed page (SiteChangedError) shows the Japanese
 * error and sends nothing.
 */
import { browser } from 'wxt/browser';
import { captureMessages } from '@shared/capture/capture-messages';
import type { CaptureRunView } from '../background/capture-run';
import { CAPTURE_PAGE, CAPTURE_PROGRESS, CAPTURE_RETRY, CAPTURE_STATE, type CaptureProgress, RemoteError, sendMessage } from '../platform/messaging';
import type { ScrapeResult } from '../sites/index';
import type { SessionListRead } from '../sites/sangiin/read-session-list';
import { SiteChangedError } from '../sites/site-changed-error';
import { type CaptureUi, type Toast, mountCaptureUi } from './capture-ui';
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

/** 「取得中 (3/10)…」 on the disabled button. */
const busyText = (view: Pick<CaptureRunView, 'done' | 'total'>) => `取得中 (${view.done}/${view.total})…`;

/** The toast of a run: progress while it fetches; at the end the count, the failures by reason and 「再試行」. */
function runToast(title: string, view: CaptureRunView, retry: () => void): Toast {
  if (!view.finished) return { kind: 'info', title, lines: [captureMessages.pageProgress(view.pageNames, view.done, view.total)] };
  const failed = view.failureGroups.reduce((n, g) => n + g.failures.length, 0);
  const notes = view.notes ?? [];
  return {
    kind: failed > 0 || notes.length > 0 ? 'warn' : 'ok',
    title,
    lines: [captureMessages.pagesDone(view.pageNames, view.total, view.updated, failed), ...notes],
    groups: view.failureGroups.map((g) => ({ title: g.title, advice: g.advice, items: g.failures.map((f) => f.label) })),
    ...(failed > 0 ? { action: { label: '再試行', onClick: retry } } : {}),
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

  /** The run this tab follows, and the toast title that goes with it. */
  let current: { runId: string; title: string } | undefined;
  const early = new Map<string, CaptureRunView>();

  const show = (view: CaptureRunView) => {
    ui.toast(runToast(current!.title, view, () => void retry(view.runId)));
    ui.setBusy(!view.finished, busyText(view));
  };
  const follow = (runId: string, title: string) => {
    current = { runId, title };
    const pending = early.get(runId);
    if (pending) show(pending);
  };
  const onProgress = (message: unknown) => {
    const progress = message as CaptureProgress | null;
    if (progress?.type !== CAPTURE_PROGRESS) return undefined;
    if (current?.runId === progress.runId) show(progress);
    else early.set(progress.runId, progress);
    return undefined;
  };
  const fail = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    // The background checks every record against the model: a miss there is a changed page too.
    const changed = error instanceof RemoteError && error.siteChanged;
    ui.toast({ kind: 'error', title: changed ? '取り込めませんでした (ページの構造が変わっています)' : '取り込めませんでした', lines: [message] });
    ui.setBusy(false);
  };

  const retry = async (runId: string) => {
    try {
      const view = await sendMessage(CAPTURE_RETRY, { runId });
      follow(view.runId, current?.title ?? view.title);
      show(view);
    } catch (error) {
      fail(error);
    }
  };

  const capture = async () => {
    ui.setBusy(true);
    const scraped = tryScrape(page);
    if (!scraped.ok) {
      const changed = scraped.error instanceof SiteChangedError;
      ui.toast({ kind: 'error', title: changed ? '取り込めませんでした (ページの構造が変わっています)' : '取り込めませんでした', lines: [scraped.error.message] });
      ui.setBusy(false);
      return;
    }
    if (!scraped.result) {
      fail(new Error(captureMessages.noAdapter));
      return;
    }
    try {
      const sessionRead = scraped.result.siteId.endsWith('/question-list') ? page.readSessions?.(page.doc, page.url) : undefined;
      const reply = await sendMessage(CAPTURE_PAGE, {
        url: page.url, pageText: pageText(page.doc), result: scraped.result,
        ...(sessionRead ? { sessions: sessionRead.sessions, ...(sessionRead.warning ? { sessionWarning: sessionRead.warning } : {}) } : {}),
      });
      if (reply.detailTotal === 0) {
        ui.toast({ kind: 'ok', title: reply.message });
        ui.setBusy(false);
        return;
      }
      ui.toast({ kind: 'info', title: reply.message, lines: [captureMessages.pageProgress('ページ', 0, reply.detailTotal)] });
      ui.setBusy(true, busyText({ done: 0, total: reply.detailTotal }));
      follow(reply.captureId, reply.message);
    } catch (error) {
      fail(error);
    }
  };

  const ui = mountCaptureUi(page.doc, label, () => void capture());
  browser.runtime.onMessage.addListener(onProgress);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onProgress);
    ui.remove();
  });
  // A reloaded page (or another page of the same tab) takes up the run its tab is still fetching.
  sendMessage(CAPTURE_STATE)
    .then((view) => {
      if (!view || current) return;
      follow(view.runId, `${view.title}: ${view.summary}`);
      show(view);
    })
    .catch(() => undefined);
  return ui;
}
