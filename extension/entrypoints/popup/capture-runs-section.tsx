/**
 * @file 取り込みの進捗 (CaptureRunsSection): each capture still fetching its pages (経過・明細, 質問本文) with its progress,
 * and each finished one with its failures grouped by reason, the advice, 「再試行」 and 「閉じる」 — kept here until the
 * user dismisses them, also after the page's toast is gone.
 */
import { useState } from 'preact/hooks';
import { captureMessages } from '@shared/capture/capture-messages';
import type { CaptureRunView } from '../../background/capture-run';

/** Props. The callbacks resolve once the background has done it, or reject with the Japanese reason. */
export interface CaptureRunsSectionProps {
  runs: CaptureRunView[];
  onRetry: (runId: string) => Promise<unknown>;
  onDismiss: (runId: string) => Promise<unknown>;
}

function RunItem({ run, onRetry, onDismiss }: { run: CaptureRunView } & Omit<CaptureRunsSectionProps, 'runs'>) {
  const [error, setError] = useState('');
  const failed = run.failureGroups.reduce((n, g) => n + g.failures.length, 0);
  const act = (work: () => Promise<unknown>) => () => {
    setError('');
    work().catch((e: Error) => setError(e.message));
  };
  return (
    <li class="run">
      <p class="run-title">{run.title}{run.summary ? `: ${run.summary}` : ''}</p>
      {run.finished ? (
        <p>{captureMessages.pagesDone(run.pageNames, run.total, run.updated, failed)}</p>
      ) : (
        <p role="status">
          <progress value={run.done} max={run.total} aria-label={`${run.title} の進捗`} />{' '}
          {captureMessages.pageProgress(run.pageNames, run.done, run.total)}
        </p>
      )}
      {run.failureGroups.map((g) => (
        <div class="failure" key={g.reason}>
          <p class="reason">{g.title} ({g.failures.length} 件)</p>
          <p class="pages">{g.failures.map((f) => f.label).join('・')}</p>
          <p class="advice">{g.advice}</p>
        </div>
      ))}
      {error && <p class="notice" role="alert">{error}</p>}
      {run.finished && (
        <div class="actions">
          {failed > 0 && <button type="button" onClick={act(() => onRetry(run.runId))}>再試行 ({failed} 件)</button>}
          <button type="button" onClick={act(() => onDismiss(run.runId))} aria-label={`${run.title} を閉じる`}>閉じる</button>
        </div>
      )}
    </li>
  );
}

/** 取り込みの進捗 (nothing when there is no run). */
export function CaptureRunsSection({ runs, onRetry, onDismiss }: CaptureRunsSectionProps) {
  if (runs.length === 0) return null;
  return (
    <section aria-label="取り込みの進捗">
      <h2>取り込みの進捗 ({runs.length} 件)</h2>
      <ul class="runs">{runs.map((run) => <RunItem key={run.runId} run={run} onRetry={onRetry} onDismiss={onDismiss} />)}</ul>
    </section>
  );
}
