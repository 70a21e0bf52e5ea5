/**
 * @file 開会ごとの計画入力 (eveningSittings): the open committee sittings of the board — from the 質問通告
 * records (院 + 委員会 + 開会日 + 開会時刻) and from rows typed in the 開会 sheet — each with the planner's
 * input: its questioner list, 院 and state (開会表, sitting-state.ts), notices and 問 with each questioner's stage
 * (通告段階表, sitting-stages.ts), the 割振り lines as they stand in the sheet, the slots from the 夕方レク規則 with
 * the minister's availability (夕方レク表 「大臣」), and the reported times (夕方レク問表 実績). What the standby day
 * shares (bureaus, rules, 当番, レク出席, decisions) is added by the board (evening-board.ts). Pure.
 */
import {
  type EveningAssignment, type EveningProgress, type EveningSitting, type ExchangeBundle, type House, type IsoDate, type JstInstant,
  type SittingDayInput, addDays, defaultBriefingSlots, exchangeItemId, isIsoDate, jstAt, parseRegularSittingRowId, regularSittingRowId, sittingId, slotRecordId, standbyDay, toEpochMs,
} from '@shared/index';
import { type AssignmentLine, lineAssignment } from '../questions/assignment-lines';
import type { BoardQuestion } from '../questions/board-question';
import type { BoardSettings } from '../settings/board-settings';
import { type CellValue, cellDate, cellInstant, cellKey, cellText, cellTime } from '../sheet/cell-value';
import { eveningBoardMessages as msg } from '../evening-labels';
import { houseWords, sittingStateWords, yesNoWords } from '../tables/cell-words';
import { dateToSerial } from '../sheet/excel-serial';
import { standDownMessages as sd } from '../stand-down-labels';
import { regularSittingsDue } from './regular-sitting-rows';
import { readIndexedRows } from '../sheet/indexed-rows';
import { readRows } from '../sheet/table-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { type EveningItemRow, type SittingRow, type StageRow, TABLE, eveningItemTable, sittingTable, slotTable, stageTable } from '../tables/workbook-tables';
import { headerOf } from '../sheet/table-definition';
import { sittingStages } from './sitting-stages';
import { type SittingStateRead, readSittingState } from './sitting-state';

/** The 実績 cells of one 問 as typed (夕方レク問表). */
export type ReportedCells = Pick<EveningItemRow, 'draftedAt' | 'sectionChiefApprovedAt' | 'directorApprovedAt'>;

/** One open sitting with its planner input. */
export interface SittingInput {
  sitting: EveningSitting;
  house: House;
  /** 待機日 (the previous open day): sittings of one standby day are planned together. */
  standbyDay: IsoDate;
  input: SittingDayInput;
  /** 状態・委員会セット・中止の時刻 as read (cells to write back, problems for 注意). */
  state: SittingStateRead;
  /** 通告段階表 rows of this sitting. */
  stageRows: StageRow[];
  /** 未通告: listed questioners without a notice and not said complete. */
  missing: string[];
  /** Members who gave notice for this sitting (in notice order). */
  noticed: string[];
  /** Reported times that could not be read, by 問 id (shown in the row's 理由). */
  progressIssues: Map<string, string[]>;
  /** 実績 cells that could not be read, as typed (kept in the sheet), by 問 id and column key. */
  unreadable: Map<string, ReportedCells>;
}

/** A row of 開会表 that could not be read (kept as typed, with the problem), or a 定例日 row offered to complete. */
export interface BadSittingRow {
  row: SittingRow;
  problem: string;
  /** The problem is said with the row's number in the sheet (as written back, below the sittings). */
  numbered?: boolean;
}

/** 開会の一覧. */
export interface SittingInputs {
  sittings: SittingInput[];
  badRows: BadSittingRow[];
}

const squash = (text: string) => text.replace(/[\s\u3000]/g, '');

/** The time a 中止 sitting typed without one is planned at (the start of its day; the cell stays blank). */
const CANCELLED_WITHOUT_TIME = '00:00';

/**
 * A reported time from a 実績 cell: an Excel date-time serial, ISO or 'YYYY/M/D HH:MM' text, or a time of day
 * (HH:MM text or an Excel time fraction) read in the standby night — from noon on the standby day, before noon
 * the next morning. Undefined when blank; null when unreadable.
 */
export function progressInstant(value: CellValue | undefined, day: IsoDate): JstInstant | undefined | null {
  if (cellText(value) === '') return undefined;
  if (typeof value === 'number' && value >= 1) return cellInstant(value) ?? null;
  const iso = typeof value === 'number' ? undefined : cellInstant(value);
  if (iso) return iso;
  const dated = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})[ T　]+(\d{1,2}[:：]\d{2})$/.exec(cellText(value));
  if (dated) {
    const time = cellTime(dated[4]!);
    const date = `${dated[1]}-${dated[2]!.padStart(2, '0')}-${dated[3]!.padStart(2, '0')}`;
    return time && isIsoDate(date) ? jstAt(date, time) : null;
  }
  const time = cellTime(value);
  if (!time) return null;
  return jstAt(time >= '12:00' ? day : addDays(day, 1), time);
}

/** Questioner names from the cell, matched to the notices' spelling when they differ only by spaces. */
function questionerList(text: string, members: readonly string[]): string[] {
  const bySquashed = new Map(members.map((m) => [squash(m), m]));
  const out: string[] = [];
  for (const name of text.split(/[、,，\n]/).map((s) => s.trim()).filter(Boolean)) {
    const resolved = bySquashed.get(squash(name)) ?? name;
    if (!out.includes(resolved)) out.push(resolved);
  }
  return out;
}

/**
 * The open sittings (start after `now`), in order of their start.
 * @example eveningSittings(snapshot, settings, store, questions, lines, now).sittings[0].sitting.id //=> '衆議院厚生労働委員会@2026-06-11 09:00'
 */
export function eveningSittings(
  snapshot: WorkbookSnapshot, settings: BoardSettings, store: ExchangeBundle, questions: readonly BoardQuestion[],
  lines: readonly AssignmentLine[], now: JstInstant,
): SittingInputs {
  const nowMs = toEpochMs(now);
  type Draft = { house: House; committee: string; sittingOn: IsoDate; startTime: string; notices: BoardQuestion[]; questioners?: string; row?: SittingRow };
  const drafts = new Map<string, Draft>();
  const badRows: BadSittingRow[] = [];
  const add = (house: House, committee: string, sittingOn: IsoDate, startTime: string): Draft => {
    const id = sittingId(house, committee, sittingOn, startTime);
    let d = drafts.get(id);
    if (!d) drafts.set(id, (d = { house, committee, sittingOn, startTime, notices: [] }));
    return d;
  };
  const liveNotices = new Set(store.records.notices.filter((r) => !r.deleted).map((r) => r.id));
  for (const q of questions) {
    const n = q.notice;
    if (!n || !liveNotices.has(q.key)) continue;
    add(n.house, n.committee, n.sittingOn, n.startTime).notices.push(q);
  }
  // Sittings known in the sheet in any state, complete or not (a 定例日 row being typed is not offered again).
  const known: { house?: House; committee: string; sittingOn?: IsoDate }[] = [];
  // The coordinator's rows: questioners of a notice's sitting, or a sitting typed by hand.
  for (const { row } of readIndexedRows(sittingTable, snapshot.get(TABLE.sittings))) {
    const house = houseWords.read(row.house);
    const committee = cellText(row.committee);
    const startTime = cellTime(row.startTime);
    let sittingOn: IsoDate | undefined;
    let problem: string | undefined;
    try {
      sittingOn = cellDate(row.sittingOn);
    } catch (error) {
      problem = (error as Error).message;
    }
    // A sitting withdrawn (中止) needs no time: it is kept as typed, and planned as of the start of its day.
    const cancelledWithoutTime = sittingStateWords.read(row.state) === '中止' && cellText(row.startTime) === '';
    if (!problem && (!house || !committee || !sittingOn || (cellText(row.startTime) === '' && !cancelledWithoutTime))) problem = msg.sittingFieldMissing;
    if (!problem && !startTime && !cancelledWithoutTime) problem = msg.sittingTimeUnreadable(cellText(row.startTime));
    // A 定例日 row the board offered and nobody touched is offered again below only while still due.
    const untouched = parseRegularSittingRowId(cellKey(row.id)) && !cellText(row.startTime) && !cellText(row.questioners) && !cellText(row.state);
    if (problem && untouched) continue;
    if (problem) {
      // A row being typed (only 院 so far) is kept as typed, with what is missing: nothing typed is lost.
      badRows.push({ row: { ...row, id: '' }, problem, numbered: true });
      known.push({ house, committee, sittingOn });
      continue;
    }
    const d = add(house!, committee, sittingOn!, startTime ?? CANCELLED_WITHOUT_TIME);
    d.questioners ??= cellText(row.questioners);
    d.row ??= row;
  }
  const stageRows = new Map(readRows(stageTable, snapshot.get(TABLE.stages)).map((r) => [cellText(r.id), r]));

  // 大臣の都合: available unless the slot's cell says ×.
  const minister = new Map(readRows(slotTable, snapshot.get(TABLE.slots)).map((r) => [cellText(r.id), yesNoWords.read(r.minister) ?? true]));
  const itemRows = new Map(readRows(eveningItemTable, snapshot.get(TABLE.eveningItems)).map((r) => [cellText(r.itemId), r]));
  const { rules } = settings.evening;
  const calendar = settings.calendar;

  // The standby days still being planned: those with a sitting ahead. Every sitting of such a day is planned, a
  // past one included (the day's allocation is over all of them; dropping one would make its 定例日 look untyped).
  const dayOf = new Map([...drafts].map(([id, d]) => [id, standbyDay(d.sittingOn, calendar)]));
  const openDays = new Set([...drafts].filter(([, d]) => toEpochMs(jstAt(d.sittingOn, d.startTime)) > nowMs).map(([id]) => dayOf.get(id)!));
  const typedDue = regularSittingsDue([...openDays].sort(), [...known, ...drafts.values()], settings.evening.standDown.rules, calendar);
  for (const due of typedDue) {
    badRows.push({
      row: {
        house: due.house ? houseWords.write(due.house) : '', committee: due.committee, sittingOn: dateToSerial(due.sittingOn), startTime: '', questioners: '',
        id: regularSittingRowId(due.house, due.committee, due.sittingOn),
      },
      problem: sd.regularSittingRow,
    });
  }

  const sittings: SittingInput[] = [];
  for (const [id, d] of drafts) {
    if (!openDays.has(dayOf.get(id)!)) continue;
    const noticed: string[] = [];
    for (const q of d.notices) if (!noticed.includes(q.notice!.member)) noticed.push(q.notice!.member);
    const state = readSittingState(d.row, now);
    const sitting: EveningSitting = {
      id, committee: d.committee, sittingOn: d.sittingOn, startTime: d.startTime, questioners: questionerList(d.questioners ?? '', noticed),
      house: d.house, ...state.planner,
    };
    const day = standbyDay(d.sittingOn, calendar);
    const keys = new Set(d.notices.map((q) => q.key));
    const assignments: EveningAssignment[] = [];
    for (const line of lines) {
      if (!keys.has(line.questionKey)) continue;
      const a = lineAssignment(line, settings.producer);
      if (a) assignments.push({ questionKey: a.questionKey, itemLabel: a.itemLabel, bureau: a.bureau, role: a.role, state: a.state, proposedAt: a.proposedAt, decidedAt: a.decidedAt });
    }
    const progress: EveningProgress[] = [];
    const progressIssues = new Map<string, string[]>();
    const unreadable = new Map<string, ReportedCells>();
    for (const q of d.notices) {
      for (const item of q.items) {
        const itemId = exchangeItemId(q.key, item.label);
        const row = itemRows.get(itemId);
        if (!row) continue;
        const p: EveningProgress = { itemId };
        for (const [key, field] of [['draftedAt', 'draftedAt'], ['sectionChiefApprovedAt', 'sectionChiefApprovedAt'], ['directorApprovedAt', 'directorApprovedAt']] as const) {
          const at = progressInstant(row[key], day);
          if (at) p[field] = at;
          else if (at === null) {
            const header = headerOf(eveningItemTable, key);
            progressIssues.set(itemId, [...(progressIssues.get(itemId) ?? []), msg.progressUnreadable(header, cellText(row[key]))]);
            unreadable.set(itemId, { ...unreadable.get(itemId), [key]: row[key]! });
          }
        }
        if (p.draftedAt || p.sectionChiefApprovedAt || p.directorApprovedAt) progress.push(p);
      }
    }
    // A withdrawn sitting (中止) has no briefing.
    const slots = state.planner.state === '中止' ? [] : defaultBriefingSlots(sitting, calendar, rules).map((s) => ({
      ...s, ministerAvailable: minister.get(slotRecordId(id, s.id)) ?? true,
    }));
    const stages = sittingStages(id, day, sitting.questioners, d.notices, stageRows, now);
    const input: SittingDayInput = {
      sitting: { ...sitting, questioners: stages.questioners }, notices: stages.notices, stages: stages.stages, assignments, slots, progress,
    };
    sittings.push({
      sitting, house: d.house, standbyDay: day, input, state, stageRows: stages.rows, missing: stages.missing, noticed, progressIssues, unreadable,
    });
  }
  // By start; a withdrawn sitting (中止) after the others of its day.
  const withdrawn = (s: SittingInput) => (s.sitting.state === '中止' ? 1 : 0);
  sittings.sort((a, b) => (a.standbyDay < b.standbyDay ? -1 : a.standbyDay > b.standbyDay ? 1 : 0) || withdrawn(a) - withdrawn(b)
    || toEpochMs(jstAt(a.sitting.sittingOn, a.sitting.startTime)) - toEpochMs(jstAt(b.sitting.sittingOn, b.sitting.startTime)) || (a.sitting.id < b.sitting.id ? -1 : 1));
  return { sittings, badRows };
}
