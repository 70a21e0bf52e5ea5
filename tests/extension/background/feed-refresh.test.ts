/** @file refreshFeed: conditional GET, apply, 304, errors with backoff, timeout, last good data kept. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyBundle, openDietDb } from '@shared/index';
import { refreshFeed } from '../../../extension/background/feed-refresh';
import { fakeAssignmentRecord } from '../../shared/exchange/fake-bundle';
import { jstInstant } from '../../helpers/dates';

const url = 'https://intra.example.go.jp/kokkai/feed.json';
const t0 = jstInstant('2026-06-09T10:00:00+09:00');

function bundleText(ids: string[]): string {
  const b = emptyBundle('addin', t0, ids.length);
  for (const id of ids) b.records.assignments.push(fakeAssignmentRecord(id, 1));
  return JSON.stringify(b);
}

/** A fake server: answers from a queue and records the request headers. */
function fakeFetch(answers: (() => Response | Promise<Response>)[]) {
  const seen: Headers[] = [];
  const fn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Headers(init?.headers));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as typeof fetch;
  return { fn, seen };
}

describe('refreshFeed', () => {
  it('applies a 200, then sends If-None-Match and treats 304 as fresh', async () => {
    const db = await openDietDb('feed-1', new IDBFactory());
    const server = fakeFetch([
      () => new Response(bundleText(['a1', 'a2']), { status: 200, headers: { ETag: '"v1"', 'Last-Modified': 'Tue, 09 Jun 2026 01:00:00 GMT' } }),
      () => new Response(null, { status: 304 }),
    ]);
    let now = t0;
    const deps = { db, fetch: server.fn, now: () => now };
    const first = await refreshFeed(deps, url);
    expect(first.state).toMatchObject({ fetchedAt: t0, changedAt: t0, etag: '"v1"', failures: 0, revision: 2 });
    expect(first.first).toBe(true);
    expect(first.addedKeys).toEqual(['assignments:a1', 'assignments:a2']);
    now = jstInstant('2026-06-09T10:05:00+09:00');
    const second = await refreshFeed(deps, url);
    expect(server.seen[1]!.get('If-None-Match')).toBe('"v1"');
    expect(server.seen[1]!.get('If-Modified-Since')).toBe('Tue, 09 Jun 2026 01:00:00 GMT');
    expect(second.state).toMatchObject({ fetchedAt: now, changedAt: t0 });
    expect(await db.count('exchange')).toBe(2);
  });

  it('keeps the last good data and backs off on HTTP errors; a forced refresh ignores the wait', async () => {
    const db = await openDietDb('feed-2', new IDBFactory());
    const server = fakeFetch([
      () => new Response(bundleText(['a1']), { status: 200 }),
      () => new Response('down', { status: 503 }),
      () => new Response('down', { status: 503 }),
    ]);
    let now = t0;
    const deps = { db, fetch: server.fn, now: () => now };
    await refreshFeed(deps, url);
    now = jstInstant('2026-06-09T10:05:00+09:00');
    const failed = await refreshFeed(deps, url);
    expect(failed.state).toMatchObject({ error: 'フィードの取得に失敗しました (HTTP 503)。', failures: 1, retryAt: '2026-06-09T10:10:00+09:00', fetchedAt: t0 });
    now = jstInstant('2026-06-09T10:07:00+09:00');
    expect((await refreshFeed(deps, url)).skipped).toBe(true);
    const forced = await refreshFeed(deps, url, true);
    expect(forced.state).toMatchObject({ failures: 2, retryAt: '2026-06-09T10:17:00+09:00' });
    expect(await db.count('exchange')).toBe(1);
  });

  it('rejects an invalid bundle whole with its Japanese reason and keeps the store', async () => {
    const db = await openDietDb('feed-3', new IDBFactory());
    const server = fakeFetch([
      () => new Response(bundleText(['a1']), { status: 200, headers: { ETag: '"1"' } }),
      () => new Response(JSON.stringify({ ...JSON.parse(bundleText(['a2'])), version: 7 }), { status: 200, headers: { ETag: '"2"' } }),
    ]);
    const deps = { db, fetch: server.fn, now: () => t0 };
    await refreshFeed(deps, url);
    const bad = await refreshFeed(deps, url, true);
    expect(bad.state.error).toMatch(/交換バンドルの版 7 には対応していません/);
    expect(bad.state.etag).toBe('"1"');
    expect((await db.getAll('exchange')).map((r) => r.key)).toEqual(['assignments:a1']);
  });

  it('gives up after the timeout with a Japanese message', async () => {
    const db = await openDietDb('feed-4', new IDBFactory());
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const result = await refreshFeed({ db, fetch: hanging, now: () => t0, rules: { timeoutMs: 20, backoffBaseMinutes: 5, backoffMaxMinutes: 60 } }, url);
    expect(result.state.error).toBe('フィードが 1 秒以内に応答しませんでした。');
  });
});
