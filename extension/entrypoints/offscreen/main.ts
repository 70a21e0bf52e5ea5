/**
 * @file オフスクリーン文書 (offscreen entry): parses HTML the service worker fetched with DOMParser (which a
 * service worker lacks) and runs the site adapters on it. See background/page-fetch-offscreen.ts for why.
 * Answers only OFFSCREEN_SCRAPE; the parsed document is never attached or rendered, its scripts never run.
 */
import { z } from 'zod';
import { pageText } from '../../content/page-text';
import { OFFSCREEN_SCRAPE, onMessage } from '../../platform/messaging';
import { scrapePage } from '../../sites/index';

/** Every extension page receives runtime messages (content scripts included): check the shape before parsing. */
const offscreenScrapeSchema = z.object({ type: z.literal(OFFSCREEN_SCRAPE), html: z.string(), url: z.url() });

onMessage(OFFSCREEN_SCRAPE, (message) => {
  const parsed = offscreenScrapeSchema.safeParse(message);
  if (!parsed.success) throw new Error('ページ解析の依頼の形式が正しくありません。');
  const request = parsed.data;
  const doc = new DOMParser().parseFromString(request.html, 'text/html');
  return { result: scrapePage(doc, request.url), pageText: pageText(doc) };
});
