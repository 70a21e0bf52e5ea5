// @vitest-environment happy-dom
/** @file The content script's capture: button in a shadow root, message to the background, toast with progress; a changed page sends nothing. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runCapture } from '../../../extension/content/run-capture';
import { CAPTURE_PAGE, CAPTURE_PROGRESS, type CaptureReply } from '../../../extension/platform/messaging';
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

  it('sends the scraped list to the background and shows the counts, then the 経過 progress and failures', async () => {
    const background = vi.fn(async (message: unknown) => ((message as { type?: string }).type === CAPTURE_PAGE ? { ok: true, value: reply } : undefined));
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
    expect(toast().textContent).toContain('経過ページを取得しています (0/2)…');

    await fakeBrowser.runtime.onMessage.trigger({ type: CAPTURE_PROGRESS, captureId: 'c1', done: 1, total: 2, updated: 1, failures: [], finished: false }, {});
    expect(toast().textContent).toContain('経過ページを取得しています (1/2)…');
    await fakeBrowser.runtime.onMessage.trigger({ type: CAPTURE_PROGRESS, captureId: 'other', done: 2, total: 2, updated: 0, failures: [], finished: true }, {});
    expect(toast().textContent).toContain('(1/2)');
    await fakeBrowser.runtime.onMessage.trigger({
      type: CAPTURE_PROGRESS, captureId: 'c1', done: 2, total: 2, updated: 1, finished: true,
      failures: [{ label: '第2号', url: `${url}#2`, message: 'ページを取得できませんでした (HTTP 503)。' }],
    }, {});
    expect([...toast().querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '経過ページ 2 件: 1 件を反映、1 件は取り込めませんでした', '第2号: ページを取得できませんでした (HTTP 503)。',
    ]);
    expect(toast().dataset.kind).toBe('warn');
    expect(button().disabled).toBe(false);
    await fakeBrowser.runtime.onMessage.trigger({
      type: CAPTURE_PROGRESS, captureId: 'c1', done: 2, total: 2, updated: 2, finished: true, failures: [],
      notes: ['11/20(月) は閣議日ではありませんが、答弁書受領日です (参議院 第212回 42号)。'],
    }, {});
    expect([...toast().querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '経過ページ 2 件: 2 件を反映', '11/20(月) は閣議日ではありませんが、答弁書受領日です (参議院 第212回 42号)。',
    ]);
    expect(toast().dataset.kind).toBe('warn');
  });

  it('sends the 会期 a list page\'s selector gives (or the warning) along with the list', async () => {
    const background = vi.fn(async (message: unknown) => ((message as { type?: string }).type === CAPTURE_PAGE ? { ok: true, value: reply } : undefined));
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

  it('shows the SiteChangedError in Japanese and sends nothing when the page changed since it loaded', async () => {
    const background = vi.fn(async () => ({ ok: true, value: reply }));
    fakeBrowser.runtime.onMessage.addListener(background);
    let changed = false;
    const { button, toast } = setup(() => {
      if (changed) throw new SiteChangedError('shugiin/question-list', '衆議院 質問の一覧', '見出し「番号」がありません', url);
      return list;
    });
    changed = true;
    button().click();
    await settle();
    expect(background).not.toHaveBeenCalled();
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
});
