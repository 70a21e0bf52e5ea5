/**
 * @file オフスクリーン文書 (offscreen entry): parses HTML the service worker fetched with DOMParser (which a
 * service worker lacks) and runs the site adapters on it. See background/page-fetch-offscreen.ts for why.
 * Answers only OFFSCREEN_SCRAPE; the parsed document is never attached or rendered, its scripts never run.
 */
import { browser } from 'wxt/browser';
import { pageText } from '../../content/page-text';
import { OFFSCREEN_SCRAPE, type OffscreenScrape, type OffscreenScrapeRequest, type Reply } from '../../platform/messaging';
import { SiteChangedError, scrapePage } from '../../sites/index';

browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse) => {
  const request = message as OffscreenScrapeRequest | null;
  if (request?.type !== OFFSCREEN_SCRAPE) return undefined;
  let reply: Reply<OffscreenScrape>;
  try {
    const doc = new DOMParser().parseFromString(request.html, 'text/html');
    reply = { ok: true, value: { result: scrapePage(doc, request.url), pageText: pageText(doc) } };
  } catch (error) {
    reply = { ok: false, error: (error as Error).message || String(error), siteChanged: error instanceof SiteChangedError };
  }
  sendResponse(reply);
  return undefined;
});
