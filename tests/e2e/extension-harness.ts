/** @file E2E の道具 (extension harness): launches Debian Chromium with the built extension, and a local feed/webhook server. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, type Page, type Worker, chromium } from 'playwright-core';

/** Built extension directory (`npm run build:extension`). */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** A running Chromium with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  close(): Promise<void>;
}

/** Launches Chromium headless with a fresh profile and the built extension. */
export async function launchExtension(): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`拡張機能がビルドされていません (${EXTENSION_DIR})。先に npm run build:extension を実行してください。`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'kokkai-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context, worker, extensionId,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A tiny HTTP server on 127.0.0.1 serving a mutable feed (with ETag / 304) and receiving webhook posts. */
export interface FeedServer {
  origin: string;
  /** Current feed body; each change gets a new ETag. */
  setFeed(body: string): void;
  /** 'ok' serves the feed, 'down' answers 503. */
  setMode(mode: 'ok' | 'down'): void;
  /** Webhook bodies received (parsed JSON). */
  webhookPosts: unknown[];
  /** Bureau reports POSTed to /reports (answered 201 Created), with whether a cookie came along. */
  reportPosts: { credentials: boolean; body: string }[];
  /** Feed requests seen, with their If-None-Match header. */
  feedRequests: { ifNoneMatch?: string; status: number }[];
  close(): Promise<void>;
}

/** Starts the feed/webhook server on a random port. */
export async function startFeedServer(): Promise<FeedServer> {
  let body = '';
  let etag = '"0"';
  let version = 0;
  let mode: 'ok' | 'down' = 'ok';
  const webhookPosts: unknown[] = [];
  const reportPosts: { credentials: boolean; body: string }[] = [];
  const feedRequests: { ifNoneMatch?: string; status: number }[] = [];
  const server: Server = createServer((req, res) => {
    // CORS for the extension origin: the headless test cannot click Chrome's permission prompt, so the
    // feed is readable the way an intranet server with CORS enabled would serve it.
    // Under /no-cors/ the same feed is served without any CORS header: an intranet server nobody configured.
    const cors = !req.url?.startsWith('/no-cors/');
    if (cors) {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin ?? '*');
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', 'If-None-Match, If-Modified-Since, Accept, Content-Type');
      res.setHeader('Access-Control-Expose-Headers', 'ETag, Last-Modified');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (req.url === '/webhook' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        webhookPosts.push(JSON.parse(Buffer.concat(chunks).toString('utf8')));
        res.writeHead(202).end();
      });
      return;
    }
    if (req.url === '/reports' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        reportPosts.push({ credentials: req.headers.cookie !== undefined, body: Buffer.concat(chunks).toString('utf8') });
        res.writeHead(201).end();
      });
      return;
    }
    if (req.url?.startsWith('/feed.json') || req.url?.startsWith('/no-cors/feed.json')) {
      const ifNoneMatch = req.headers['if-none-match'];
      const status = mode === 'down' ? 503 : ifNoneMatch === etag ? 304 : 200;
      feedRequests.push({ ifNoneMatch, status });
      if (status === 200) res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', ETag: etag }).end(body);
      else res.writeHead(status).end();
      return;
    }
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  return {
    origin: `http://127.0.0.1:${port}`,
    setFeed(next) {
      body = next;
      etag = `"${++version}"`;
    },
    setMode(next) {
      mode = next;
    },
    webhookPosts,
    reportPosts,
    feedRequests,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The extension APIs the tests read inside the service worker (chrome types are not loaded in tests). */
interface WorkerChrome {
  action: { getBadgeText(details: object): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  notifications: { getAll(): Promise<Record<string, boolean>>; clear(id: string): Promise<boolean> };
}

/** Ids of the notifications the extension shows now. */
export function readNotifications(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => Object.keys(await (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.getAll()));
}

/** Closes one notification (as the user does), so a second showing of it would be seen. */
export async function clearNotification(worker: Worker, id: string): Promise<void> {
  await worker.evaluate(async (n) => { await (globalThis as unknown as { chrome: WorkerChrome }).chrome.notifications.clear(n); }, id);
}

/** Badge text of the extension's action. */
export function readBadge(worker: Worker): Promise<string> {
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerChrome }).chrome.action.getBadgeText({}));
}

/** One chrome.storage.local value. */
export function readLocalStorage(worker: Worker, key: string): Promise<unknown> {
  return worker.evaluate(async (k) => (await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(k))[k], key);
}

/**
 * Selects the element `elementId` of the open page `url` and clips it as a 質問通告: headless Chromium has no
 * native context menu, so the menu's onClicked event is dispatched in the service worker, with selectionText as
 * Chrome gives it (line breaks turned into spaces, crbug.com/116429). Resolves with the clip form's page, loaded.
 */
export async function openClipForm(browser: ExtensionBrowser, tab: Page, elementId: string): Promise<Page> {
  const selectionText = await tab.evaluate((id) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(id)!);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
    return getSelection()!.toString().replace(/\n/g, ' ');
  }, elementId);
  const formPage = browser.context.waitForEvent('page');
  await browser.worker.evaluate(async ({ url, selectionText }) => {
    type Chrome = {
      tabs: { query(q: object): Promise<{ id: number }[]> };
      contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
    };
    const chrome = (globalThis as unknown as { chrome: Chrome }).chrome;
    const [found] = await chrome.tabs.query({ url });
    chrome.contextMenus.onClicked.dispatch({ menuItemId: 'clip-notice', selectionText, pageUrl: url, frameId: 0, editable: false }, found!);
  }, { url: tab.url(), selectionText });
  const form = await formPage;
  await form.waitForLoadState();
  return form;
}

/** An intranet page holding a 質問通告 in <pre id="notice"> (what openClipForm selects). */
export function noticePage(text: string): string {
  return `<!doctype html><html lang="ja"><meta charset="utf-8"><title>質問通告</title><pre id="notice">${text}</pre></html>`;
}

/**
 * Answers every request to the 参議院 site and the intranet example host from `pages` (URL → HTML text, or a saved
 * page's raw bytes; served as UTF-8 HTML); other URLs there get `fallback`, or 404 without one.
 */
export async function routePages(context: BrowserContext, pages: Record<string, string | Buffer>, fallback?: string): Promise<void> {
  await context.route(/^https:\/\/(www\.sangiin\.go\.jp|intra\.example\.go\.jp)\//, (route) => {
    const body = pages[route.request().url()] ?? fallback;
    return body === undefined
      ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
      : route.fulfill({ status: 200, contentType: 'text/html; charset=UTF-8', body });
  });
}

/** The built extension in Chromium with a feed server already serving `feed` (JSON), pages answered by routePages. */
export async function launchWithFeed(feed: object, pages: Record<string, string | Buffer>, fallback?: string): Promise<{ ext: ExtensionBrowser; server: FeedServer }> {
  const server = await startFeedServer();
  server.setFeed(JSON.stringify(feed));
  const ext = await launchExtension();
  await routePages(ext.context, pages, fallback);
  return { ext, server };
}
