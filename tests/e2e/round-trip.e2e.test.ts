/**
 * @file 往復 E2E (round trip): extension capture → bundle → add-in import → assign → publish → extension
 * feed → popup shows the assignment. Built extension in headless Chromium; feed on 127.0.0.1.
 *
 * Capture is real: the saved 参議院 質問本文 page s219095.htm is served at its URL (ctx.route, raw UTF-8 bytes)
 * and taken in with the in-page button 「この質問を取り込む」. That page has the 問 (一, 二) but no 転送日 (only
 * the 明細 page has it; the one saved 明細 page, m221001, is of another question, already answered), so this run
 * carries no internal milestones: the popup says the deadline cannot be computed yet and the assignment shows
 * 「締切は未設定です」.
 * Deadlines from captured dates are covered by capture.e2e.test.ts, milestones in the popup by feed.e2e.test.ts.
 *
 * Stand-in, because that part is not in the repository yet (see the issue 7 report):
 * - Excel add-in (addin/): its import preview, assignment and publish are done with the same shared
 *   functions the add-in uses (parseBundle, mergeBundle) on the downloaded bundle.
 * Everything else is the real extension: capture, export download from the popup, options, feed polling, popup.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type ExchangeBundle, emptyBundle, exchangeItemId, fromEpochMs, mergeBundle, parseBundle,
} from '@shared/index';
import { type ExtensionBrowser, type FeedServer, launchExtension, startFeedServer } from './extension-harness';

const now = fromEpochMs(Date.now());

/** The saved 参議院 質問本文 page and the URL it was saved from. */
const QUESTION_URL = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuh/s219095.htm';
const questionPage = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/sangiin/s219095.htm'));
const QUESTION_KEY = 'sangiin-219-95';
const TITLE = '国光あやの外務副大臣による小西洋之参議院議員への質問通告に係る事実無根の誹謗中傷による名誉毀損行為に関する質問主意書';

let browser: ExtensionBrowser;
let server: FeedServer;
let popup: Page;
const popupText = () => popup.locator('main').innerText();

beforeAll(async () => {
  server = await startFeedServer();
  browser = await launchExtension();
  await browser.context.route(QUESTION_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: questionPage }));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('round trip extension → Excel add-in → feed → popup', () => {
  let exported: ExchangeBundle;
  let published: ExchangeBundle;

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
    expect(await popupText()).toMatch(new RegExp(`参議院 第219回 第95号\\s*転送待ち\\s*${TITLE}\\s*転送日が未確認のため期限を計算できません`));
  });

  it('exports the capture as a bundle file from the popup', async () => {
    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.getByRole('button', { name: 'Excel 用バンドルを保存' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^kokkai-bundle-\d{12}\.json$/);
    exported = parseBundle(readFileSync((await download.path())!, 'utf8'));
    expect(exported.producer).toBe('extension');
    expect(exported.records.questions.map((r) => r.id)).toEqual([QUESTION_KEY]);
    expect(exported.records.questions[0]!.data).toMatchObject({ title: TITLE, submittedOn: '2025-12-17', questionUrl: QUESTION_URL });
    expect(exported.records.items.map((r) => r.id)).toEqual([`${QUESTION_KEY}#一`, `${QUESTION_KEY}#二`]);
    expect(exported.records.items[0]!.data).toMatchObject({ text: expect.stringMatching(/^木原稔内閣官房長官は、/), sourceUrl: QUESTION_URL });
    // No 転送日 on a 質問本文 page, hence no internal milestones yet.
    expect(exported.records.milestones).toEqual([]);
  });

  it('imports, assigns 問一 to 医政局 and publishes (add-in stand-in with the shared exchange functions)', () => {
    const addinStore = mergeBundle(emptyBundle('addin:官房総務課', now), exported).bundle;
    const assignment = {
      id: `as-${QUESTION_KEY}-一-isei`, rev: 1, updatedAt: now, updatedBy: '官房総務課', deleted: false,
      data: {
        id: `as-${QUESTION_KEY}-一-isei`, questionKey: QUESTION_KEY, itemLabel: '一', bureau: 'isei', division: '医事課',
        role: '執筆' as const, state: 'final' as const, proposedAt: now, by: '官房総務課', note: '',
      },
    };
    published = { ...addinStore, producer: 'addin:官房総務課', producedAt: now, revision: 1 };
    published.records = { ...published.records, assignments: [assignment] };
    expect(published.records.items.some((r) => r.id === exchangeItemId(QUESTION_KEY, '一'))).toBe(true);
    server.setFeed(JSON.stringify(published));
  });

  it('the bureau popup shows the assignment from the published feed', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.selectOption('#bureau', 'isei');
    await options.fill('#feed', `${server.origin}/feed.json`);
    await options.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.locator('[role=status]').first().innerText()).toContain('保存しました');
    await options.close();
    await popup.getByRole('button', { name: '更新' }).click();
    await expect.poll(popupText).toContain('医政局の問 (1 件)');
    const text = await popupText();
    expect(text).toMatch(new RegExp(`一\\s*執筆\\s*${TITLE}\\s*締切は未設定です`));
    expect(text).toMatch(/最終更新 \d{2}:\d{2}/);
  });
});
