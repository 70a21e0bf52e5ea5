/**
 * @file The background capture handler: real adapters on saved pages → capturePage (one transaction, reply for
 * the toast) → captureDetails (経過 pages, progress, per-page failures, others saved); and the runtime wiring
 * with fakeBrowser.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DietDb, openDietDb } from '@shared/index';
import { sha256Hex } from '../../../extension/background/capture-hash';
import { captureDetails } from '../../../extension/background/capture-details';
import { type CaptureDeps, capturePage } from '../../../extension/background/capture-page';
import { startCaptureBackground } from '../../../extension/background/capture-background';
import { pageText } from '../../../extension/content/page-text';
import { CAPTURE_PAGE, type CaptureProgress, type OffscreenScrape } from '../../../extension/platform/messaging';
import { scrapePage } from '../../../extension/sites/index';
import { loadPage } from '../../helpers/load-page';
import { jstInstant } from '../../helpers/dates';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const LIST_URL = `${SHU}kaiji221_l.htm`;

/** The capture request a content script sends for a saved page. */
function requestFor(fixture: string, url: string) {
  const doc = loadPage(fixture);
  return { type: CAPTURE_PAGE, url, pageText: pageText(doc), result: scrapePage(doc, url)! };
}

/** A detail-page fetcher serving saved pages (parsed the way the offscreen document does). */
function detailServer(pages: Record<string, string | Error>) {
  const fetched: string[] = [];
  const fetchDetail = async (url: string): Promise<OffscreenScrape> => {
    fetched.push(url);
    const page = pages[url];
    if (page === undefined) throw new Error('ページを取得できませんでした (HTTP 404)。');
    if (page instanceof Error) throw page;
    const doc = loadPage(page);
    return { result: scrapePage(doc, url), pageText: pageText(doc) };
  };
  return { fetched, fetchDetail };
}

let db: DietDb;
let clock = 0;
function deps(fetchDetail: CaptureDeps['fetchDetail']): CaptureDeps {
  return {
    db, fetchDetail, hash: sha256Hex, newId: () => 'capture-1',
    now: () => jstInstant(`2026-07-15T10:00:${String(clock++).padStart(2, '0')}+09:00`),
  };
}

beforeEach(async () => {
  db = await openDietDb('capture-handler', new IDBFactory());
  clock = 0;
});

describe('capturePage', () => {
  it('saves the 36 rows of the saved 衆議院 list in one capture and asks for their 経過 pages', async () => {
    const { reply, details, summary } = await capturePage(deps(detailServer({}).fetchDetail), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL));
    expect(reply).toEqual({
      captureId: 'capture-1', added: 36, updated: 0, unchanged: 0, detailTotal: 36,
      message: '36 件追加、0 件更新。経過ページ 36 件を取得します (1 秒に 1 件)',
    });
    expect(summary.added).toHaveLength(36);
    expect(details[0]).toEqual({ key: 'shugiin-221-1', url: `${SHU}221001.htm`, label: '第1号' });
    expect(await db.count('questions')).toBe(36);
    const audit = await db.getAll('audit');
    expect(audit).toHaveLength(36);
    expect(audit[0]!.provenance).toMatchObject({
      sourceUrl: LIST_URL, adapterId: 'shugiin/question-list', adapterVersion: '1', capturedAt: '2026-07-15T10:00:00+09:00',
      contentHash: await sha256Hex(requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL).pageText),
    });
  });

  it('does not ask again for detail pages an earlier capture is still fetching', async () => {
    const d = { ...deps(detailServer({}).fetchDetail), alreadyQueued: (url: string) => url !== `${SHU}221036.htm` };
    const { reply, details } = await capturePage(d, requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL));
    expect(details.map((p) => p.label)).toEqual(['第36号']);
    expect(reply).toMatchObject({ detailTotal: 1, message: '36 件追加、0 件更新。経過ページ 1 件を取得します (1 秒に 1 件)' });
  });

  it('a detail page captured directly needs no further fetch', async () => {
    const { reply, details } = await capturePage(deps(detailServer({}).fetchDetail), requestFor('shugiin/221001.htm', `${SHU}221001.htm`));
    expect(reply).toMatchObject({ added: 1, detailTotal: 0, message: '1 件追加、0 件更新' });
    expect(details).toEqual([]);
    expect(await db.get('questions', 'shugiin-221-1')).toMatchObject({ transferredOn: '2026-02-25', answeredOn: '2026-03-03' });
  });

  it('a 経過 page opened as …/Internet/… is the page itself: stored under its canonical URL, not fetched again', async () => {
    const opened = 'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm';
    const { reply, details } = await capturePage(deps(detailServer({}).fetchDetail), requestFor('shugiin/221001.htm', opened));
    expect(reply).toMatchObject({ added: 1, detailTotal: 0 });
    expect(details).toEqual([]);
    const stored = (await db.get('questions', 'shugiin-221-1'))!;
    expect(stored.progressUrl).toBe(`${SHU}221001.htm`);
    expect(stored.provenance.map((p) => p.sourceUrl)).toEqual([`${SHU}221001.htm`]);
  });

  it('refuses a request that is not from a Diet page, or is malformed, in Japanese and stores nothing', async () => {
    const request = requestFor('shugiin/221001.htm', `${SHU}221001.htm`);
    const d = deps(detailServer({}).fetchDetail);
    await expect(capturePage(d, { ...request, url: 'https://evil.example/221001.htm' })).rejects.toThrow(/取り込みの依頼の形式が正しくありません: url: 衆議院・参議院のページではありません/);
    await expect(capturePage(d, { ...request, result: { ...request.result, questions: [] } })).rejects.toThrow(/取り込みの依頼の形式が正しくありません/);
    // A record that does not fit the model: checked here, in the background (content scripts carry no zod).
    await expect(capturePage(d, { ...request, result: { ...request.result, questions: [{ house: 'shugiin', session: 221, number: 'x' }] } }))
      .rejects.toThrow('衆議院 質問答弁経過情報のページ構造が想定と異なるため、取り込みを中止しました（x 番の「number」が想定外の値です）');
    await expect(capturePage(d, { ...request, result: { ...request.result, questions: [{ ...request.result.questions[0]!, answeredOn: '3月3日' }] } }))
      .rejects.toThrow(/1 番の「answeredOn」が想定外の値です/);
    expect(await db.count('questions')).toBe(0);
  });
});

describe('captureDetails', () => {
  it('saves each 経過 page in turn, reports progress, and lists failed pages while saving the others', async () => {
    const server = detailServer({
      [`${SHU}221001.htm`]: 'shugiin/221001.htm',
      [`${SHU}221002.htm`]: new Error('ページを取得できませんでした (HTTP 503)。'),
      [`${SHU}221003.htm`]: 'shugiin/221001.htm', // another question's page at No.3's address
    });
    const d = deps(server.fetchDetail);
    const { reply, details } = await capturePage(d, requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL));
    const progress: CaptureProgress[] = [];
    const last = await captureDetails(d, reply.captureId, details.slice(0, 3), (p) => void progress.push(p));
    expect(server.fetched).toEqual([`${SHU}221001.htm`, `${SHU}221002.htm`, `${SHU}221003.htm`]);
    expect(progress.map((p) => [p.done, p.finished])).toEqual([[1, false], [2, false], [3, true]]);
    expect(last).toMatchObject({ captureId: 'capture-1', total: 3, updated: 1 });
    expect(last.failures.map((f) => f.label)).toEqual(['第2号', '第3号']);
    expect(last.failures[0]!.message).toBe('ページを取得できませんでした (HTTP 503)。');
    expect(last.failures[1]!.message).toMatch(/衆議院 質問答弁経過情報のページ構造が想定と異なるため/);
    const first = (await db.get('questions', 'shugiin-221-1'))!;
    expect(first).toMatchObject({ transferredOn: '2026-02-25', answeredOn: '2026-03-03', faction: '無所属' });
    expect(first.provenance.map((p) => p.adapterId)).toEqual(['shugiin/question-list', 'shugiin/question-progress']);
    expect((await db.get('questions', 'shugiin-221-3'))!.transferredOn).toBeUndefined();
    const updates = (await db.getAll('audit')).filter((e) => e.action === 'update');
    expect(updates.map((e) => [e.recordKey, e.provenance?.sourceUrl])).toEqual([['shugiin-221-1', `${SHU}221001.htm`]]);
  });

  it('keeps going when the tab that asked is gone (progress cannot be delivered)', async () => {
    const server = detailServer({ [`${SHU}221001.htm`]: 'shugiin/221001.htm' });
    const d = deps(server.fetchDetail);
    const { details } = await capturePage(d, requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL));
    const last = await captureDetails(d, 'c', details.slice(0, 2), () => Promise.reject(new Error('Could not establish connection')));
    expect(last).toMatchObject({ done: 2, updated: 1, finished: true });
  });

  it('a page no adapter reads is a failure, not a crash', async () => {
    const d = deps(async () => ({ result: null, pageText: '' }));
    const last = await captureDetails(d, 'c', [{ key: 'shugiin-221-1', url: `${SHU}221001.htm`, label: '第1号' }], () => undefined);
    expect(last.failures).toEqual([{ label: '第1号', url: `${SHU}221001.htm`, message: 'このページを読み取る方法がありません。' }]);
  });
});

describe('startCaptureBackground (runtime wiring)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers CAPTURE_PAGE with the reply, and errors as Japanese text; ignores other messages', async () => {
    startCaptureBackground();
    // fakeBrowser's trigger is typed for (message, sender); the real listener also gets sendResponse.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>;
    const ask = (message: unknown) =>
      new Promise((done) => {
        void trigger(message, { tab: { id: 7 }, frameId: 0 }, done);
      });
    const request = requestFor('sangiin/m221001.htm', 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm');
    expect(await ask(request)).toMatchObject({ ok: true, value: { added: 1, updated: 0, detailTotal: 0, message: '1 件追加、0 件更新' } });
    expect(await ask(request)).toMatchObject({ ok: true, value: { added: 0, updated: 0, unchanged: 1, message: '0 件追加、0 件更新。変更はありません' } });
    expect(await ask({ ...request, url: 'https://example.com/' })).toMatchObject({ ok: false, error: expect.stringContaining('衆議院・参議院のページではありません') });
    const changed = { ...request, result: { ...request.result, questions: [{ ...request.result.questions[0]!, title: '' }] } };
    expect(await ask(changed)).toMatchObject({ ok: false, siteChanged: true, error: expect.stringContaining('1 番の「title」が想定外の値です') });
    const other = vi.fn();
    // Both listeners (CAPTURE_PAGE, QUESTION_EDIT) leave other messages to the rest of the background.
    expect(await trigger({ type: 'popup:data' }, {}, other)).toEqual([undefined, undefined]);
    expect(other).not.toHaveBeenCalled();
  });
});

describe('capturePage on the 参議院 list', () => {
  it('asks for each question\'s 明細 page (the list shows no dates)', async () => {
    const url = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuisyo.htm';
    const { reply, details } = await capturePage(deps(detailServer({}).fetchDetail), requestFor('sangiin/syuisyo219.2026-07-14.htm', url));
    expect(reply).toMatchObject({ added: 95, detailTotal: 95 });
    expect(details[0]).toEqual({ key: 'sangiin-219-1', url: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/meisai/m219001.htm', label: '第1号' });
  });
});
