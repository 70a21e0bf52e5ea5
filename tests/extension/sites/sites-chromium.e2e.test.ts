/**
 * @file The adapters in real Chromium: each saved page is served under its real URL (request
 * interception, no network) as raw bytes without a charset header, so Chromium decodes it itself
 * (<meta charset=Shift_JIS> for 衆議院, the BOM for 参議院) and runs the page's own scripts; then
 * scrapePage, bundled for the browser, reads the live DOM. It must give the same records as the
 * expected JSON the happy-dom golden tests check — and refuse a page decoded with the wrong charset.
 */
import { fileURLToPath } from 'node:url';
import { type Browser, type Page, chromium } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sites } from '../../../extension/sites/index';
import { readExpected, readPageBytes } from '../../helpers/load-page';

const root = fileURLToPath(new URL('../../..', import.meta.url));
let browser: Browser;
let bundle: string;

/** extension/sites/index.ts as one IIFE exposing `DietSites` (what a content script bundles). */
async function buildBundle(): Promise<string> {
  const out = await build({
    root, configFile: false, logLevel: 'error',
    resolve: { alias: { '@shared': `${root}shared` } },
    build: { write: false, minify: false, lib: { entry: `${root}extension/sites/index.ts`, formats: ['iife'], name: 'DietSites' } },
  });
  const output = (Array.isArray(out) ? out[0]! : out) as { output: { type: string; code?: string }[] };
  return output.output.find((o) => o.type === 'chunk')!.code!;
}

/** Opens `url` in a fresh page, answered with `body` and `contentType`; every other request is aborted. */
async function open(url: string, body: Uint8Array, contentType: string): Promise<Page> {
  const page = await browser.newPage();
  await page.route('**/*', (route) => (route.request().url() === url
    ? route.fulfill({ status: 200, body: Buffer.from(body), headers: { 'content-type': contentType } })
    : route.abort()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.addScriptTag({ content: bundle });
  return page;
}

type Outcome = { ok: true; result: unknown } | { ok: false; name: string; siteId?: string; message: string };

async function scrapeIn(page: Page, url: string): Promise<Outcome> {
  return page.evaluate((u) => {
    const api = (globalThis as unknown as { DietSites: typeof import('../../../extension/sites/index') }).DietSites;
    try {
      return { ok: true as const, result: JSON.parse(JSON.stringify(api.scrapePage(document, u))) };
    } catch (e) {
      const err = e as Error & { siteId?: string };
      return { ok: false as const, name: err.name, siteId: err.siteId, message: err.message };
    }
  }, url);
}

beforeAll(async () => {
  bundle = await buildBundle();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
});
afterAll(async () => {
  await browser?.close();
});

const examples = sites.flatMap((site) => site.examples.map((example) => ({ site, example })));

describe('site adapters in real Chromium', () => {
  it.each(examples.map((e) => [e.example.fixture, e] as const))('%s: Chromium decodes and the adapter reads the expected records', async (_, { example }) => {
    const page = await open(example.url, readPageBytes(example.fixture), 'text/html');
    try {
      const charset = await page.evaluate(() => document.characterSet);
      expect(charset).toBe(example.fixture.startsWith('shugiin/') ? 'Shift_JIS' : 'UTF-8');
      expect(await scrapeIn(page, example.url)).toEqual({ ok: true, result: readExpected(example.fixture) });
    } finally {
      await page.close();
    }
  });

  it.each([
    ['shugiin/kaiji221_l.2026-07-15.htm', 'text/html; charset=utf-8'],
    ['shugiin/221001.htm', 'text/html; charset=utf-8'],
    ['sangiin/syuisyo219.2026-07-14.htm', 'text/html; charset=Shift_JIS'],
  ])('%s served as %s (wrong charset header): SiteChangedError, no records', async (fixture, contentType) => {
    const { site, example } = examples.find((e) => e.example.fixture === fixture)!;
    const bytes = readPageBytes(fixture);
    // A BOM overrides the header in browsers, so for the 参議院 page strip it to force the wrong decoding.
    const body = bytes[0] === 0xef ? bytes.subarray(3) : bytes;
    const page = await open(example.url, body, contentType);
    try {
      expect(await scrapeIn(page, example.url)).toMatchObject({ ok: false, name: 'SiteChangedError', siteId: site.id });
    } finally {
      await page.close();
    }
  });
});
