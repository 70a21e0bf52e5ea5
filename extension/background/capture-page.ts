/**
 * @file ページの取込み (capturePage): the background's capture handler for one scraped page. Validates what the
 * content script sent (message shape, then every record against the model: checkScrapeResult), saves its questions and their audit events in one transaction, and says which detail
 * pages to fetch next (captureDetails).
 */
import {
  type CaptureSummary, type DetailPage, type DietDb, type JstInstant, type Provenance, captureMessages, saveCapturedQuestions, saveSessions,
  selectDetailPages,
} from '@shared/index';
import type { CaptureReply, OffscreenScrape } from '../platform/messaging';
import { checkScrapeResult } from '../sites/check-scrape-result';
import { parseCaptureRequest } from './capture-request';

/** What the handler needs from the platform (real ones wired in capture-background.ts, fakes in tests). */
export interface CaptureDeps {
  db: DietDb;
  now(): JstInstant;
  /** SHA-256 hex of page text. */
  hash(text: string): Promise<string>;
  /** Fetches and scrapes one detail page (spaced to 1 request per second). */
  fetchDetail(url: string): Promise<OffscreenScrape>;
  newId(): string;
  /** True for a detail page an earlier capture is still about to fetch (a second click must not fetch it twice). */
  alreadyQueued?(url: string): boolean;
}

/** The saved page and the detail pages still to fetch. */
export interface CapturedPage {
  reply: CaptureReply;
  summary: CaptureSummary;
  details: DetailPage[];
}

function replyMessage(summary: CaptureSummary, details: number): string {
  const parts: string[] = [captureMessages.summary(summary.added.length, summary.updated.length)];
  if (summary.added.length + summary.updated.length === 0) parts.push(captureMessages.unchanged);
  const kept = summary.keptUserEdits.reduce((n, k) => n + k.fields.length, 0);
  if (kept > 0) parts.push(captureMessages.keptUserEdits(kept));
  if (details > 0) parts.push(captureMessages.detailsQueued(details));
  return parts.join('。');
}

/**
 * Validates and saves one scraped page (questions + audit, one transaction).
 * @example const { reply, details } = await capturePage(deps, message)
 */
export async function capturePage(deps: CaptureDeps, message: unknown): Promise<CapturedPage> {
  const request = parseCaptureRequest(message);
  checkScrapeResult(request.result);
  const { sourceUrl, adapterId, adapterVersion } = request.result.provenance;
  const provenance: Provenance = { sourceUrl, capturedAt: deps.now(), adapterId, adapterVersion, contentHash: await deps.hash(request.pageText) };
  const summary = await saveCapturedQuestions(deps.db, request.result.questions, provenance);
  const details = selectDetailPages(summary.merged, sourceUrl).filter((page) => !deps.alreadyQueued?.(page.url));
  const notes: string[] = [];
  // 会期: saved after the questions, in its own write, so a 会期 problem never costs a captured question.
  if (request.sessions && request.sessions.length > 0) {
    await saveSessions(deps.db, request.sessions);
    notes.push(captureMessages.sessionsUpdated(request.sessions[0]!.number, request.sessions.length));
  }
  if (request.sessionWarning) notes.push(request.sessionWarning);
  const text = [replyMessage(summary, details.length), ...notes].join('。').replace(/。。/g, '。');
  return {
    summary,
    details,
    reply: {
      captureId: deps.newId(), added: summary.added.length, updated: summary.updated.length, unchanged: summary.unchanged.length,
      message: text, detailTotal: details.length,
    },
  };
}
