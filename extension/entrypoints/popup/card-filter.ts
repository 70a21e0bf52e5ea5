/**
 * @file カードの絞り込み (card filter): which cards the popup shows for the chosen filter — 自局 (my bureau's 問),
 * 全部 (every bureau's 問), 答弁作成中 (still being answered: not answered or withdrawn, and for a 問 not yet
 * 局長了), 期限超過 (past its deadline and still open); the captured questions follow the last two (自局 and
 * 全部 show them all: a question is captured before any bureau is assigned)
 * — and the search box over 件名, 提出者 and 問の文 (every word must appear; full-width and half-width, upper and
 * lower case alike). Pure and free of zod and the calendar, so the popup stays small.
 */
import type { BureauRow } from '@shared/exchange/bureau-view';
import type { CapturedRow } from '../../background/feed-popup-data';

/** 絞り込み. */
export type CardFilter = 'mine' | 'all' | 'drafting' | 'overdue';

/** 表示名, in the order of the buttons. */
export const cardFilterLabels: Record<CardFilter, string> = { mine: '自局', all: '全部', drafting: '答弁作成中', overdue: '期限超過' };

/** Text as the search compares it: NFKC (全角 ＡＢＣ１ = ABC1), lower case. */
export function searchForm(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** The words of a query (blank = no search). */
export function queryWords(query: string): string[] {
  return searchForm(query).split(/\s+/).filter(Boolean);
}

const haystacks = new WeakMap<object, string>();

/** True when every word is in the card's text (made once per card). */
function found(card: object, text: () => string, words: readonly string[]): boolean {
  if (words.length === 0) return true;
  let hay = haystacks.get(card);
  if (hay === undefined) {
    hay = searchForm(text());
    haystacks.set(card, hay);
  }
  return words.every((w) => hay!.includes(w));
}

/** A 問 card passes the filter (`mine` is already my bureau's list) and the search. */
export function itemMatches(row: BureauRow, filter: CardFilter, words: readonly string[]): boolean {
  if (filter === 'drafting' && (row.closed || row.progress.some((p) => p.stage === 'directorApproved'))) return false;
  if (filter === 'overdue' && (!row.overdue || row.closed)) return false;
  return found(row, () => [row.questionTitle, row.questionLabel, row.submitters.join(' '), row.itemLabel, row.itemText].join('\n'), words);
}

/** A question card passes the filter and the search. */
export function capturedMatches(row: CapturedRow, filter: CardFilter, words: readonly string[]): boolean {
  if (filter === 'drafting' && !(row.open && row.dueOn)) return false;
  if (filter === 'overdue' && !row.overdue) return false;
  return found(row, () => [row.title, row.label, row.submitters.join(' '), row.itemTexts].join('\n'), words);
}
