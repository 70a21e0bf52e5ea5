/**
 * @file 再計算 (planRecompute): after a coordinator edits 割振り, 質問, 開会, 夕方レク, 待機・超勤 or 設定 —
 * interprets the lines, fills ids and times, adds open 問, recomputes deadlines, 取りまとめ and countdowns,
 * re-plans the evening (夕方レク, 待機, ledger), and returns only the table writes that change something (so
 * the write does not trigger another round). A countdown another pane (shared workbook) wrote for a moment ahead
 * is kept, and 実績 cells are never written (evening-item-order.ts). Pure.
 */
import type { JstInstant } from '@shared/index';
import { type BoardSummary, buildBoard } from '../questions/build-board';
import { startOperation } from './board-operation';
import { settleDeadlineCountdowns, settleObjectionCountdowns } from '../questions/countdown-cells';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { eveningWrites } from '../evening/evening-writes';
import { buildSurvey, surveyWrites } from '../evening/survey-board';
import { sparseWrite, toTableWrite, writeChangesNothing } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { assignmentTable, deadlineTable, questionTable } from '../tables/workbook-tables';

/** 再計算の結果. */
export interface RecomputePlan {
  writes: TableWrite[];
  summary: BoardSummary;
  /** 夕方レク・待機の概況. */
  evening: EveningOverview;
  settingsIssues: string[];
  /** Months the 通告月報 has rows for ('YYYY-MM', oldest first). */
  surveyMonths: string[];
}

/**
 * Plans a recompute from a snapshot of `boardTables`.
 * @example const { writes } = planRecompute(snapshot, clock.now()); await workbook.writeTables(writes)
 */
export function planRecompute(snapshot: WorkbookSnapshot, now: JstInstant): RecomputePlan {
  const state = startOperation(snapshot, now);
  const { lines } = state;
  const view = buildBoard({
    settings: state.settings, store: state.store, questions: state.questions, lines, edits: state.edits, jurisdictions: state.jurisdictions, now,
    setTimes: state.setTimes,
  });
  // Another pane on the same (shared) workbook may have written a countdown a minute newer: keep it (countdown-cells.ts).
  const tables = [
    { def: questionTable, rows: view.questions },
    { def: assignmentTable, rows: settleObjectionCountdowns(view.assignments, snapshot.get(assignmentTable.table), now) },
    { def: deadlineTable, rows: settleDeadlineCountdowns(view.deadlines, snapshot.get(deadlineTable.table), now) },
  ];
  const writes: TableWrite[] = [];
  for (const { def, rows } of tables) {
    const before = snapshot.get(def.table);
    const write = toTableWrite(def, before, rows);
    if (!writeChangesNothing(write, before)) writes.push(sparseWrite(def, write, before));
  }
  const evening = buildEvening({ snapshot, settings: state.settings, store: state.store, questions: state.questions, lines, now });
  writes.push(...eveningWrites(snapshot, evening, true));
  const survey = buildSurvey(snapshot, state.settings, state.questions, lines, state.setTimes);
  writes.push(...surveyWrites(snapshot, survey));
  return {
    writes,
    surveyMonths: survey.reports.map((r) => r.month),
    summary: view.summary,
    evening: evening.overview,
    settingsIssues: [...state.settings.issues, ...state.missingEvening],
  };
}
