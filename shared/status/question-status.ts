/** @file 状況 (status) of a 質問主意書, derived from its facts; never typed by hand. */
import { type Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate } from '../dates/iso-date';
import { answerDeadline } from '../deadline/answer-deadline';
import type { WrittenQuestion } from '../model/written-question';

/**
 * 状況. The first six follow from the dates (questionStatus); 'received' (質問受理), 'notTransferred' (転送に至らず)
 * and 'unknown' (状況未確認) are what resolveQuestionStatus says when only a list page, or nothing, is known.
 */
export type QuestionStatus =
  | 'withdrawn' | 'answered' | 'awaitingTransfer' | 'extended' | 'drafting' | 'overdue'
  | 'received' | 'notTransferred' | 'unknown';

export const questionStatusLabels: Record<QuestionStatus, string> = {
  withdrawn: '撤回',
  answered: '答弁済み',
  awaitingTransfer: '転送待ち',
  extended: '答弁延期中',
  drafting: '作成中',
  overdue: '期限超過',
  received: '質問受理',
  notTransferred: '転送に至らず',
  unknown: '状況未確認',
};

/** 状況 derived from dates alone. */
export type DatedQuestionStatus = Extract<QuestionStatus, 'withdrawn' | 'answered' | 'awaitingTransfer' | 'extended' | 'drafting' | 'overdue'>;

/** The date the answer is due now: the latest 延期期限 if any, else the target 閣議 (or day 7). */
export function effectiveDueOn(q: Pick<WrittenQuestion, 'transferredOn' | 'extensions'>, calendar: Calendar = defaultCalendar()): IsoDate | null {
  const extended = q.extensions.map((e) => e.extendedUntil).sort().at(-1);
  if (extended) return extended;
  if (!q.transferredOn) return null;
  const d = answerDeadline(q.transferredOn, calendar);
  return d.cabinetMeetingOn ?? d.lastLegalDay;
}

/**
 * 状況の導出. @example questionStatus({ ...q, answeredOn: '2026-03-06' }, '2026-03-07') //=> 'answered'
 */
export function questionStatus(
  q: Pick<WrittenQuestion, 'withdrawnOn' | 'answeredOn' | 'transferredOn' | 'extensions'>,
  today: IsoDate,
  calendar: Calendar = defaultCalendar(),
): DatedQuestionStatus {
  if (q.withdrawnOn) return 'withdrawn';
  if (q.answeredOn) return 'answered';
  if (!q.transferredOn) return 'awaitingTransfer';
  const due = effectiveDueOn(q, calendar);
  if (due && today > due) return 'overdue';
  return q.extensions.length > 0 ? 'extended' : 'drafting';
}
