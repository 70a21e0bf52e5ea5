/** @file CaptureRun (pure) and its store: pages in order, follow-up 本文 inserted once, 再試行 by reason, progress view, pruning. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type QuestionPage, openDietDb } from '@shared/index';
import { insertPage, isUnfinished, newRun, nextPageIndex, retryFailed, runView, settlePage } from '../../../extension/background/capture-run';
import { KEEP_RUNS, loadRuns, pruneRuns, saveRun } from '../../../extension/background/capture-run-store';
import { jstInstant } from '../../helpers/dates';

const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/';
const page = (n: number, kind: QuestionPage['kind'] = 'detail'): QuestionPage => ({
  key: `sangiin-221-${n}`, kind, label: `第${n}号 (${kind === 'detail' ? '明細' : '質問本文'})`,
  url: kind === 'detail' ? `${SAN}meisai/m221${String(n).padStart(3, '0')}.htm` : `${SAN}syuh/s221${String(n).padStart(3, '0')}.htm`,
});
const at = jstInstant('2026-07-15T10:00:00+09:00');

describe('CaptureRun', () => {
  it('goes page by page; a 本文 is inserted right after its 明細, once; failures group by reason; 再試行 of one reason', () => {
    let run = newRun({ id: 'r', title: 't', summary: 's', startedAt: at }, [page(1), page(2)]);
    expect(nextPageIndex(run)).toBe(0);
    run = settlePage(run, 0, { changed: true });
    run = insertPage(run, 0, page(1, 'text'));
    run = insertPage(run, 0, page(1, 'text'));
    expect(run.pages.map((p) => p.label)).toEqual(['第1号 (明細)', '第1号 (質問本文)', '第2号 (明細)']);
    run = settlePage(run, 1, { failure: { reason: 'notFound', message: 'HTTP 404' } });
    run = settlePage(run, 2, { failure: { reason: 'network', message: 'Failed to fetch' } });
    expect(isUnfinished(run)).toBe(false);
    const view = runView(run);
    expect(view).toMatchObject({ done: 3, total: 3, updated: 1, finished: true, pageNames: '明細・質問本文' });
    expect(view.failureGroups.map((g) => [g.reason, g.failures.map((f) => f.label)])).toEqual([['notFound', ['第1号 (質問本文)']], ['network', ['第2号 (明細)']]]);
    const retried = retryFailed({ ...run, finishedAt: at }, 'network');
    expect(retried.finishedAt).toBeUndefined();
    expect(retried.pages.map((p) => p.state)).toEqual(['done', 'failed', 'pending']);
    expect(runView(retried)).toMatchObject({ done: 2, finished: false });
    expect(retryFailed(run).pages.map((p) => p.state)).toEqual(['done', 'pending', 'pending']);
  });

  it('the store keeps unfinished runs and the newest finished ones, oldest first', async () => {
    const db = await openDietDb(`runs-${Math.random()}`, new IDBFactory());
    for (let i = 0; i < KEEP_RUNS + 3; i++) {
      const startedAt = jstInstant(`2026-07-15T10:${String(i).padStart(2, '0')}:00+09:00`);
      const run = newRun({ id: `r${i}`, title: 't', summary: '', startedAt }, [page(1)]);
      await saveRun(db, i === 0 ? run : settlePage(run, 0, { changed: false }));
    }
    await db.put('settings', { key: 'capture:editor', value: '山田' });
    await pruneRuns(db);
    const ids = (await loadRuns(db)).map((r) => r.id);
    expect(ids).toHaveLength(KEEP_RUNS + 1);
    expect(ids.slice(0, 2)).toEqual(['r0', 'r3']);
    expect(await db.get('settings', 'capture:editor')).toBeDefined();
  });
});

describe('createRunScheduler', () => {
  it('processes a run once even when started twice at once (a resume and a 再試行 racing), and keeps the parser open meanwhile', async () => {
    const { createRunScheduler } = await import('../../../extension/background/capture-run-scheduler');
    const db = await openDietDb(`scheduler-${Math.random()}`, new IDBFactory());
    await saveRun(db, newRun({ id: 'r', title: 't', summary: '', startedAt: at }, [page(1)]));
    const fetched: string[] = [];
    let wrapped = 0;
    const deps = async () => ({
      db, now: () => at, hash: async () => 'h', newId: () => 'x',
      fetchPage: async (url: string) => { fetched.push(url); return { result: null, pageText: '' }; },
    });
    const scheduler = createRunScheduler(deps, async (work) => { wrapped++; return work(); });
    await Promise.all([scheduler.start('r', () => undefined), scheduler.start('r', () => undefined)]);
    expect(fetched).toEqual([page(1).url]);
    expect(wrapped).toBe(1);
    await scheduler.start('r', () => undefined); // finished: nothing to do
    expect(fetched).toHaveLength(1);
  });
});
