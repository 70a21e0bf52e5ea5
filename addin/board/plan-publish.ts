/**
 * @file 配信 (planPublish): builds the assignment bundle bureaus' extensions read — every record the
 * workbook holds, with the sheet's assignments and the computed milestones applied at their next 版 —
 * stamps it with the next revision and the time, validates it with the shared schema, and plans the
 * writes that record the new 版 in the workbook. Lines with issues are not published. Pure.
 */
import { type ExchangeBundle, type JstInstant, formatWarekiDateTime, validateBundle } from '@shared/index';
import { assignmentLines, withOpenItems } from './assignment-lines';
import { isOpenQuestion } from './board-question';
import { readBoardState } from './board-state';
import { type BoardSummary, type LineIssue, buildBoard } from './build-board';
import { type CaptureCounts, captureAssignments, captureMilestones } from './capture-records';
import { cellText } from './cell-value';
import { storeRows } from './exchange-store';
import { readRows, toTableWrite } from './table-rows';
import type { TableWrite, WorkbookSnapshot } from './table-snapshot';
import { GENERAL, TABLE, assignmentTable, deadlineTable, generalTable, questionTable, storeTable } from './workbook-tables';

/** 配信計画. */
export interface PublishPlan {
  bundle: ExchangeBundle;
  /** The bundle as JSON text (what is downloaded or copied). */
  text: string;
  /** Suggested file name: kokkai-assign-<yyyymmddhhmm>-r<版>.json. */
  fileName: string;
  writes: TableWrite[];
  summary: BoardSummary;
  /** Lines left out because of their issues (unknown bureau …). */
  skipped: LineIssue[];
  assignments: CaptureCounts;
  milestones: CaptureCounts;
}

/**
 * Plans a publish at `now`.
 * @example const plan = planPublish(snapshot, clock.now()); download(plan.fileName, plan.text)
 */
export function planPublish(snapshot: WorkbookSnapshot, now: JstInstant): PublishPlan {
  const state = readBoardState(snapshot, now);
  const { settings } = state;
  const open = new Set(state.questions.filter((q) => isOpenQuestion(q, now)).map((q) => q.key));
  const lines = withOpenItems(assignmentLines(state.assignmentRows, state.questions, state.store, settings.bureaus, now), state.questions, (k) => open.has(k), 'keep');
  const view = buildBoard({ settings, store: state.store, questions: state.questions, lines, edits: state.edits, now });
  const assignments = captureAssignments(state.store, lines, now, settings.producer);
  const milestones = captureMilestones(assignments.bundle, view.milestones, now, settings.producer);
  const revision = settings.revision + 1;
  const bundle = validateBundle({
    ...milestones.bundle, producer: `addin:${settings.producer}`, producedAt: now, revision,
  });

  const general = readRows(generalTable, snapshot.get(TABLE.general));
  const setGeneral = (item: string, value: string) => {
    const row = general.find((r) => cellText(r.item) === item);
    if (row) row.value = value;
    else general.push({ item, value });
  };
  setGeneral(GENERAL.producer, settings.producer);
  setGeneral(GENERAL.revision, String(revision));
  setGeneral(GENERAL.publishedAt, formatWarekiDateTime(now));

  const stamp = now.slice(0, 16).replace(/[-:T]/g, '');
  return {
    bundle,
    text: JSON.stringify(bundle),
    fileName: `kokkai-assign-${stamp}-r${revision}.json`,
    writes: [
      toTableWrite(questionTable, snapshot.get(TABLE.questions), view.questions),
      toTableWrite(assignmentTable, snapshot.get(TABLE.assignments), view.assignments),
      toTableWrite(deadlineTable, snapshot.get(TABLE.deadlines), view.deadlines),
      toTableWrite(storeTable, snapshot.get(TABLE.store), storeRows(milestones.bundle)),
      toTableWrite(generalTable, snapshot.get(TABLE.general), general),
    ],
    summary: view.summary,
    skipped: view.summary.issues,
    assignments: assignments.counts,
    milestones: milestones.counts,
  };
}
