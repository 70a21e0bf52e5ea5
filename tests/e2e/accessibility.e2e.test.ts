/**
 * @file アクセシビリティ E2E (JIS X 8341-3:2016 AA = WCAG 2.0 A + AA): axe-core with the wcag2a and wcag2aa tags and
 * Japanese messages, in headless Debian Chromium, on every screen in the states a user meets — the options page
 * (as opened, after an error), the 質問通告 clip form (as opened, with field errors, saved), the popup full of data
 * (my 問 overdue / due today / within 24 hours / later, tonight's slot, the stand-down banner, captured 質問主意書,
 * a clipped notice, the 修正 form open) and the Excel task pane preview (empty, prepared, with the demo data on
 * every sheet). Every one has 0 serious or critical violations. Also checked here: colour is never the only
 * signal (期限超過 / 本日 / 24時間以内 are written out) and every focusable control shows a visible focus ring.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ExchangeBundle, type JstInstant, addDays, addMinutes, defaultCalendar, emptyBundle, exchangeItemId, fromEpochMs, jstAt, jstDateOf } from '@shared/index';
import { seriousViolations } from './axe-check';
import { type ExtensionBrowser, type FeedServer, launchWithFeed, noticePage, openClipForm } from './extension-harness';
import { focusRingProblems } from './focus-ring';
import { POLL, type TaskpaneServer, openTaskpaneBrowser, pane, screenshot, serveTaskpane } from './taskpane-harness';

// The extension reads the real clock, so the feed's deadlines are set relative to it.
const now = fromEpochMs(Date.now());
const today = jstDateOf(now);
const meta = (id: string) => ({ id, rev: 1, updatedAt: now, updatedBy: '官房総務課', deleted: false });
const KEY = 'sangiin-221-40';
/** The clipped notice's sitting: the next open day. */
let sittingOn = addDays(today, 1);
while (defaultCalendar().isClosed(sittingOn)) sittingOn = addDays(sittingOn, 1);

/**
 * The four deadlines, whatever the time of day: 一 passed 90 minutes ago; 二 later today (23:59; after 23:58 it is
 * 5 minutes on, tomorrow); 三 tomorrow 00:00, never more than 24 hours away; 四 in 3 days.
 */
const dues: Record<string, JstInstant> = {
  一: addMinutes(now, -90),
  二: jstAt(today, '23:59') > addMinutes(now, 1) ? jstAt(today, '23:59') : addMinutes(now, 5),
  三: jstAt(addDays(today, 1), '00:00'),
  四: addMinutes(now, 3 * 1440),
};

/** 医政局's four 問: one overdue, one due later today (or within the hour), one within 24 hours, one in 3 days. */
function feed(): ExchangeBundle {
  const b = emptyBundle('addin:官房総務課', now, 1);
  b.records.questions.push({
    ...meta(KEY),
    data: {
      kind: 'written', house: 'sangiin', session: 221, number: 40, title: '地域医療構想の進捗に関する質問主意書', submitters: ['山田太郎'],
      transferredOn: today, extensions: [], items: [], answerItems: [], provenance: [], userEdited: [],
      questionUrl: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221040.htm',
    },
  });
  for (const [label, dueAt] of Object.entries(dues)) {
    b.records.items.push({ ...meta(exchangeItemId(KEY, label)), data: { questionKey: KEY, label, text: `問${label}` } });
    b.records.assignments.push({ ...meta(`as-${label}`), data: { id: `as-${label}`, questionKey: KEY, itemLabel: label, bureau: 'isei', division: '', role: '執筆', state: 'final', proposedAt: now, by: '', note: '' } });
    b.records.milestones.push({ ...meta(`m-${label}`), data: { questionKey: KEY, itemLabel: label, kind: 'draft', label: '原案', dueAt } });
  }
  b.records.releases.push({ ...meta('rel-isei'), data: { bureau: 'isei', date: today, releasedAt: jstAt(today, '19:42'), reason: '割振りなし', by: '官房総務課' } });
  return b;
}

const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';
const savedPages: Record<string, string> = { [`${SAN}219/syuh/s219095.htm`]: 's219095.htm', [`${SAN}221/meisai/m221001.htm`]: 'm221001.htm' };
const pages = resolve(import.meta.dirname, '../fixtures/pages/sangiin');
const NOTICE_URL = 'https://intra.example.go.jp/kokkai/notice-a11y.html';
const noticeText = ['衆議院厚生労働委員会　質問通告', '立憲民主党・無所属　山田太郎', '問１　医師の働き方改革について（厚生労働大臣）', '問２　薬価改定について（保険局長）'].join('\n');

describe('the extension’s screens', () => {
  let ext: ExtensionBrowser;
  let server: FeedServer;

  beforeAll(async () => {
    ({ ext, server } = await launchWithFeed(feed(), {
      [NOTICE_URL]: noticePage(noticeText),
      ...Object.fromEntries(Object.entries(savedPages).map(([url, file]) => [url, readFileSync(join(pages, file))])),
    }));
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  it('options: as opened and after an error, 0 serious or critical violations, focus visible', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await page.locator('#bureau').waitFor();
    expect(await seriousViolations(page, 'options')).toEqual([]);
    expect(await focusRingProblems(page)).toEqual([]);
    await page.fill('#feed', 'ftp://example.com/feed.json');
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('[role=status], [role=alert]').first().innerText()).toContain('https://');
    expect(await seriousViolations(page, 'options (error)')).toEqual([]);
    await page.selectOption('#bureau', 'isei');
    await page.fill('#feed', `${server.origin}/feed.json`);
    await page.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => page.locator('[role=status]').first().innerText()).toContain('保存しました');
    await page.close();
  });

  it('clip form: as opened, with field errors, and saved — 0 serious or critical violations, focus visible', async () => {
    const tab = await ext.context.newPage();
    await tab.goto(NOTICE_URL);
    const form = await openClipForm(ext, tab, 'notice');
    await expect.poll(() => form.getByRole('region', { name: '問' }).innerText()).toContain('問 (2 件)');
    expect(await seriousViolations(form, 'clip form')).toEqual([]);
    expect(await focusRingProblems(form)).toEqual([]);
    await form.fill('#member', '');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.locator('[role=alert]').innerText()).toBe('入力内容を確認してください。');
    expect(await seriousViolations(form, 'clip form (errors)')).toEqual([]);
    await form.fill('#sittingOn', sittingOn);
    await form.fill('#member', '山田太郎');
    await form.getByRole('button', { name: '保存' }).click();
    await expect.poll(() => form.locator('[role=status], [role=alert]').last().innerText()).toContain('質問通告を保存しました');
    expect(await seriousViolations(form, 'clip form (saved)')).toEqual([]);
    await form.close();
    await tab.close();
  });

  it('popup full of data: 0 serious or critical violations; 期限超過 / 本日 / 24時間以内 in words, not only colour', async () => {
    for (const url of Object.keys(savedPages)) {
      const tab = await ext.context.newPage();
      await tab.goto(url);
      await tab.getByRole('button', { name: 'この質問を取り込む' }).click();
      await expect.poll(() => tab.locator('kokkai-capture .toast').innerText()).toContain('1 件追加');
      await tab.close();
    }
    const popup = await ext.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await popup.getByRole('button', { name: '更新' }).click();
    await expect.poll(() => popup.locator('main').innerText(), POLL).toContain('医政局の問 (4 件)');
    await expect.poll(() => popup.locator('main').innerText()).toContain('取り込んだ質問主意書 (2 件)');
    const rows = await popup.locator('section[aria-label="自局の問"] li').allInnerTexts();
    const row = (label: string) => rows.find((r) => r.startsWith(label))!;
    expect(row('一')).toMatch(/期限超過/);
    expect(row('二')).toMatch(jstDateOf(dues['二']!) === today ? /本日/ : /24時間以内/);
    expect(row('三')).toMatch(/24時間以内/);
    expect(row('四')).not.toMatch(/期限超過|本日|24時間以内/);
    expect(await seriousViolations(popup, 'popup')).toEqual([]);
    await screenshot(popup, 'a11y-popup.png');
    expect(await focusRingProblems(popup)).toEqual([]);
    await popup.getByRole('button', { name: /を修正$/ }).first().click();
    await popup.getByRole('form', { name: /の修正$/ }).waitFor();
    expect(await seriousViolations(popup, 'popup (修正 form)')).toEqual([]);
    // The 回答 form (受諾・異議・進捗), the 全部 filter with other bureaus' cards, and a search.
    await popup.getByRole('button', { name: /に回答$/ }).first().click();
    await popup.getByRole('form', { name: /への回答$/ }).waitFor();
    expect(await seriousViolations(popup, 'popup (回答 form)')).toEqual([]);
    expect(await focusRingProblems(popup)).toEqual([]);
    await popup.getByRole('radio', { name: '全部' }).check();
    await popup.getByRole('searchbox', { name: '件名・提出者・問の文で検索' }).fill('医師');
    expect(await seriousViolations(popup, 'popup (全部, searched)')).toEqual([]);
    await popup.close();
  });
});

describe('the task pane preview', () => {
  let server: TaskpaneServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await serveTaskpane();
    ({ browser, page } = await openTaskpaneBrowser());
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('empty and prepared: 0 serious or critical violations, focus visible', async () => {
    await page.goto(`${server.origin}/taskpane.html?now=${encodeURIComponent('2026-03-02T10:00:00+09:00')}`);
    await page.getByRole('button', { name: 'ブックを準備' }).waitFor();
    expect(await seriousViolations(page, 'task pane (empty)')).toEqual([]);
    await page.getByRole('button', { name: 'ブックを準備' }).click();
    await expect.poll(() => pane(page).innerText(), POLL).toContain('ブックを準備しました');
    expect(await seriousViolations(page, 'task pane (prepared)')).toEqual([]);
    expect(await focusRingProblems(page)).toEqual([]);
  });

  it('with the demo data, on every sheet: 0 serious or critical violations; deadline colours come with words', async () => {
    await page.goto(`${server.origin}/taskpane.html?demo=1`);
    await expect.poll(() => pane(page).innerText(), POLL).toContain('デモデータを取り込みました');
    const urgency = await page.getByLabel('内部締切').innerText();
    expect(urgency).toMatch(/期限超過 \d+.*本日 \d+.*24時間以内 \d+/);
    const tabs = await page.getByRole('tab').allInnerTexts();
    expect(tabs.length).toBeGreaterThanOrEqual(8);
    for (const name of tabs) {
      await page.getByRole('tab', { name, exact: true }).click();
      await expect.poll(() => page.getByRole('tab', { name, exact: true }).getAttribute('aria-selected')).toBe('true');
      expect(await seriousViolations(page, `task pane (sheet ${name})`), name).toEqual([]);
    }
    // Highlighted cells say in words what their colour says (visible text, not only a tooltip).
    await page.getByRole('tab', { name: '期限', exact: true }).click();
    await screenshot(page, 'a11y-taskpane-deadlines.png');
    const flagged = page.locator('.grid td[data-flag]');
    expect(await flagged.count()).toBeGreaterThan(0);
    const marks = await flagged.evaluateAll((cells) => cells.map((c) => getComputedStyle(c, '::before').content));
    expect(marks.every((m) => /期限超過|本日|24時間以内|要確認|朝レク|待機|解除|上限|枠/.test(m))).toBe(true);
  });

  it('with 「割振り確定前に解除」 open (the demo’s allocation is open): 0 serious or critical violations, focus visible', async () => {
    await page.getByRole('button', { name: '割振り確定前に解除…' }).click();
    await expect.poll(() => page.locator('#decision-form').count()).toBe(1);
    expect(await seriousViolations(page, 'task pane (割振り確定前に解除)')).toEqual([]);
    expect(await focusRingProblems(page)).toEqual([]);
  });
});
