/**
 * @file 中断からの再開 E2E: a list capture's run of 経過 pages survives its service worker being stopped mid-run (what an
 * idle timeout or closing the browser does to it): the next start of the worker takes the stored run up from its next
 * pending page — the pages already in are not fetched again — and the run ends with every page in.
 *
 * Derived page (made here from the saved bytes, ASCII edits only): the 衆議院 list cut to its first 6 rows, SUMMARY 「縦7行」.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type ExtensionBrowser, launchExtension } from './extension-harness';

const pages = resolve(import.meta.dirname, '../fixtures/pages');
const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const ROWS = 6;

function shortList(): Buffer {
  const text = readFileSync(resolve(pages, 'shugiin/kaiji221_l.2026-07-15.htm')).toString('latin1');
  let row = 0;
  const cut = text
    .replace(/<TR VALIGN=top>[\s\S]*?<\/TR>\n?/g, (m) => (++row <= ROWS ? m : ''))
    .replace(/(SUMMARY="[^"]*?)37([^"]*")/, `$1${ROWS + 1}$2`);
  return Buffer.from(cut, 'latin1');
}

interface StoredRun {
  value: { id: string; pages: { url: string; state: string }[]; finishedAt?: string };
}

let browser: ExtensionBrowser;
const hits: string[] = [];

/** The stored capture runs, read from an extension page. */
async function storedRuns(page: Page): Promise<StoredRun['value'][]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const request = indexedDB.open('diet-questions');
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
    const rows = await new Promise<{ key: string; value: unknown }[]>((done, fail) => {
      const request = db.transaction('settings', 'readonly').objectStore('settings').getAll();
      request.onsuccess = () => done(request.result as { key: string; value: unknown }[]);
      request.onerror = () => fail(request.error);
    });
    db.close();
    return rows.filter((r) => r.key.startsWith('capture:run:')).map((r) => r.value);
  }) as Promise<StoredRun['value'][]>;
}

beforeAll(async () => {
  browser = await launchExtension();
  await browser.context.route(/^https:\/\/www\.shugiin\.go\.jp\//, (route) => {
    const url = route.request().url();
    if (url === `${SHU}kaiji221_l.htm`) return route.fulfill({ status: 200, contentType: 'text/html; charset=Shift_JIS', body: shortList() });
    hits.push(url);
    if (url === `${SHU}221001.htm`) {
      return route.fulfill({ status: 200, contentType: 'text/html; charset=Shift_JIS', body: readFileSync(resolve(pages, 'shugiin/221001.htm')) });
    }
    return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('a capture interrupted by a stopped service worker', () => {
  it('goes on from its next pending page when the worker starts again', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${SHU}kaiji221_l.htm`);
    await tab.getByRole('button', { name: 'この一覧を取り込む' }).click();
    await expect.poll(() => tab.locator('kokkai-capture .toast').innerText()).toContain(`${ROWS} 件追加、0 件更新`);
    const extensionPage = await browser.context.newPage();
    await extensionPage.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    // Two pages in, the worker is stopped mid-run.
    await expect.poll(async () => (await storedRuns(extensionPage))[0]?.pages.filter((p) => p.state !== 'pending').length ?? 0, { timeout: 10_000 })
      .toBeGreaterThanOrEqual(2);
    const fetchedBefore = hits.length;
    // Chrome stops the service worker (DevTools protocol: what an idle timeout or a browser shutdown does to it); a
    // marker in its global scope tells the old instance from a new one.
    await browser.worker.evaluate(() => { (globalThis as Record<string, unknown>).beforeStop = true; });
    const cdp = await browser.context.newCDPSession(extensionPage);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // Any extension event starts it again (here the popup asking for its data): it takes the stored run up.
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const fresh = async () => {
      for (const w of browser.context.serviceWorkers()) {
        const marked = await w.evaluate(() => (globalThis as Record<string, unknown>).beforeStop === true).catch(() => true);
        if (!marked) return true;
      }
      return false;
    };
    await expect.poll(fresh, { timeout: 20_000 }).toBe(true);
    await expect.poll(async () => (await storedRuns(page))[0]?.finishedAt, { timeout: 20_000 }).toBeDefined();
    const [run] = await storedRuns(page);
    expect(run!.pages.every((p) => p.state !== 'pending')).toBe(true);
    // Every 経過 page was asked for; the ones already in before the reload were not asked for again (the one in flight at
    // the reload may be asked twice).
    const asked = hits.filter((h) => /\/22100\d\.htm$/.test(h));
    expect(new Set(asked).size).toBe(ROWS);
    expect(asked.length).toBeLessThanOrEqual(ROWS + 1);
    expect(fetchedBefore).toBeGreaterThanOrEqual(2);
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((done) => { const r = indexedDB.open('diet-questions'); r.onsuccess = () => done(r.result); });
      const q = await new Promise<{ transferredOn?: string }>((done) => {
        const r = db.transaction('questions', 'readonly').objectStore('questions').get('shugiin-221-1');
        r.onsuccess = () => done(r.result as { transferredOn?: string });
      });
      db.close();
      return q;
    });
    expect(stored.transferredOn).toBe('2026-02-25');
    await tab.close();
  });
});
