/**
 * @file 取得するページの選択 (selectQuestionPages, textPageToFetch): after a capture, which pages of each question to
 * fetch — its detail page (衆議院 経過 / 参議院 明細: the dates, which list pages never show) and, for a question still
 * open, its 質問本文 page (the 問, so that 割振り is per 問, not one 「全体」). Pure.
 */
import type { IsoDate } from '../dates/iso-date';
import type { StoredWrittenQuestion } from '../persistence/schema';
import { resolveQuestionStatus } from '../status/resolve-question-status';
import { detailPageLabels } from '../status/status-messages';
import { canonicalDietUrl } from './canonical-diet-url';
import type { MergedQuestion } from './merge-captured-question';

/** 詳細ページ or 質問本文. */
export type QuestionPageKind = 'detail' | 'text';

/** One page to fetch for a question. */
export interface QuestionPage {
  key: string;
  url: string;
  kind: QuestionPageKind;
  /** 「第3号 (経過ページ)」 / 「第3号 (明細)」 / 「第3号 (質問本文)」 for progress and failure lists. */
  label: string;
}

/** 「第3号 (明細)」. */
export function questionPageLabel(q: Pick<StoredWrittenQuestion, 'number' | 'house'>, kind: QuestionPageKind): string {
  return `第${q.number}号 (${kind === 'detail' ? detailPageLabels[q.house] : '質問本文'})`;
}

/** True when the question's 問 have been read from its 質問本文 (nothing else gives 問). */
export function hasQuestionItems(q: Pick<StoredWrittenQuestion, 'items'>): boolean {
  return q.items.length > 0;
}

/**
 * The 質問本文 page to fetch for `q`: while the question is open (resolveQuestionStatus), its 本文 link is known
 * and its 問 have not been read yet. Null otherwise, and for `exceptUrl` (the page being captured).
 * @example textPageToFetch(stored, '2026-07-15')?.url //=> 'https://www.sangiin.go.jp/…/221/syuh/s221037.htm'
 */
export function textPageToFetch(q: StoredWrittenQuestion, today: IsoDate, exceptUrl?: string): QuestionPage | null {
  if (!q.questionUrl || hasQuestionItems(q)) return null;
  if (exceptUrl !== undefined && canonicalDietUrl(q.questionUrl, { session: q.session }) === exceptUrl) return null;
  if (!resolveQuestionStatus(q, today).open) return null;
  return { key: q.key, url: q.questionUrl, kind: 'text', label: questionPageLabel(q, 'text') };
}

/**
 * Pages to fetch after a capture, in page order: the detail page of every new or changed question and of every question
 * still open (a 転送 or 延期 shows only there), other than the captured page itself; and the 質問本文 of an open question
 * without 問 when it has no detail page to fetch first (otherwise the caller asks textPageToFetch once that page is in,
 * because the detail page may close the question or bring the 本文 link). Both URLs are compared in their canonical
 * spelling, so a page opened as …/Internet/…, http://… or …/current/… is still the page itself.
 * @example selectQuestionPages(summary.merged, listUrl, '2026-07-15').map((p) => p.url)
 */
export function selectQuestionPages(merged: readonly MergedQuestion[], pageUrl: string, today: IsoDate): QuestionPage[] {
  const pages: QuestionPage[] = [];
  const seen = new Set<string>();
  // Every question of one page is of one session: it names the folder of a …/current/… page.
  const page = canonicalDietUrl(pageUrl, { session: merged[0]?.record.session });
  for (const m of merged) {
    const url = m.record.progressUrl;
    const wanted = url !== undefined && !seen.has(url) && canonicalDietUrl(url, { session: m.record.session }) !== page
      && (m.change !== 'unchanged' || resolveQuestionStatus(m.record, today).open);
    if (wanted) {
      seen.add(url);
      pages.push({ key: m.key, url, kind: 'detail', label: questionPageLabel(m.record, 'detail') });
      continue;
    }
    const text = textPageToFetch(m.record, today, page);
    if (text && !seen.has(text.url)) {
      seen.add(text.url);
      pages.push(text);
    }
  }
  return pages;
}
