/**
 * @file 取り込み (planImport): merges a validated exchange bundle into the workbook's records with the
 * shared mergeBundle, after refusing records that point at no question or at an unknown bureau. The
 * coordinator's assignments, 期限上書き and 備考 survive; the result is the table writes plus a report.
 * Pure: the caller validates the text (parseBundle) and performs the writes.
 */
import {
  type Assignment, type BundleKind, type ExchangeBundle, type ExchangeRecord, type JstInstant, bundleKindLabels, bundleKinds, exchangeStoreKey, isOtherMinistry, mergeBundle,
} from '@shared/index';
import { type AssignmentLine, recordLine, withOpenItems } from '../questions/assignment-lines';
import { boardMessages } from '../board-messages';
import { boardQuestions, isOpenQuestion } from '../questions/board-question';
import { resolveBureau } from '../settings/board-settings';
import { startOperation } from './board-operation';
import { type BoardSummary, buildBoard } from '../questions/build-board';
import { captureAssignments, captureJurisdictions } from '../store/capture-records';
import { storedJurisdictions } from '../questions/question-jurisdiction';
import { storeRows } from '../store/exchange-store';
import type { ImportReport, ImportReportEntry } from './import-report';
import { toTableWrite } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { TABLE, assignmentTable, deadlineTable, questionTable, storeTable } from '../tables/workbook-tables';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { eveningWrites } from '../evening/evening-writes';
import { importSessions } from '../settings/session-import';
import { buildSurvey, surveyWrites } from '../evening/survey-board';

/** 取り込み計画. */
export interface ImportPlan {
  writes: TableWrite[];
  report: ImportReport;
  summary: BoardSummary;
  evening: EveningOverview;
  /** Months the 通告月報 has rows for ('YYYY-MM'). */
  surveyMonths: string[];
}

const QUESTION_LINKED: readonly BundleKind[] = ['items', 'assignments', 'milestones'];

function liveKeys(bundle: ExchangeBundle): Set<string> {
  const keys = new Set<string>();
  for (const r of [...bundle.records.questions, ...bundle.records.notices]) if (!r.deleted) keys.add(r.id);
  return keys;
}

/**
 * Plans the import of `incoming` (already validated) at `now`.
 * @example const { writes, report } = planImport(snapshot, parseBundle(text), clock.now())
 */
export function planImport(snapshot: WorkbookSnapshot, incoming: ExchangeBundle, now: JstInstant): ImportPlan {
  const state = startOperation(snapshot, now);
  const { settings, sheetLines } = state;
  // What the sheet says is recorded first (assignments, 当省分), so that the merge compares it with what comes in.
  const local = captureAssignments(captureJurisdictions(state.store, state.edits, now, settings.producer).bundle, sheetLines, now, settings.producer).bundle;

  const known = new Set([...liveKeys(local), ...liveKeys(incoming)]);
  const rejected: ImportReportEntry[] = [];
  const screened = { ...incoming, records: { ...incoming.records } } as ExchangeBundle;
  for (const kind of QUESTION_LINKED) {
    const kept: ExchangeRecord[] = [];
    for (const record of incoming.records[kind] as ExchangeRecord[]) {
      const data = record.data as { questionKey?: string; bureau?: string } | undefined;
      const entry = { kind, kindLabel: bundleKindLabels[kind], id: record.id };
      if (!record.deleted && data?.questionKey && !known.has(data.questionKey)) {
        rejected.push({ ...entry, reason: boardMessages.orphanRecord(bundleKindLabels[kind], data.questionKey) });
      } else if (kind === 'assignments' && !record.deleted && data?.bureau && !resolveBureau(data.bureau, settings.bureaus)) {
        rejected.push({ ...entry, reason: boardMessages.unknownBureau(data.bureau) });
      } else kept.push(record);
    }
    (screened.records as Record<BundleKind, ExchangeRecord[]>)[kind] = kept;
  }

  const merged = mergeBundle(local, screened);
  // A conflict keeps the workbook's own version (the coordinator's edit is never lost); the incoming one is
  // reported, and is still in the file. The coordinator settles it by editing the row (a higher 版).
  const keepLocal = new Map(merged.conflicts.map((c) => [c.key, c.local]));
  const merge = keepLocal.size === 0 ? merged : {
    ...merged,
    bundle: {
      ...merged.bundle,
      records: Object.fromEntries(bundleKinds.map((kind) => [kind, (merged.bundle.records[kind] as ExchangeRecord[])
        .map((r) => keepLocal.get(exchangeStoreKey(kind, r.id)) ?? r)])) as unknown as ExchangeBundle['records'],
    },
  };
  const report: ImportReport = {
    producer: incoming.producer, producedAt: incoming.producedAt, revision: incoming.revision,
    added: [], updated: [], unchanged: 0, rejected, conflicts: [],
  };
  const conflictIds = new Set(merge.conflicts.map((c) => c.key));
  for (const kind of bundleKinds) {
    const ours = new Map((local.records[kind] as ExchangeRecord[]).map((r) => [r.id, r]));
    for (const theirs of screened.records[kind] as ExchangeRecord[]) {
      const entry = { kind, kindLabel: bundleKindLabels[kind], id: theirs.id };
      const mine = ours.get(theirs.id);
      if (!mine) report.added.push(entry);
      else if (theirs.rev > mine.rev) report.updated.push(entry);
      else if (theirs.rev === mine.rev && conflictIds.has(exchangeStoreKey(kind, theirs.id))) {
        report.conflicts.push({ ...entry, reason: boardMessages.conflict(theirs.rev) });
      } else report.unchanged++;
    }
  }

  const bundle = merge.bundle;
  const questions = boardQuestions(bundle);
  const records = new Map(bundle.records.assignments.map((r) => [r.id, r]));
  const placed = new Set<string>();
  const lines: AssignmentLine[] = [];
  for (const line of sheetLines) {
    const record = line.id ? records.get(line.id) : undefined;
    if (record?.deleted) continue;
    if (record?.data && line.issues.length === 0) {
      lines.push(recordLine(record.data as Assignment, settings.bureaus, line.row));
      placed.add(record.id);
    } else {
      lines.push(line);
      if (record) placed.add(record.id);
    }
  }
  for (const record of bundle.records.assignments) {
    if (!record.deleted && record.data && !placed.has(record.id)) lines.push(recordLine(record.data, settings.bureaus));
  }
  const jurisdictions = storedJurisdictions(bundle);
  const open = new Set(questions.filter((q) => isOpenQuestion(q, now) && !isOtherMinistry(jurisdictions.get(q.key))).map((q) => q.key));
  const ordered = withOpenItems(lines, questions, (key) => open.has(key), 'board');
  const view = buildBoard({ settings, store: bundle, questions, lines: ordered, edits: state.edits, jurisdictions, now, setTimes: state.setTimes });
  const evening = buildEvening({ snapshot, settings, store: bundle, questions, lines: ordered, now });
  const sessions = importSessions(snapshot, settings.sessions, incoming.sessions ?? []);
  const survey = buildSurvey(snapshot, settings, questions, ordered, state.setTimes);
  if (sessions.added.length > 0) report.notes = [boardMessages.sessionsAdded(sessions.added)];
  if (sessions.notes.length > 0) report.notes = [...(report.notes ?? []), ...sessions.notes];
  const writes = [
    toTableWrite(questionTable, snapshot.get(TABLE.questions), view.questions),
    toTableWrite(assignmentTable, snapshot.get(TABLE.assignments), view.assignments),
    toTableWrite(deadlineTable, snapshot.get(TABLE.deadlines), view.deadlines),
    ...eveningWrites(snapshot, evening, false),
    ...surveyWrites(snapshot, survey),
    ...(sessions.write ? [sessions.write] : []),
    toTableWrite(storeTable, snapshot.get(TABLE.store), storeRows(bundle)),
  ];
  return { writes, report, summary: view.summary, evening: evening.overview, surveyMonths: survey.reports.map((r) => r.month) };
}
