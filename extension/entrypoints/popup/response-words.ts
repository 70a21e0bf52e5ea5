/**
 * @file 回答の表示 (responseWords): a recorded response on a card — 「受諾 6/9(火) 10:05 田中」, 「異議 (他局: 保険局) …」,
 * 「原案了 6/9(火) 16:00 田中」 — and the line of all of them. Built from shared/exchange/response-text.ts (no zod).
 */
import type { BureauRow, RecordedResponse } from '@shared/exchange/bureau-view';
import { recordedResponseText } from '@shared/exchange/response-text';

/** One recorded response in words, with the bureau named when an 異議 points at another bureau. */
export function recordedWords(r: RecordedResponse, bureaus: readonly { id: string; name: string }[]): string {
  return recordedResponseText(r, (id) => bureaus.find((b) => b.id === id)?.name ?? id);
}

/** The card's line: decision first, then each stage done; '' when nothing is recorded. */
export function responsesLine(row: Pick<BureauRow, 'decision' | 'progress'>, bureaus: readonly { id: string; name: string }[]): string {
  return [...(row.decision ? [row.decision] : []), ...row.progress].map((r) => recordedWords(r, bureaus)).join(' ・');
}
