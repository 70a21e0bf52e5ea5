/**
 * @file 通告月報の CSV (planSurveyCsv): one month of the 通告月報 as the CSV the ministry hands to the 内閣人事局 survey
 * (UTF-8 with BOM, every field quoted, formula starts neutralised: shared/report/csv-text.ts). Reads, writes nothing. Pure.
 */
import { type JstInstant, surveyCsv } from '@shared/index';
import { assignmentLines } from '../questions/assignment-lines';
import { readBoardState } from './board-state';
import { boardMessages } from '../board-messages';
import { buildSurvey } from '../evening/survey-board';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';

/** The file to save, or the reason there is none. */
export type SurveyCsvPlan = { ok: true; fileName: string; text: string; rows: number } | { ok: false; message: string };

/**
 * The CSV of `month` ('YYYY-MM').
 * @example planSurveyCsv(snapshot, now, '2026-06') //=> { ok: true, fileName: '通告月報_2026-06.csv', … }
 */
export function planSurveyCsv(snapshot: WorkbookSnapshot, now: JstInstant, month: string): SurveyCsvPlan {
  const state = readBoardState(snapshot, now);
  const lines = assignmentLines(state.assignmentRows, state.questions, state.store, state.settings.bureaus, now);
  const survey = buildSurvey(snapshot, state.settings, state.questions, lines, state.setTimes);
  const report = survey.reports.find((r) => r.month === month);
  if (!report || report.rows.length === 0) return { ok: false, message: boardMessages.surveyMonthEmpty(month) };
  return { ok: true, fileName: `通告月報_${month}.csv`, text: surveyCsv(report), rows: report.rows.length };
}
