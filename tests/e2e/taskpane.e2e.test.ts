/**
 * @file 作業ウィンドウ E2E (task pane preview in Debian Chromium): the built task pane (addin/dist) served on
 * 127.0.0.1, office.js routed away (aborted → preview mode, nothing reaches the network), driven through
 * 「ブックを準備」 → import of the bundle made from the saved real pages → assigning in the 割振り sheet →
 * deadlines → 「配信データを出力」. Screenshots go to tests/.artifacts/ (and, with UPDATE_SCREENSHOTS=1, to
 * tests/e2e/screenshots/ for the README).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBundle } from '@shared/index';
import { rows } from './taskpane-harness';

const root = resolve(import.meta.dirname, '../..');
const DIST = join(root, 'addin/dist');
const ARTIFACTS = join(root, 'tests/.artifacts');
const SCREENSHOTS = join(root, 'tests/e2e/screenshots');
/** The demo's moment: 令和8年3月2日(月) 10:00 (see tests/tools/make-demo-bundle.ts). */
const NOW = '2026-03-02T10:00:00+09:00';
/** Polls wait for the pane (first load, debounced recompute) up to 10 s. */
const POLL = { timeout: 10_000 };
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
};

let server: Server;
let origin: string;
let browser: Browser;
let context: BrowserContext;
const requests: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html'))) {
    throw new Error(`作業ウィンドウがビルドされていません (${DIST})。先に npm run build:addin を実行してください。`);
  }
  server = createServer((req, res) => {
    const file = resolve(DIST, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    if (!file.startsWith(DIST) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ja-JP'],
  });
  context = await browser.newContext({ viewport: { width: 1760, height: 900 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
  // office.js from Microsoft's CDN is aborted: the pane must fall back to preview, and nothing may leave the machine.
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
  context.on('request', (r) => requests.push(r.url()));
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
});

const pane = (page: Page) => page.locator('aside[aria-label="作業ウィンドウ"]');
const grid = (page: Page, table: string) => page.locator(`table[aria-label="${table}"]`);
/** The text of one cell of a preview table (row 0-based, by header). */
async function cell(page: Page, table: string, row: number, header: string): Promise<string> {
  const headers = await grid(page, table).locator('thead th').allInnerTexts();
  const td = grid(page, table).locator('tbody tr').nth(row).locator('td').nth(headers.indexOf(header));
  const input = td.locator('input, select');
  return (await input.count()) > 0 ? input.first().inputValue() : td.innerText();
}

/** Saves a screenshot to tests/.artifacts/; `readme` ones also to tests/e2e/screenshots/ with UPDATE_SCREENSHOTS=1. */
async function screenshot(page: Page, name: string, readme = false): Promise<void> {
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  if (readme && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(SCREENSHOTS, name));
  }
}

describe('task pane preview (outside Office)', () => {
  let page: Page;

  it('starts in preview mode when office.js cannot load, and asks to prepare the workbook', async () => {
    page = await context.newPage();
    await page.goto(`${origin}/taskpane.html?now=${encodeURIComponent(NOW)}`);
    await expect.poll(() => pane(page).innerText(), POLL).toContain('まず「ブックを準備」を押してください');
    const text = await pane(page).innerText();
    expect(text).toContain('プレビュー');
    expect(text).toContain('office.js を読み込めなかったため、Excel の外でプレビューとして動いています。');
    expect(await page.getByRole('button', { name: '配信データを出力' }).isDisabled()).toBe(true);
    expect(await page.locator('section.workbook').innerText()).toContain('右の「ブックを準備」を押すと');
  });

  it('prepares the workbook: sheets, tables and the 設定 defaults', async () => {
    await page.getByRole('button', { name: 'ブックを準備' }).click();
    await expect.poll(() => pane(page).innerText(), POLL).toContain('ブックを準備しました (シート 10 枚、表 28 個を作成)。');
    expect(await page.getByRole('tab').allInnerTexts()).toEqual(['質問', '割振り', '期限', '開会', '夕方レク', '待機', '待機・超勤', '通告月報', '設定']);
    await page.getByRole('tab', { name: '設定' }).click();
    expect(await cell(page, '局一覧表', 1, '局名')).toBe('医政局');
    expect(await cell(page, '局一覧表', 1, '課')).toBe('総務課、医事課、看護課');
    expect(await cell(page, '内部締切表', 4, '表示名')).toBe('閣議請議');
    expect(await cell(page, '会期表', 10, '回次')).toBe('221');
    expect(await cell(page, '会期表', 10, '種別')).toBe('特別会');
    expect(await cell(page, '閣議日程表', 0, '種別')).toBe('臨時閣議');
  });

  it('imports the bundle made from the saved real pages (file input)', async () => {
    await page.locator('input[type=file]').setInputFiles(join(root, 'addin/public/demo-bundle.json'));
    await expect.poll(() => pane(page).innerText(), POLL).toContain('を取り込みました: 質問 追加 7 件・更新 0 件 (記録 追加 32・更新 0・変更なし 0・取り込めなかった 0)。');
    await page.getByRole('tab', { name: '質問' }).click();
    const questions = await grid(page, '質問表').innerText();
    expect(questions).toContain('行き過ぎた緊縮志向に関する質問主意書');
    expect(questions).toContain('令和8年2月25日(水)'); // 衆議院221 No.1 転送日, from the saved 経過 page
    expect(await cell(page, '質問表', 0, '目標閣議')).toBe('令和8年3月3日(火)');
    expect(questions).toContain('答弁済み'); // 参議院219 No.95
  });

  it('assigns in the 割振り sheet: 60-minute countdown, 取りまとめ, and an unknown bureau flagged in Japanese', async () => {
    await page.getByRole('tab', { name: '割振り' }).click();
    expect(await cell(page, '割振り表', 0, '質問キー')).toBe('shugiin-221-1');
    await page.getByLabel('局 2行目').fill('医政局');
    await page.getByLabel('局 2行目').press('Tab');
    await page.getByLabel('局 3行目').fill('総務局');
    await page.getByLabel('局 3行目').press('Tab');
    await page.getByLabel('局 4行目').fill('保険局');
    await page.getByLabel('局 4行目').press('Tab');
    await page.getByLabel('役割 4行目').selectOption('合議');
    await expect.poll(() => cell(page, '割振り表', 0, '異議まで'), POLL).toBe('あと 60 分');
    expect(await cell(page, '割振り表', 0, '役割')).toBe('執筆');
    expect(await cell(page, '割振り表', 0, '状態')).toBe('仮割振り');
    expect(await cell(page, '割振り表', 0, '取りまとめ')).toBe('◎');
    await expect.poll(() => cell(page, '割振り表', 1, '確認'), POLL).toBe('局「総務局」は局一覧 (設定シート) にありません。');
    await expect.poll(() => cell(page, '割振り表', 2, '役割'), POLL).toBe('合議');
    const text = await pane(page).innerText();
    expect(text).toMatch(/shugiin-221-1 全体 医政局: あと 60 分 \(11:00 まで\)/);
    expect(text).toContain('割振り 3 行目 (sangiin-221-1 全体): 局「総務局」は局一覧 (設定シート) にありません。');
    // The row the message names is the row the grid numbers 3 (header = row 1), and no 質問キー is cut.
    expect(await grid(page, '割振り表').locator('tbody tr').nth(1).locator('td.rownum').innerText()).toBe('3');
    const keyColumn = 1 + (await grid(page, '割振り表').locator('thead th').allInnerTexts()).indexOf('質問キー');
    const cut = await grid(page, '割振り表').locator(`tbody tr td:nth-child(${keyColumn})`).evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth).map((td) => td.textContent));
    expect(cut).toEqual([]);
    // Highlighted like Excel's conditional formats: the unknown bureau's row, and today's deadline.
    const flagged = grid(page, '割振り表').locator('tbody tr').nth(1).locator('td[title="要確認"]');
    expect(await flagged.count()).toBeGreaterThanOrEqual(2);
    await page.locator('#summary-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'taskpane.png', true);
  });

  it('shows the internal deadlines in 和暦 with time left, highlighted by urgency', async () => {
    await page.getByRole('tab', { name: '期限' }).click();
    expect(await cell(page, '期限表', 0, '期限日時')).toBe('令和8年2月25日(水) 17:00');
    expect(await cell(page, '期限表', 0, '残り')).toBe('4 日 17 時間超過');
    expect(await cell(page, '期限表', 3, '締切')).toBe('法制局説明');
    expect(await cell(page, '期限表', 3, '担当局')).toBe('医政局');
    expect(await grid(page, '期限表').locator('td[title="期限超過"]').count()).toBe(3);
    expect(await grid(page, '期限表').locator('td[title="本日期限"]').count()).toBe(5);
    await screenshot(page, 'taskpane-deadlines.png', true);
  });

  it('publishes the assignment bundle the bureaus’ extensions read, with revision and time', async () => {
    await page.getByRole('button', { name: '配信データを出力' }).click();
    await expect.poll(() => pane(page).innerText(), POLL).toContain('配信データ (版 1) を作成しました。');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^ファイルに保存/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^kokkai-assign-20260302100\d-r1\.json$/);
    const bundle = parseBundle(readFileSync((await download.path())!, 'utf8'));
    expect(bundle.revision).toBe(1);
    expect(bundle.producer).toBe('addin:官房総務課');
    expect(bundle.records.assignments.map((a) => [a.data!.questionKey, a.data!.bureau, a.data!.role]).sort()).toEqual([
      ['sangiin-221-2', 'hoken', '合議'], ['shugiin-221-1', 'isei', '執筆'],
    ]);
    expect(await pane(page).innerText()).toContain('確認が必要な 1 行は配信していません。');
  });

  it('marks a question 他省庁 in the 質問 sheet: it leaves 未割振り, the 割振り lines to fill and the 期限 sheet', async () => {
    await page.getByRole('tab', { name: '質問' }).click();
    const keys = (await grid(page, '質問表').locator('tbody tr td:nth-child(2)').allInnerTexts());
    const r = keys.indexOf('sangiin-221-3');
    expect(await cell(page, '質問表', r, '状況の出所')).toBe('明細');
    await page.getByLabel(`当省分 ${r + 2}行目`).selectOption('他省庁');
    await page.getByLabel(`他省庁名 ${r + 2}行目`).fill('国土交通省');
    await page.getByLabel(`他省庁名 ${r + 2}行目`).press('Tab');
    await expect.poll(() => cell(page, '質問表', r, '割振り'), POLL).toBe('他省庁 (国土交通省)');
    await page.getByRole('tab', { name: '割振り' }).click();
    expect((await rows(page, '割振り表')).map((x) => x['質問キー'])).not.toContain('sangiin-221-3');
    await page.getByRole('tab', { name: '期限' }).click();
    expect((await rows(page, '期限表')).map((x) => x['質問キー'])).not.toContain('sangiin-221-3');
  });

  it('loads the demo with ?demo=1: prepared, imported, at the demo moment, with the sample 質問通告 in the evening sheets', async () => {
    const demo = await context.newPage();
    await demo.goto(`${origin}/taskpane.html?demo=1`);
    await expect.poll(() => pane(demo).innerText(), POLL).toContain('デモデータを取り込みました: 質問 追加 7 件');
    const text = await pane(demo).innerText();
    expect(text).toContain('デモ: 令和8年3月2日(月) 10:00 時点の実データ (質問通告は架空のサンプル)');
    expect(text).toContain('追加の内訳: 質問主意書 6・質問通告 1・問 5・締切 20');
    expect(text).toContain('待機日 令和8年3月3日(火)');
    expect(text).toContain('衆議院厚生労働委員会 3/4(水) 09:00: 割振り未確定 (質問者が未入力 (開会シート)、執筆局未確定 3 問)');
    await expect.poll(() => grid(demo, '割振り表').locator('tbody tr').count(), POLL).toBe(8);
    const notice = (await rows(demo, '割振り表')).filter((r) => r['件名'] === '衆議院厚生労働委員会 サンプル議員');
    expect(notice.map((r) => r['問'])).toEqual(['問1', '問2', '問3']);

    await demo.getByRole('tab', { name: '開会' }).click();
    expect(await rows(demo, '開会表')).toEqual([expect.objectContaining({
      院: '衆議院', 委員会: '厚生労働委員会', 開会日: '2026-03-04', 開会時刻: '09:00', 待機日: '令和8年3月3日(火)', 通告済み: 'サンプル議員', 問数: '3',
    })]);
    await demo.getByRole('tab', { name: '夕方レク' }).click();
    expect((await rows(demo, '夕方レク表')).map((r) => [r['表示名'], r['開始']])).toEqual([
      ['夕方レク 18:30', '令和8年3月3日(火) 18:30'], ['夕方レク 19:00', '令和8年3月3日(火) 19:00'], ['夕方レク 19:30', '令和8年3月3日(火) 19:30'],
      ['朝レク 07:30', '令和8年3月4日(水) 07:30'],
    ]);
    expect((await rows(demo, '夕方レク問表')).map((r) => [r['質問者'], r['問'], r['理由']])).toEqual(
      ['問1', '問2', '問3'].map((item) => ['サンプル議員', item, '執筆局が割り振られていません。']),
    );
    await demo.getByRole('tab', { name: '待機', exact: true }).click();
    const standby = await rows(demo, '待機表');
    expect(standby.length).toBeGreaterThan(0);
    expect(standby.every((r) => r['待機日'] === '令和8年3月3日(火)')).toBe(true);

    // The coordinator's evening on the sample: the questioner in 開会, the 問 assigned → 夕方レク on 3/3.
    await demo.getByRole('tab', { name: '開会' }).click();
    await demo.getByLabel('質問者 2行目').fill('サンプル議員');
    await demo.getByLabel('質問者 2行目').press('Tab');
    await expect.poll(() => pane(demo).innerText(), POLL).toContain('割振り未確定 (執筆局未確定 3 問)');
    // 問取り has been done for the sample notice (shared/evening/RULES.md §9.1): its row of 通告段階表 (below the questioner's own).
    const stage = (await rows(demo, '通告段階表')).findIndex((r) => r['通告受信'] !== '');
    await demo.getByLabel(`段階 ${stage + 2}行目`).selectOption('問取り完了');
    await expect.poll(async () => (await rows(demo, '通告段階表'))[stage]!['状況'], POLL).toMatch(/^問取り完了 3\/2\(月\) 10:\d\d$/);
    await demo.getByRole('tab', { name: '割振り' }).click();
    for (const [item, bureau] of [['問1', '医政局'], ['問2', '医政局'], ['問3', '保険局']] as const) {
      const r = (await rows(demo, '割振り表')).findIndex((x) => x['件名'] === '衆議院厚生労働委員会 サンプル議員' && x['問'] === item);
      await demo.getByLabel(`局 ${r + 2}行目`).fill(bureau);
      await demo.getByLabel(`局 ${r + 2}行目`).press('Tab');
      await demo.getByLabel(`状態 ${r + 2}行目`).selectOption('確定');
      await expect.poll(async () => (await rows(demo, '割振り表'))[r]!['状態'], POLL).toBe('確定');
    }
    await expect.poll(() => pane(demo).innerText(), POLL).toMatch(/衆議院厚生労働委員会 3\/4\(水\) 09:00: 割振り確定 3\/2\(月\) 10:\d\d — 問 3・夕方レク 3/);
    await demo.getByRole('tab', { name: '夕方レク' }).click();
    expect((await rows(demo, '夕方レク問表')).map((r) => [r['枠'], r['問'], r['執筆局']])).toEqual([
      ['夕方レク 18:30', '問1', '医政局'], ['夕方レク 18:30', '問2', '医政局'], ['夕方レク 18:30', '問3', '保険局'],
    ]);
    await screenshot(demo, 'taskpane-demo.png');
    await demo.close();
  });

  it('never reached the network: only the local server, and office.js was aborted', () => {
    const outside = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
    expect(outside.length).toBeGreaterThan(0);
  });
});
