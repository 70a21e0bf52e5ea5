/**
 * @file ページの取込み (capturePage): the background's capture handler for one scraped page. Validates what the
 * content script sent (message shape, then every record against the model: checkScrapeResult), refuses a second
 * capture while the same tab's run is still fetching, saves the page's questions and their audit events in one
 * transaction, and stores the run of pages to fetch next (detail pages, then 質問本文: processRun).
 */
import {
  type CaptureSummary, type DietDb, type House, type JstInstant, type Provenance, ValidationError, captureMessages, jstDateOf,
  saveCapturedQuestions, saveSessions, selectQuestionPages,
} from '@shared/index';
import type { CaptureReply, OffscreenScrape } from '../platform/messaging';
import { checkScrapeResult } from '../sites/check-scrape-result';
import { sites } from '../sites/index';
import { parseCaptureRequest } from './capture-request';
import { type CaptureRun, isUnfinished, newRun, runView } from './capture-run';
import { loadRuns, pruneRuns, saveRun } from './capture-run-store';

/** What the handler needs from the platform (real ones wired in capture-background.ts, fakes in tests). */
export interface CaptureDeps {
  db: DietDb;
  now(): JstInstant;
  /** SHA-256 hex of page text. */
  hash(text: string): Promise<string>;
  /** Fetches and scrapes one page of a question (spaced to 1 request per second per site). */
  fetchPage(url: string): Promise<OffscreenScrape>;
  newId(): string;
}

/** The tab (and frame) a capture came from. */
export interface CaptureOrigin {
  tabId?: number;
  frameId?: number;
}

/** The saved page and the run of pages still to fetch (none when there is nothing to fetch). */
export interface CapturedPage {
  reply: CaptureReply;
  summary: CaptureSummary;
  run?: CaptureRun;
}

function replyMessage(summary: CaptureSummary, house: House, run: CaptureRun | undefined): string {
  const parts: string[] = [captureMessages.summary(summary.added.length, summary.updated.length)];
  if (summary.added.length + summary.updated.length === 0) parts.push(captureMessages.unchanged);
  const kept = summary.keptUserEdits.reduce((n, k) => n + k.fields.length, 0);
  if (kept > 0) parts.push(captureMessages.keptUserEdits(kept));
  if (run) {
    const details = run.pages.filter((p) => p.kind === 'detail').length;
    parts.push(captureMessages.pagesQueued(house, details, run.pages.length - details));
  }
  return parts.join('。');
}

/** 「衆議院 質問の一覧 第221回」 / 「参議院 質問主意書情報 第221回 第1号」. */
function runTitle(siteId: string, questions: readonly { session: number; number: number }[]): string {
  const label = sites.find((s) => s.id === siteId)?.label ?? siteId;
  const first = questions[0];
  if (!first) return label;
  return questions.length === 1 && !siteId.endsWith('/question-list') ? `${label} 第${first.session}回 第${first.number}号` : `${label} 第${first.session}回`;
}

/**
 * Refuses a capture from a tab whose earlier run is still fetching (one capture at a time per tab); otherwise the
 * page URLs unfinished runs (other tabs) are still to fetch, which this capture must not queue twice.
 */
async function pendingElsewhere(db: DietDb, tabId: number | undefined): Promise<Set<string>> {
  const unfinished = (await loadRuns(db)).filter(isUnfinished);
  const busy = tabId === undefined ? undefined : unfinished.find((r) => r.tabId === tabId);
  if (busy) {
    const view = runView(busy);
    throw new ValidationError(captureMessages.tabBusy(view.done, view.total));
  }
  return new Set(unfinished.flatMap((r) => r.pages.filter((p) => p.state === 'pending').map((p) => p.url)));
}

/**
 * Validates and saves one scraped page (questions + audit, one transaction), then stores its run of pages to fetch.
 * @example const { reply, run } = await capturePage(deps, message, { tabId: sender.tab?.id })
 */
export async function capturePage(deps: CaptureDeps, message: unknown, origin: CaptureOrigin = {}): Promise<CapturedPage> {
  const request = parseCaptureRequest(message);
  checkScrapeResult(request.result);
  const pending = await pendingElsewhere(deps.db, origin.tabId);
  const { sourceUrl, adapterId, adapterVersion } = request.result.provenance;
  const capturedAt = deps.now();
  const provenance: Provenance = { sourceUrl, capturedAt, adapterId, adapterVersion, contentHash: await deps.hash(request.pageText) };
  const summary = await saveCapturedQuestions(deps.db, request.result.questions, provenance);
  const pages = selectQuestionPages(summary.merged, sourceUrl, jstDateOf(capturedAt)).filter((page) => !pending.has(page.url));
  const id = deps.newId();
  const run = pages.length === 0 ? undefined : newRun({
    id, title: runTitle(request.result.siteId, request.result.questions), summary: '', startedAt: capturedAt, ...origin,
  }, pages);
  const notes: string[] = [];
  // 会期: saved after the questions, in its own write, so a 会期 problem never costs a captured question.
  if (request.sessions && request.sessions.length > 0) {
    await saveSessions(deps.db, request.sessions);
    notes.push(captureMessages.sessionsUpdated(request.sessions[0]!.number, request.sessions.length));
  }
  if (request.sessionWarning) notes.push(request.sessionWarning);
  const text = [replyMessage(summary, request.result.house, run), ...notes].join('。').replace(/。。/g, '。');
  if (run) {
    run.summary = captureMessages.summary(summary.added.length, summary.updated.length);
    await saveRun(deps.db, run);
    await pruneRuns(deps.db);
  }
  return {
    summary,
    run,
    reply: {
      captureId: id, added: summary.added.length, updated: summary.updated.length, unchanged: summary.unchanged.length,
      message: text, detailTotal: pages.length,
    },
  };
}
