/**
 * @file 取込みの操作 (capture run actions): what the toast and the popup can do with a run — 「再試行」 its failed pages,
 * 「閉じる」 it, ask for a question's pages again (「再取得」「問を取得」), and find the run of a tab (a reloaded page
 * shows its tab's progress and keeps its button disabled). Each returns the run to process, if any; the background
 * processes it (processRun) through its scheduler.
 */
import {
  type DietDb, type FetchFailureReason, type JstInstant, type QuestionPage, ValidationError, captureMessages, jstDateOf, questionPageLabel,
  resolveQuestionStatus,
} from '@shared/index';
import { type CaptureRun, type CaptureRunView, isUnfinished, newRun, retryFailed, runView } from './capture-run';
import { deleteRun, loadRun, loadRuns, pruneRuns, saveRun } from './capture-run-store';

/** 「再試行」: the failed pages of `runId` (of `reason`, or all) are pending again. Refused while the run is fetching. */
export async function retryRun(db: DietDb, runId: string, reason?: FetchFailureReason): Promise<CaptureRun> {
  const run = await loadRun(db, runId);
  if (!run) throw new ValidationError(captureMessages.runGone);
  if (isUnfinished(run)) throw new ValidationError(captureMessages.runBusy);
  const retried = retryFailed(run, reason);
  await saveRun(db, retried);
  return retried;
}

/** 「閉じる」: forgets a finished run (its progress and failures leave the popup). Refused while it is fetching. */
export async function dismissRun(db: DietDb, runId: string): Promise<void> {
  const run = await loadRun(db, runId);
  if (!run) return;
  if (isUnfinished(run)) throw new ValidationError(captureMessages.runBusy);
  await deleteRun(db, runId);
}

/**
 * 「再取得」 / 「問を取得」 from the popup: a new run over the stored questions `keys` — each one's detail page when it
 * links one, and its 質問本文 while the question is open (read again even when its 問 are known: the user asked; a
 * page that fails leaves the stored 問 as they are). Throws when no page can be fetched for any of them.
 * @example const run = await refetchQuestions(db, ['shugiin-221-30'], clock.now(), crypto.randomUUID())
 */
export async function refetchQuestions(db: DietDb, keys: readonly string[], now: JstInstant, id: string): Promise<CaptureRun> {
  const pages: QuestionPage[] = [];
  for (const key of new Set(keys)) {
    const q = await db.get('questions', key);
    if (!q) continue;
    if (q.progressUrl) pages.push({ key, url: q.progressUrl, kind: 'detail', label: questionPageLabel(q, 'detail') });
    if (q.questionUrl && resolveQuestionStatus(q, jstDateOf(now)).open) pages.push({ key, url: q.questionUrl, kind: 'text', label: questionPageLabel(q, 'text') });
  }
  if (pages.length === 0) throw new ValidationError(captureMessages.refetchNothing);
  const labels = [...new Set(pages.map((p) => p.label.replace(/ \(.+\)$/, '')))];
  const run = newRun({ id, title: captureMessages.refetchTitle(labels), summary: '', startedAt: now }, pages);
  await saveRun(db, run);
  await pruneRuns(db);
  return run;
}

/** The run of tab `tabId` still fetching, as progress (undefined when the tab has none). */
export async function tabRun(db: DietDb, tabId: number): Promise<CaptureRunView | undefined> {
  const run = (await loadRuns(db)).find((r) => r.tabId === tabId && isUnfinished(r));
  return run && runView(run);
}

/** Runs to resume when the service worker starts: every stored run with pages still pending. */
export async function unfinishedRuns(db: DietDb): Promise<CaptureRun[]> {
  return (await loadRuns(db)).filter(isUnfinished);
}
