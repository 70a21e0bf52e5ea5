/**
 * @file 質問のページの取得 (fetchQuestionPage): fetches one page of a question (衆議院 経過 / 参議院 明細, or its
 * 質問本文), decodes it by its charset and has it parsed and scraped (offscreen document in the extension).
 * Only the two Diet hosts are ever fetched; no cookies are sent. Failures are PageFetchError with their reason.
 */
import { captureMessages } from '@shared/index';
import type { OffscreenScrape } from '../platform/messaging';
import { isDietUrl } from './capture-diet-url';
import { PageFetchError } from './page-fetch-error';
import { decodeHtml } from './page-fetch-decode';

/** What fetching a page needs: the network and a parser (DOMParser lives outside the service worker). */
export interface PageFetchDeps {
  fetch: typeof fetch;
  parse(html: string, url: string): Promise<OffscreenScrape>;
  /** Per-request timeout, ms. */
  timeoutMs?: number;
}

/** Default per-request timeout: 20 s (the text of the 'timeout' failure says so). */
export const PAGE_TIMEOUT_MS = 20_000;

/**
 * Fetches, decodes and scrapes `url`. Throws PageFetchError in Japanese — 404 (notFound), another HTTP status
 * (httpError), no connection (network), no answer in time (timeout) — or the parser's error (a changed page).
 * @example const page = await fetchQuestionPage(deps, 'https://www.shugiin.go.jp/…/221001.htm')
 */
export async function fetchQuestionPage(deps: PageFetchDeps, url: string): Promise<OffscreenScrape> {
  if (!isDietUrl(url)) throw new PageFetchError('wrongPage', captureMessages.fetchFailed(`国会のサイト以外の URL: ${url}`));
  let response: Response;
  try {
    response = await deps.fetch(url, { credentials: 'omit', cache: 'no-cache', signal: AbortSignal.timeout(deps.timeoutMs ?? PAGE_TIMEOUT_MS) });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'TimeoutError') throw new PageFetchError('timeout', captureMessages.fetchFailed('応答がありません'));
    throw new PageFetchError('network', captureMessages.fetchFailed((error as Error).message || name));
  }
  if (!response.ok) throw new PageFetchError(response.status === 404 || response.status === 410 ? 'notFound' : 'httpError', captureMessages.httpFailed(response.status));
  const html = decodeHtml(await response.arrayBuffer(), response.headers.get('content-type'));
  return deps.parse(html, url);
}
