/** @file 質問のページの取得: decoding by charset (real Shift_JIS / UTF-8 BOM bytes), fetch errors in Japanese with their reason, 1 request per second per site. */
import { describe, expect, it } from 'vitest';
import { fetchQuestionPage } from '../../../extension/background/page-fetch';
import { decodeHtml } from '../../../extension/background/page-fetch-decode';
import { createRequestSpacer, createSiteSpacer } from '../../../extension/background/page-fetch-spacer';
import { PageFetchError } from '../../../extension/background/page-fetch-error';
import { readPageBytes } from '../../helpers/load-page';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';

describe('decodeHtml', () => {
  const progress = readPageBytes('shugiin/221001.htm');

  it('decodes the Shift_JIS 経過 page by the Content-Type charset', () => {
    const text = decodeHtml(progress, 'text/html; charset=Shift_JIS');
    expect(text).toContain('質問答弁経過情報');
    expect(text).toContain('令和 8年 2月25日');
    expect(text).not.toContain('\ufffd');
  });

  it('falls back to the page\'s <meta http-equiv> charset when the header has none, or names an unknown one', () => {
    expect(decodeHtml(progress, 'text/html')).toContain('緒方　林太郎君');
    expect(decodeHtml(progress, 'text/html; charset=x-unknown')).toContain('緒方　林太郎君');
    expect(decodeHtml(progress.buffer.slice(progress.byteOffset, progress.byteOffset + progress.byteLength) as ArrayBuffer, null)).toContain('質問答弁経過情報');
  });

  it('lets a UTF-8 BOM win over a wrong header and drops it (参議院 pages)', () => {
    const list = readPageBytes('sangiin/syuisyo219.2026-07-14.htm');
    expect([...list.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decodeHtml(list, 'text/html; charset=Shift_JIS');
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toContain('質問主意書');
    expect(text).not.toContain('\ufffd');
  });

  it('decodes UTF-8 without BOM or charset as UTF-8', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>質問</p>'), null)).toBe('<p>質問</p>');
  });
});

describe('fetchQuestionPage', () => {
  const parse = async (html: string, url: string) => ({ result: null, pageText: `${url}|${html.length}` });

  it('fetches without cookies, decodes by charset and hands the text to the parser', async () => {
    const bytes = readPageBytes('shugiin/221001.htm');
    let init: RequestInit | undefined;
    let parsed = '';
    const fetchStub = (async (_url: RequestInfo | URL, i?: RequestInit) => {
      init = i;
      return new Response(bytes as unknown as BodyInit, { headers: { 'Content-Type': 'text/html; charset=Shift_JIS' } });
    }) as typeof fetch;
    await fetchQuestionPage({ fetch: fetchStub, parse: async (html, url) => { parsed = html; return parse(html, url); } }, `${SHU}221001.htm`);
    expect(init).toMatchObject({ credentials: 'omit', cache: 'no-cache' });
    expect(parsed).toContain('質問答弁経過情報');
  });

  it('names the reason: 404 is ページがありません, other statuses a site error, no connection a network error', async () => {
    const status = (code: number) => (async () => new Response('x', { status: code })) as unknown as typeof fetch;
    const reason = (fetchStub: typeof fetch) => fetchQuestionPage({ fetch: fetchStub, parse }, `${SHU}221002.htm`).then(() => 'ok', (e: PageFetchError) => e.reason);
    expect(await reason(status(404))).toBe('notFound');
    expect(await reason(status(500))).toBe('httpError');
    expect(await reason((async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch)).toBe('network');
  });

  it('reports HTTP errors, network errors and timeouts in Japanese', async () => {
    const status = (code: number) => (async () => new Response('x', { status: code })) as unknown as typeof fetch;
    await expect(fetchQuestionPage({ fetch: status(503), parse }, `${SHU}221002.htm`)).rejects.toThrow('ページを取得できませんでした (HTTP 503)。');
    const offline = (async () => { throw new TypeError('Failed to fetch'); }) as unknown as typeof fetch;
    await expect(fetchQuestionPage({ fetch: offline, parse }, `${SHU}221002.htm`)).rejects.toThrow('ページを取得できませんでした (Failed to fetch)。');
    const hanging = ((_u: RequestInfo | URL, init?: RequestInit) =>
      new Promise((_, fail) => init!.signal!.addEventListener('abort', () => fail(init!.signal!.reason)))) as typeof fetch;
    await expect(fetchQuestionPage({ fetch: hanging, parse, timeoutMs: 20 }, `${SHU}221002.htm`)).rejects.toThrow('ページを取得できませんでした (応答がありません)。');
  });

  it('never fetches a URL outside the two Diet hosts', async () => {
    let called = false;
    const spy = (async () => { called = true; return new Response(''); }) as unknown as typeof fetch;
    await expect(fetchQuestionPage({ fetch: spy, parse }, 'https://www.shugiin.go.jp.evil.example/221001.htm')).rejects.toThrow(/国会のサイト以外の URL/);
    expect(called).toBe(false);
  });
});

describe('createRequestSpacer', () => {
  it('runs one request at a time, each starting at least 1 s after the previous one ended', async () => {
    let now = 0;
    const sleeps: number[] = [];
    const clock = { now: () => now, sleep: async (ms: number) => { sleeps.push(ms); now += ms; } };
    const run = createRequestSpacer(1000, clock);
    const starts: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const task = (cost: number) => async () => {
      starts.push(now);
      running++;
      maxRunning = Math.max(maxRunning, running);
      now += cost; // the request itself takes time
      await Promise.resolve();
      running--;
      return starts.length;
    };
    const results = await Promise.all([run(task(300)), run(task(1500)), run(task(10)), run(task(10))]);
    expect(results).toEqual([1, 2, 3, 4]);
    // Ends at 300, 2800, 3810: the next starts 1 s after each, whatever the request cost.
    expect(starts).toEqual([0, 1300, 3800, 4810]);
    expect(maxRunning).toBe(1);
    expect(sleeps).toEqual([1000, 1000, 1000]);
  });

  it('per site: a 衆議院 request does not wait for a 参議院 one, two requests to one site are 1 s apart', async () => {
    let now = 0;
    const run = createSiteSpacer(1000, { now: () => now, sleep: async (ms) => { now += ms; } });
    const starts: [string, number][] = [];
    const at = (name: string) => async () => { starts.push([name, now]); };
    await Promise.all([
      run(`${SHU}221001.htm`, at('shu1')),
      run('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm', at('san1')),
      run(`${SHU}221002.htm`, at('shu2')),
    ]);
    expect(starts).toEqual([['shu1', 0], ['san1', 0], ['shu2', 1000]]);
  });

  it('a failed request does not block the next one, which still waits 1 s after the failure', async () => {
    let now = 0;
    const run = createRequestSpacer(1000, { now: () => now, sleep: async (ms) => { now += ms; } });
    const failed = run(async () => { now += 200; throw new Error('HTTP 503'); });
    const next = run(async () => now);
    await expect(failed).rejects.toThrow('HTTP 503');
    expect(await next).toBe(1200);
  });
});
