/**
 * @file 経過ページの選択 (selectDetailPages): after a list capture, which detail pages (衆議院 経過 /
 * 参議院 明細) to fetch for dates — the list pages show none. Pure.
 */
import { canonicalDietUrl } from './canonical-diet-url';
import type { MergedQuestion } from './merge-captured-question';

/** One detail page to fetch for a question. */
export interface DetailPage {
  key: string;
  url: string;
  /** 「第3号」 for progress and failure lists. */
  label: string;
}

/**
 * New or changed questions, and questions still open (not answered, not withdrawn: a 転送 or 延期 shows
 * only on the detail page), that link a detail page other than the captured page itself. Both URLs are compared
 * in their canonical spelling, so a page opened as …/Internet/… or http://… is still the page itself.
 * @example selectDetailPages(summary.merged, listUrl).map((p) => p.url)
 */
export function selectDetailPages(merged: readonly MergedQuestion[], pageUrl: string): DetailPage[] {
  const pages: DetailPage[] = [];
  const seen = new Set<string>();
  // Every question of one page is of one session: it names the folder of a …/current/… page.
  const page = canonicalDietUrl(pageUrl, { session: merged[0]?.record.session });
  for (const m of merged) {
    const url = m.record.progressUrl;
    if (!url || seen.has(url) || canonicalDietUrl(url, { session: m.record.session }) === page) continue;
    const open = !m.record.answeredOn && !m.record.withdrawnOn;
    if (m.change === 'unchanged' && !open) continue;
    seen.add(url);
    pages.push({ key: m.key, url, label: `第${m.record.number}号` });
  }
  return pages;
}
