/**
 * @file 盤面の計算 (buildBoard): from the exchange records, the sheet's lines and edits, the 設定 and
 * `now`, computes every row of 質問, 割振り and 期限, plus the summary the task pane shows (the evening
 * sheets are computed by buildEvening).
 * Pure: the same inputs always give the same rows.
 */
import {
  type Assignment, type IsoDate, type JstInstant, type Jurisdiction, answerStages, formatTimeLeft, isOtherMinistry, jstDateOf, leadBureau, objectionDeadline,
  milestoneDone, objectionMinutesLeft, offCalendarCabinetDays, toEpochMs,
} from '@shared/index';
import { type AssignmentLine, lineAssignment } from './assignment-lines';
import { boardMessages } from '../board-messages';
import { type BoardQuestion, isOpenQuestion } from './board-question';
import { objectionLeftText } from './countdown-cells';
import { type BureauFollowUp, bureauFollowUps } from './follow-ups';
import { lineResponses, progressCell, responseCell, responseIndex } from './response-cells';
import type { BoardSettings } from '../settings/board-settings';
import type { CellValue } from '../sheet/cell-value';
import { instantToSerial } from '../sheet/excel-serial';
import { type DueMilestone, type QuestionDeadline, noticeDeadlineOf, writtenDeadline } from './question-deadline';
import { type QuestionEdit, questionRow } from './question-rows';
import { sittingSetKey } from '../evening/sitting-set-times';
import { type AssignmentRow, type DeadlineRow, type QuestionRow, assignmentTable } from '../tables/workbook-tables';
import { gridRow } from '../sheet/table-definition';
import type { ExchangeBundle } from '@shared/index';

/** A line that needs the coordinator's attention. */
export interface LineIssue {
  /** Row number of the line in the 割振り sheet, as the grid numbers it (header = row 1, first line = row 2). */
  row: number;
  questionKey: string;
  itemLabel: string;
  message: string;
}

/** A provisional allocation still inside its 60-minute 異議 window. */
export interface OpenObjection {
  /** Row number in the 割振り sheet (as LineIssue). */
  row: number;
  questionKey: string;
  itemLabel: string;
  bureau: string;
  /** 異議期限 (proposedAt + 60 min): the pane counts down to it. */
  until: JstInstant;
  minutesLeft: number;
}

/** 概況 for the task pane. */
export interface BoardSummary {
  openQuestions: number;
  openItems: number;
  unassignedItems: number;
  issues: LineIssue[];
  objections: OpenObjection[];
  overdue: number;
  dueToday: number;
  dueSoon: number;
  /** 未受諾・未報告 per bureau (bureaus with nothing open are left out). */
  followUps: BureauFollowUp[];
  /** 閣議日の確認: captured 答弁書受領日・延期 dates on no 閣議 day of the calendar (offer to add a 臨時閣議). */
  offCalendar: { date: IsoDate; message: string }[];
  /** 延期の提案 not yet confirmed (延期確定 ○ in the 質問 sheet). */
  extensionProposals: number;
}

/** Everything the board writes, plus what publishing needs. */
export interface BoardView {
  questions: QuestionRow[];
  assignments: AssignmentRow[];
  deadlines: DeadlineRow[];
  /** Open milestones by question key (published as milestone records). */
  milestones: Map<string, DueMilestone[]>;
  summary: BoardSummary;
}

export interface BoardInput {
  settings: BoardSettings;
  store: ExchangeBundle;
  questions: readonly BoardQuestion[];
  lines: readonly AssignmentLine[];
  edits: ReadonlyMap<string, QuestionEdit>;
  /** 当省分 by question key (effectiveJurisdictions): a 他省庁 question leaves 未割振り and the 期限 sheet. */
  jurisdictions: ReadonlyMap<string, Jurisdiction>;
  now: JstInstant;
  /** 委員会セット日時 typed in the 開会 sheet, by sittingSetKey. */
  setTimes?: ReadonlyMap<string, JstInstant>;
}

const serialAt = (at: JstInstant | undefined): CellValue => (at ? instantToSerial(at) : '');
const ITEM_TEXT_CHARS = 80;

/** The milestone a line works towards: the first not passed, else the last (overdue). */
function nextMilestone(list: readonly DueMilestone[], nowMs: number): DueMilestone | undefined {
  return list.find((m) => toEpochMs(m.at) >= nowMs) ?? list.at(-1);
}

/**
 * Computes the board.
 * @example buildBoard({ settings, store, questions, lines, edits, now }).summary.unassignedItems
 */
export function buildBoard(input: BoardInput): BoardView {
  const { settings, questions, lines, edits, jurisdictions, now } = input;
  const today: IsoDate = jstDateOf(now);
  const nowMs = toEpochMs(now);
  const nowSerial = instantToSerial(now);
  const bureauName = new Map(settings.bureaus.map((b) => [b.id, b.name]));

  const deadlines = new Map<string, QuestionDeadline>();
  for (const q of questions) {
    const edit = edits.get(q.key);
    const deadline = q.written
      ? writtenDeadline(q.written, settings, today, edit?.override, edit?.extensionConfirmed)
      : noticeDeadlineOf(q.notice!, settings, now, input.setTimes?.get(sittingSetKey(q.notice!.house, q.notice!.committee, q.notice!.sittingOn)));
    // 他省庁: another ministry answers — no 未割振り, no 内部締切 here (the 状況 and dates stay shown).
    deadlines.set(q.key, isOtherMinistry(jurisdictions.get(q.key)) ? { ...deadline, active: false, milestones: [] } : deadline);
  }

  const accepted = new Map<string, { line: AssignmentLine; a: Assignment }[]>();
  for (const line of lines) {
    const a = lineAssignment(line, settings.producer);
    if (!a) continue;
    const list = accepted.get(a.questionKey) ?? [];
    list.push({ line, a });
    accepted.set(a.questionKey, list);
  }
  const leads = new Map<string, string>();
  for (const [key, list] of accepted) {
    const lead = leadBureau(list.map((x) => x.a));
    if (lead) leads.set(key, lead);
  }

  const responsesOf = responseIndex(input.store);
  const questionByKey = new Map(questions.map((q) => [q.key, q]));
  const written = questions.flatMap((q) => (q.written ? [q.written] : []));
  const summary: BoardSummary = {
    openQuestions: 0, openItems: 0, unassignedItems: 0, issues: [], objections: [], overdue: 0, dueToday: 0, dueSoon: 0,
    followUps: bureauFollowUps(lines, questions, (key) => isOpenQuestion(questionByKey.get(key)!, now) && !isOtherMinistry(jurisdictions.get(key)), responsesOf, settings.bureaus, now, settings.producer),
    offCalendar: offCalendarCabinetDays(written, settings.calendar).map((o) => ({ date: o.date, message: o.message })),
    extensionProposals: [...deadlines.values()].filter((d) => d.extension?.state === 'proposed').length,
  };
  const questionRows = questions.map((q) => {
    const deadline = deadlines.get(q.key)!;
    const owned = new Set((accepted.get(q.key) ?? []).map((x) => x.a.itemLabel));
    const left = q.items.filter((i) => !owned.has(i.label)).length;
    if (deadline.active) {
      summary.openQuestions++;
      summary.openItems += q.items.length;
      summary.unassignedItems += left;
    }
    const marking = jurisdictions.get(q.key);
    const allocation = marking?.scope === 'other' ? boardMessages.otherMinistry(marking.ministry)
      : !deadline.active ? '' : left === 0 ? boardMessages.allAssigned(q.items.length) : boardMessages.unassigned(left, q.items.length);
    const lead = leads.get(q.key);
    return questionRow(q, deadline, lead ? bureauName.get(lead) ?? lead : '', allocation, edits.get(q.key), marking);
  });

  const assignmentRows = lines.map((line, index) => {
    // Messages name the row as the grid numbers it (header = row 1).
    const row = gridRow(assignmentTable, index);
    const q = questionByKey.get(line.questionKey);
    const deadline = deadlines.get(line.questionKey);
    const a = lineAssignment(line, settings.producer);
    const responses = lineResponses(responsesOf, line.id, line.bureau?.id, line.proposedAt);
    // A deadline the bureau has reported done (原案了 → 原案 …) is not the line's next one, nor 期限超過.
    const reached = answerStages.filter((stage) => responses.progress[stage]).at(-1);
    const open = deadline?.milestones.filter((m) => !milestoneDone(m.id, { reached, state: a?.state ?? 'proposed' })) ?? [];
    const next = deadline?.active ? nextMilestone(open, nowMs) : undefined;
    const proposed = a?.state === 'proposed' ? a : undefined;
    const minutesLeft = proposed ? objectionMinutesLeft(proposed, now) : null;
    if (proposed && minutesLeft !== null && minutesLeft > 0) {
      summary.objections.push({
        row, questionKey: line.questionKey, itemLabel: line.itemLabel, bureau: line.bureauText, until: objectionDeadline(proposed), minutesLeft,
      });
    }
    for (const message of line.issues) summary.issues.push({ row, questionKey: line.questionKey, itemLabel: line.itemLabel, message });
    const itemText = q?.items.find((i) => i.label === line.itemLabel)?.text ?? '';
    const isLead = a && a.role === '執筆' && leads.get(line.questionKey) === a.bureau;
    const out: AssignmentRow = {
      ...(line.row ?? {}),
      id: line.id, questionKey: line.questionKey, title: q?.title ?? '', item: line.itemLabel,
      itemText: itemText.length > ITEM_TEXT_CHARS ? `${itemText.slice(0, ITEM_TEXT_CHARS)}…` : itemText,
      bureau: line.bureauText, division: line.division, role: line.roleText, state: line.stateText, by: line.by,
      lead: isLead ? '◎' : '',
      proposedAt: serialAt(line.proposedAt),
      objectionUntil: proposed ? instantToSerial(objectionDeadline(proposed)) : '',
      objectionLeft: minutesLeft === null ? '' : objectionLeftText(minutesLeft),
      next: next?.label ?? '', nextAt: serialAt(next?.at),
      check: line.issues.join(' / '),
      response: responseCell(responses, settings.bureaus), progress: progressCell(responses),
      decidedAt: serialAt(line.decidedAt), note: line.note,
    };
    return out;
  });

  const milestones = new Map<string, DueMilestone[]>();
  const deadlineRows: { at: number; row: DeadlineRow }[] = [];
  for (const q of questions) {
    const deadline = deadlines.get(q.key)!;
    if (!deadline.active || deadline.milestones.length === 0) continue;
    milestones.set(q.key, deadline.milestones);
    const owners = [...new Set((accepted.get(q.key) ?? []).map((x) => bureauName.get(x.a.bureau) ?? x.a.bureau))].join('、');
    const lead = leads.get(q.key);
    for (const m of deadline.milestones) {
      const serial = instantToSerial(m.at);
      if (serial < nowSerial) summary.overdue++;
      else if (Math.floor(serial) === Math.floor(nowSerial)) summary.dueToday++;
      else if (serial - nowSerial <= 1) summary.dueSoon++;
      deadlineRows.push({
        at: serial,
        row: {
          questionKey: q.key, title: q.title, milestone: m.label, dueAt: serial, left: formatTimeLeft(m.at, now), bureaus: owners,
          lead: lead ? bureauName.get(lead) ?? lead : '',
        },
      });
    }
  }
  deadlineRows.sort((x, y) => x.at - y.at || String(x.row.questionKey).localeCompare(String(y.row.questionKey)));

  return { questions: questionRows, assignments: assignmentRows, deadlines: deadlineRows.map((d) => d.row), milestones, summary };
}
