/**
 * @file 経過ページの取得 (fetchDetailPage): fetches one Diet detail page (衆議院 経過 / 参議院 明細),
 * decodes it by its charset and has it parsed and scraped (offscreen document in the extension).
 * Only the two Diet hosts are ever fetched; no cookies are sent.
 */
import { captureMessages } from '@shared/index';
import type { OffscreenScrape } from '../platform/messaging';
import { isDietUrl } from './capture-diet-url';
import { decodeHtml } from './detail-fetch-decode';

/** What fetching a page needs: the network and a parser (DOMParser lives outside the service worker). */
export interface DetailFetchDeps {
  fetch: typeof fetch;
  parse(html: string, url: string): Promise<OffscreenScrape>;
  /** Per-request timeout, ms. */
  timeoutMs?: number;
}

/**
 * Fetches, decodes and scrapes `url`. Throws an Error with a Japanese message (HTTP status, network,
 * or the adapter's SiteChangedError text).
 * @example const page = await fetchDetailPage(deps, 'https://www.shugiin.go.jp/…/221001.htm')
 */
export async function fetchDetailPage(deps: DetailFetchDeps, url: string): Promise<OffscreenScrape> {
  if (!isDietUrl(url)) throw new Error(captureMessages.fetchFailed(`国会のサイト以外の URL: ${url}`));
  let response: Response;
  try {
    response = await deps.fetch(url, { credentials: 'omit', cache: 'no-cache', signal: AbortSignal.timeout(deps.timeoutMs ?? 20_000) });
  } catch (error) {
    const name = (error as Error).name;
    throw new Error(captureMessages.fetchFailed(name === 'TimeoutError' ? '応答がありません' : (error as Error).message || name));
  }
  if (!response.ok) throw new Error(captureMessages.httpFailed(response.status));
  const html = decodeHtml(await response.arrayBuffer(), response.headers.get('content-type'));
  return deps.parse(html, url);
}
