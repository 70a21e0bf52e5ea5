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

/** A fake server: answers from a queue and records the request headers and options. */
function fakeFetch(answers: (() => Response | Promise<Response>)[]) {
  const seen: Headers[] = [];
  const inits: (RequestInit | undefined)[] = [];
  const fn = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    seen.push(new Headers(init?.headers));
    inits.push(init);
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    return next();
  }) as typeof fetch;
  return { fn, seen, inits };
}

/** What the browser does when it refuses to let a script read a response (CORS), or reaches nothing. */
const refused = () => Promise.reject(new TypeError('Failed to fetch'));
/** The opaque answer of a `mode: 'no-cors'` request: the server answered, nobody may read it. */
const opaque = () => new Response(null, { status: 200 });

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
    expect(failed.state).toMatchObject({
      error: 'フィードの取得に失敗しました (HTTP 503)。サーバー側の障害です。自動で再試行します。', errorKind: 'http', failures: 1, retryAt: '2026-06-09T10:10:00+09:00', fetchedAt: t0,
    });
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

  it('fetches without credentials unless the options say the feed needs them', async () => {
    const db = await openDietDb('feed-5', new IDBFactory());
    const server = fakeFetch([() => new Response(bundleText(['a1'])), () => new Response(bundleText(['a1']))]);
    await refreshFeed({ db, fetch: server.fn, now: () => t0 }, url);
    expect(server.inits[0]!.credentials).toBe('omit');
    await refreshFeed({ db, fetch: server.fn, now: () => t0, access: { credentials: true, permitted: async () => true } }, url, true);
    expect(server.inits[1]!.credentials).toBe('include');
  });

  it('says the site\'s access is not granted when the server answered but the browser refused to let us read it', async () => {
    const db = await openDietDb('feed-6', new IDBFactory());
    const server = fakeFetch([refused, opaque]);
    const result = await refreshFeed({ db, fetch: server.fn, now: () => t0, access: { credentials: false, permitted: async () => false } }, url);
    expect(result.state.errorKind).toBe('permission');
    expect(result.state.error).toBe('フィードのサーバー (https://intra.example.go.jp) は応答しましたが、このサイトへのアクセスが許可されていないため読み取れません (サーバーが CORS を許可していません)。「アクセスを許可」を押してください。');
    expect(server.inits[1]).toMatchObject({ mode: 'no-cors', credentials: 'omit' });
  });

  it('names CORS when access is granted but the read is still refused, pointing at the credentials setting when it is on', async () => {
    const db = await openDietDb('feed-7', new IDBFactory());
    const server = fakeFetch([refused, opaque]);
    const result = await refreshFeed({ db, fetch: server.fn, now: () => t0, access: { credentials: true, permitted: async () => true } }, url);
    expect(result.state.errorKind).toBe('cors');
    expect(result.state.error).toContain('ブラウザーが読み取りを拒否しました (CORS)');
    expect(result.state.error).toContain('「認証情報を送る」を外してください');
  });

  it('says nothing answered when even the opaque request fails (network, VPN, server down)', async () => {
    const db = await openDietDb('feed-8', new IDBFactory());
    const result = await refreshFeed({ db, fetch: fakeFetch([refused, refused]).fn, now: () => t0 }, url);
    expect(result.state).toMatchObject({ errorKind: 'network' });
    expect(result.state.error).toBe('フィードのサーバー (https://intra.example.go.jp) に接続できません (Failed to fetch)。URL とネットワーク (VPN・プロキシ) を確認してください。');
  });

  it.each([
    [401, false, 'フィードの取得に失敗しました (HTTP 401)。サーバーが認証を求めています。庁内のサインインが必要なサーバーなら、設定で「フィードの取得に認証情報を送る」を選んでください。'],
    [403, true, 'フィードの取得に失敗しました (HTTP 403)。サーバーが認証を求めています。庁内のサインインを確かめてください。'],
    [404, false, 'フィードの取得に失敗しました (HTTP 404)。フィードが見つかりません。フィード URL を確かめてください。'],
  ])('explains HTTP %i (credentials %s)', async (status, credentials, message) => {
    const db = await openDietDb(`feed-http-${status}`, new IDBFactory());
    const result = await refreshFeed({ db, fetch: fakeFetch([() => new Response('no', { status })]).fn, now: () => t0, access: { credentials, permitted: async () => true } }, url);
    expect(result.state).toMatchObject({ error: message, errorKind: 'http' });
  });

  it('says an HTML page is not a bundle (a sign-in page), and names the reason for other non-bundles', async () => {
    const db = await openDietDb('feed-9', new IDBFactory());
    const server = fakeFetch([
      () => new Response('<!doctype html><title>サインイン</title>', { status: 200, headers: { 'Content-Type': 'text/html' } }),
      () => new Response(JSON.stringify({ hello: 1 }), { status: 200 }),
    ]);
    const html = await refreshFeed({ db, fetch: server.fn, now: () => t0 }, url);
    expect(html.state).toMatchObject({ errorKind: 'bundle', error: expect.stringContaining('HTML のページが返されました (サインイン画面やエラーページの可能性があります)') });
    const other = await refreshFeed({ db, fetch: server.fn, now: () => t0 }, url, true);
    expect(other.state.error).toBe('フィードの内容が交換バンドルではありません: 国会答弁デスクの交換バンドルではありません (format が違います)。');
  });

  it('gives up after the timeout with a Japanese message', async () => {
    const db = await openDietDb('feed-4', new IDBFactory());
    const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))))) as typeof fetch;
    const result = await refreshFeed({ db, fetch: hanging, now: () => t0, rules: { timeoutMs: 20, backoffBaseMinutes: 5, backoffMaxMinutes: 60 } }, url);
    expect(result.state.error).toBe('フィードが 1 秒以内に応答しませんでした。');
  });
});
