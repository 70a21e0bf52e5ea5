/**
 * @file ページの取込み (capturePage, captureDetails): the background's capture handler. Saves what a content
 * script scraped in one transaction, then fetches the detail pages of new, changed and open questions
 * (1 request per second), saving each page in its own transaction and reporting progress; a failed page is
 * listed and the others are still saved.
 */
import {
  type CaptureSummary, type DetailPage, type DietDb, type JstInstant, type Provenance, captureMessages, saveCapturedQuestions,
  selectDetailPages, writtenQuestionKey,
} from '@shared/index';
import type { CaptureProgress, CaptureReply, DetailFailure, OffscreenScrape } from '../platform/messaging';
import { CAPTURE_PROGRESS } from '../platform/messaging';
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
  const { sourceUrl, adapterId, adapterVersion } = request.result.provenance;
  const provenance: Provenance = { sourceUrl, capturedAt: deps.now(), adapterId, adapterVersion, contentHash: await deps.hash(request.pageText) };
  const summary = await saveCapturedQuestions(deps.db, request.result.questions, provenance);
  const details = selectDetailPages(summary.merged, sourceUrl);
  return {
    summary,
    details,
    reply: {
      captureId: deps.newId(), added: summary.added.length, updated: summary.updated.length, unchanged: summary.unchanged.length,
      message: replyMessage(summary, details.length), detailTotal: details.length,
    },
  };
}

/**
 * Fetches and saves each detail page in turn, calling `report` after every page and once more at the end
 * (finished). Never throws: a page's failure is listed in the progress.
 * @example await captureDetails(deps, reply.captureId, details, (p) => tabs.sendMessage(tabId, p))
 */
export async function captureDetails(
  deps: CaptureDeps,
  captureId: string,
  pages: readonly DetailPage[],
  report: (progress: CaptureProgress) => void | Promise<void>,
): Promise<CaptureProgress> {
  const failures: DetailFailure[] = [];
  let updated = 0;
  let done = 0;
  const progress = (finished: boolean): CaptureProgress => ({
    type: CAPTURE_PROGRESS, captureId, done, total: pages.length, updated, failures: [...failures], finished,
  });
  // A closed tab cannot receive progress; the pages are still fetched and saved.
  const send = (p: CaptureProgress) => Promise.resolve().then(() => report(p)).catch(() => undefined);
  for (const page of pages) {
    try {
      const { result, pageText } = await deps.fetchDetail(page.url);
      if (!result) throw new Error(captureMessages.noAdapter);
      const question = result.questions.find((q) => writtenQuestionKey(q) === page.key);
      if (!question) {
        throw new Error(captureMessages.wrongQuestion(page.label, result.questions.map((q) => `第${q.number}号`).join('・') || 'なし'));
      }
      const provenance: Provenance = {
        sourceUrl: page.url, capturedAt: deps.now(), adapterId: result.provenance.adapterId, adapterVersion: result.provenance.adapterVersion,
        contentHash: await deps.hash(pageText),
      };
      const summary = await saveCapturedQuestions(deps.db, [question], provenance);
      updated += summary.updated.length + summary.added.length;
    } catch (error) {
      failures.push({ label: page.label, url: page.url, message: (error as Error).message || String(error) });
    }
    done++;
    if (done < pages.length) await send(progress(false));
  }
  const last = progress(true);
  await send(last);
  return last;
}
