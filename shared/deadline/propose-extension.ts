/**
 * @file 延期の提案 (proposeExtension): when answerDeadline says a 延期 is likely, what the coordinator is asked to
 * confirm — why, the 閣議 that decides the 延期通知, a new answer date (a 閣議 after the 7-day period), the draft
 * reason text and the notice's own milestones. Pure; rules in extension-notice-rules.ts.
 */
import { type Calendar, CALENDAR_CABINET, CALENDAR_CLOSED } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { formatWareki } from '../dates/format-wareki';
import type { IsoDate } from '../dates/iso-date';
import { messages } from '../messages';
import type { AnswerDeadline, Milestone } from './answer-deadline';
import { milestonesInOrder } from './answer-deadline';
import { defaultExtensionLeadTimes, extensionDateRule, extensionNoticeTemplate } from './extension-notice-rules';
import type { LeadTime } from './lead-times';

/** 延期の提案. */
export interface ExtensionProposal {
  /** Why (the prediction's reasons). */
  reasons: string[];
  /** 延期通知を決める閣議: the target 閣議 (the last one after 転送日, on or before day 7), or null. */
  noticeCabinetOn: IsoDate | null;
  /** 新しい答弁期限 (案): a 閣議 after day 7, or null when none is found within the search range. */
  newAnswerOn: IsoDate | null;
  /** 延期通知の理由 (案). */
  noticeText: string;
  /** The notice's own milestones, before its 閣議. */
  milestones: Milestone[];
  warnings: string[];
}

export interface ExtensionProposalOptions {
  /** 件名 for the draft text (「…に関する質問主意書」). */
  title?: string;
  leadTimes?: readonly LeadTime[];
  minWorkingDays?: number;
  template?: string;
}

/**
 * The proposal for a deadline whose 延期 is likely; null when it is not.
 * @example proposeExtension(answerDeadline('2025-06-20', cal, { session }))?.newAnswerOn //=> '2025-06-27'
 */
export function proposeExtension(deadline: AnswerDeadline, calendar: Calendar = defaultCalendar(), options: ExtensionProposalOptions = {}): ExtensionProposal | null {
  if (!deadline.extensionLikely) return null;
  const t = calendar.dayNumber(deadline.transferredOn);
  const last = calendar.dayNumber(deadline.lastLegalDay);
  const notice = deadline.cabinetMeetingOn === null ? undefined : calendar.dayNumber(deadline.cabinetMeetingOn);
  const warnings: string[] = [];
  if (notice === undefined) warnings.push(messages.extensionNoNoticeMeeting);
  const minDays = options.minWorkingDays ?? extensionDateRule.minWorkingDays;
  // Count open days from the notice 閣議 (or the day after day 7 when there is none) up to the candidate.
  const countFrom = notice ?? last + 1;
  let newAnswer: number | undefined;
  let open = 0;
  for (let n = countFrom; n <= last + extensionDateRule.maxSearchDays; n++) {
    const f = calendar.flagsOf(n);
    if (n > last && f & CALENDAR_CABINET && open >= minDays) { newAnswer = n; break; }
    if (!(f & CALENDAR_CLOSED)) open++;
  }
  const newAnswerOn = newAnswer === undefined ? null : calendar.dateOf(newAnswer);
  if (newAnswerOn === null) warnings.push(messages.extensionNoNewDate(extensionDateRule.maxSearchDays));
  const ordered = milestonesInOrder(options.leadTimes ?? defaultExtensionLeadTimes, t, notice, calendar);
  const noticeText = (options.template ?? extensionNoticeTemplate)
    .replaceAll('{件名}', options.title ?? '本質問主意書')
    .replaceAll('{期限}', newAnswerOn ? formatWareki(newAnswerOn) : '(期限未定)');
  return {
    reasons: [...deadline.extensionReasons],
    noticeCabinetOn: deadline.cabinetMeetingOn,
    newAnswerOn,
    noticeText,
    milestones: ordered.milestones,
    warnings: [...warnings, ...ordered.warnings],
  };
}
