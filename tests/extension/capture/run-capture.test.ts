// @vitest-environment happy-dom
/**
 * @file The content script's capture: button in a shadow root, message to the background, toast with progress (button
 * disabled until the pages are fetched), failures grouped by reason with 「再試行」; a reloaded page takes up its tab's
 * run; a changed page sends nothing.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCapture } from '../../../extension/content/run-capture';
import type { CaptureRunView } from '../../../extension/background/capture-run';
import { CAPTURE_PAGE, CAPTURE_PROGRESS, CAPTURE_RETRY, CAPTURE_STATE, type CaptureReply } from '../../../extension/platform/messaging';
import type { ScrapeResult } from '../../../extension/sites/index';
import { SiteChangedError } from '../../../extension/sites/site-changed-error';
import { isoDate } from '../../helpers/dates';

const url = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm';
const list: ScrapeResult = {
  siteId: 'shugiin/question-list', house: 'shugiin',
  questions: [{ house: 'shugiin', session: 221, number: 1, title: '行き過ぎた緊縮志向に関する質問主意書' }],
  provenance: { sourceUrl: url, adapterId: 'shugiin/question-list', adapterVersion: '1' },
};
const reply: CaptureReply = { captureId: 'c1', added: 1, updated: 0, unchanged: 0, detailTotal: 2, message: '1 件追加、0 件更新。経過ページ 2 件を取得します (1 秒に 1 件)' };
const view = (extra: Partial<CaptureRunView>): CaptureRunView => ({
  runId: 'c1', title: '衆議院 質問の一覧 第221回', summary: '1 件追加、0 件更新', done: 0, total: 2, updated: 0, finished: false,
  pageNames: '経過ページ・質問本文', failureGroups: [], ...extra,
});
const notFound = {
  reason: 'notFound' as const, title: 'ページがありません (HTTP 404)', advice: 'まだ公開されていないか、アドレスが変わった可能性があります。時間をおいて「再試行」してください。',
  failures: [{ reason: 'notFound' as const, key: 'shugiin-221-2', label: '第2号 (経過ページ)', url: `${url}#2`, message: 'ページを取得できませんでした (HTTP 404)。' }],
};

function setup(scrape: () => ScrapeResult | null) {
  document.body.replaceChildren(Object.assign(document.createElement('h2'), { textContent: '第221回国会　質問の一覧' }));
  let invalidate = () => {};
  const ui = runCapture({ onInvalidated: (cb) => (invalidate = cb) }, { doc: document, url, scrape });
  const shadow = () => document.querySelector('kokkai-capture')?.shadowRoot ?? null;
  const button = () => shadow()!.querySelector<HTMLButtonElement>('button.capture')!;
  const toast = () => shadow()!.querySelector<HTMLElement>('.toast')!;
  return { ui, shadow, button, toast, invalidate: () => invalidate() };
}

const settle = () => new Promise((done) => setTimeout(done, 0));

beforeEach(() => fakeBrowser.reset());

describe('runCapture', () => {
  it('adds nothing to a page no adapter reads', () => {
    const { ui, shadow } = setup(() => null);
    expect(ui).toBeUndefined();
    expect(shadow()).toBeNull();
  });

  it('sends the scraped list, keeps the button disabled with the progress until the pages are fetched, then groups failures with 「再試行」', async () => {
    const background = vi.fn(async (message: unknown) => {
      const type = (message as { type?: string }).type;
      if (type === CAPTURE_PAGE) return { ok: true, value: reply };
      if (type === CAPTURE_RETRY) return { ok: true, value: view({ done: 1, total: 2, updated: 1 }) };
      if (type === CAPTURE_STATE) return { ok: true, value: null };
      return undefined;
    });
    fakeBrowser.runtime.onMessage.addListener(background);
    const { button, toast } = setup(() => list);
    expect(button().textContent).toBe('この一覧を取り込む');
    button().click();
    await settle();
    const sent = background.mock.calls.map(([m]) => m as { type: string; url: string; pageText: string; result: ScrapeResult }).find((m) => m.type === CAPTURE_PAGE)!;
    expect(sent).toMatchObject({ url, result: list });
    expect(sent.pageText).toContain('第221回国会　質問の一覧');
    expect(toast().hidden).toBe(false);
    expect(toast().textContent).toContain('1 件追加、0 件更新。経過ページ 2 件を取得します (1 秒に 1 件)');
    expect(toast().textContent).toContain('ページを取得しています (0/2)…');
    expect(button().disabled).toBe(true);
    expect(button().textContent).toBe('取得中 (0/2)…');

    await fakeBrowser.runtime.onMessage.trigger({ type: CAPTURE_PROGRESS, ...view({ done: 1, updated: 1 }) }, {});
    expect(toast().textContent).toContain('経過ページ・質問本文を取得しています (1/2)…');
    expect(button().textContent).toBe('取得中 (1/2)…');
    await fakeBrowser.runtime.onMessage.trigger({ type: CAPTURE_PROGRESS, ...view({ runId: 'other', done: 2, finished: true }) }, {});
    expect(toast().textContent).toContain('(1/2)');
    expect(button().disabled).toBe(true);
    await fakeBrowser.runtime.onMessage.trigger({ type: CAPTURE_PROGRESS, ...view({ done: 2, updated: 1, finished: true, failureGroups: [notFound] }) }, {});
    expect(toast().querySelector('li')!.textContent).toBe('経過ページ・質問本文 2 件: 1 件を反映、1 件は取り込めませんでした');
    expect([...toast().querySelectorAll('.group p')].map((p) => p.textContent)).toEqual([
      'ページがありません (HTTP 404) (1 件)', '第2号 (経過ページ)', notFound.advice,
    ]);
    expect(toast().dataset.kind).toBe('warn');
    expect(button().disabled).toBe(false);
    expect(button().textContent).toBe('この一覧を取り込む');

    // 「再試行」: the failed pages go back to the background; the button is disabled again with the progress.
    toast().querySelector<HTMLButtonElement>('button.action')!.click();
    await settle();
    expect(background.mock.calls.map(([m]) => m).filter((m) => (m as { type: string }).type === CAPTURE_RETRY)).toEqual([{ type: CAPTURE_RETRY, runId: 'c1' }]);
    expect(button().disabled).toBe(true);
    expect(toast().textContent).toContain('(1/2)');
  });

  it('a page reloaded while its tab still fetches shows that run and keeps the button disabled', async () => {
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) =>
      (message as { type?: string }).type === CAPTURE_STATE ? { ok: true, value: view({ done: 5, total: 40 }) } : undefined);
    const { button, toast } = setup(() => list);
    await settle();
    expect(button().disabled).toBe(true);
    expect(button().textContent).toBe('取得中 (5/40)…');
    expect(toast().textContent).toContain('衆議院 質問の一覧 第221回: 1 件追加、0 件更新');
    expect(toast().textContent).toContain('経過ページ・質問本文を取得しています (5/40)…');
  });

  it('shows the SiteChangedError in Japanese and sends nothing when the page changed since it loaded', async () => {
    const background = vi.fn(async (message: unknown) => ((message as { type?: string }).type === CAPTURE_PAGE ? { ok: true, value: reply } : undefined));
    fakeBrowser.runtime.onMessage.addListener(background);
    let changed = false;
    const { button, toast } = setup(() => {
      if (changed) throw new SiteChangedError('shugiin/question-list', '衆議院 質問の一覧', '見出し「番号」がありません', url);
      return list;
    });
    changed = true;
    button().click();
    await settle();
    expect(background.mock.calls.filter(([m]) => (m as { type: string }).type === CAPTURE_PAGE)).toEqual([]);
    expect(toast().getAttribute('role')).toBe('alert');
    expect(toast().textContent).toContain('取り込めませんでした (ページの構造が変わっています)');
    expect(toast().textContent).toContain('衆議院 質問の一覧のページ構造が想定と異なるため、取り込みを中止しました（見出し「番号」がありません）。');
  });

  it('shows the background\'s model check failure as a changed page', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({
      ok: false, siteChanged: true, error: '衆議院 質問の一覧のページ構造が想定と異なるため、取り込みを中止しました（1 番の「title」が想定外の値です）。',
    }));
    const { button, toast } = setup(() => list);
    button().click();
    await settle();
    expect(toast().getAttribute('role')).toBe('alert');
    expect(toast().querySelector('.title')!.textContent).toBe('取り込めませんでした (ページの構造が変わっています)');
    expect(toast().textContent).toContain('1 番の「title」が想定外の値です');
  });

  it('offers 「このページを取り込む」 on a page that is already broken at load, and shows page text as text', async () => {
    const { button, toast } = setup(() => {
      throw new SiteChangedError('shugiin/question-list', '衆議院 質問の一覧', '見出し「<img src=x onerror=alert(1)>」', url);
    });
    expect(button().textContent).toBe('このページを取り込む');
    button().click();
    await settle();
    expect(toast().querySelector('img')).toBeNull();
    expect(toast().textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('shows the background\'s refusal, and removes itself when the content script is invalidated', async () => {
    fakeBrowser.runtime.onMessage.addListener(async () => ({ ok: false, error: '保存に失敗しました。データは変更されていません (QuotaExceededError)。' }));
    const { button, toast, invalidate } = setup(() => ({ ...list, siteId: 'shugiin/question-progress' }));
    expect(button().textContent).toBe('この質問を取り込む');
    button().click();
    await settle();
    expect(toast().textContent).toContain('保存に失敗しました。データは変更されていません (QuotaExceededError)。');
    expect(toast().querySelector('.title')!.textContent).toBe('取り込めませんでした');
    invalidate();
    expect(document.querySelector('kokkai-capture')).toBeNull();
  });

  it('shows the notes of a finished run (a captured date on no 閣議 day) and warns', async () => {
    fakeBrowser.runtime.onMessage.addListener(async (message: unknown) => {
      const type = (message as { type?: string }).type;
      if (type === CAPTURE_PAGE) return { ok: true, value: reply };
      if (type === CAPTURE_STATE) return { ok: true, value: null };
      return undefined;
    });
    const { button, toast } = setup(() => list);
    button().click();
    await settle();
    const note = '11/20(月) は閣議日ではありませんが、答弁書受領日です (参議院 第212回 42号)。';
    await fakeBrowser.runtime.onMessage.trigger({ type: CAPTURE_PROGRESS, ...view({ done: 2, total: 2, updated: 2, finished: true, notes: [note] }) }, {});
    expect(toast().textContent).toContain(note);
    expect(toast().dataset.kind).toBe('warn');
  });

  it('sends the 会期 a list page\'s selector gives (or the warning) along with the list', async () => {
    const background = vi.fn(async (message: unknown) => {
      const type = (message as { type?: string }).type;
      if (type === CAPTURE_PAGE) return { ok: true, value: { ...reply, detailTotal: 0 } };
      if (type === CAPTURE_STATE) return { ok: true, value: null };
      return undefined;
    });
    fakeBrowser.runtime.onMessage.addListener(background);
    const session = { number: 221, kind: '特別会' as const, start: isoDate('2026-02-18'), end: isoDate('2026-07-25'), extensions: [], source: 's' };
    let read = { sessions: [session] } as { sessions: (typeof session)[]; warning?: string };
    document.body.replaceChildren();
    const ui = runCapture({ onInvalidated: () => {} }, { doc: document, url, scrape: () => list, readSessions: () => read });
    const button = () => document.querySelector('kokkai-capture')!.shadowRoot!.querySelector<HTMLButtonElement>('button.capture')!;
    button().click();
    await settle();
    const sent = () => background.mock.calls.map(([m]) => m as Record<string, unknown>).filter((m) => m.type === CAPTURE_PAGE).at(-1)!;
    expect(sent()).toMatchObject({ sessions: [session] });
    expect(sent()).not.toHaveProperty('sessionWarning');
    read = { sessions: [], warning: '会期を読み取れませんでした (国会回次の選択欄が見つかりません)。' };
    button().click();
    await settle();
    expect(sent()).toMatchObject({ sessions: [], sessionWarning: read.warning, result: list });
    ui!.remove();
  });
});
