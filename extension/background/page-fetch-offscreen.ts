/**
 * @file オフスクリーン文書での解析 (parseInOffscreen): the service worker has no DOMParser, so fetched detail
 * pages are parsed in an offscreen document (entrypoints/offscreen/), which runs the same site adapters the
 * content scripts run.
 *
 * Why an offscreen document rather than an extension page: it needs no visible tab or popup, keeps working
 * when the user closes the Diet tab mid-capture, and is the documented MV3 way (reason DOM_PARSER) to use
 * DOM APIs from a service worker. The 'offscreen' permission shows no install warning.
 * https://developer.chrome.com/docs/extensions/reference/api/offscreen
 */
import { browser } from 'wxt/browser';
import { OFFSCREEN_SCRAPE, type OffscreenScrape, sendMessage } from '../platform/messaging';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;
let closing: Promise<void> | undefined;
let users = 0;

async function ensureDocument(): Promise<void> {
  // A batch that just ended may be closing the document: wait, then create a fresh one.
  await closing;
  const url = browser.runtime.getURL(OFFSCREEN_PATH);
  const existing = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as never], documentUrls: [url] });
  if (existing.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({ url: OFFSCREEN_PATH, reasons: ['DOM_PARSER' as never], justification: '衆議院の経過ページ・参議院の明細と質問本文を解析して取り込むため' })
    .finally(() => {
      creating = undefined;
    });
  await creating;
}

/**
 * Parses `html` (already decoded) as the page at `url` and scrapes it. A changed page rejects with the
 * adapter's Japanese SiteChangedError message (RemoteError with siteChanged).
 * @example const { result, pageText } = await parseInOffscreen(html, url)
 */
export async function parseInOffscreen(html: string, url: string): Promise<OffscreenScrape> {
  await ensureDocument();
  return sendMessage(OFFSCREEN_SCRAPE, { html, url });
}

/**
 * Keeps the offscreen document while a batch of detail pages runs and closes it after the last batch,
 * so no hidden page stays in memory between captures.
 * @example await withOffscreen(() => captureDetails(…))
 */
export async function withOffscreen<T>(work: () => Promise<T>): Promise<T> {
  users++;
  try {
    return await work();
  } finally {
    users--;
    if (users === 0) {
      closing = browser.offscreen.closeDocument().catch(() => undefined).finally(() => {
        closing = undefined;
      });
      await closing;
    }
  }
}

