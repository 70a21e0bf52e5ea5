/**
 * @file フィード E2E: built extension in headless Chromium, feed and Teams webhook on 127.0.0.1. Set my
 * bureau in options → popup shows its 問 and deadlines → new assignment, then release → popup, badge and
 * webhook update → a question captured and a notice clipped, the full popup within its width (screenshot
 * popup.png for the README, kept with UPDATE_SCREENSHOTS=1) → feed down / invalid → error shown and the last
 * good data kept.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  type ExchangeBundle, type IsoDate, addDays, addMinutes, defaultCalendar, emptyBundle, exchangeItemId, fromEpochMs, jstAt, jstDateOf, jstTimeOf,
} from '@shared/index';
import {
  EXTENSION_DIR, type ExtensionBrowser, type FeedServer, clearNotification, launchExtension, openClipForm, readBadge, readLocalStorage, readNotifications,
  startFeedServer,
} from './extension-harness';
import { seriousViolations } from './axe-check';
import { popupLayoutProblems } from './popup-layout';
import { screenshot } from './taskpane-harness';

// Feed times are relative to the real clock because the extension reads the real clock.
const now = fromEpochMs(Date.now());
const today = jstDateOf(now);
const meta = (id: string, rev = 1) => ({ id, rev, updatedAt: now, updatedBy: '官房総務課', deleted: false });
const questionKey = 'sangiin-221-37';
/** A long 件名, as real ones are: it must stay inside the popup's width. */
const TITLE = '医師の働き方改革の施行後における地域医療提供体制の確保及び医師の健康確保措置の実施状況に関する質問主意書';

/** Saved real pages captured in the popup's full state: a 質問本文 with a long 件名 and no 転送日, a 明細 with its deadline. */
const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';
const pages = resolve(import.meta.dirname, '../fixtures/pages/sangiin');
const savedPages: Record<string, string> = { [`${SAN}219/syuh/s219095.htm`]: 's219095.htm', [`${SAN}221/meisai/m221001.htm`]: 'm221001.htm' };

/** A notice for a special committee with a long name, clipped from an intranet page, for the next open day. */
const NOTICE_URL = 'https://intra.example.go.jp/kokkai/notice-feed.html';
const COMMITTEE = '地域活性化・こども政策・デジタル社会形成に関する特別委員会';
const noticeText = [
  `衆議院${COMMITTEE}　質問通告`,
  '立憲民主党・無所属　山田太郎',
  '問１　医師の働き方改革について（厚生労働大臣）',
  '問２　こども医療費助成の地域差について（医政局長）',
].join('\n');
function nextOpenDay(from: IsoDate): IsoDate {
  const calendar = defaultCalendar();
  let d = addDays(from, 1);
  while (calendar.isClosed(d)) d = addDays(d, 1);
  return d;
}

function assignment(id: string, label: string, bureau: string, role: '執筆' | '合議') {
  return { ...meta(id), data: { id, questionKey, itemLabel: label, bureau, division: '', role, state: 'final' as const, proposedAt: now, by: '', note: '' } };
}

/** v1: 問一 to 医政局 (原案 in 3 h), 問二 to 保険局. */
function feedV1(): ExchangeBundle {
  const b = emptyBundle('addin:官房総務課', now, 1);
  b.records.questions.push({
    ...meta(questionKey),
    data: {
      kind: 'written', house: 'sangiin', session: 221, number: 37, title: TITLE, submitters: ['山田太郎'],
      transferredOn: today, extensions: [], items: [], answerItems: [], provenance: [], userEdited: [],
      questionUrl: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221037.htm',
    },
  });
  for (const label of ['一', '二']) b.records.items.push({ ...meta(exchangeItemId(questionKey, label)), data: { questionKey, label, text: `問${label}` } });
  b.records.assignments.push(assignment('as-1', '一', 'isei', '執筆'), assignment('as-2', '二', 'hoken', '執筆'));
  b.records.milestones.push({ ...meta('m-1'), data: { questionKey, itemLabel: '一', kind: 'draft', label: '原案', dueAt: addMinutes(now, 180) } });
  return b;
}

/** v2: 問二 also to 医政局 as 合議 (合議了 in 10 h). */
function feedV2(): ExchangeBundle {
  const b = feedV1();
  b.revision = 2;
  b.records.assignments.push(assignment('as-3', '二', '医政局', '合議'));
  b.records.milestones.push({ ...meta('m-2'), data: { questionKey, itemLabel: '二', kind: 'concurrence', label: '合議了', dueAt: addMinutes(now, 600) } });
  return b;
}

/** 医政局's release: 20 minutes ago (or at 00:00 just after midnight) — a release still ahead is not shown. */
const RELEASED_AT = jstDateOf(addMinutes(now, -20)) === today ? addMinutes(now, -20) : jstAt(today, '00:00');
const RELEASED = `本日の待機は解除されました (${jstTimeOf(RELEASED_AT)})`;

/** v3: 医政局 released today, 20 minutes ago. */
function feedV3(): ExchangeBundle {
  const b = feedV2();
  b.revision = 3;
  b.records.releases.push({ ...meta('rel-isei'), data: { bureau: 'isei', date: today, releasedAt: RELEASED_AT, reason: '割振りなし', by: '官房総務課' } });
  return b;
}

/** v4: 医政局 released 5 minutes ago, then recalled a minute ago by 甲's 追加通告 (shared/evening/RULES.md §9.5). */
const RECALL_ID = `recall:isei:${today}:${addMinutes(now, -1)}`;
function feedV4(): ExchangeBundle {
  const b = feedV3();
  b.revision = 4;
  b.records.releases = [{ ...meta('rel-isei', 2), data: { bureau: 'isei', date: today, releasedAt: addMinutes(now, -5), reason: '割振りなし', by: '官房総務課' } }];
  b.records.recalls.push({
    ...meta(RECALL_ID),
    data: { bureau: 'isei', date: today, at: addMinutes(now, -1), until: null, reason: '追加通告', by: '甲', itemIds: [], text: '追加通告 (甲) で呼び戻し' },
  });
  return b;
}

let browser: ExtensionBrowser;
let server: FeedServer;
let popup: Page;

const badge = () => readBadge(browser.worker);
const popupText = () => popup.locator('main').innerText();
async function refreshPopup(): Promise<void> {
  await popup.getByRole('button', { name: '更新' }).click();
}

beforeAll(async () => {
  server = await startFeedServer();
  server.setFeed(JSON.stringify(feedV1()));
  browser = await launchExtension();
  await browser.context.route(/^https:\/\/(www\.sangiin\.go\.jp|intra\.example\.go\.jp)\//, (route) => {
    const url = route.request().url();
    if (url === NOTICE_URL) {
      return route.fulfill({
        status: 200, contentType: 'text/html; charset=UTF-8',
        body: `<!doctype html><html lang="ja"><meta charset="utf-8"><title>質問通告</title><pre id="notice">${noticeText}</pre></html>`,
      });
    }
    const saved = savedPages[url];
    if (!saved) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body: readFileSync(join(pages, saved)) });
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bureau feed in the extension', () => {
  it('saves my bureau and the feed in options, and the popup shows my 問 with deadlines', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.selectOption('#bureau', 'isei');
    await options.fill('#feed', 'ftp://example.com/feed.json');
    await options.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.locator('[role=status]').innerText()).toContain('https://');
    await options.fill('#feed', `${server.origin}/feed.json`);
    await options.fill('#webhook', `${server.origin}/webhook`);
    await options.fill('#report', `${server.origin}/reports`);
    // This PC is 医政局's Teams poster (one per bureau): only it posts the bureau's events.
    await options.check('#poster');
    await expect.poll(() => options.inputValue('#refresh')).toBe('5');
    await options.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.locator('[role=status]').first().innerText()).toContain('保存しました');
    expect(await readLocalStorage(browser.worker, 'options')).toMatchObject({ bureauId: 'isei', refreshMinutes: 5 });
    await options.close();

    popup = await browser.context.newPage();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await refreshPopup();
    await expect.poll(popupText).toContain('医政局の問 (1 件)');
    const text = await popupText();
    expect(text).toMatch(/最終更新 \d{2}:\d{2}/);
    expect(text).toMatch(/原案 令和\d+年\d+月\d+日\(.\) \d{2}:\d{2} まで \(あと 2 時間 5\d 分|あと 3 時間\)/);
    expect(text).toContain(TITLE);
    expect(text).not.toContain('問二');
    await expect.poll(badge).toBe('1');
  });

  it('shows a new assignment and updates the badge after the feed changes (conditional GET)', async () => {
    await refreshPopup();
    await expect.poll(() => server.feedRequests.at(-1)?.status).toBe(304);
    server.setFeed(JSON.stringify(feedV2()));
    await refreshPopup();
    await expect.poll(popupText).toContain('医政局の問 (2 件)');
    expect(await popupText()).toMatch(/合議了 令和.* まで/);
    await expect.poll(badge).toBe('2');
    await popup.selectOption('select[aria-label="役割で絞り込む"]', '合議');
    await expect.poll(popupText).toContain('医政局の問 (1 件)');
    await popup.selectOption('select[aria-label="役割で絞り込む"]', '');
    const posts = JSON.stringify(server.webhookPosts);
    expect(posts).toContain('医政局: 新しい割振り 二 (合議)');
  });

  it('answers from the popup: 受諾 and 原案了 are stored, and the report is POSTed to the report URL without cookies', async () => {
    await popup.locator('button[data-answer="as-1"]').click();
    const form = popup.getByRole('form', { name: '問一 への回答' });
    await form.getByLabel('担当者').fill('医政局 田中');
    await form.getByRole('button', { name: '受諾' }).click();
    await expect.poll(popupText).toContain('受諾を記録しました。報告を送りました');
    await expect.poll(() => server.reportPosts.length).toBe(1);
    const report = JSON.parse(server.reportPosts[0]!.body) as ExchangeBundle;
    expect(report).toMatchObject({ format: 'kokkai-toben-desk/exchange', version: 3, bureau: 'isei' });
    expect(report.records.responses.map((r) => r.data)).toEqual([expect.objectContaining({ type: 'accept', assignmentId: 'as-1', bureau: 'isei', by: '医政局 田中' })]);
    expect(server.reportPosts[0]!.credentials).toBe(false);
    expect(JSON.stringify(report)).not.toContain('webhook');

    await popup.locator('button[data-answer="as-1"]').click();
    await popup.getByRole('form', { name: '問一 への回答' }).getByRole('button', { name: '原案了' }).click();
    await expect.poll(() => server.reportPosts.length).toBe(2);
    await expect.poll(() => popup.locator('section[aria-label="自局の問"] .responses').first().innerText()).toMatch(/^受諾 .* 医政局 田中 ・原案了 /);
  });

  it('shows the stand-down banner after a release and posts it to the Teams webhook', async () => {
    server.setFeed(JSON.stringify(feedV3()));
    await refreshPopup();
    await expect.poll(popupText).toContain(RELEASED);
    await expect.poll(() => JSON.stringify(server.webhookPosts)).toContain(`医政局: ${RELEASED}`);
    const card = server.webhookPosts.find((p) => JSON.stringify(p).includes('待機は解除')) as { attachments: { contentType: string }[] };
    expect(card.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('with a captured question and a clipped notice, the whole popup stays within its width (README screenshot)', async () => {
    for (const url of Object.keys(savedPages)) {
      const tab = await browser.context.newPage();
      await tab.goto(url);
      await tab.getByRole('button', { name: 'この質問を取り込む' }).click();
      await expect.poll(() => tab.locator('kokkai-capture .toast').innerText()).toContain('1 件追加、0 件更新');
      await tab.close();
    }
    const tab = await browser.context.newPage();
    await tab.goto(NOTICE_URL);
    const form = await openClipForm(browser, tab, 'notice');
    await expect.poll(() => form.getByRole('region', { name: '問' }).innerText()).toContain('問 (2 件)');
    await form.fill('#committee', COMMITTEE);
    await form.fill('#sittingOn', nextOpenDay(today));
    await form.fill('#startTime', '09:00');
    await form.fill('#member', '山田太郎（立憲民主党・無所属）');
    await form.fill('#receivedAt', addMinutes(now, -5).slice(0, 16));
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.locator('[role=status]').innerText()).toContain('質問通告を保存しました');
    await form.close();
    await tab.close();

    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.reload();
    await expect.poll(popupText).toContain('取り込んだ質問主意書 (2 件)');
    const text = await popupText();
    expect(text).toContain(RELEASED);
    // 問一's 原案 was reported 原案了 above: its deadline is done, not ahead; 問二's 合議了 is what is left.
    expect(text).not.toMatch(/原案 令和\d+年\d+月\d+日\(.\) \d{2}:\d{2} まで/);
    expect(text).toMatch(/合議了 令和\d+年\d+月\d+日\(.\) \d{2}:\d{2} まで/);
    expect(text).toMatch(/一\s*執筆[\s\S]*締切はすべて済みです/);
    expect(text).toMatch(new RegExp(`衆議院 ${COMMITTEE}\\s*令和\\d+年\\d+月\\d+日\\(.\\) 09:00 開会\\s*山田太郎（立憲民主党・無所属） ・問 2 件`));
    expect(text).toMatch(/参議院 第221回 第1号\s*答弁済み\s*未確認\s*点字版選挙公報の遅延及び投票環境の不備に関する質問主意書\s*答弁期限 令和8年3月6日\(金\)/);
    // Captured from its 質問本文 alone: nothing says where it stands, and the popup says so and how to fix it.
    expect(text).toMatch(/参議院 第219回 第95号\s*状況未確認\s*未確認\s*国光あやの外務副大臣による[^\n]*\s*内閣転送日が未確認のため、答弁期限を計算できません。/);
    // A long 件名 is cut at 2 lines on screen; the whole 件名 is its tooltip.
    // 転送待ち (still to answer) before 答弁済み: 第95号 first, whatever the numbers.
    expect(await popup.locator('section[aria-label="取り込んだ質問主意書"] .title').first().getAttribute('title')).toMatch(/名誉毀損行為に関する質問主意書$/);
    expect(await popup.locator('section[aria-label="自局の問"] .title').first().getAttribute('title')).toBe(TITLE);
    expect(await popupLayoutProblems(popup)).toEqual([]);

    const height = await popup.evaluate(() => Math.ceil(document.documentElement.scrollHeight));
    await popup.setViewportSize({ width: 380, height });
    await screenshot(popup, 'popup.png', true);
    await popup.setViewportSize({ width: 380, height: 600 });
  });

  it('shows the error and keeps the last good data when the feed is down or invalid', async () => {
    server.setMode('down');
    await refreshPopup();
    await expect.poll(popupText).toContain('更新できませんでした: フィードの取得に失敗しました (HTTP 503)');
    expect(await popupText()).toContain('医政局の問 (2 件)');
    expect(await popupText()).toContain(RELEASED);
    // The stand-down rests on the last good data: the banner says so (standDownFreshness), and passes axe.
    await expect.poll(() => popup.locator('p.banner[role=status]').innerText()).toMatch(
      /ただし配信データは最終更新 \d{2}:\d{2} のものです。その後の呼び戻しはここに出ていない可能性があります。「更新」で確かめてください。/,
    );
    expect(await seriousViolations(popup, 'popup (stand-down on old data)')).toEqual([]);

    server.setMode('ok');
    server.setFeed('{"format": "kokkai-toben-desk/exchange", ');
    await refreshPopup();
    await expect.poll(popupText).toContain('バンドルが JSON として読み取れません');
    expect(await popupText()).toContain('医政局の問 (2 件)');

    server.setFeed(JSON.stringify({ ...feedV3(), version: 4 }));
    await refreshPopup();
    await expect.poll(popupText).toContain('交換バンドルの版 4 には対応していません (対応: 1・2・3)');
    expect(await popupText()).toContain('医政局の問 (2 件)');
    // One 問 due within 24 h: 問二's 合議了 (問一's 原案 is reported done).
    await expect.poll(badge).toBe('1');
  });
});

describe('a 呼び戻し in the popup', () => {
  it('says the recall at the top, withdraws the stand-down banner, and notifies it once', async () => {
    server.setMode('ok');
    server.setFeed(JSON.stringify(feedV4()));
    await refreshPopup();
    await expect.poll(popupText).toContain(`呼び戻し ${jstTimeOf(addMinutes(now, -1))} 追加通告 (甲委員) — 待機を続けてください。`);
    expect(await popupText()).not.toContain('本日の待機は解除されました');
    const notified = async () => (await readNotifications(browser.worker)).filter((id) => id.startsWith('recall:'));
    await expect.poll(notified).toEqual([`recall:${RECALL_ID}`]);
    // Shown once: closed by the user, a later pass (another refresh) does not show it again.
    await clearNotification(browser.worker, `recall:${RECALL_ID}`);
    await refreshPopup();
    await expect.poll(() => server.feedRequests.at(-1)?.status).toBe(304);
    await new Promise((done) => setTimeout(done, 500));
    expect(await notified()).toEqual([]);
  });
});

describe('feed errors that say what is wrong', () => {
  it('a server that answers without CORS for a site not granted: 「アクセスが許可されていない」 and the 「アクセスを許可」 button', async () => {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.fill('#feed', `${server.origin}/no-cors/feed.json`);
    await options.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => options.locator('[role=status]').first().innerText()).toContain('保存しました');
    await options.close();
    await refreshPopup();
    await expect.poll(popupText).toContain('は応答しましたが、このサイトへのアクセスが許可されていないため読み取れません (サーバーが CORS を許可していません)。');
    expect(await popup.getByRole('button', { name: 'アクセスを許可' }).count()).toBe(1);
    expect(await popupText()).not.toContain('ネットワークを確認');
    expect(await popupText()).toContain('医政局の問 (2 件)');
  });
});

describe('popup size', () => {
  it('loads less than 25 KB of JavaScript (gzip) — every script and modulepreload of the built popup.html', () => {
    const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const gzipBytes = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(EXTENSION_DIR, src))).length, 0);
    console.info(`popup JS: ${scripts.join(', ')} = ${(gzipBytes / 1024).toFixed(1)} KB gzip`);
    expect(gzipBytes).toBeLessThan(25 * 1024);
  });
});
