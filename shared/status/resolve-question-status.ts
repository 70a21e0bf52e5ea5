/**
 * @file 状況の決定 (resolveQuestionStatus): one 状況 per 質問主意書 from every source we have, in a fixed precedence —
 * the dates of its detail page (衆議院 経過 / 参議院 明細, or a date typed by hand with 「修正」) > what the list row
 * printed (衆議院 経過状況 「答弁受理」…; 参議院 rows print no status, only the 答弁本文 link once answered) > none —
 * and which source it came from. Pure.
 *
 * One exception keeps the precedence honest: a stage never goes back, so when the list says the question is closed
 * (答弁受理, 撤回, 転送に至らず) and the detail page we read earlier still showed it open, that page is simply older —
 * the list wins, and says so.
 */
import { type Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import type { IsoDate } from '../dates/iso-date';
import type { WrittenQuestion } from '../model/written-question';
import { type ProgressStage, closedStages, progressStage } from './progress-text-stages';
import { type QuestionStatus, effectiveDueOn, questionStatus, questionStatusLabels } from './question-status';
import { statusMessages } from './status-messages';

/** 状況の出所: the detail page's dates, a date typed by hand, the list row, or nothing. */
export type StatusSource = 'detail' | 'edit' | 'list' | 'none';

/** 状況 with its source. */
export interface ResolvedStatus {
  status: QuestionStatus;
  /** 「答弁済み」「質問受理」… */
  label: string;
  source: StatusSource;
  /** 「経過ページ」「明細」「一覧の経過状況「答弁受理」」「一覧の答弁本文リンク」「手修正 (内閣転送日)」「なし」. */
  sourceLabel: string;
  /** True while an answer is still due (not answered, not withdrawn, not 転送に至らず). */
  open: boolean;
  /** 答弁期限 (latest 延期期限, else target 閣議 or day 7), when the dates give one (kept as history once closed). */
  dueOn: IsoDate | null;
  /** For an open question whose deadline cannot be computed: why, and how to fix it (再取得 or 「修正」). */
  missingDates?: string;
}

/** What resolving needs from a question (a stored record or one read from a bundle). */
export type StatusFacts = Pick<
  WrittenQuestion,
  'house' | 'withdrawnOn' | 'answeredOn' | 'transferredOn' | 'extensions' | 'progressText' | 'answerUrl' | 'progressUrl' | 'provenance' | 'userEdited'
>;

const stageStatus: Record<ProgressStage, QuestionStatus> = {
  withdrawn: 'withdrawn', answered: 'answered', notTransferred: 'notTransferred', extended: 'extended', transferred: 'drafting', received: 'received',
};
const closedStatuses: ReadonlySet<QuestionStatus> = new Set(['withdrawn', 'answered', 'notTransferred']);

/** True once the question's detail page (経過 / 明細) was read: one provenance entry is that page. */
export function detailPageRead(q: Pick<WrittenQuestion, 'progressUrl' | 'provenance'>): boolean {
  return q.progressUrl !== undefined && q.provenance.some((p) => p.sourceUrl === q.progressUrl);
}

/** The stage the list row tells: its printed 経過状況, else an 答弁本文 link (the 参議院 list prints nothing else). */
function listStage(q: StatusFacts): { stage: ProgressStage; label: string } | null {
  const printed = progressStage(q.progressText);
  if (printed) return { stage: printed, label: statusMessages.fromProgressText(q.progressText!.trim(), detailPageRead(q) ? q.house : undefined) };
  if (q.answerUrl) return { stage: 'answered', label: statusMessages.fromAnswerLink };
  return null;
}

function resolved(status: QuestionStatus, source: StatusSource, sourceLabel: string, dueOn: IsoDate | null, house: WrittenQuestion['house']): ResolvedStatus {
  const open = !closedStatuses.has(status);
  const out: ResolvedStatus = { status, label: questionStatusLabels[status], source, sourceLabel, open, dueOn };
  if (open && dueOn === null) out.missingDates = statusMessages.missingDates(house, source === 'detail');
  return out;
}

/**
 * 状況の決定. `today` decides 期限超過.
 * @example resolveQuestionStatus({ house: 'shugiin', progressText: '答弁受理', extensions: [], provenance: [], userEdited: [] }, '2026-07-15')
 * //=> { status: 'answered', label: '答弁済み', source: 'list', sourceLabel: '一覧の経過状況「答弁受理」', open: false, dueOn: null }
 */
export function resolveQuestionStatus(q: StatusFacts, today: IsoDate, calendar: Calendar = defaultCalendar()): ResolvedStatus {
  const list = listStage(q);
  const hasDates = Boolean(q.transferredOn || q.answeredOn || q.withdrawnOn || q.extensions.length > 0);
  if (hasDates || detailPageRead(q)) {
    const status = questionStatus(q, today, calendar);
    const dueOn = effectiveDueOn(q, calendar);
    if (list && closedStages.has(list.stage) && !closedStatuses.has(status)) {
      return resolved(stageStatus[list.stage], 'list', list.label, dueOn, q.house);
    }
    if (q.userEdited.includes('transferredOn') && q.transferredOn) return resolved(status, 'edit', statusMessages.fromEdit, dueOn, q.house);
    return resolved(status, 'detail', statusMessages.fromDetail(q.house, detailPageRead(q)), dueOn, q.house);
  }
  if (list) return resolved(stageStatus[list.stage], 'list', list.label, null, q.house);
  return resolved('unknown', 'none', statusMessages.fromNothing, null, q.house);
}
