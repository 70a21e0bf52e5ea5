/**
 * @file キーボードだけの操作 E2E (JIS X 8341-3 / WCAG 2.1.1): in headless Debian Chromium, with nothing but Tab /
 * Shift+Tab, Enter, Space, arrow keys, Esc and typing — no mouse click, no fill(), no focus() — a bureau member sets up
 * the options (and moves them with the settings file), clips a 質問通告, and works the popup (refresh, role filter,
 * open a source page, correct a captured question, save the bundle); a coordinator does the task pane's main flow
 * (prepare, import the bundle file, questioners and assignments in the preview sheets, 待機解除を確定, publish).
 * File choosers open from the keyboard (Space on the file button); the test answers the chooser as the OS dialog would.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExchangeBundle, addDays, addMinutes, defaultCalendar, emptyBundle, exchangeItemId, fromEpochMs, jstDateOf, parseBundle } from '@shared/index';
import { seriousViolations } from './axe-check';
import { type ExtensionBrowser, type FeedServer, launchWithFeed, noticePage, openClipForm, readLocalStorage } from './extension-harness';
import { arrowTo, focused, openFileChooser, tabTo, typeDate } from './keyboard';
import { ADDIN_DIST, POLL, cell, pane, rows, useTaskpane } from './taskpane-harness';

const now = fromEpochMs(Date.now());
const today = jstDateOf(now);
const meta = (id: string) => ({ id, rev: 1, updatedAt: now, updatedBy: '官房総務課', deleted: false });
const KEY = 'sangiin-221-37';
const QUESTION_URL = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221037.htm';
const SAVED_URL = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuh/s219095.htm';
const NOTICE_URL = 'https://intra.example.go.jp/kokkai/notice-keyboard.html';
const noticeText = ['衆議院厚生労働委員会　質問通告', '立憲民主党・無所属　山田太郎', '問１　医師の働き方改革について（厚生労働大臣）'].join('\n');
let sittingOn = addDays(today, 1);
while (defaultCalendar().isClosed(sittingOn)) sittingOn = addDays(sittingOn, 1);

/** 医政局: 問一 執筆 (原案 in 3 h), 問二 合議. */
function feed(): ExchangeBundle {
  const b = emptyBundle('addin:官房総務課', now, 1);
  b.records.questions.push({
    ...meta(KEY),
    data: {
      kind: 'written', house: 'sangiin', session: 221, number: 37, title: '医師の働き方改革に関する質問主意書', submitters: ['山田太郎'],
      transferredOn: today, extensions: [], items: [], answerItems: [], provenance: [], userEdited: [], questionUrl: QUESTION_URL,
    },
  });
  for (const [label, role] of [['一', '執筆'], ['二', '合議']] as const) {
    b.records.items.push({ ...meta(exchangeItemId(KEY, label)), data: { questionKey: KEY, label, text: `問${label}` } });
    b.records.assignments.push({ ...meta(`as-${label}`), data: { id: `as-${label}`, questionKey: KEY, itemLabel: label, bureau: 'isei', division: '', role, state: 'final', proposedAt: now, by: '', note: '' } });
  }
  b.records.milestones.push({ ...meta('m-1'), data: { questionKey: KEY, itemLabel: '一', kind: 'draft', label: '原案', dueAt: addMinutes(now, 180) } });
  return b;
}

let files: string;
beforeAll(() => {
  files = mkdtempSync(join(tmpdir(), 'kokkai-keyboard-'));
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

describe('the extension with the keyboard alone', () => {
  let ext: ExtensionBrowser;
  let server: FeedServer;

  beforeAll(async () => {
    ({ ext, server } = await launchWithFeed(feed(), {
      [NOTICE_URL]: noticePage(noticeText),
      [SAVED_URL]: readFileSync(resolve(import.meta.dirname, '../fixtures/pages/sangiin/s219095.htm')),
    }, '<!doctype html><html lang="ja"><title>質問本文</title><p>質問本文</p></html>'));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('options: bureau by arrow keys, feed URL typed, 保存 with Enter; the settings file out and back in', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('#bureau').waitFor();
    await tabTo(page, '自局');
    await arrowTo(page, 'isei');
    await tabTo(page, 'フィード URL');
    await page.keyboard.type(`${server.origin}/feed.json`);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[role=status]').first().innerText()).toContain('保存しました');
    expect(await readLocalStorage(ext.worker, 'options')).toMatchObject({ bureauId: 'isei', feedUrl: `${server.origin}/feed.json`, refreshMinutes: 5 });

    await tabTo(page, '設定をファイルに書き出す');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { settings: object };
    expect(exported.settings).toEqual({ bureauId: 'isei', feedUrl: `${server.origin}/feed.json`, refreshMinutes: 5, feedCredentials: false, reportUrl: '' });

    // Another PC: the same file with a 10-minute interval, read through the file button, then 保存.
    writeFileSync(join(files, 'kokkai-settings.json'), JSON.stringify({ ...exported, settings: { ...exported.settings, refreshMinutes: 10 } }));
    await tabTo(page, '設定ファイルを読み込む');
    const chooser = await openFileChooser(page, '設定ファイルを読み込む');
    await chooser.setFiles(join(files, 'kokkai-settings.json'));
    await expect.poll(() => page.locator('[role=status]').first().innerText()).toContain('設定ファイル「kokkai-settings.json」を読み込みました。');
    await tabTo(page, '保存', { backward: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => ((await readLocalStorage(ext.worker, 'options')) as { refreshMinutes: number }).refreshMinutes).toBe(10);
    await page.close();
  });

  it('clip form: the sitting date typed, the member typed, saved with Enter', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(NOTICE_URL);
    const form = await openClipForm(ext, tab, 'notice');
    await expect.poll(() => form.getByRole('region', { name: '問' }).innerText()).toContain('問 (1 件)');
    await tabTo(form, '院');
    await arrowTo(form, 'shugiin');
    await tabTo(form, '開会日');
    await typeDate(form, sittingOn);
    expect((await focused(form))?.value).toBe(sittingOn);
    await tabTo(form, '質問者');
    await form.keyboard.type('山田太郎');
    await form.keyboard.press('Enter');
    await expect.poll(() => form.locator('[role=status], [role=alert]').last().innerText()).toContain('質問通告を保存しました');
    await form.close();
    await tab.close();
  });

  it('popup: 更新, the role filter, a source page, 修正 (Enter saves, Esc cancels), 回答, the filter and search, and the bundle — focus always visible where it goes', async () => {
    const saved = await ext.context.newPage();
    await saved.goto(SAVED_URL);
    await tabTo(saved, 'この質問を取り込む');
    await saved.keyboard.press('Enter');
    await expect.poll(() => saved.locator('kokkai-capture .toast').innerText()).toContain('1 件追加');
    await saved.close();

    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.locator('main').waitFor();
    await tabTo(popup, '更新');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('main').innerText(), POLL).toContain('医政局の問 (2 件)');

    await tabTo(popup, '役割で絞り込む');
    await arrowTo(popup, '合議');
    await expect.poll(() => popup.locator('main').innerText()).toContain('医政局の問 (1 件)');
    await arrowTo(popup, '', 'ArrowUp');
    await expect.poll(() => popup.locator('main').innerText()).toContain('医政局の問 (2 件)');

    await tabTo(popup, /^一執筆/);
    await popup.keyboard.press('Enter');
    // The tab the popup opens (chrome.tabs.create) is seen by its URL in the browser's own tab list.
    type Tabs = { tabs: { query(q: object): Promise<{ id: number }[]>; remove(id: number): Promise<void> } };
    const openTabs = () => ext.worker.evaluate(async (url) => (await (globalThis as unknown as { chrome: Tabs }).chrome.tabs.query({ url })).length, QUESTION_URL);
    await expect.poll(openTabs).toBe(1);
    await ext.worker.evaluate(async (url) => {
      const chrome = (globalThis as unknown as { chrome: Tabs }).chrome;
      for (const tab of await chrome.tabs.query({ url })) await chrome.tabs.remove(tab.id);
    }, QUESTION_URL);

    await tabTo(popup, /を修正$/);
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup))?.name).toMatch(/^件名/);
    expect(await seriousViolations(popup, 'popup (修正 form, keyboard)')).toEqual([]);
    await popup.keyboard.press('End');
    await popup.keyboard.type('（キーボードで修正）');
    await tabTo(popup, /^修正者/);
    await popup.keyboard.type('医政局 山田');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('main').innerText()).toContain('（キーボードで修正）');
    await expect.poll(async () => (await focused(popup))?.name).toMatch(/を修正$/);

    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup))?.name).toMatch(/^件名/);
    await popup.keyboard.press('Escape');
    await expect.poll(() => popup.getByRole('form', { name: /の修正$/ }).count()).toBe(0);
    await expect.poll(async () => (await focused(popup))?.name).toMatch(/を修正$/);

    // 回答: the form opens on 担当者, 受諾 with Enter, and the focus comes back to 「回答」.
    await tabTo(popup, /^問一 .*に回答$/);
    await popup.keyboard.press('Enter');
    await expect.poll(async () => (await focused(popup))?.name).toMatch(/^担当者/);
    expect(await seriousViolations(popup, 'popup (回答 form, keyboard)')).toEqual([]);
    await popup.keyboard.type('医政局 山田');
    await tabTo(popup, '受諾');
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.locator('main').innerText()).toContain('受諾を記録しました。');
    await expect.poll(async () => (await focused(popup))?.name).toMatch(/^問一 .*に回答$/);
    // The filter by arrow keys (one radio group) and the search box.
    await tabTo(popup, '自局');
    await popup.keyboard.press('ArrowRight');
    await expect.poll(() => popup.locator('main').innerText()).toMatch(/全局の問 \(\d+ 件\)/);
    await tabTo(popup, '件名・提出者・問の文で検索');
    await popup.keyboard.type('存在しない語');
    await expect.poll(() => popup.locator('main').innerText()).toContain('条件に合う問はありません。');

    await tabTo(popup, 'Excel 用バンドルを保存');
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.keyboard.press('Enter')]);
    const bundle = parseBundle(readFileSync((await download.path())!, 'utf8'));
    expect(bundle.records.notices.length).toBe(1);
    expect(bundle.records.questions.map((q) => q.data?.title)).toEqual(expect.arrayContaining([expect.stringMatching(/（キーボードで修正）$/)]));
    await popup.close();
  });
});

describe('the task pane’s main flow with the keyboard alone', () => {
  let page: Page;
  const paneText = () => pane(page).innerText();
  // The demo's moment: the sample 質問通告 for 3/4 09:00 came in on 3/2; the evening before the sitting.
  useTaskpane(`now=${encodeURIComponent('2026-03-03T17:30:00+09:00')}`, (p) => { page = p; });

  it('prepares the workbook (Enter) and imports the bundle file (Space opens the file chooser)', async () => {
    await tabTo(page, 'ブックを準備');
    await page.keyboard.press('Enter');
    await expect.poll(paneText, POLL).toContain('ブックを準備しました');
    await tabTo(page, 'バンドルファイルを選ぶ');
    const chooser = await openFileChooser(page, 'バンドルファイルを選ぶ');
    await chooser.setFiles(join(ADDIN_DIST, 'demo-bundle.json'));
    await expect.poll(paneText, POLL).toContain('ファイル「demo-bundle.json」を取り込みました');
  });

  it('moves between sheets with the arrow keys and types the sitting’s questioners in 開会', async () => {
    await tabTo(page, '割振り');
    expect((await focused(page))?.role).toBe('tab');
    await page.keyboard.press('ArrowRight'); // 期限
    await page.keyboard.press('ArrowRight'); // 開会
    await expect.poll(async () => (await focused(page))?.name).toBe('開会');
    await expect.poll(() => page.getByRole('tab', { name: '開会' }).getAttribute('aria-selected')).toBe('true');
    await tabTo(page, '質問者 2行目', { backward: true });
    await page.keyboard.type('サンプル議員');
    await page.keyboard.press('Tab');
    await expect.poll(() => cell(page, '開会表', 0, '質問者'), POLL).toBe('サンプル議員');
    // The notice's stage (通告段階表, below the questioner's own row): 問取り完了 chosen with the arrow keys.
    await expect.poll(async () => (await rows(page, '通告段階表')).length, POLL).toBe(2);
    await tabTo(page, '段階 3行目', { max: 400 });
    await arrowTo(page, '問取り完了');
    await expect.poll(() => cell(page, '通告段階表', 1, '状況'), POLL).toMatch(/^問取り完了 3\/3\(火\) 17:\d\d$/);
  });

  it('assigns the sample notice’s 問 in 割振り: bureau typed, state chosen with the arrow keys', async () => {
    await tabTo(page, '開会');
    await page.keyboard.press('Home'); // 質問
    await page.keyboard.press('ArrowRight'); // 割振り
    await expect.poll(() => page.getByRole('tab', { name: '割振り' }).getAttribute('aria-selected')).toBe('true');
    /** The sample notice's rows of 割振り (read afresh: a recompute may reorder them). */
    const noticeRows = async () => (await rows(page, '割振り表')).map((r, i) => ({ key: r['質問キー'] ?? '', item: r['問'] ?? '', i })).filter((r) => r.key.startsWith('notice-'));
    expect((await noticeRows()).map((r) => r.item)).toEqual(['問1', '問2', '問3']);
    const bureaus = { 問1: '医政局', 問2: '保険局', 問3: '老健局' } as Record<string, string>;
    for (const item of ['問1', '問2', '問3']) {
      const at = async () => (await noticeRows()).find((r) => r.item === item)!.i;
      const i = await at();
      await tabTo(page, '割振り');
      await tabTo(page, `局 ${i + 2}行目`, { backward: true, max: 400 });
      await page.keyboard.type(bureaus[item]!);
      await tabTo(page, `状態 ${i + 2}行目`);
      await arrowTo(page, '確定');
      await expect.poll(async () => cell(page, '割振り表', await at(), '状態'), POLL).toBe('確定');
      await expect.poll(async () => cell(page, '割振り表', await at(), '局'), POLL).toBe(bureaus[item]);
    }
    await expect.poll(paneText, POLL).toMatch(/割振り確定/);
  });

  it('confirms the releases: Enter on 待機解除を確定, the name field takes the focus, Enter records', async () => {
    await tabTo(page, /^待機解除を確定 \(\d+ 局\)$/);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.name, POLL).toBe('担当者名');
    expect(await seriousViolations(page, 'task pane (name asked, keyboard)')).toEqual([]);
    await page.keyboard.type('山田');
    await page.keyboard.press('Enter');
    await expect.poll(paneText, POLL).toMatch(/局の待機解除を記録しました \(\d\d:\d\d、記録者 山田\)。/);
    expect(await paneText()).toContain('記録者: 山田');
  });

  it('publishes with Enter and saves the file with Enter', async () => {
    await tabTo(page, '配信データを出力');
    await page.keyboard.press('Enter');
    await expect.poll(paneText, POLL).toContain('配信データ (版 1) を作成しました。');
    await tabTo(page, /^ファイルに保存/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const bundle = parseBundle(readFileSync((await download.path())!, 'utf8'));
    expect(bundle.records.releases.filter((r) => !r.deleted && r.data?.by === '山田').length).toBeGreaterThan(0);
    expect(bundle.records.assignments.filter((a) => a.data?.questionKey.startsWith('notice-')).map((a) => a.data!.bureau).sort()).toEqual(['hoken', 'isei', 'roukenkyoku']);
  });
});

describe('「割振り確定前に解除」 with the keyboard alone', () => {
  let page: Page;
  const paneText = () => pane(page).innerText();
  // The demo on the evening of its standby day (3/3 19:00): the sample notice's stage is not marked, so the allocation is open.
  useTaskpane(`demo=1&now=${encodeURIComponent('2026-03-03T19:00:00+09:00')}`, (p) => { page = p; });

  it('opens the form with Enter, picks a bureau with Space, types the reason and the name, records with Enter', async () => {
    await expect.poll(paneText, POLL).toContain('デモデータを取り込みました');
    await tabTo(page, '割振り確定前に解除…', { max: 400 });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await focused(page))?.name, POLL).toBe('全局');
    expect(await page.getByRole('button', { name: '割振り確定前に解除…' }).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.name).toBe('大臣官房');
    await page.keyboard.press('Space');
    await tabTo(page, '理由 (記録に残ります)');
    await page.keyboard.type('国対から当省分の質問なしと連絡');
    await page.keyboard.press('Tab');
    expect((await focused(page))?.name).toBe('判断者の担当者名');
    await page.keyboard.type('山田');
    expect(await seriousViolations(page, 'task pane (割振り確定前に解除, keyboard)')).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(paneText, POLL).toMatch(/割振り確定前の解除を記録しました \(大臣官房、19:0\d、判断者 山田\)。/);
    expect(await paneText()).toMatch(/割振り確定前に解除: 大臣官房 — 山田 19:0\d: 国対から当省分の質問なしと連絡/);
    expect(await paneText()).toMatch(/解除可: 大臣官房 \(19:0\d〜\)/);
  });
});
