/**
 * @file 質問ごとの期限 (question deadline): the answer due date, target 閣議, milestones, status and
 * cautions of one 質問主意書 or 質問通告, with the workbook's 設定 and the coordinator's 期限上書き.
 * Built on the shared deadline engine; pure.
 */
import {
  type AnswerDeadline, type CommitteeNotice, type ExtensionPlanCheck, type ExtensionProposal, type IsoDate, type JstInstant, type Milestone,
  type QuestionStatus, type WrittenQuestion, answerDeadline, checkExtensionPlan, compareInstants, formatWareki, jstAt, milestonesFor, noticeBandText,
  noticeLateness, proposeExtension, questionStatusLabels, resolveQuestionStatus, sessionByNumber, shortDate, toEpochMs,
} from '@shared/index';
import { boardMessages } from '../board-messages';
import type { BoardSettings } from '../settings/board-settings';

/** 内部締切 with its instant. */
export interface DueMilestone {
  id: string;
  label: string;
  at: JstInstant;
}

/** 期限の計算結果. */
export interface QuestionDeadline {
  /** 目標閣議 (written questions). */
  cabinetOn?: IsoDate;
  /** 答弁期限: override > captured 延期期限 > confirmed 延期 > 目標閣議 > 7日目; a notice's sitting date. */
  dueOn?: IsoDate;
  /** 開会 (notices). */
  sittingAt?: JstInstant;
  /** Milestones still relevant (empty once answered, withdrawn or after the sitting), in time order. */
  milestones: DueMilestone[];
  /** 状況 as shown. */
  status: string;
  /** Where the 状況 came from (「経過ページ」「一覧の経過状況「答弁受理」」「なし」…); 質問通告: 「質問通告」. */
  statusSource: string;
  /** True while work is open (not answered, not withdrawn, sitting not passed). */
  active: boolean;
  /** 注意 (延期の可能性, calendar warnings, late notice …). */
  cautions: string[];
  /** 延期案 column: the proposal, the confirmed 延期 or the notice captured (empty when none). */
  extensionPlan: string;
  /** The 延期 as read together (proposal, confirmation, captured notices). */
  extension?: ExtensionPlanCheck;
}

const engineCache = new WeakMap<BoardSettings, Map<string, AnswerDeadline>>();

/** The shared engine with the question's 会期, memoised per settings (the default lead times use the engine's own cache). */
function engine(q: WrittenQuestion, transferredOn: IsoDate, settings: BoardSettings): AnswerDeadline {
  const session = sessionByNumber(settings.sessions, q.session);
  const options = session ? { session } : {};
  if (settings.defaultLeadTimes) return answerDeadline(transferredOn, settings.calendar, options);
  let byDate = engineCache.get(settings);
  if (!byDate) engineCache.set(settings, (byDate = new Map()));
  const key = `${transferredOn}|${q.session}`;
  let result = byDate.get(key);
  if (!result) {
    result = answerDeadline(transferredOn, settings.calendar, { ...options, leadTimes: settings.leadTimes });
    byDate.set(key, result);
  }
  return result;
}

const byTime = (a: DueMilestone, b: DueMilestone) => compareInstants(a.at, b.at);
const present = (list: readonly Milestone[]): DueMilestone[] => list.flatMap((m) => (m.at ? [{ id: m.id, label: m.label, at: m.at }] : []));

/**
 * 質問主意書の期限. `today` decides 期限超過; `override` is the coordinator's 期限上書き; `extensionConfirmed` is the
 * 延期確定 ○: the proposed 延期 (or the 期限上書き) becomes the answer date until a captured notice confirms or corrects it.
 * @example writtenDeadline(q, settings, '2026-07-17').milestones.map((m) => m.label) //=> ['割振り確定', '原案', …]
 */
export function writtenDeadline(q: WrittenQuestion, settings: BoardSettings, today: IsoDate, override?: IsoDate, extensionConfirmed = false): QuestionDeadline {
  const label = (s: QuestionStatus) => questionStatusLabels[s];
  const none = { extensionPlan: '' };
  // The 状況 from every source in its precedence (detail page > list 経過状況 > none), with its source.
  const resolved = resolveQuestionStatus(q, today, settings.calendar);
  const statusSource = resolved.sourceLabel;
  if (!resolved.open) return { milestones: [], status: resolved.label, statusSource, active: false, cautions: [], dueOn: override, ...none };
  const captured = q.extensions.map((e) => e.extendedUntil).sort().at(-1);
  if (!q.transferredOn) {
    const dueOn = override ?? captured;
    const cautions = !dueOn && resolved.missingDates ? [resolved.missingDates, boardMessages.overrideHint] : [];
    return { milestones: [], dueOn, status: dueOn && today > dueOn ? label('overdue') : resolved.label, statusSource, active: true, cautions, ...none };
  }
  let deadline: AnswerDeadline;
  try {
    deadline = engine(q, q.transferredOn, settings);
  } catch (error) {
    return { milestones: [], status: label('drafting'), statusSource, active: true, cautions: [boardMessages.calendarError((error as Error).message)], ...none };
  }
  // Proposed even once a notice is captured, so the notice reads as foreseen (延期通知済み) or not (予測外).
  const proposal = proposeExtension(deadline, settings.calendar, { title: q.title });
  const confirmedUntil = extensionConfirmed ? override ?? proposal?.newAnswerOn ?? undefined : undefined;
  const extension = checkExtensionPlan({ proposedUntil: proposal?.newAnswerOn, confirmedUntil, captured: q.extensions });
  // A captured notice corrects a confirmed 延期 even when the confirmation was a 期限上書き; otherwise the 期限上書き rules.
  const anchorOn = (extensionConfirmed && captured ? captured : override) ?? extension.extendedUntil ?? undefined;
  const cautions: string[] = [];
  let milestones: DueMilestone[];
  if (anchorOn) {
    const moved = milestonesFor(q.transferredOn, anchorOn, settings.calendar, settings.leadTimes);
    milestones = present(moved.milestones);
    cautions.push(...moved.warnings);
  } else {
    milestones = present(deadline.milestones);
  }
  // Until the notice is captured, the 延期通知 itself has milestones before its 閣議.
  if (proposal && (extension.state === 'proposed' || extension.state === 'confirmed')) milestones = [...milestones, ...present(proposal.milestones)].sort(byTime);
  if (extensionConfirmed && !extension.extendedUntil && !override) cautions.push(boardMessages.extensionConfirmWithoutProposal);
  if (captured && extension.state !== 'corrected') cautions.unshift(boardMessages.extensionNotice(formatWareki(captured)));
  else if (extension.message) cautions.unshift(extension.message);
  if (extension.state !== 'noticed' && extension.state !== 'corrected' && extension.state !== 'unplanned') {
    cautions.push(...deadline.extensionReasons, ...deadline.warnings, ...(proposal?.warnings ?? []));
  }
  const dueOn = anchorOn ?? deadline.cabinetMeetingOn ?? deadline.lastLegalDay;
  const status = today > dueOn ? 'overdue' : captured || extension.state === 'confirmed' ? 'extended' : 'drafting';
  return {
    cabinetOn: deadline.cabinetMeetingOn ?? undefined, dueOn, milestones, status: label(status), statusSource, active: true, cautions: [...new Set(cautions)],
    extensionPlan: extensionPlanText(extension, proposal), extension,
  };
}

/** 延期案 column: 「延期案: 7/24(金) まで (延期通知は 7/21(火) の閣議)。文案: …」, or the confirmed / captured 延期. */
function extensionPlanText(extension: ExtensionPlanCheck, proposal: ExtensionProposal | null): string {
  if (extension.state === 'none') return '';
  if (extension.state === 'proposed' && proposal) {
    const until = proposal.newAnswerOn ? shortDate(proposal.newAnswerOn) : '(閣議日程を確認)';
    const meeting = proposal.noticeCabinetOn ? boardMessages.extensionNoticeMeeting(shortDate(proposal.noticeCabinetOn)) : '';
    return boardMessages.extensionPlanText(extension.label, until, `${meeting}${boardMessages.extensionNoticeDraft(proposal.noticeText)}`);
  }
  return extension.extendedUntil ? boardMessages.extensionPlanText(extension.label, shortDate(extension.extendedUntil), '') : extension.label;
}

/**
 * 質問通告の期限: the sitting is the deadline; a notice later than 前々日正午 (or than セット + the agreed interval, when
 * the sitting was set later — `setAt` from the 開会 sheet, else the notice's own) is a caution.
 * @example noticeDeadlineOf(n, settings, now).status //=> '答弁準備中'
 */
export function noticeDeadlineOf(n: CommitteeNotice, settings: BoardSettings, now: JstInstant, setAt?: JstInstant): QuestionDeadline {
  const sittingAt = jstAt(n.sittingOn, n.startTime);
  const active = toEpochMs(now) < toEpochMs(sittingAt);
  const cautions: string[] = [];
  try {
    const lateness = noticeLateness(n.receivedAt, n.sittingOn, settings.calendar, { setAt: setAt ?? n.setAt });
    if (lateness.minutesLate > 0) cautions.push(boardMessages.noticeLate(noticeBandText(lateness)));
  } catch (error) {
    cautions.push(boardMessages.calendarError((error as Error).message));
  }
  return {
    dueOn: n.sittingOn, sittingAt,
    milestones: active ? [{ id: 'sitting', label: '開会', at: sittingAt }] : [],
    status: active ? boardMessages.noticeStatusBefore : boardMessages.noticeStatusAfter,
    statusSource: boardMessages.noticeSource,
    active, cautions, extensionPlan: '',
  };
}
