/**
 * @file 経過ページの取込み (captureDetails): after a list capture, fetches the detail pages of new, changed and
 * open questions (the fetcher spaces them to 1 request per second), saves each page in its own transaction and
 * reports progress; a failed page is listed and the others are still saved.
 */
import {
  type DetailPage, type Provenance, type WrittenQuestion, captureMessages, defaultCalendar, offCalendarCabinetDays, saveCapturedQuestions,
  writtenQuestionKey,
} from '@shared/index';
import { CAPTURE_PROGRESS, type CaptureProgress, type DetailFailure } from '../platform/messaging';
import { checkScrapeResult } from '../sites/check-scrape-result';
import type { CaptureDeps } from './capture-page';

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
  const saved: WrittenQuestion[] = [];
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
      checkScrapeResult(result);
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
      saved.push(...summary.merged.map((m) => m.record));
    } catch (error) {
      failures.push({ label: page.label, url: page.url, message: (error as Error).message || String(error) });
    }
    done++;
    if (done < pages.length) await send(progress(false));
  }
  // 閣議日の確認: an 答弁書受領日 or 延期 date off the 閣議 calendar is worth a 臨時閣議 row in Excel's 設定.
  const offCalendar = offCalendarCabinetDays(saved, defaultCalendar()).map((o) => captureMessages.offCalendarDay(o.message));
  const last: CaptureProgress = { ...progress(true), ...(offCalendar.length > 0 ? { notes: offCalendar } : {}) };
  await send(last);
  return last;
}
