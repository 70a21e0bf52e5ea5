/**
 * @file 盤面の質問 (BoardQuestion): the live 質問主意書 and 質問通告 of the exchange records, in display
 * order, each with its 問 list (from the question itself, then separate 問 records). Pure.
 */
import {
  type CommitteeNotice, type ExchangeBundle, type JstInstant, type WrittenQuestion, houseLabels, jstAt, jstDateOf, resolveQuestionStatus, toEpochMs,
} from '@shared/index';
import { boardMessages } from '../board-messages';

/** 問 of a question. */
export interface BoardItem {
  label: string;
  text: string;
}

/** One question on the board. */
export interface BoardQuestion {
  key: string;
  written?: WrittenQuestion;
  notice?: CommitteeNotice;
  /** 件名 (notices: 委員会 + 質問者). */
  title: string;
  items: BoardItem[];
  sourceUrl?: string;
}

function writtenOrder(a: WrittenQuestion, b: WrittenQuestion): number {
  if (a.house !== b.house) return a.house < b.house ? 1 : -1; // 衆議院 (shugiin) first
  return a.session - b.session || a.number - b.number;
}

/**
 * Live questions of a bundle: 質問主意書 by house, 回次 and 番号, then 質問通告 by sitting. A question
 * without any 問 gets one 問 「全体」 so that it can still be assigned.
 */
export function boardQuestions(bundle: ExchangeBundle): BoardQuestion[] {
  const extraItems = new Map<string, BoardItem[]>();
  for (const r of bundle.records.items) {
    if (r.deleted || !r.data) continue;
    const list = extraItems.get(r.data.questionKey) ?? [];
    list.push({ label: r.data.label, text: r.data.text });
    extraItems.set(r.data.questionKey, list);
  }
  const itemsOf = (key: string, own: readonly BoardItem[]): BoardItem[] => {
    const out = own.map((i) => ({ label: i.label, text: i.text }));
    for (const extra of extraItems.get(key) ?? []) if (!out.some((i) => i.label === extra.label)) out.push(extra);
    return out.length > 0 ? out : [{ label: boardMessages.wholeQuestion, text: '' }];
  };
  const written = bundle.records.questions.flatMap((r) => (r.deleted || !r.data ? [] : [{ key: r.id, q: r.data }]));
  written.sort((a, b) => writtenOrder(a.q, b.q) || (a.key < b.key ? -1 : 1));
  const notices = bundle.records.notices.flatMap((r) => (r.deleted || !r.data ? [] : [{ key: r.id, n: r.data }]));
  notices.sort((a, b) => (a.n.sittingOn + a.n.startTime + a.n.committee + a.n.member).localeCompare(b.n.sittingOn + b.n.startTime + b.n.committee + b.n.member) || (a.key < b.key ? -1 : 1));
  return [
    ...written.map(({ key, q }): BoardQuestion => ({
      key, written: q, title: q.title, items: itemsOf(key, q.items), sourceUrl: q.questionUrl ?? q.progressUrl,
    })),
    ...notices.map(({ key, n }): BoardQuestion => ({
      key, notice: n, title: `${houseLabels[n.house]}${n.committee} ${n.member}`, items: itemsOf(key, n.items), sourceUrl: n.provenance[0]?.sourceUrl,
    })),
  ];
}

/** True while a question still needs work: not answered, withdrawn or 転送に至らず by any source of 状況 (resolveQuestionStatus); a notice until its sitting. */
export function isOpenQuestion(q: BoardQuestion, now: JstInstant): boolean {
  // Open by every source of 状況 (a list saying 答弁受理 closes it even before its 経過 page is read).
  if (q.written) return resolveQuestionStatus(q.written, jstDateOf(now)).open;
  const n = q.notice!;
  return toEpochMs(now) < toEpochMs(jstAt(n.sittingOn, n.startTime));
}
