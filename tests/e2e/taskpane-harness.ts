/**
 * @file 作業ウィンドウ E2E の道具 (task pane harness): serves the built task pane (addin/dist) on 127.0.0.1,
 * aborts office.js (so the pane runs as the preview, and nothing reaches the network), and reads the preview
 * grid the way a coordinator sees it. Used by the evening, keyboard and round-trip tests.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { type Browser, type BrowserContext, type Locator, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
/** Built task pane (`npm run build:addin`). */
export const ADDIN_DIST = join(root, 'addin/dist');
export const ARTIFACTS = join(root, 'tests/.artifacts');
const SCREENSHOTS = join(root, 'tests/e2e/screenshots');
/** Polls wait for the pane (first load, debounced recompute) up to 10 s. */
export const POLL = { timeout: 10_000 };

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** The task pane's server. */
export interface TaskpaneServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves addin/dist on a random port of 127.0.0.1. */
export async function serveTaskpane(): Promise<TaskpaneServer> {
  if (!existsSync(join(ADDIN_DIST, 'taskpane.html'))) {
    throw new Error(`作業ウィンドウがビルドされていません (${ADDIN_DIST})。先に npm run build:addin を実行してください。`);
  }
  const server: Server = createServer((req, res) => {
    const file = resolve(ADDIN_DIST, `.${decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)}`);
    if (!file.startsWith(ADDIN_DIST) || !existsSync(file) || !statSync(file).isFile()) { res.writeHead(404).end(); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** office.js from Microsoft's CDN is aborted: the pane falls back to preview. */
export async function abortOfficeJs(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
}

export const pane = (page: Page): Locator => page.locator('aside[aria-label="作業ウィンドウ"]');
export const grid = (page: Page, table: string): Locator => page.locator(`table[aria-label="${table}"]`);

/** The text of one cell of a preview table (row 0-based, by header); an input's value for editable cells. */
export async function cell(page: Page, table: string, row: number, header: string): Promise<string> {
  const headers = await grid(page, table).locator('thead th').allInnerTexts();
  const td = grid(page, table).locator('tbody tr').nth(row).locator('td').nth(headers.indexOf(header));
  const input = td.locator('input, select');
  return (await input.count()) > 0 ? input.first().inputValue() : td.innerText();
}

/** One table's rows as objects by header (inputs read by value). */
export async function rows(page: Page, table: string): Promise<Record<string, string>[]> {
  return grid(page, table).evaluate((t) => {
    const headers = [...t.querySelectorAll('thead th')].map((th) => th.textContent ?? '');
    // The row number and row-action columns have no header of their own.
    return [...t.querySelectorAll('tbody tr')].map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].flatMap((td, i) => {
      const header = headers[i] ?? '';
      if (header === '' || header === '操作') return [];
      const input = td.querySelector('input, select') as HTMLInputElement | HTMLSelectElement | null;
      return [[header, input ? input.value : td.textContent ?? '']];
    })));
  });
}

/** Saves a screenshot to tests/.artifacts/; `readme` ones also to tests/e2e/screenshots/ with UPDATE_SCREENSHOTS=1. */
export async function screenshot(page: Page, name: string, readme = false): Promise<void> {
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path });
  if (readme && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    copyFileSync(path, join(SCREENSHOTS, name));
  }
}

/** Headless Debian Chromium in Japanese (JST, ja-JP) with office.js aborted, and one page for the task pane. */
export async function openTaskpaneBrowser(viewport = { width: 1500, height: 900 }): Promise<{ browser: Browser; page: Page }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--lang=ja-JP'] });
  const context = await browser.newContext({ viewport, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', acceptDownloads: true });
  await abortOfficeJs(context);
  return { browser, page: await context.newPage() };
}

/**
 * For a describe block: before its tests, serves the built pane, opens it at `taskpane.html?{query}` in its own browser
 * and hands the page to `opened`; after them, closes both.
 */
export function useTaskpane(query: string, opened: (page: Page) => void): void {
  let server: TaskpaneServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveTaskpane();
    const open = await openTaskpaneBrowser();
    browser = open.browser;
    opened(open.page);
    await open.page.goto(`${server.origin}/taskpane.html?${query}`);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
}
