/**
 * @file 盤面の読み取り (readBoardState): one workbook snapshot → settings, stored exchange records, live
 * questions, the coordinator's question edits and the raw 割振り rows. Throws BoardNotPreparedError
 * (Japanese) when a table the board needs is missing. Pure.
 */
import { type ExchangeBundle, type JstInstant, type Jurisdiction } from '@shared/index';
import { boardMessages } from '../board-messages';
import { BoardNotPreparedError } from '../board-errors';
import { type BoardQuestion, boardQuestions } from '../questions/board-question';
import { type BoardSettings, readBoardSettings } from '../settings/board-settings';
import { cellKey } from '../sheet/cell-value';
import { eveningBoardMessages } from '../evening-labels';
import { readStore } from '../store/exchange-store';
import { type QuestionEdit, questionEdit } from '../questions/question-rows';
import { readSittingSetTimes } from '../evening/sitting-set-times';
import { effectiveJurisdictions } from '../questions/question-jurisdiction';
import { readRows } from '../sheet/table-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { type AssignmentRow, TABLE, assignmentTable, questionTable } from '../tables/workbook-tables';

/** Tables every board operation reads. */
export const boardTables: readonly string[] = [
  TABLE.questions, TABLE.assignments, TABLE.deadlines, TABLE.slots, TABLE.bureaus, TABLE.leadTimes, TABLE.calendar, TABLE.general, TABLE.store,
  TABLE.sittings, TABLE.eveningItems, TABLE.standby, TABLE.ledger, TABLE.tally, TABLE.bureauStandby, TABLE.eveningRules, TABLE.caps,
  TABLE.stages, TABLE.lectures, TABLE.recalls, TABLE.blockers, TABLE.decisions, TABLE.duty, TABLE.regularSittings,
  TABLE.reports, TABLE.sessions, TABLE.survey, TABLE.surveyTotals,
];

/** The evening sheets' tables: a workbook prepared before they existed works without them until prepared again. */
const eveningTables: readonly string[] = [
  TABLE.sittings, TABLE.slots, TABLE.eveningItems, TABLE.standby, TABLE.ledger, TABLE.tally,
  TABLE.stages, TABLE.lectures, TABLE.recalls, TABLE.blockers, TABLE.decisions,
];

/** Tables without which the board cannot work (the 設定 tables fall back to defaults). */
const requiredTables: readonly string[] = [TABLE.questions, TABLE.assignments, TABLE.deadlines, TABLE.store];

/** 盤面の状態. */
export interface BoardState {
  snapshot: WorkbookSnapshot;
  settings: BoardSettings;
  store: ExchangeBundle;
  questions: BoardQuestion[];
  edits: Map<string, QuestionEdit>;
  /** 委員会セット日時 from the 開会 sheet, by sittingSetKey. */
  setTimes: Map<string, JstInstant>;
  /** 当省分 by question key: the records with the sheet's 当省分 edits applied. */
  jurisdictions: Map<string, Jurisdiction>;
  assignmentRows: AssignmentRow[];
  /** 「ブックを準備」 would add the evening sheets (one message, or none). */
  missingEvening: string[];
}

/** Reads the board from a snapshot of `boardTables`. */
export function readBoardState(snapshot: WorkbookSnapshot, now: JstInstant): BoardState {
  const missing = requiredTables.filter((t) => !snapshot.has(t));
  if (missing.length > 0) throw new BoardNotPreparedError(boardMessages.notPrepared(missing.join('・')), missing);
  const settings = readBoardSettings(snapshot);
  const store = readStore(snapshot, now);
  const edits = new Map<string, QuestionEdit>();
  for (const row of readRows(questionTable, snapshot.get(TABLE.questions))) {
    const key = cellKey(row.key);
    if (key) edits.set(key, questionEdit(row));
  }
  return {
    snapshot, settings, store, questions: boardQuestions(store), edits, setTimes: readSittingSetTimes(snapshot),
    jurisdictions: effectiveJurisdictions(store, edits),
    assignmentRows: readRows(assignmentTable, snapshot.get(TABLE.assignments)),
    missingEvening: eveningTables.every((t) => snapshot.has(t)) ? [] : [eveningBoardMessages.eveningSheetsMissing],
  };
}
