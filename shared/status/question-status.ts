/** @file 状況 (status) of a 質問主意書, derived from its facts; never typed by hand. */
import { type Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate } from '../dates/iso-date';
import { answerDeadline } from '../deadline/answer-deadline';
import type { WrittenQuestion } from '../model/written-question';

/** 状況. */
export type QuestionStatus = 'withdrawn' | 'answered' | 'awaitingTransfer' | 'extended' | 'drafting' | 'overdue';

export const questionStatusLabels: Record<QuestionStatus, string> = {
  withdrawn: '撤回',
  answered: '答弁済み',
  awaitingTransfer: '転送待ち',
  extended: '答弁延期中',
  drafting: '作成中',
  overdue: '期限超過',
};

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
export function questionStatus(q: Pick<WrittenQuestion, 'withdrawnOn' | 'answeredOn' | 'transferredOn' | 'extensions'>, today: IsoDate, calendar: Calendar = defaultCalendar()): QuestionStatus {
  if (q.withdrawnOn) return 'withdrawn';
  if (q.answeredOn) return 'answered';
  if (!q.transferredOn) return 'awaitingTransfer';
  const due = effectiveDueOn(q, calendar);
  if (due && today > due) return 'overdue';
  return q.extensions.length > 0 ? 'extended' : 'drafting';
}
