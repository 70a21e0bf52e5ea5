/**
 * @file 往復 E2E (round trip), every part real: extension capture and clip → bundle file → the built Excel task
 * pane (addin/dist, in preview because office.js is aborted) imports it through its file button → the coordinator
 * assigns in the preview grid, types the sitting's questioners and marks its notice 問取り完了, confirms the
 * stand-down and publishes with 「配信データを出力」 → that download is served as the feed → the bureaus' popups
 * show the assignment, the planner's deadlines and 「本日の待機は解除されました (hh:mm)」. Built extension and task
 * pane in one headless Chromium; feed and task pane on 127.0.0.1; the extension and the pane read the real clock.
 *
 * Capture: the saved 参議院 質問本文 page s219095.htm is served at its URL (ctx.route, raw UTF-8 bytes) and taken in
 * with the in-page button 「この質問を取り込む」. That page has the 問 (一, 二) but no 転送日 (only the 明細 page has
 * it), so the question carries no internal milestones: its assignment shows 「締切は未設定です」 (deadlines from
 * captured dates: capture.e2e.test.ts). Clip: a 質問通告 on an intranet page, through the context-menu handler and
 * the clip form, for the next open day's 衆議院厚生労働委員会 at 09:00.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type ExchangeBundle, type IsoDate, addDays, addMinutes, defaultCalendar, exchangeItemId, fromEpochMs, jstDateOf, jstTimeOf, parseBundle,
} from '@shared/index';
import { type ExtensionBrowser, type FeedServer, launchExtension, openClipForm, startFeedServer } from './extension-harness';
import { popupLayoutProblems } from './popup-layout';
import { POLL, type TaskpaneServer, abortOfficeJs, pane, rows, screenshot, serveTaskpane } from './taskpane-harness';

const now = fromEpochMs(Date.now());
const today = jstDateOf(now);

/** The next open day after today: the sitting of the clipped notice. */
function nextOpenDay(from: IsoDate): IsoDate {
  const calendar = defaultCalendar();
  let d = addDays(from, 1);
  while (calendar.isClosed(d)) d = addDays(d, 1);
  return d;
}
const SITTING_ON = nextOpenDay(today);
/** Its standby day: the previous open day before the sitting (shared/evening/RULES.md §2) — today on a working day, Friday at the weekend. */
const STANDBY_DAY = ((): IsoDate => {
  const calendar = defaultCalendar();
  let d = addDays(SITTING_ON, -1);
  while (calendar.isClosed(d)) d = addDays(d, -1);
  return d;
})();

/** The saved 参議院 質問本文 page and the URL it was saved from. */
const QUESTION_URL = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuh/s219095.htm';
const questionPage = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/sangiin/s219095.htm'));
const QUESTION_KEY = 'sangiin-219-95';
const TITLE = '国光あやの外務副大臣による小西洋之参議院議員への質問通告に係る事実無根の誹謗中傷による名誉毀損行為に関する質問主意書';

/** A notice as it sits on an intranet page (as in capture.e2e.test.ts). */
const NOTICE_URL = 'https://intra.example.go.jp/kokkai/notice-roundtrip.html';
const noticeText = [
  '衆議院厚生労働委員会　質問通告',
  '立憲民主党・無所属　山田太郎',
  '問１　医師の働き方改革について（厚生労働大臣）',
  '問２　診療報酬改定の影響について（保険局長）',
].join('\n');

let browser: ExtensionBrowser;
let server: FeedServer;
let taskpaneServer: TaskpaneServer;
let popup: Page;
let taskpane: Page;
let files: string;
const popupText = () => popup.locator('main').innerText();
const paneText = () => pane(taskpane).innerText();

beforeAll(async () => {
  server = await startFeedServer();
  taskpaneServer = await serveTaskpane();
  browser = await launchExtension();
  await abortOfficeJs(browser.context);
  await browser.context.route(QUESTION_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: questionPage }));
  await browser.context.route(NOTICE_URL, (route) => route.fulfill({
    status: 200, contentType: 'text/html; charset=UTF-8',
    body: `<!doctype html><html lang="ja"><meta charset="utf-8"><title>質問通告</title><pre id="notice">${noticeText}</pre></html>`,
  }));
  files = mkdtempSync(join(tmpdir(), 'kokkai-roundtrip-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await taskpaneServer?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** Saves the bureau and the feed in the extension's options. */
async function chooseBureau(bureau: string): Promise<void> {
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await options.selectOption('#bureau', bureau);
  await options.fill('#feed', `${server.origin}/feed.json`);
  await options.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => options.locator('[role=status]').first().innerText()).toContain('保存しました');
  await options.close();
}

describe('round trip extension → Excel task pane → feed → popup', () => {
  let exported: ExchangeBundle;
  let exportedFile: string;
  let published: ExchangeBundle;
  let noticeId: string;

  it('captures the saved question page with the in-page button and lists it in the popup', async () => {
    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await expect.poll(popupText).toContain('取り込んだ質問主意書 (0 件)');
    const page = await browser.context.newPage();
    await page.goto(QUESTION_URL);
    await page.getByRole('button', { name: 'この質問を取り込む' }).click();
    await expect.poll(() => page.locator('kokkai-capture .toast').innerText()).toContain('1 件追加、0 件更新');
    await page.close();
    await popup.reload();
    await expect.poll(popupText).toContain('取り込んだ質問主意書 (1 件)');
    expect(await popupText()).toMatch(new RegExp(`参議院 第219回 第95号\\s*状況未確認\\s*未確認\\s*${TITLE}\\s*内閣転送日が未確認のため、答弁期限を計算できません。`));
  });

  it('clips a 質問通告 for the next sitting from selected text (context-menu handler and clip form)', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(NOTICE_URL);
    const form = await openClipForm(browser, tab, 'notice');
    await expect.poll(() => form.locator('#committee').inputValue()).toBe('厚生労働委員会');
    await form.fill('#sittingOn', SITTING_ON);
    await form.fill('#startTime', '09:00');
    await form.fill('#member', '山田太郎');
    await form.fill('#receivedAt', addMinutes(now, -5).slice(0, 16));
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.locator('[role=status]').innerText()).toContain('質問通告を保存しました');
    await form.close();
    await tab.close();
  });

  it('exports the capture and the clip as a bundle file from the popup', async () => {
    await popup.reload();
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Excel 用バンドルを保存' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kokkai-bundle-\d{12}\.json$/);
    exportedFile = join(files, download.suggestedFilename());
    await download.saveAs(exportedFile);
    exported = parseBundle(readFileSync(exportedFile, 'utf8'));
    expect(exported.producer).toBe('extension');
    expect(exported.records.questions.map((r) => r.id)).toEqual([QUESTION_KEY]);
    expect(exported.records.questions[0]!.data).toMatchObject({ title: TITLE, submittedOn: '2025-12-17', questionUrl: QUESTION_URL });
    expect(exported.records.notices).toHaveLength(1);
    noticeId = exported.records.notices[0]!.id;
    expect(exported.records.notices[0]!.data).toMatchObject({ house: 'shugiin', committee: '厚生労働委員会', sittingOn: SITTING_ON, startTime: '09:00', member: '山田太郎' });
    expect(exported.records.items.map((r) => r.id)).toEqual(expect.arrayContaining([
      `${QUESTION_KEY}#一`, `${QUESTION_KEY}#二`, exchangeItemId(noticeId, '問1'), exchangeItemId(noticeId, '問2'),
    ]));
    expect(exported.records.milestones).toEqual([]); // no 転送日 on a 質問本文 page
  });

  it('imports the file into the task pane through its file button', async () => {
    taskpane = await browser.context.newPage();
    await taskpane.setViewportSize({ width: 1760, height: 900 });
    await taskpane.goto(`${taskpaneServer.origin}/taskpane.html`);
    await taskpane.getByRole('button', { name: 'ブックを準備' }).click();
    await expect.poll(paneText, POLL).toContain('ブックを準備しました');
    await taskpane.locator('input[type=file]').setInputFiles(exportedFile);
    await expect.poll(paneText, POLL).toContain(`ファイル「${exportedFile.split('/').at(-1)}」を取り込みました: 質問 追加 2 件・更新 0 件`);
  });

  it('assigns in the preview grid: 一 to 医政局, the notice’s 問 to 保険局; the sitting’s questioner closes allocation', async () => {
    await taskpane.getByRole('tab', { name: '開会' }).click();
    await taskpane.getByLabel('質問者 2行目').fill('山田太郎');
    await taskpane.getByLabel('質問者 2行目').press('Tab');
    await expect.poll(paneText, POLL).toContain('割振り未確定 (執筆局未確定 2 問)');
    // When the sitting's day is the other house's 定例日, the board offers that sitting's row: it is not held (中止).
    const offered = (await rows(taskpane, '開会表')).findIndex((r) => r['開会ID']?.startsWith('定例日:'));
    if (offered >= 0) {
      await taskpane.getByLabel(`状態 ${offered + 2}行目`).selectOption('中止');
      await expect.poll(async () => (await rows(taskpane, '開会表')).some((r) => r['開会ID']?.startsWith('定例日:')), POLL).toBe(false);
    }
    // 問取り has been done for the clipped notice (shared/evening/RULES.md §9.1).
    const stage = (await rows(taskpane, '通告段階表')).findIndex((r) => r['通告受信'] !== '');
    await taskpane.getByLabel(`段階 ${stage + 2}行目`).selectOption('問取り完了');
    await expect.poll(async () => (await rows(taskpane, '通告段階表'))[stage]?.['段階'], POLL).toBe('問取り完了');
    await taskpane.getByRole('tab', { name: '割振り' }).click();
    const assign = async (questionKey: string, item: string, bureau: string) => {
      const r = (await rows(taskpane, '割振り表')).findIndex((x) => x['質問キー'] === questionKey && x['問'] === item);
      expect(r).toBeGreaterThanOrEqual(0);
      await taskpane.getByLabel(`局 ${r + 2}行目`).fill(bureau);
      await taskpane.getByLabel(`局 ${r + 2}行目`).press('Tab');
      await taskpane.getByLabel(`状態 ${r + 2}行目`).selectOption('確定');
      await expect.poll(async () => (await rows(taskpane, '割振り表')).find((x) => x['質問キー'] === questionKey && x['問'] === item)?.['役割'], POLL).toBe('執筆');
    };
    await assign(QUESTION_KEY, '一', '医政局');
    await assign(noticeId, '問1', '保険局');
    await assign(noticeId, '問2', '保険局');
    await expect.poll(paneText, POLL).toMatch(/衆議院厚生労働委員会 \d+\/\d+\(.\) 09:00: 割振り確定/);
    await expect.poll(paneText, POLL).toMatch(/待機解除を確定 \(12 局\)/);
  });

  it('confirms the stand-down (asking the name once) and publishes with 「配信データを出力」', async () => {
    await taskpane.getByRole('button', { name: /^待機解除を確定/ }).click();
    await expect.poll(paneText, POLL).toContain('待機解除の記録に残す担当者名を入力してください。');
    await taskpane.getByLabel('担当者名').fill('佐藤');
    await taskpane.getByRole('button', { name: '記録して確定' }).click();
    await expect.poll(paneText, POLL).toMatch(/の待機解除を記録しました \(\d{2}:\d{2}、記録者 佐藤\)/);
    await taskpane.getByRole('button', { name: '配信データを出力' }).click();
    await expect.poll(paneText, POLL).toContain('配信データ (版 1) を作成しました。');
    const [download] = await Promise.all([taskpane.waitForEvent('download'), taskpane.getByRole('button', { name: /^ファイルに保存/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kokkai-assign-\d{12}-r1\.json$/);
    const text = readFileSync((await download.path())!, 'utf8');
    published = parseBundle(text);
    expect(published.producer).toBe('addin:官房総務課');
    expect(published.records.assignments.map((a) => [a.data!.questionKey, a.data!.itemLabel, a.data!.bureau, a.data!.state]).sort()).toEqual([
      [QUESTION_KEY, '一', 'isei', 'final'], [noticeId, '問1', 'hoken', 'final'], [noticeId, '問2', 'hoken', 'final'],
    ].sort());
    const isei = published.records.releases.find((r) => r.data?.bureau === 'isei')!;
    // The record is of the standby day it releases (after midnight or at the weekend, not the calendar date of the click).
    expect(isei.id).toBe(`release:isei:${STANDBY_DAY}`);
    expect(isei.data).toMatchObject({ date: STANDBY_DAY, by: '佐藤' });
    expect(published.records.releases.some((r) => r.data?.bureau === 'hoken')).toBe(false);
    expect(published.records.slots.flatMap((s) => s.data!.itemIds).sort()).toEqual([exchangeItemId(noticeId, '問1'), exchangeItemId(noticeId, '問2')]);
    await screenshot(taskpane, 'round-trip-taskpane.png');
    server.setFeed(text);
  });

  it('医政局’s popup shows its assignment and 「本日の待機は解除されました」 from the published feed', async () => {
    await chooseBureau('isei');
    await popup.getByRole('button', { name: '更新' }).click();
    await expect.poll(popupText).toContain('医政局の問 (1 件)');
    const release = published.records.releases.find((r) => r.data?.bureau === 'isei')!.data!;
    await expect.poll(popupText).toContain(`本日の待機は解除されました (${jstTimeOf(release.releasedAt)})`);
    const text = await popupText();
    // Each card names its 院・回次・号 and 提出者.
    expect(text).toMatch(new RegExp(`一\\s*執筆\\s*${TITLE}\\s*参議院 第219回 第95号 ・提出者 小西　洋之\\s*締切は未設定です`));
    expect(text).toMatch(/最終更新 \d{2}:\d{2}/);
    expect(await popupLayoutProblems(popup)).toEqual([]);
    await screenshot(popup, 'round-trip-popup-isei.png');
  });

  it('保険局’s popup shows the notice’s 問 with the planner’s deadlines, and no stand-down (it still has work)', async () => {
    await chooseBureau('hoken');
    await popup.getByRole('button', { name: '更新' }).click();
    await expect.poll(popupText).toContain('保険局の問 (2 件)');
    const text = await popupText();
    // Within 24 hours of the deadline (an evening run) the card says so first, in words (本日 / 24時間以内).
    expect(text).toMatch(/問1\s*執筆\s*厚生労働委員会 山田太郎\s*衆議院 厚生労働委員会 ・提出者 山田太郎\s*(?:(?:本日|24時間以内)\s*)?(原案|課長了|局長了) 令和\d+年\d+月\d+日\(.\) \d{2}:\d{2} まで/);
    expect(text).not.toContain('本日の待機は解除されました');
    // Tonight's slot is shown when the planner put the 問 in a slot that starts today.
    const slot = published.records.slots.find((s) => s.data!.itemIds.includes(exchangeItemId(noticeId, '問1')))!.data!;
    if (jstDateOf(slot.startAt) === today) expect(text).toContain(`今夜 ${slot.label}`);
    else expect(text).not.toContain('今夜');
  });
});
