/**
 * @file The background capture handler: real adapters on saved pages → capturePage (one transaction, reply for
 * the toast, a stored run of pages to fetch) → processRun (経過・明細, then the 質問本文 of open questions; progress;
 * failures by reason; the others saved; resumable) → the run actions (再試行, 閉じる, 再取得); and the runtime wiring
 * with fakeBrowser.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type DietDb, builtinSessions, loadSessions, openDietDb } from '@shared/index';
import { sha256Hex } from '../../../extension/background/capture-hash';
import { type CaptureDeps, capturePage } from '../../../extension/background/capture-page';
import { startCaptureBackground } from '../../../extension/background/capture-background';
import { type CaptureRunView, runView } from '../../../extension/background/capture-run';
import { dismissRun, refetchQuestions, retryRun, tabRun } from '../../../extension/background/capture-run-actions';
import { loadRun, loadRuns, saveRun } from '../../../extension/background/capture-run-store';
import { PageFetchError } from '../../../extension/background/page-fetch-error';
import { processRun } from '../../../extension/background/process-capture-run';
import { pageText } from '../../../extension/content/page-text';
import { CAPTURE_PAGE, type OffscreenScrape } from '../../../extension/platform/messaging';
import { scrapePage } from '../../../extension/sites/index';
import { readSessionList } from '../../../extension/sites/sangiin/read-session-list';
import { loadPage } from '../../helpers/load-page';
import { isoDate, jstInstant } from '../../helpers/dates';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';
const LIST_URL = `${SHU}kaiji221_l.htm`;
const SAN_LIST = `${SAN}219/syuisyo.htm`;

/** The capture request a content script sends for a page. */
function requestOf(doc: Document, url: string) {
  return { type: CAPTURE_PAGE, url, pageText: pageText(doc), result: scrapePage(doc, url)! };
}
const requestFor = (fixture: string, url: string) => requestOf(loadPage(fixture), url);

/** The saved 参議院 219 list with the 答弁本文 links of `open` removed (unanswered rows: no answer links yet). */
function sangiinListWithOpen(open: readonly number[]): Document {
  const doc = loadPage('sangiin/syuisyo219.2026-07-14.htm');
  for (const n of open) {
    const code = `219${String(n).padStart(3, '0')}`;
    for (const a of doc.querySelectorAll(`a[href="touh/t${code}.htm"], a[href="toup/t${code}.pdf"]`)) a.remove();
  }
  return doc;
}

/** A page server for fetchPage: a saved fixture, a Document, or an error per URL; anything else is 404. */
function pageServer(pages: Record<string, string | Document | Error>) {
  const fetched: string[] = [];
  const fetchPage = async (url: string): Promise<OffscreenScrape> => {
    fetched.push(url);
    const page = pages[url];
    if (page === undefined) throw new PageFetchError('notFound', 'ページを取得できませんでした (HTTP 404)。');
    if (page instanceof Error) throw page;
    const doc = typeof page === 'string' ? loadPage(page) : page;
    return { result: scrapePage(doc, url), pageText: pageText(doc) };
  };
  return { fetched, fetchPage };
}

let db: DietDb;
let clock = 0;
let ids = 0;
function deps(fetchPage: CaptureDeps['fetchPage'] = pageServer({}).fetchPage): CaptureDeps {
  return {
    db, fetchPage, hash: sha256Hex, newId: () => `run-${++ids}`,
    now: () => jstInstant(`2026-07-15T10:${String(Math.floor(clock / 60)).padStart(2, '0')}:${String(clock++ % 60).padStart(2, '0')}+09:00`),
  };
}

beforeEach(async () => {
  db = await openDietDb(`capture-handler-${Math.random()}`, new IDBFactory());
  clock = 0;
  ids = 0;
});

describe('capturePage', () => {
  it('saves the 36 rows of the saved 衆議院 list in one capture and stores a run of their 経過 pages', async () => {
    const { reply, run, summary } = await capturePage(deps(), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL), { tabId: 7 });
    expect(reply).toEqual({
      captureId: 'run-1', added: 36, updated: 0, unchanged: 0, detailTotal: 36,
      message: '36 件追加、0 件更新。経過ページ 36 件を取得します (1 秒に 1 件。未答弁の質問は続けて質問本文も取得します)',
    });
    expect(summary.added).toHaveLength(36);
    expect(run!.pages[0]).toEqual({ key: 'shugiin-221-1', url: `${SHU}221001.htm`, kind: 'detail', label: '第1号 (経過ページ)', state: 'pending' });
    expect(await loadRun(db, 'run-1')).toMatchObject({ title: '衆議院 質問の一覧 第221回', summary: '36 件追加、0 件更新', tabId: 7 });
    expect(await db.count('questions')).toBe(36);
    const audit = await db.getAll('audit');
    expect(audit).toHaveLength(36);
    expect(audit[0]!.provenance).toMatchObject({
      sourceUrl: LIST_URL, adapterId: 'shugiin/question-list', adapterVersion: '1', capturedAt: jstInstant('2026-07-15T10:00:00+09:00'),
      contentHash: await sha256Hex(requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL).pageText),
    });
  });

  it('one capture at a time per tab: a second click while the tab’s run is fetching is refused, nothing saved again', async () => {
    await capturePage(deps(), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL), { tabId: 7 });
    const auditBefore = await db.count('audit');
    await expect(capturePage(deps(), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL), { tabId: 7 }))
      .rejects.toThrow('このタブの取り込みがまだ終わっていません (0/36)。終わってから、もう一度押してください。');
    expect(await db.count('audit')).toBe(auditBefore);
    expect(await tabRun(db, 7)).toMatchObject({ runId: 'run-1', done: 0, total: 36, finished: false });
    expect(await tabRun(db, 8)).toBeUndefined();
  });

  it('another tab does not queue the pages an unfinished run is still to fetch', async () => {
    await capturePage(deps(), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL), { tabId: 7 });
    const other = await capturePage(deps(), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL), { tabId: 8 });
    expect(other.run).toBeUndefined();
    expect(other.reply).toMatchObject({ unchanged: 36, detailTotal: 0, message: '0 件追加、0 件更新。変更はありません' });
  });

  it('a detail page captured directly needs no further fetch (the question is answered: no 質問本文 either)', async () => {
    const { reply, run } = await capturePage(deps(), requestFor('shugiin/221001.htm', `${SHU}221001.htm`));
    expect(reply).toMatchObject({ added: 1, detailTotal: 0, message: '1 件追加、0 件更新' });
    expect(run).toBeUndefined();
    expect(await db.get('questions', 'shugiin-221-1')).toMatchObject({ transferredOn: isoDate('2026-02-25'), answeredOn: isoDate('2026-03-03') });
  });

  it('a 経過 page opened as …/Internet/… is the page itself: stored under its canonical URL, not fetched again', async () => {
    const opened = 'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm';
    const { reply, run } = await capturePage(deps(), requestFor('shugiin/221001.htm', opened));
    expect(reply).toMatchObject({ added: 1, detailTotal: 0 });
    expect(run).toBeUndefined();
    const stored = (await db.get('questions', 'shugiin-221-1'))!;
    expect(stored.progressUrl).toBe(`${SHU}221001.htm`);
    expect(stored.provenance.map((p) => p.sourceUrl)).toEqual([`${SHU}221001.htm`]);
  });

  it('refuses a request that is not from a Diet page, or is malformed, in Japanese and stores nothing', async () => {
    const request = requestFor('shugiin/221001.htm', `${SHU}221001.htm`);
    const d = deps();
    await expect(capturePage(d, { ...request, url: 'https://evil.example/221001.htm' })).rejects.toThrow(/取り込みの依頼の形式が正しくありません: url: 衆議院・参議院のページではありません \(https のみ\)/);
    await expect(capturePage(d, { ...request, result: { ...request.result, questions: [] } })).rejects.toThrow(/取り込みの依頼の形式が正しくありません/);
    // A record that does not fit the model: checked here, in the background (content scripts carry no zod).
    await expect(capturePage(d, { ...request, result: { ...request.result, questions: [{ house: 'shugiin', session: 221, number: 'x' }] } }))
      .rejects.toThrow('衆議院 質問答弁経過情報のページ構造が想定と異なるため、取り込みを中止しました（x 番の「number」が想定外の値です）');
    await expect(capturePage(d, { ...request, result: { ...request.result, questions: [{ ...request.result.questions[0]!, answeredOn: '3月3日' }] } }))
      .rejects.toThrow(/1 番の「answeredOn」が想定外の値です/);
    expect(await db.count('questions')).toBe(0);
  });
});

/** s219095 as the 本文 of question `n` of session 219 (its 「質問第…号」 line renumbered), to serve at syuh/s219{n}.htm. */
function textPageAs(n: number): Document {
  const doc = loadPage('sangiin/s219095.htm');
  const cell = doc.querySelector('#ContentsBox table td')!;
  const walker = doc.createTreeWalker(cell, 4);
  const kanji = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.textContent!.includes('質問第九五号')) node.textContent = node.textContent!.replace('質問第九五号', `質問第${kanji[n]}号`);
  }
  return doc;
}

describe('processRun', () => {
  it('saves each 経過 page in turn, reports progress, and groups the failed pages by reason while saving the others', async () => {
    const server = pageServer({
      [`${SHU}221001.htm`]: 'shugiin/221001.htm',
      [`${SHU}221002.htm`]: new PageFetchError('httpError', 'ページを取得できませんでした (HTTP 503)。'),
      [`${SHU}221003.htm`]: 'shugiin/221001.htm', // another question's page at No.3's address
    });
    const d = deps(server.fetchPage);
    const short = loadPage('shugiin/kaiji221_l.2026-07-15.htm');
    const rows = [...short.querySelectorAll('#shitsumontable tr')].filter((tr) => tr.querySelector('td'));
    rows.slice(3).forEach((tr) => tr.remove());
    short.querySelector('#shitsumontable')!.setAttribute('summary', 'この表は、横8列、縦4行の表です。');
    const { run } = await capturePage(d, requestOf(short, LIST_URL));
    const progress: CaptureRunView[] = [];
    const last = (await processRun(d, run!.id, (p) => void progress.push(p)))!;
    expect(server.fetched).toEqual([`${SHU}221001.htm`, `${SHU}221002.htm`, `${SHU}221003.htm`]);
    expect(progress.map((p) => [p.done, p.finished])).toEqual([[1, false], [2, false], [3, true]]);
    const view = runView(last);
    expect(view).toMatchObject({ runId: 'run-1', total: 3, updated: 1, finished: true, pageNames: '経過ページ' });
    expect(view.failureGroups.map((g) => [g.title, g.failures.map((f) => f.label)])).toEqual([
      ['サイトが応答できませんでした', ['第2号 (経過ページ)']],
      ['ページの構造が変わっています', ['第3号 (経過ページ)']],
    ]);
    expect(view.failureGroups[1]!.failures[0]!.message).toMatch(/衆議院 質問答弁経過情報のページ構造が想定と異なるため/);
    expect(last.finishedAt).toBeDefined();
    const first = (await db.get('questions', 'shugiin-221-1'))!;
    expect(first).toMatchObject({ transferredOn: isoDate('2026-02-25'), answeredOn: isoDate('2026-03-03'), faction: '無所属' });
    expect(first.provenance.map((p) => p.adapterId)).toEqual(['shugiin/question-list', 'shugiin/question-progress']);
    expect((await db.get('questions', 'shugiin-221-3'))!.transferredOn).toBeUndefined();
  });

  it('fetches the 質問本文 of an open question right after its 明細, splits its 問 and merges them; a 404 says ページがありません', async () => {
    const server = pageServer({ [`${SAN}219/syuh/s219095.htm`]: 'sangiin/s219095.htm' });
    const d = deps(server.fetchPage);
    const { run, reply } = await capturePage(d, requestOf(sangiinListWithOpen([95]), SAN_LIST), { tabId: 3 });
    expect(reply.message).toBe('95 件追加、0 件更新。明細 95 件を取得します (1 秒に 1 件。未答弁の質問は続けて質問本文も取得します)');
    const last = (await processRun(d, run!.id, () => undefined))!;
    // 95 明細 (none saved: 404), then the 本文 of the one open question — the 94 answered ones have no 本文 fetched.
    expect(server.fetched.slice(-2)).toEqual([`${SAN}219/meisai/m219095.htm`, `${SAN}219/syuh/s219095.htm`]);
    expect(server.fetched).toHaveLength(96);
    const view = runView(last);
    expect(view).toMatchObject({ done: 96, total: 96, updated: 1, pageNames: '明細・質問本文' });
    expect(view.failureGroups.map((g) => [g.reason, g.failures.length])).toEqual([['notFound', 95]]);
    expect(view.failureGroups[0]!.title).toBe('ページがありません (HTTP 404)');
    const q = (await db.get('questions', 'sangiin-219-95'))!;
    expect(q.items.map((i) => i.label)).toEqual(['一', '二']);
    expect(q.provenance.map((p) => p.adapterId)).toEqual(['sangiin/question-list', 'sangiin/question-text']);
    expect((await db.get('questions', 'sangiin-219-94'))!.items).toEqual([]);
  });

  it('a 本文 page that fails to parse is a named failure and the question keeps its 問 and its 修正', async () => {
    await capturePage(deps(), requestOf(sangiinListWithOpen([3]), SAN_LIST));
    // Question 3 as the user left it: 件名 corrected by hand, no 問 yet, its 明細 link gone (so the 本文 is asked for directly).
    const mine = { ...(await db.get('questions', 'sangiin-219-3'))!, title: '手で直した件名', userEdited: ['title'], progressUrl: undefined };
    await db.put('questions', mine);
    const good = pageServer({ [`${SAN}219/syuh/s219003.htm`]: textPageAs(3) });
    const first = await refetchQuestions(db, ['sangiin-219-3'], jstInstant('2026-07-15T11:00:00+09:00'), 'first');
    expect(first.pages.map((p) => p.label)).toEqual(['第3号 (質問本文)']);
    await processRun(deps(good.fetchPage), first.id, () => undefined);
    const withItems = (await db.get('questions', 'sangiin-219-3'))!;
    expect(withItems).toMatchObject({ title: '手で直した件名', userEdited: ['title'] });
    expect(withItems.items.map((i) => i.label)).toEqual(['一', '二']);

    // The same 本文 page, changed: no rule any more. 「再取得」 reads it again; it is refused by name, nothing changes.
    const broken = textPageAs(3);
    broken.querySelector('#ContentsBox table td hr')!.remove();
    const again = await refetchQuestions(db, ['sangiin-219-3'], jstInstant('2026-07-15T11:05:00+09:00'), 'again');
    const last = (await processRun(deps(pageServer({ [`${SAN}219/syuh/s219003.htm`]: broken }).fetchPage), again.id, () => undefined))!;
    const [group] = runView(last).failureGroups;
    expect(group).toMatchObject({ reason: 'siteChanged', title: 'ページの構造が変わっています' });
    expect(group!.failures[0]!.message).toContain('参議院 質問主意書（本文）のページ構造が想定と異なるため、取り込みを中止しました（本文の区切り（横線）がありません）');
    expect(await db.get('questions', 'sangiin-219-3')).toEqual(withItems);
  });

  it('resumes an interrupted run from its next pending page, and keeps going when the tab is gone', async () => {
    const server = pageServer({ [`${SHU}221001.htm`]: 'shugiin/221001.htm' });
    const { run } = await capturePage(deps(server.fetchPage), requestFor('shugiin/kaiji221_l.2026-07-15.htm', LIST_URL));
    // Interrupted after two pages (the worker stopped): the stored run says which pages are done.
    const interrupted = (await loadRun(db, run!.id))!;
    await saveRun(db, { ...interrupted, pages: interrupted.pages.map((p, i) => (i < 2 ? { ...p, state: 'done' as const } : p)) });
    const last = (await processRun(deps(server.fetchPage), run!.id, () => Promise.reject(new Error('Could not establish connection'))))!;
    expect(server.fetched[0]).toBe(`${SHU}221003.htm`);
    expect(server.fetched).toHaveLength(34);
    expect(runView(last)).toMatchObject({ done: 36, total: 36, finished: true });
  });

  it('flags a captured 答弁書受領日 that is not a 閣議 day once the run is done, with where to add it (設定 閣議日程表)', async () => {
    const url = `${SAN}221/meisai/m221001.htm`;
    await capturePage(deps(), requestFor('sangiin/m221001.htm', url));
    // The 明細 page now says the answer came on Mon 2026-03-09 (instead of Fri 3/6): no regular 閣議 that day.
    const moved = loadPage('sangiin/m221001.htm');
    [...moved.querySelectorAll('td')].find((td) => td.textContent === '令和8年3月6日')!.textContent = '令和8年3月9日';
    const refetch = await refetchQuestions(db, ['sangiin-221-1'], jstInstant('2026-07-15T11:00:00+09:00'), 'r');
    const last = (await processRun(deps(pageServer({ [url]: moved }).fetchPage), refetch.id, () => undefined))!;
    expect(runView(last).notes).toEqual([
      '3/9(月) は閣議日ではありませんが、答弁書受領日です (参議院 第221回 1号)。臨時閣議として暦に加えてください (Excel の設定シート「閣議日程表」に「臨時閣議」の行を足します)。',
    ]);
    const again = await refetchQuestions(db, ['sangiin-221-1'], jstInstant('2026-07-15T11:10:00+09:00'), 'r2');
    const normal = (await processRun(deps(pageServer({ [url]: 'sangiin/m221001.htm' }).fetchPage), again.id, () => undefined))!;
    expect(runView(normal).notes).toBeUndefined();
  });

  it('a page no adapter reads is a failure, not a crash', async () => {
    const { run } = await capturePage(deps(), requestFor('sangiin/m221001.htm', `${SAN}221/meisai/m221001.htm`));
    expect(run).toBeUndefined();
    const refetch = await refetchQuestions(db, ['sangiin-221-1'], jstInstant('2026-07-15T11:00:00+09:00'), 'r');
    const last = (await processRun(deps(async () => ({ result: null, pageText: '' })), refetch.id, () => undefined))!;
    expect(runView(last).failureGroups[0]!.failures[0]).toMatchObject({ reason: 'wrongPage', message: 'このページを読み取る方法がありません。' });
  });
});

describe('run actions', () => {
  it('「再試行」 puts the failed pages back (refused while fetching), 「閉じる」 forgets a finished run', async () => {
    const server = pageServer({});
    const d = deps(server.fetchPage);
    const { run } = await capturePage(d, requestFor('sangiin/m221001.htm', `${SAN}221/meisai/m221001.htm`));
    expect(run).toBeUndefined();
    const refetch = await refetchQuestions(db, ['sangiin-221-1'], jstInstant('2026-07-15T11:00:00+09:00'), 'r');
    expect(refetch.title).toBe('再取得 (第1号)');
    await expect(retryRun(db, 'r')).rejects.toThrow('取得中です。終わってから操作してください。');
    await expect(dismissRun(db, 'r')).rejects.toThrow('取得中です');
    await processRun(d, 'r', () => undefined);
    const retried = await retryRun(db, 'r', 'notFound');
    expect(runView(retried)).toMatchObject({ done: 0, total: 1, finished: false });
    server.fetched.length = 0;
    await processRun(deps(pageServer({ [`${SAN}221/meisai/m221001.htm`]: 'sangiin/m221001.htm' }).fetchPage), 'r', () => undefined);
    expect(runView((await loadRun(db, 'r'))!)).toMatchObject({ done: 1, finished: true, failureGroups: [] });
    await dismissRun(db, 'r');
    expect(await loadRuns(db)).toEqual([]);
    await expect(retryRun(db, 'r')).rejects.toThrow('この取り込みの記録はもうありません');
  });

  it('「再取得」 of a question without any link says there is nothing to fetch', async () => {
    await capturePage(deps(), requestFor('sangiin/m221001.htm', `${SAN}221/meisai/m221001.htm`));
    const q = (await db.get('questions', 'sangiin-221-1'))!;
    await db.put('questions', { ...q, progressUrl: undefined, questionUrl: undefined });
    await expect(refetchQuestions(db, ['sangiin-221-1'], jstInstant('2026-07-15T11:00:00+09:00'), 'x')).rejects.toThrow('取得できるページがありません');
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
    const request = requestFor('sangiin/m221001.htm', `${SAN}221/meisai/m221001.htm`);
    expect(await ask(request)).toMatchObject({ ok: true, value: { added: 1, updated: 0, detailTotal: 0, message: '1 件追加、0 件更新' } });
    expect(await ask(request)).toMatchObject({ ok: true, value: { added: 0, updated: 0, unchanged: 1, message: '0 件追加、0 件更新。変更はありません' } });
    expect(await ask({ ...request, url: 'https://example.com/' })).toMatchObject({ ok: false, error: expect.stringContaining('衆議院・参議院のページではありません (https のみ)') });
    const changed = { ...request, result: { ...request.result, questions: [{ ...request.result.questions[0]!, title: '' }] } };
    expect(await ask(changed)).toMatchObject({ ok: false, siteChanged: true, error: expect.stringContaining('1 番の「title」が想定外の値です') });
    expect(await ask({ type: 'capture:state' })).toEqual({ ok: true, value: null });
    expect(await ask({ type: 'capture:retry' })).toMatchObject({ ok: false, error: '取り込みの操作の依頼の形式が正しくありません。' });
    const other = vi.fn();
    // Every listener leaves other messages to the rest of the background.
    expect((await trigger({ type: 'popup:data' }, {}, other)).every((r) => r === undefined)).toBe(true);
    expect(other).not.toHaveBeenCalled();
  });
});

describe('capturePage: the 会期 of a 参議院 list', () => {
  it('stores the 会期 read from the list\'s 国会回次 selector (newest 20) over the built-in 会期表, and says so', async () => {
    const doc = loadPage('sangiin/syuisyo219.2026-07-14.htm');
    const read = readSessionList(doc, SAN_LIST);
    const { reply } = await capturePage(deps(), { ...requestOf(doc, SAN_LIST), sessions: read.sessions });
    expect(reply.added).toBe(95);
    expect(reply.message).toMatch(/。会期表を更新しました \(第219回国会まで 20 会期\)$/);
    const sessions = await loadSessions(db);
    expect(sessions.map((s) => s.number)).toEqual([...Array.from({ length: 20 }, (_, i) => 200 + i), 220, 221]);
    expect(sessions.find((s) => s.number === 219)!.source).toContain('令和8年7月14日現在');
    expect(sessions.find((s) => s.number === 221)!.source).toBe(builtinSessions.at(-1)!.source);
  });

  it('a selector that could not be read still captures the questions, keeps the built-in 会期表 and shows the warning', async () => {
    const warning = '会期を読み取れませんでした (国会回次の選択欄が見つかりません)。質問は取り込みました。会期表は既定のもの (設定の会期表) を使います。';
    const { reply } = await capturePage(deps(), { ...requestFor('sangiin/syuisyo219.2026-07-14.htm', SAN_LIST), sessions: [], sessionWarning: warning });
    expect(reply.added).toBe(95);
    expect(reply.message).toContain(warning);
    expect(await loadSessions(db)).toEqual(builtinSessions);
  });

  it('refuses a 会期 row that is not a valid session, and stores nothing', async () => {
    const bad = { number: 219, kind: '臨時会', start: '2025-12-17', end: '2025-10-21', extensions: [], source: '' };
    await expect(capturePage(deps(), { ...requestFor('sangiin/syuisyo219.2026-07-14.htm', SAN_LIST), sessions: [bad] }))
      .rejects.toThrow(/取り込みの依頼の形式が正しくありません: sessions\.0\.end: 会期終了日が召集日より前です/);
    expect(await db.count('questions')).toBe(0);
  });
});
