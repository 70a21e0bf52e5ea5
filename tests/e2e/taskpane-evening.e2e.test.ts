/**
 * @file 夕方レク・待機解除の E2E (task pane preview in Debian Chromium): the evening of Wed 2026-06-10 before the
 * 衆議院厚生労働委員会 of Thu 6/11 09:00 (JOURNEYS.md §2). The desk's morning bundle (鈴木花子's notice, 問1 fixed to
 * 保険局 at 10:30) and the extension's export of 山田太郎's late notice (received 19:10, 3 問) are imported
 * through the file button; the coordinator types the sitting's questioners in the 開会 sheet, sets the 参議院
 * sitting of Thursday (its 定例日, offered by the board) to 中止, marks 鈴木's notice 問取り完了 and 山田's 要旨のみ
 * (shared/evening/RULES.md §9.1: nobody may go home while a 要旨 is all there is), assigns 山田's 問 in the 割振り
 * sheet, marks 山田 問取り完了 — the allocation closes — reports 保険局's 局長了, sees the 夕方レク and 待機 sheets
 * fill, presses 「待機解除を確定」 (giving the name once) and publishes: the downloaded bundle carries the slots, the
 * confirmed releases and the per-問 deadlines. Twenty minutes later 山田's 追加通告 reaches 大臣官房, already released:
 * the 待機 sheet shows the 呼び戻し (§9.5) and the next bundle carries it. Screenshots to tests/.artifacts/ (and
 * tests/e2e/screenshots/ with UPDATE_SCREENSHOTS=1).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CommitteeNotice, type ExchangeBundle, type JstInstant, emptyBundle, exchangeItemId, parseBundle } from '@shared/index';
import { POLL, type TaskpaneServer, abortOfficeJs, cell, grid, pane, rows, screenshot, serveTaskpane } from './taskpane-harness';
import { isoDate, jstInstant } from '../helpers/dates';

const NOW = '2026-06-10T19:40:00+09:00';
const SITTING = '衆議院厚生労働委員会@2026-06-11 09:00';
const at = (time: string) => jstInstant(`2026-06-10T${time}:00+09:00`);
const meta = (id: string, updatedAt: JstInstant, updatedBy: string) => ({ id, rev: 1, updatedAt, updatedBy, deleted: false });

function notice(id: string, member: string, receivedAt: JstInstant, items: string[]): CommitteeNotice {
  return {
    kind: 'notice', id, house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-11'), startTime: '09:00', member, receivedAt,
    items: items.map((text, i) => ({ label: `問${i + 1}`, text })),
    provenance: [{ sourceUrl: 'https://intra.example.go.jp/kokkai/notice-0610.html', adapterId: 'clip/selection', adapterVersion: '1', capturedAt: receivedAt, contentHash: `sha256-${id}` }],
  };
}

/** The desk's bundle published this morning: 鈴木花子's notice, its 問1 fixed to 保険局 at 10:30. */
function morningBundle(): ExchangeBundle {
  const b = emptyBundle('addin:官房総務課', at('10:35'), 3);
  const n = notice('n-suzuki-0610', '鈴木花子', at('10:00'), ['薬価改定の医療機関への影響について（厚生労働大臣）']);
  b.records.notices.push({ ...meta(n.id, at('10:05'), 'extension'), data: n });
  b.records.items.push({ ...meta(exchangeItemId(n.id, '問1'), at('10:05'), 'extension'), data: { questionKey: n.id, label: '問1', text: n.items[0]!.text } });
  b.records.assignments.push({
    ...meta('as-suzuki-1', at('10:30'), '官房総務課'),
    data: { id: 'as-suzuki-1', questionKey: n.id, itemLabel: '問1', bureau: 'hoken', division: '医療課', role: '執筆', state: 'final', proposedAt: at('10:20'), decidedAt: at('10:30'), by: '官房総務課', note: '' },
  });
  return b;
}

/** The desk's bundle at 20:00: 山田太郎's 追加通告 (received 19:58), its 問1 fixed to 大臣官房 at 19:59. */
function additionalNoticeBundle(): ExchangeBundle {
  const b = emptyBundle('addin:官房総務課', at('20:00'), 4);
  const n = notice('n-yamada-0610-2', '山田太郎', at('19:58'), ['国会答弁の作成体制について（大臣官房長）']);
  b.records.notices.push({ ...meta(n.id, at('19:58'), 'extension'), data: n });
  b.records.assignments.push({
    ...meta('as-yamada-2-1', at('19:59'), '官房総務課'),
    data: { id: 'as-yamada-2-1', questionKey: n.id, itemLabel: '問1', bureau: 'kanbo', division: '総務課', role: '執筆', state: 'final', proposedAt: at('19:59'), decidedAt: at('19:59'), by: '官房総務課', note: '' },
  });
  return b;
}

/** The extension's export with 山田太郎's notice clipped at 19:10 (前日18時以降). */
function lateNoticeBundle(): ExchangeBundle {
  const b = emptyBundle('extension', at('19:15'), 0);
  const n = notice('n-yamada-0610', '山田太郎', at('19:10'), [
    '医師の働き方改革について（厚生労働大臣）', '年金制度改正の施行状況について（厚生労働大臣）', '介護人材の確保について（老健局長）',
  ]);
  b.records.notices.push({ ...meta(n.id, at('19:12'), 'extension'), data: n });
  return b;
}

let server: TaskpaneServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let files: string;
const requests: string[] = [];
const paneText = () => pane(page).innerText();

beforeAll(async () => {
  server = await serveTaskpane();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--lang=ja-JP'],
  });
  context = await browser.newContext({ viewport: { width: 1760, height: 940 }, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
  // The page's clock runs at real speed, and jumps forward for the 追加通告 twenty minutes later.
  await context.clock.install();
  await abortOfficeJs(context);
  context.on('request', (r) => requests.push(r.url()));
  files = mkdtempSync(join(tmpdir(), 'kokkai-evening-'));
  writeFileSync(join(files, 'desk-morning.json'), JSON.stringify(morningBundle()));
  writeFileSync(join(files, 'kokkai-bundle-yamada.json'), JSON.stringify(lateNoticeBundle()));
  writeFileSync(join(files, 'desk-2000.json'), JSON.stringify(additionalNoticeBundle()));
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
  if (files) rmSync(files, { recursive: true, force: true });
});

/** 割振り rows by 質問キー and 問. */
async function assignmentRow(questionKey: string, item: string): Promise<number> {
  const list = await rows(page, '割振り表');
  const index = list.findIndex((r) => r['質問キー'] === questionKey && r['問'] === item);
  if (index < 0) throw new Error(`割振りに ${questionKey} ${item} がありません`);
  return index;
}

describe('the committee evening in the task pane', () => {
  it('prepares the workbook and imports the morning bundle and the late notice through the file button', async () => {
    page = await context.newPage();
    await page.goto(`${server.origin}/taskpane.html?now=${encodeURIComponent(NOW)}`);
    await page.getByRole('button', { name: 'ブックを準備' }).click();
    await expect.poll(paneText, POLL).toContain('ブックを準備しました (シート 10 枚、表 28 個を作成)。');
    await page.locator('input[type=file]').setInputFiles(join(files, 'desk-morning.json'));
    await expect.poll(paneText, POLL).toContain('ファイル「desk-morning.json」を取り込みました: 質問 追加 1 件');
    await page.locator('input[type=file]').setInputFiles(join(files, 'kokkai-bundle-yamada.json'));
    await expect.poll(paneText, POLL).toContain('ファイル「kokkai-bundle-yamada.json」を取り込みました: 質問 追加 1 件');
    expect(await paneText()).toContain('割振り未確定 (質問者が未入力 (開会シート)、執筆局未確定 3 問)');
  });

  it('takes the sitting’s questioners in the 開会 sheet, and the 参議院 sitting of its 定例日 as 中止', async () => {
    await page.getByRole('tab', { name: '開会' }).click();
    expect(await rows(page, '開会表')).toEqual([expect.objectContaining({
      院: '衆議院', 委員会: '厚生労働委員会', 開会日: '2026-06-11', 開会時刻: '09:00', 待機日: '令和8年6月10日(水)', 通告済み: expect.stringMatching(/^(山田太郎、鈴木花子|鈴木花子、山田太郎)$/),
      問数: '4', 開会ID: SITTING,
    }), expect.objectContaining({
      // Thursday is the 参議院厚生労働委員会's 定例日: the board offers its row until it is typed in.
      院: '参議院', 委員会: '厚生労働委員会', 開会日: '2026-06-11', 開会時刻: '', 開会ID: '定例日:参議院厚生労働委員会@2026-06-11',
    })]);
    expect(await paneText()).toContain('参議院厚生労働委員会は 6/11(木) が定例日ですが開会予定が入力されていません');
    await page.getByLabel('質問者 2行目').fill('鈴木花子、山田太郎');
    await page.getByLabel('質問者 2行目').press('Tab');
    await expect.poll(paneText, POLL).toContain('割振り未確定 (執筆局未確定 3 問)');
    await page.getByLabel('状態 3行目').selectOption('中止');
    await expect.poll(() => cell(page, '開会表', 1, '開会ID'), POLL).toBe('参議院厚生労働委員会@2026-06-11 00:00');
    expect(await cell(page, '開会表', 1, '中止の時刻')).toMatch(/^令和8年6月10日\(水\) 19:4\d$/);
    expect(await paneText()).not.toContain('定例日ですが');
    expect(await cell(page, '開会表', 0, '未通告')).toBe('');
    expect(await cell(page, '開会表', 0, '割振り')).toBe('割振り未確定');
  });

  it('marks the stages in 通告段階表: 鈴木 問取り完了, 山田 要旨のみ (nobody goes home on a 要旨)', async () => {
    const stages = await rows(page, '通告段階表');
    expect(stages.map((r) => [r['質問者'], r['問数'], r['状況']])).toEqual([
      ['鈴木花子', '0', '通告 1 件 (段階は下の通告の行で選びます)'],
      ['鈴木花子', '1', '段階が未入力です (問取り未了とみなします)。問取りが終われば「問取り完了」を選んでください。'],
      ['山田太郎', '0', '通告 1 件 (段階は下の通告の行で選びます)'],
      ['山田太郎', '3', '段階が未入力です (問取り未了とみなします)。問取りが終われば「問取り完了」を選んでください。'],
    ]);
    await page.getByLabel('段階 3行目').selectOption('問取り完了');
    await expect.poll(() => cell(page, '通告段階表', 1, '状況'), POLL).toMatch(/^問取り完了 6\/10\(水\) 19:4\d$/);
    await page.getByLabel('段階 5行目').selectOption('要旨のみ');
    await expect.poll(() => cell(page, '通告段階表', 3, '状況'), POLL).toBe('要旨のみ (問取り未了)');
  });

  it('assigns 山田’s 問 in the 割振り sheet: with only a 要旨 from 山田 nobody may go home; 問取り完了 closes the allocation', async () => {
    await page.getByRole('tab', { name: '割振り' }).click();
    for (const [item, bureau] of [['問1', '医政局'], ['問2', '年金局'], ['問3', '老健局']] as const) {
      const r = await assignmentRow('n-yamada-0610', item);
      await page.getByLabel(`局 ${r + 2}行目`).fill(bureau);
      await page.getByLabel(`局 ${r + 2}行目`).press('Tab');
      await page.getByLabel(`状態 ${r + 2}行目`).selectOption('確定');
      await expect.poll(async () => cell(page, '割振り表', await assignmentRow('n-yamada-0610', item), '状態'), POLL).toBe('確定');
    }
    // Every 問 has its owner, but 山田's 問 are only a 要旨 (shared/evening/RULES.md §9.1).
    await expect.poll(paneText, POLL).toMatch(/割振り未確定 — 誰も解除できません:\s*山田太郎委員の通告が要旨のみ（問取り未了）\s*待機解除を確定/);
    expect(await paneText()).toContain('参議院厚生労働委員会 6/11(木): 中止');
    expect(await page.getByRole('button', { name: /^待機解除を確定/ }).isDisabled()).toBe(true);
    await page.getByRole('tab', { name: '待機', exact: true }).click();
    const waiting = (await rows(page, '待機表')).find((s) => s['局'] === '大臣官房')!;
    expect(waiting['状態']).toBe('待機中 (割振り未確定)');
    expect(waiting['待機の理由']).toContain('山田太郎委員の通告が要旨のみ（問取り未了）');
    expect((await rows(page, '割振り未確定の理由表')).map((r) => r['理由'])).toEqual([expect.stringContaining('山田太郎委員の通告が要旨のみ')]);

    await page.getByRole('tab', { name: '開会' }).click();
    await page.getByLabel('段階 5行目').selectOption('問取り完了');
    await expect.poll(paneText, POLL).toMatch(/衆議院厚生労働委員会 6\/11\(木\) 09:00: 割振り確定 6\/10\(水\) 19:4\d — 問 4・夕方レク 1・朝レク 3/);
    expect(await cell(page, '開会表', 0, '割振り')).toMatch(/^割振り確定 6\/10\(水\) 19:4\d$/);
    expect(await paneText()).toMatch(/待機解除を確定 \(9 局\)/);
  });

  it('fills the 夕方レク sheet: the morning 問 in 夕方レク 18:30, the late ones in 朝レク 07:30 with the reason', async () => {
    await page.getByRole('tab', { name: '夕方レク' }).click();
    const timeline = await rows(page, '夕方レク問表');
    expect(timeline.map((r) => [r['枠'], r['区分'], r['質問者'], r['問'], r['執筆局']])).toEqual([
      ['夕方レク 18:30', '夕方レク', '鈴木花子', '問1', '保険局'],
      ['朝レク 07:30', '朝レク', '山田太郎', '問1', '医政局'],
      ['朝レク 07:30', '朝レク', '山田太郎', '問2', '年金局'],
      ['朝レク 07:30', '朝レク', '山田太郎', '問3', '老健局'],
    ]);
    expect(timeline[0]).toMatchObject({ 局長了見込み: '令和8年6月10日(水) 16:30', 局長了締切: '令和8年6月10日(水) 18:30', 理由: '' });
    expect(timeline[1]!['理由']).toMatch(/^局長了見込み 6\/11\(木\) 01:4\d が最後の夕方レク枠 \(6\/10\(水\) 19:30\) に間に合いません。朝レク 07:30に回します。$/);
    // Coloured like Excel's conditional formats: 朝レク amber.
    expect(await grid(page, '夕方レク問表').locator('td[title="朝レクに回る"]').count()).toBe(9);
    const slots = await rows(page, '夕方レク表');
    expect(slots.map((s) => [s['表示名'], s['問数'], s['問'], s['局']])).toEqual([
      ['夕方レク 18:30', '1', '鈴木花子 問1', '保険局'], ['夕方レク 19:00', '0', '', ''], ['夕方レク 19:30', '0', '', ''],
      ['朝レク 07:30', '3', '山田太郎 問1、問2、問3', '医政局、年金局、老健局'],
    ]);
    // 保険局 reports its 局長了 at 16:40: its only 問 is done.
    const r = timeline.findIndex((x) => x['質問者'] === '鈴木花子');
    await grid(page, '夕方レク問表').getByLabel(`局長了実績 ${r + 2}行目`).fill('16:40');
    await grid(page, '夕方レク問表').getByLabel(`局長了実績 ${r + 2}行目`).press('Tab');
    await expect.poll(() => cell(page, '夕方レク問表', r, '局長了実績'), POLL).toBe('16:40');
    // Kept as typed (the 実績 cells are the typists'); the plan reads it as 16:40 of the standby night.
    await expect.poll(() => cell(page, '夕方レク問表', r, '局長了見込み'), POLL).toBe('令和8年6月10日(水) 16:40');
    await expect.poll(paneText, POLL).toMatch(/待機解除を確定 \(10 局\)/);
    await page.locator('.grid-scroll').evaluateAll((els) => els.forEach((el) => { el.scrollLeft = 0; }));
    await page.locator('#evening-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'taskpane-evening-timeline.png');
  });

  it('fills the 待機 sheet: each bureau’s state, expected finish and hours', async () => {
    await page.getByRole('tab', { name: '待機', exact: true }).click();
    const standby = await rows(page, '待機表');
    const of = (bureau: string) => standby.find((s) => s['局'] === bureau)!;
    expect(standby).toHaveLength(13);
    expect(of('大臣官房')['状態']).toMatch(/^解除可 19:4\d〜$/);
    expect(of('大臣官房')['理由']).toMatch(/^割振り確定 \(6\/10\(水\) 19:4\d\) の時点で担当の問がないため待機解除。$/);
    expect(of('保険局')['状態']).toMatch(/^解除可 19:4\d〜$/);
    expect(of('医政局')['状態']).toMatch(/^待機中 \(解除見込み 翌01:4\d\)$/);
    expect(of('医政局')['作業終了見込み']).toMatch(/^令和8年6月11日\(木\) 01:4\d$/);
    expect(await paneText()).toContain('作業中: 医政局、老健局、年金局 — 「夕方レク」シートに局長了の実績を入れると解除可になります。');
  });

  it('records the release with 「待機解除を確定」: asks the name once, then when and who; a second click records nothing', async () => {
    await page.getByRole('button', { name: /^待機解除を確定/ }).click();
    await expect.poll(paneText, POLL).toContain('待機解除の記録に残す担当者名を入力してください。');
    await page.getByLabel('担当者名').fill('山田');
    await page.getByRole('button', { name: '記録して確定' }).click();
    await expect.poll(paneText, POLL).toMatch(/大臣官房、健康・生活衛生局、医薬局 ほか 7 局の待機解除を記録しました \(19:4\d、記録者 山田\)。/);
    await expect.poll(async () => (await rows(page, '待機表')).find((s) => s['局'] === '大臣官房')!['状態'], POLL).toMatch(/^解除 19:4\d$/);
    const kanbo = (await rows(page, '待機表')).find((s) => s['局'] === '大臣官房')!;
    expect(kanbo['確定者']).toBe('山田');
    expect(Number(kanbo['終業後(時間)'])).toBeGreaterThan(1.4); // 18:15 → 19:4x
    expect(await paneText()).toContain('記録者: 山田');
    expect(await page.getByRole('button', { name: /^待機解除を確定/ }).isDisabled()).toBe(true);
    await page.locator('#evening-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'taskpane-evening.png', true);
    await page.getByRole('tab', { name: '設定' }).click();
    expect((await rows(page, '基本設定表')).find((r) => r['項目'] === '担当者')!['値']).toBe('山田');
  });

  it('counts the standby in the 待機・超勤 sheet up to the confirmation', async () => {
    await page.getByRole('tab', { name: '待機・超勤' }).click();
    const ledger = await rows(page, '待機記録表');
    const kanbo = ledger.find((r) => r['局'] === '大臣官房')!;
    expect(kanbo).toMatchObject({ 種別: '待機', 状態: '確定', 人数: '30', 開始: '令和8年6月10日(水) 18:15', 記録ID: 'standby:kanbo:2026-06-10' });
    expect(ledger.find((r) => r['局'] === '医政局')!['状態']).toBe('見込み');
    const tally = await rows(page, '超勤集計表');
    expect(tally.find((r) => r['局'] === '医政局')).toMatchObject({ 区分: '他律部署', 対象月: '2026-06', 状態: '上限内' });
    await screenshot(page, 'taskpane-evening-ledger.png');
  });

  it('publishes the slots, the confirmed releases and the per-問 deadlines', async () => {
    await page.getByRole('button', { name: '配信データを出力' }).click();
    await expect.poll(paneText, POLL).toContain('配信データ (版 1) を作成しました。');
    expect(await paneText()).toMatch(/夕方レク枠 4 件、待機解除 10 件/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^ファイルに保存/ }).click()]);
    const bundle = parseBundle(readFileSync((await download.path())!, 'utf8'));
    const releases = bundle.records.releases.filter((r) => !r.deleted);
    expect(releases.map((r) => r.data!.bureau).sort()).toEqual(['iyaku', 'jinzai', 'kanbo', 'kenkou', 'hoken', 'koyou-kankyou', 'roudou-kijun', 'seisaku-toukatsu', 'shakai-engo', 'shokugyou-antei'].sort());
    expect(releases[0]!.data).toMatchObject({ date: '2026-06-10', by: '山田', releasedAt: expect.stringMatching(/^2026-06-10T19:4\d:\d\d\+09:00$/) });
    expect(bundle.records.slots.map((s) => [s.id, s.data!.itemIds])).toEqual([
      [`slot:${SITTING}:evening-1830`, ['n-suzuki-0610#問1']],
      [`slot:${SITTING}:evening-1900`, []],
      [`slot:${SITTING}:evening-1930`, []],
      [`slot:${SITTING}:morning-0730`, ['n-yamada-0610#問1', 'n-yamada-0610#問2', 'n-yamada-0610#問3']],
    ]);
    const director = bundle.records.milestones.filter((m) => m.data?.label === '局長了').map((m) => [m.data!.itemLabel, m.data!.bureau, m.data!.dueAt]);
    expect(director.sort()).toEqual([
      ['問1', 'hoken', '2026-06-10T18:30:00+09:00'], ['問1', 'isei', '2026-06-11T07:30:00+09:00'],
      ['問2', 'nenkin', '2026-06-11T07:30:00+09:00'], ['問3', 'roukenkyoku', '2026-06-11T07:30:00+09:00'],
    ]);
    expect(bundle.records.milestones.filter((m) => m.data?.label === '課長了')).toHaveLength(4);
  });

  it('a 追加通告 twenty minutes later recalls 大臣官房, already released: the 待機 sheet and the next bundle show the 呼び戻し', async () => {
    await page.clock.fastForward('20:00');
    await page.locator('input[type=file]').setInputFiles(join(files, 'desk-2000.json'));
    await expect.poll(paneText, POLL).toContain('ファイル「desk-2000.json」を取り込みました: 質問 追加 1 件');
    // Its stage is not marked yet: the allocation is open again, and 大臣官房 has new work.
    await page.getByRole('tab', { name: '開会' }).click();
    const row = (await rows(page, '通告段階表')).findIndex((r) => r['行ID'] === 'stage:notice:n-yamada-0610-2');
    await page.getByLabel(`段階 ${row + 2}行目`).selectOption('問取り完了');
    await page.getByRole('tab', { name: '待機', exact: true }).click();
    await expect.poll(async () => (await rows(page, '待機表')).find((s) => s['局'] === '大臣官房')!['状態'], POLL).toMatch(/^呼び戻し \(19:4\d の解除を取消\)$/);
    // Once 問取り完了 is recorded (the allocation closes again), its end is expected after its work.
    await expect.poll(async () => (await rows(page, '待機表')).find((s) => s['局'] === '大臣官房')!['呼び戻し'], POLL).toMatch(/^19:59〜翌\d\d:\d\d \(見込み\) 追加通告 \(山田太郎\)$/);
    expect(await rows(page, '呼び戻し表')).toEqual([expect.objectContaining({
      局: '大臣官房', 呼び戻し: '令和8年6月10日(水) 19:59', 理由: '追加通告', きっかけ: '山田太郎', 問: '問1', ID: 'recall:kanbo:2026-06-10:2026-06-10T19:59:00+09:00',
    })]);
    await expect.poll(paneText, POLL).toContain('呼び戻し: 大臣官房');
    expect(await paneText()).toMatch(/呼び戻し 1 件:\s*大臣官房 19:59〜翌\d\d:\d\d \(見込み\) 追加通告 \(山田太郎\)/);
    await page.locator('.grid-scroll').evaluateAll((els) => els.forEach((el) => { el.scrollLeft = 0; }));
    await page.locator('#evening-h').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(page, 'taskpane-evening-recall.png', true);

    await page.getByRole('button', { name: '配信データを出力' }).click();
    await expect.poll(paneText, POLL).toContain('配信データ (版 2) を作成しました。');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^ファイルに保存/ }).click()]);
    const bundle = parseBundle(readFileSync((await download.path())!, 'utf8'));
    expect(bundle.records.recalls.map((r) => [r.id, r.data!.reason, r.data!.by])).toEqual([['recall:kanbo:2026-06-10:2026-06-10T19:59:00+09:00', '追加通告', '山田太郎']]);
    expect(bundle.records.releases.find((r) => r.id === 'release:kanbo:2026-06-10')).toMatchObject({ deleted: true });
  });

  it('never reached the network: only the local server, and office.js was aborted', () => {
    const outside = requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(outside.every((u) => u.startsWith('https://appsforoffice.microsoft.com/'))).toBe(true);
  });
});
