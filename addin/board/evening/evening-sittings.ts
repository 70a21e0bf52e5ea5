/**
 * @file 開会ごとの計画入力 (eveningSittings): the open committee sittings of the board — from the 質問通告
 * records (院 + 委員会 + 開会日 + 開会時刻) and from rows typed in the 開会 sheet — each with the planner's
 * input: its questioner list (開会表), notices and 問, the 割振り lines as they stand in the sheet, the bureaus'
 * standby settings, the slots from the 夕方レク規則 with the minister's availability (夕方レク表 「大臣」), and
 * the reported times (夕方レク問表 実績). Pure.
 */
import {
  type EveningAssignment, type EveningInput, type EveningProgress, type EveningSitting, type ExchangeBundle, type House, type IsoDate,
  type JstInstant, addDays, defaultBriefingSlots, exchangeItemId, isIsoDate, jstAt, sittingId, slotRecordId, standbyDay, toEpochMs,
} from '@shared/index';
import { type AssignmentLine, lineAssignment } from '../questions/assignment-lines';
import type { BoardQuestion } from '../questions/board-question';
import type { BoardSettings } from '../settings/board-settings';
import { type CellValue, cellDate, cellInstant, cellText, cellTime } from '../sheet/cell-value';
import { eveningBoardMessages as msg } from '../evening-labels';
import { houseWords, yesNoWords } from '../tables/cell-words';
import { readIndexedRows } from '../sheet/indexed-rows';
import { readRows } from '../sheet/table-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { type EveningItemRow, type SittingRow, TABLE, eveningItemTable, sittingTable, slotTable } from '../tables/workbook-tables';
import { gridRow, headerOf } from '../sheet/table-definition';

/** The 実績 cells of one 問 as typed (夕方レク問表). */
export type ReportedCells = Pick<EveningItemRow, 'draftedAt' | 'sectionChiefApprovedAt' | 'directorApprovedAt'>;

/** One open sitting with its planner input. */
export interface SittingInput {
  sitting: EveningSitting;
  house: House;
  input: EveningInput;
  /** Members who gave notice for this sitting (in notice order). */
  noticed: string[];
  /** Reported times that could not be read, by 問 id (shown in the row's 理由). */
  progressIssues: Map<string, string[]>;
  /** 実績 cells that could not be read, as typed (kept in the sheet), by 問 id and column key. */
  unreadable: Map<string, ReportedCells>;
  /** 委員会セット日時 as the coordinator typed it (kept as typed). */
  setAtCell: CellValue;
}

/** A row of 開会表 that could not be read (kept as typed, with the problem). */
export interface BadSittingRow {
  row: SittingRow;
  problem: string;
}

/** 開会の一覧. */
export interface SittingInputs {
  sittings: SittingInput[];
  badRows: BadSittingRow[];
}

const squash = (text: string) => text.replace(/[\s\u3000]/g, '');

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
  type Draft = { house: House; committee: string; sittingOn: IsoDate; startTime: string; notices: BoardQuestion[]; questioners?: string; setAtCell?: CellValue };
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
  // The coordinator's rows: questioners of a notice's sitting, or a sitting typed by hand.
  for (const { row, index } of readIndexedRows(sittingTable, snapshot.get(TABLE.sittings))) {
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
    if (!problem && (!house || !committee || !sittingOn || cellText(row.startTime) === '')) problem = msg.sittingFieldMissing;
    if (!problem && !startTime) problem = msg.sittingTimeUnreadable(cellText(row.startTime));
    if (problem) {
      if (cellText(row.questioners) || cellText(row.committee)) badRows.push({ row, problem: msg.badSittingRow(gridRow(sittingTable, index), problem) });
      continue;
    }
    const d = add(house!, committee, sittingOn!, startTime!);
    d.questioners ??= cellText(row.questioners);
    d.setAtCell ??= row.setAt;
  }

  // 大臣の都合: available unless the slot's cell says ×.
  const minister = new Map(readRows(slotTable, snapshot.get(TABLE.slots)).map((r) => [cellText(r.id), yesNoWords.read(r.minister) ?? true]));
  const itemRows = new Map(readRows(eveningItemTable, snapshot.get(TABLE.eveningItems)).map((r) => [cellText(r.itemId), r]));
  const { rules, bureaus } = settings.evening;
  const calendar = settings.calendar;

  const sittings: SittingInput[] = [];
  for (const [id, d] of drafts) {
    if (toEpochMs(jstAt(d.sittingOn, d.startTime)) <= nowMs) continue;
    const noticed: string[] = [];
    for (const q of d.notices) if (!noticed.includes(q.notice!.member)) noticed.push(q.notice!.member);
    const sitting: EveningSitting = {
      id, committee: d.committee, sittingOn: d.sittingOn, startTime: d.startTime, questioners: questionerList(d.questioners ?? '', noticed),
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
    const slots = defaultBriefingSlots(sitting, calendar, rules).map((s) => ({
      ...s, ministerAvailable: minister.get(slotRecordId(id, s.id)) ?? true,
    }));
    const input: EveningInput = {
      sitting,
      // Until the 開会 sheet has a stage column (shared/evening/RULES.md §9.1), a notice captured with its 問 counts as 問取り完了; one captured
      // without any 問 keeps the planner's safe default (段階不明, not complete).
      notices: d.notices.map((q) => ({
        id: q.key, member: q.notice!.member, receivedAt: q.notice!.receivedAt, items: q.items.map((i) => ({ label: i.label })),
        ...(q.items.length > 0 ? { stage: '問取り完了' as const } : {}),
      })),
      assignments, bureaus, slots, progress, rules, calendar,
    };
    sittings.push({ sitting, house: d.house, input, noticed, progressIssues, unreadable, setAtCell: d.setAtCell ?? '' });
  }
  sittings.sort((a, b) => toEpochMs(jstAt(a.sitting.sittingOn, a.sitting.startTime)) - toEpochMs(jstAt(b.sitting.sittingOn, b.sitting.startTime)) || (a.sitting.id < b.sitting.id ? -1 : 1));
  return { sittings, badRows };
}
