/**
 * @file 質問ごとの期限 (question deadline): the answer due date, target 閣議, milestones, status and
 * cautions of one 質問主意書 or 質問通告, with the workbook's 設定 and the coordinator's 期限上書き.
 * Built on the shared deadline engine; pure.
 */
import {
  type AnswerDeadline, type CommitteeNotice, type IsoDate, type JstInstant, type QuestionStatus, type WrittenQuestion,
  answerDeadline, classifyNotice, formatWareki, jstAt, jstDateOf, noticeBandLabel, openDayBefore, questionStatusLabels, resolveQuestionStatus, toEpochMs,
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
  /** 答弁期限: override > latest 延期期限 > 目標閣議 > 7日目; a notice's sitting date. */
  dueOn?: IsoDate;
  /** 開会 (notices). */
  sittingAt?: JstInstant;
  /** Milestones still relevant (empty once answered, withdrawn or after the sitting). */
  milestones: DueMilestone[];
  /** 状況 as shown. */
  status: string;
  /** Where the 状況 came from (「経過ページ」「一覧の経過状況「答弁受理」」「なし」…); 質問通告: 「質問通告」. */
  statusSource: string;
  /** True while work is open (not answered, not withdrawn, sitting not passed). */
  active: boolean;
  /** 注意 (延期の可能性, calendar warnings, late notice …). */
  cautions: string[];
}

const engineCache = new WeakMap<BoardSettings, Map<string, AnswerDeadline>>();

/** The shared engine, memoised per settings (the default lead times use the engine's own cache). */
function engine(transferredOn: IsoDate, settings: BoardSettings): AnswerDeadline {
  if (settings.defaultLeadTimes) return answerDeadline(transferredOn, settings.calendar);
  let byDate = engineCache.get(settings);
  if (!byDate) engineCache.set(settings, (byDate = new Map()));
  let result = byDate.get(transferredOn);
  if (!result) {
    result = answerDeadline(transferredOn, settings.calendar, { leadTimes: settings.leadTimes });
    byDate.set(transferredOn, result);
  }
  return result;
}

/**
 * Milestones re-anchored on a moved answer date (延期 or 期限上書き): 閣議-anchored ones step back from
 * the new date; 転送日-anchored ones stay but never fall after it.
 */
function rebase(deadline: AnswerDeadline, anchorOn: IsoDate, settings: BoardSettings): DueMilestone[] {
  const out: DueMilestone[] = [];
  for (const lt of settings.leadTimes) {
    const computed = deadline.milestones.find((m) => m.id === lt.id);
    if (lt.anchor === 'transfer') {
      if (!computed?.at) continue;
      const computedOn = jstDateOf(computed.at);
      const day = computedOn > anchorOn ? anchorOn : computedOn;
      out.push({ id: lt.id, label: lt.label, at: jstAt(day, lt.time) });
    } else {
      const day = openDayBefore(anchorOn, lt.workingDays, settings.calendar);
      out.push({ id: lt.id, label: lt.label, at: jstAt(day < deadline.transferredOn ? deadline.transferredOn : day, lt.time) });
    }
  }
  return out;
}

/**
 * 質問主意書の期限. `today` decides 期限超過; `override` is the coordinator's 期限上書き.
 * @example writtenDeadline(q, settings, '2026-07-17').milestones.map((m) => m.label) //=> ['割振り確定', '原案', …]
 */
export function writtenDeadline(q: WrittenQuestion, settings: BoardSettings, today: IsoDate, override?: IsoDate): QuestionDeadline {
  const label = (s: QuestionStatus) => questionStatusLabels[s];
  // The 状況 from every source in its precedence (detail page > list 経過状況 > none), with its source.
  const resolved = resolveQuestionStatus(q, today, settings.calendar);
  const statusSource = resolved.sourceLabel;
  if (!resolved.open) return { milestones: [], status: resolved.label, statusSource, active: false, cautions: [], dueOn: override };
  const extendedUntil = q.extensions.map((e) => e.extendedUntil).sort().at(-1);
  if (!q.transferredOn) {
    const dueOn = override ?? extendedUntil;
    const cautions = !dueOn && resolved.missingDates ? [resolved.missingDates, boardMessages.overrideHint] : [];
    return { milestones: [], dueOn, status: dueOn && today > dueOn ? label('overdue') : resolved.label, statusSource, active: true, cautions };
  }
  let deadline: AnswerDeadline;
  try {
    deadline = engine(q.transferredOn, settings);
  } catch (error) {
    return { milestones: [], status: label('drafting'), statusSource, active: true, cautions: [boardMessages.calendarError((error as Error).message)] };
  }
  const anchorOn = override ?? extendedUntil;
  const milestones = anchorOn
    ? rebase(deadline, anchorOn, settings)
    : deadline.milestones.flatMap((m) => (m.at ? [{ id: m.id, label: m.label, at: m.at }] : []));
  const dueOn = anchorOn ?? deadline.cabinetMeetingOn ?? deadline.lastLegalDay;
  const cautions = extendedUntil ? [boardMessages.extensionNotice(formatWareki(extendedUntil))] : [...deadline.extensionReasons, ...deadline.warnings];
  const status = today > dueOn ? 'overdue' : q.extensions.length > 0 ? 'extended' : 'drafting';
  return { cabinetOn: deadline.cabinetMeetingOn ?? undefined, dueOn, milestones, status: label(status), statusSource, active: true, cautions };
}

/**
 * 質問通告の期限: the sitting is the deadline; the notice's band against the 前々日正午 agreement is a caution.
 * @example noticeDeadlineOf(n, settings, now).status //=> '答弁準備中'
 */
export function noticeDeadlineOf(n: CommitteeNotice, settings: BoardSettings, now: JstInstant): QuestionDeadline {
  const sittingAt = jstAt(n.sittingOn, n.startTime);
  const active = toEpochMs(now) < toEpochMs(sittingAt);
  const cautions: string[] = [];
  try {
    const band = classifyNotice(n.receivedAt, n.sittingOn, settings.calendar);
    if (band !== 'byTwoDaysNoon') cautions.push(boardMessages.noticeLate(noticeBandLabel(band)));
  } catch (error) {
    cautions.push(boardMessages.calendarError((error as Error).message));
  }
  return {
    dueOn: n.sittingOn, sittingAt,
    milestones: active ? [{ id: 'sitting', label: '開会', at: sittingAt }] : [],
    status: active ? boardMessages.noticeStatusBefore : boardMessages.noticeStatusAfter,
    statusSource: boardMessages.noticeSource,
    active, cautions,
  };
}
