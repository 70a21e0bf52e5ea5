/**
 * @file フィード E2E: built extension in headless Chromium, feed and Teams webhook on 127.0.0.1. Set my
 * bureau in options → popup shows its 問 and deadlines → new assignment, then release → popup, badge and
 * webhook update → feed down / invalid → error shown and the last good data kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExchangeBundle, addMinutes, emptyBundle, exchangeItemId, fromEpochMs, jstAt, jstDateOf } from '@shared/index';
import { EXTENSION_DIR, type ExtensionBrowser, type FeedServer, launchExtension, readBadge, readLocalStorage, startFeedServer } from './extension-harness';

// Feed times are relative to the real clock because the extension reads the real clock.
const now = fromEpochMs(Date.now());
const today = jstDateOf(now);
const meta = (id: string, rev = 1) => ({ id, rev, updatedAt: now, updatedBy: '官房総務課', deleted: false });
const questionKey = 'sangiin-221-37';

function assignment(id: string, label: string, bureau: string, role: '執筆' | '合議') {
  return { ...meta(id), data: { id, questionKey, itemLabel: label, bureau, division: '', role, state: 'final' as const, proposedAt: now, by: '', note: '' } };
}

/** v1: 問一 to 医政局 (原案 in 3 h), 問二 to 保険局. */
function feedV1(): ExchangeBundle {
  const b = emptyBundle('addin:官房総務課', now, 1);
  b.records.questions.push({
    ...meta(questionKey),
    data: {
      kind: 'written', house: 'sangiin', session: 221, number: 37, title: '医師の働き方改革に関する質問主意書', submitters: ['山田太郎'],
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

/** v3: 医政局 released today at 19:42. */
function feedV3(): ExchangeBundle {
  const b = feedV2();
  b.revision = 3;
  const releasedAt = jstAt(today, '19:42');
  b.records.releases.push({ ...meta('rel-isei'), data: { bureau: 'isei', date: today, releasedAt, reason: '割振りなし', by: '官房総務課' } });
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
    expect(text).toContain('医師の働き方改革に関する質問主意書');
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

  it('shows the stand-down banner after a release and posts it to the Teams webhook', async () => {
    server.setFeed(JSON.stringify(feedV3()));
    await refreshPopup();
    await expect.poll(popupText).toContain('本日の待機は解除されました (19:42)');
    await expect.poll(() => JSON.stringify(server.webhookPosts)).toContain('医政局: 本日の待機は解除されました (19:42)');
    const card = server.webhookPosts.find((p) => JSON.stringify(p).includes('待機は解除')) as { attachments: { contentType: string }[] };
    expect(card.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
  });

  it('shows the error and keeps the last good data when the feed is down or invalid', async () => {
    server.setMode('down');
    await refreshPopup();
    await expect.poll(popupText).toContain('更新できませんでした: フィードの取得に失敗しました (HTTP 503)');
    expect(await popupText()).toContain('医政局の問 (2 件)');
    expect(await popupText()).toContain('本日の待機は解除されました (19:42)');

    server.setMode('ok');
    server.setFeed('{"format": "kokkai-toben-desk/exchange", ');
    await refreshPopup();
    await expect.poll(popupText).toContain('バンドルが JSON として読み取れません');
    expect(await popupText()).toContain('医政局の問 (2 件)');

    server.setFeed(JSON.stringify({ ...feedV3(), version: 2 }));
    await refreshPopup();
    await expect.poll(popupText).toContain('交換バンドルの版 2 には対応していません');
    expect(await popupText()).toContain('医政局の問 (2 件)');
    await expect.poll(badge).toBe('2');
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
