/**
 * @file 取込みの実行記録 (CaptureRun): the pages one capture still has to fetch (detail pages, then the 質問本文 of open
 * questions), what became of each, and the progress shown in the page's toast and the popup. Pure; stored by
 * capture-run-store.ts after every page, so a capture interrupted (browser closed, service worker stopped) resumes
 * where it stopped and its failures stay listed until the user dismisses them.
 */
import {
  type FetchFailure, type FetchFailureGroup, type FetchFailureReason, type JstInstant, type QuestionPage, groupFetchFailures,
} from '@shared/index';

/** One page of a run and what became of it. */
export interface RunPage extends QuestionPage {
  state: 'pending' | 'done' | 'failed';
  failure?: FetchFailure;
}

/** 取込み: one click of a capture button (or a 再取得 from the popup) and the pages it fetches. */
export interface CaptureRun {
  id: string;
  /** What was captured: 「衆議院 質問の一覧 第221回」, 「再取得 (第3号ほか)」. */
  title: string;
  /** The capture's own result 「3 件追加、0 件更新」 ('' for a 再取得). */
  summary: string;
  /** The tab (and frame) that started it: one unfinished run per tab; progress goes back there. */
  tabId?: number;
  frameId?: number;
  startedAt: JstInstant;
  finishedAt?: JstInstant;
  pages: RunPage[];
  /** Questions whose stored record a fetched page changed. */
  updated: number;
  /** Notes for the user once the run is done (Japanese), e.g. a captured date that is not a 閣議 day. */
  notes?: string[];
}

/** 進捗: what the toast and the popup show of a run. */
export interface CaptureRunView {
  runId: string;
  title: string;
  summary: string;
  done: number;
  total: number;
  updated: number;
  finished: boolean;
  /** 「経過ページ・質問本文」: the kinds of page the run fetches, for 「…を取得しています」. */
  pageNames: string;
  failureGroups: FetchFailureGroup[];
  /** Notes once the run is done (a captured date on no 閣議 day). */
  notes?: string[];
}

/** A new run over `pages` (all pending). */
export function newRun(run: Omit<CaptureRun, 'pages' | 'updated'>, pages: readonly QuestionPage[]): CaptureRun {
  return { ...run, pages: pages.map((p) => ({ ...p, state: 'pending' })), updated: 0 };
}

/** Index of the next page to fetch, or -1 when none is pending. */
export function nextPageIndex(run: CaptureRun): number {
  return run.pages.findIndex((p) => p.state === 'pending');
}

/** True while a page is still pending. */
export function isUnfinished(run: CaptureRun): boolean {
  return nextPageIndex(run) >= 0;
}

/** The run with page `index` done (`changed`: it changed the stored record) or failed. */
export function settlePage(run: CaptureRun, index: number, outcome: { changed: boolean } | { failure: Omit<FetchFailure, 'key' | 'label' | 'url'> }): CaptureRun {
  const pages = run.pages.slice();
  const page = pages[index]!;
  if ('failure' in outcome) {
    pages[index] = { ...page, state: 'failed', failure: { key: page.key, label: page.label, url: page.url, ...outcome.failure } };
    return { ...run, pages };
  }
  const { failure: _old, ...rest } = page;
  pages[index] = { ...rest, state: 'done' };
  return { ...run, pages, updated: run.updated + (outcome.changed ? 1 : 0) };
}

/** The run with `page` fetched right after page `index` (the 質問本文 after its detail page), unless the run already has it. */
export function insertPage(run: CaptureRun, index: number, page: QuestionPage): CaptureRun {
  if (run.pages.some((p) => p.url === page.url)) return run;
  const pages = run.pages.slice();
  pages.splice(index + 1, 0, { ...page, state: 'pending' });
  return { ...run, pages };
}

/** The run with its failed pages (of `reason`, or all) pending again: 「再試行」. */
export function retryFailed(run: CaptureRun, reason?: FetchFailureReason): CaptureRun {
  const pages = run.pages.map((p): RunPage => {
    if (p.state !== 'failed' || (reason !== undefined && p.failure?.reason !== reason)) return p;
    const { failure: _f, ...rest } = p;
    return { ...rest, state: 'pending' };
  });
  const { finishedAt: _done, ...rest } = run;
  return { ...rest, pages };
}

/** 「経過ページ・質問本文」 from the pages' labels (「第3号 (明細)」 → 明細). */
function pageNames(run: CaptureRun): string {
  const names = new Set(run.pages.map((p) => /\(([^)]+)\)$/.exec(p.label)?.[1] ?? 'ページ'));
  return [...names].join('・') || 'ページ';
}

/**
 * 進捗 of a run for the toast and the popup.
 * @example runView(run) //=> { runId, title, done: 3, total: 10, updated: 2, finished: false, pageNames: '経過ページ・質問本文', failureGroups: [] }
 */
export function runView(run: CaptureRun): CaptureRunView {
  return {
    runId: run.id, title: run.title, summary: run.summary,
    done: run.pages.filter((p) => p.state !== 'pending').length, total: run.pages.length, updated: run.updated,
    finished: !isUnfinished(run), pageNames: pageNames(run),
    failureGroups: groupFetchFailures(run.pages.flatMap((p) => (p.state === 'failed' && p.failure ? [p.failure] : []))),
    ...(run.notes && run.notes.length > 0 ? { notes: run.notes } : {}),
  };
}
