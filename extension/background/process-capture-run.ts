/**
 * @file 取込みの続き (processRun): fetches the pending pages of one capture run in order — each question's detail page
 * (経過 / 明細), then, while the question is open and its 問 are not read yet, its 質問本文 — saving each page in its own
 * transaction, storing the run after every page (so it resumes after an interruption) and reporting progress.
 * A page that fails is recorded with its reason; the question keeps what it had (問, 修正) and the others go on.
 */
import {
  type Provenance, type WrittenQuestion, defaultCalendar, jstDateOf, offCalendarCabinetDays, saveCapturedQuestions, textPageToFetch, writtenQuestionKey,
} from '@shared/index';
import { captureMessages } from '@shared/index';
import { checkScrapeResult } from '../sites/check-scrape-result';
import type { CaptureDeps } from './capture-page';
import { type CaptureRun, type CaptureRunView, insertPage, isUnfinished, nextPageIndex, runView, settlePage } from './capture-run';
import { loadRun, saveRun } from './capture-run-store';
import { PageFetchError, fetchFailureOf } from './page-fetch-error';
import type { RunPage } from './capture-run';

/** Fetches one page and saves what it says about its question; true when the stored record changed. */
async function fetchAndSave(deps: CaptureDeps, page: RunPage): Promise<boolean> {
  const { result, pageText } = await deps.fetchPage(page.url);
  if (!result) throw new PageFetchError('wrongPage', captureMessages.noAdapter);
  checkScrapeResult(result);
  const question = result.questions.find((q) => writtenQuestionKey(q) === page.key);
  if (!question) {
    throw new PageFetchError('wrongPage', captureMessages.wrongQuestion(page.label, result.questions.map((q) => `第${q.number}号`).join('・') || 'なし'));
  }
  const provenance: Provenance = {
    sourceUrl: page.url, capturedAt: deps.now(), adapterId: result.provenance.adapterId, adapterVersion: result.provenance.adapterVersion,
    contentHash: await deps.hash(pageText),
  };
  const summary = await saveCapturedQuestions(deps.db, [question], provenance);
  return summary.updated.length + summary.added.length > 0;
}

/** The stored questions the run's pages are about. */
async function runQuestions(deps: CaptureDeps, run: CaptureRun): Promise<WrittenQuestion[]> {
  const keys = [...new Set(run.pages.map((p) => p.key))];
  const stored = await Promise.all(keys.map((key) => deps.db.get('questions', key)));
  return stored.flatMap((q) => (q ? [q] : []));
}

/**
 * 閣議日の確認: a captured 答弁書受領日 or 延期 date off the 閣議 calendar is worth a 臨時閣議 row in Excel's 設定
 * (the extension has no calendar settings of its own).
 */
function offCalendarNotes(questions: readonly WrittenQuestion[]): { notes?: string[] } {
  const notes = offCalendarCabinetDays(questions, defaultCalendar()).map((o) => captureMessages.offCalendarDay(o.message));
  return notes.length > 0 ? { notes } : {};
}

/**
 * Runs the stored run `runId` to its end (never throws for a page: failures are recorded), calling `report` after
 * every page and once at the end. Returns the finished run (undefined when no such run is stored).
 * @example await processRun(deps, run.id, (view) => tabs.sendMessage(tabId, { type: CAPTURE_PROGRESS, ...view }))
 */
export async function processRun(
  deps: CaptureDeps,
  runId: string,
  report: (view: CaptureRunView) => void | Promise<void>,
): Promise<CaptureRun | undefined> {
  let run = await loadRun(deps.db, runId);
  if (!run) return undefined;
  // A closed tab cannot receive progress; the pages are still fetched and saved.
  const send = (r: CaptureRun) => Promise.resolve().then(() => report(runView(r))).catch(() => undefined);
  for (let index = nextPageIndex(run); index >= 0; index = nextPageIndex(run)) {
    const page = run.pages[index]!;
    try {
      run = settlePage(run, index, { changed: await fetchAndSave(deps, page) });
    } catch (error) {
      run = settlePage(run, index, { failure: fetchFailureOf(error) });
    }
    if (page.kind === 'detail') {
      // The detail page may have closed the question or brought its 本文 link: decide on the 本文 only now.
      const stored = await deps.db.get('questions', page.key);
      const text = stored && textPageToFetch(stored, jstDateOf(deps.now()));
      if (text) run = insertPage(run, index, text);
    }
    await saveRun(deps.db, run);
    if (isUnfinished(run)) await send(run);
  }
  run = { ...run, finishedAt: deps.now(), ...offCalendarNotes(await runQuestions(deps, run)) };
  await saveRun(deps.db, run);
  await send(run);
  return run;
}
