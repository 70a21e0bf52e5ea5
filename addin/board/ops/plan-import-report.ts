/**
 * @file 局の報告の取り込み (planImportReport): a bureau's report bundle (its 受諾・異議・進捗) into the workbook.
 * Refused whole, changing nothing, when it is not a report, names a bureau the 局一覧 does not know, carries another
 * bureau's response, or is older than the last report imported from the same sender (checkReportBundle, with
 * the 報告受付表). Otherwise the responses are merged into the store (mergeBundle: idempotent; a conflict keeps the
 * workbook's version), and what is new in this report is applied to the sheets:
 * - 割振り: 受諾 turns a 仮割振り line into 了承, 異議 turns it into 異議あり (局の回答 shows the reason, highlighted);
 *   only on the line's own bureau and allocation — a response older than the line's 仮割振り was for an earlier
 *   allocation (the 問 was reassigned since) and is left out;
 * - 夕方レク問表: a progress stage of the 執筆 bureau fills its 実績 cell (着手・原案了・課長了・局長了) when the cell is
 *   empty; a cell someone already filled is theirs and is kept (the result says so) — so the plan, and the
 *   bureaus' release, follow the reported facts.
 * Pure.
 */
import {
  type BureauResponse, type ExchangeBundle, type ExchangeRecord, type JstInstant, type AnswerStage, answersAllocation, checkReportBundle,
  exchangeItemId, exchangeStoreKey, formatWarekiDateTime, isInstant, itemName, mergeBundle, answerStageLabels, answerStages,
} from '@shared/index';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { type ActualColumn } from '../evening/evening-item-order';
import { eveningWrites } from '../evening/evening-writes';
import { type AssignmentLine } from '../questions/assignment-lines';
import { type BoardSummary, buildBoard } from '../questions/build-board';
import { type CellValue, cellKey, cellText } from '../sheet/cell-value';
import { instantToSerial } from '../sheet/excel-serial';
import { readRows, toTableWrite } from '../sheet/table-rows';
import type { TableSnapshot, TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { stateWords } from '../tables/cell-words';
import { type ReportRow, TABLE, assignmentTable, deadlineTable, eveningItemTable, questionTable, reportTable, storeTable } from '../tables/workbook-tables';
import { storeRows } from '../store/exchange-store';
import { startOperation } from './board-operation';

/** The 実績 column a progress stage fills. */
const actualColumnOf: Record<AnswerStage, ActualColumn> = {
  started: 'startedAt', drafted: 'draftedAt', sectionChiefApproved: 'sectionChiefApprovedAt', directorApproved: 'directorApprovedAt',
};

/** 報告の取り込み結果. */
export interface ReportImportResult {
  bureau: string;
  producer: string;
  producedAt: JstInstant;
  /** Responses in the report, and those new or changed in it. */
  responses: number;
  changed: number;
  /** 「参議院 第221回 第37号 問一」 lines now 了承 / 異議あり (with the reason). */
  accepted: string[];
  objected: string[];
  /** 実績 cells filled (「n-yamada#問1 局長了 6/10(水) 16:20」) and kept because someone had filled them. */
  filled: string[];
  kept: string[];
  /** Responses for an allocation that no longer stands (reassigned, removed). */
  outdated: string[];
  /** Same 版, different content: the workbook's version was kept. */
  conflicts: number;
}

/** 報告の取り込み計画. */
export interface ReportImportPlan {
  writes: TableWrite[];
  result: ReportImportResult;
  summary: BoardSummary;
  evening: EveningOverview;
}

/** The last report held from each sender (報告受付表). */
function heldReports(snapshot: WorkbookSnapshot): Map<string, ReportRow> {
  return new Map(readRows(reportTable, snapshot.get(TABLE.reports)).map((r) => [cellKey(r.producer), r]));
}

/** A copy of a table snapshot with some cells set (row index, column header → value). */
function withCells(table: TableSnapshot, cells: readonly { row: number; header: string; value: CellValue }[]): TableSnapshot {
  const rows = table.rows.map((r) => [...r]);
  for (const { row, header, value } of cells) rows[row]![table.headers.indexOf(header)] = value;
  return { headers: table.headers, rows };
}

/**
 * Plans the import of a parsed report at `now`. Throws BundleRejectedError (Japanese) when the report is refused.
 * @example const plan = planImportReport(snapshot, parseBundle(text), clock.now())
 */
export function planImportReport(snapshot: WorkbookSnapshot, report: ExchangeBundle, now: JstInstant): ReportImportPlan {
  const state = startOperation(snapshot, now);
  const { settings } = state;
  const held = heldReports(snapshot).get(report.producer);
  const heldText = held ? cellText(held.producedAt) : '';
  const heldAt = isInstant(heldText) ? { producedAt: heldText } : undefined;
  const bureau = checkReportBundle(report, settings.bureaus, heldAt);

  const merged = mergeBundle(state.store, report);
  // A conflict keeps the workbook's version (as every import does); the incoming one stays in the file.
  const keep = new Map(merged.conflicts.map((c) => [c.key, c.local as ExchangeRecord<'responses'>]));
  const store: ExchangeBundle = {
    ...merged.bundle,
    records: { ...merged.bundle.records, responses: merged.bundle.records.responses.map((r) => keep.get(exchangeStoreKey('responses', r.id)) ?? r) },
  };
  const before = new Map(state.store.records.responses.map((r) => [r.id, r]));
  const fresh: BureauResponse[] = [];
  for (const r of store.records.responses) {
    if (r.deleted || !r.data || before.get(r.id) === r || r.data.bureau !== bureau.id) continue;
    if (report.records.responses.some((x) => x.id === r.id && x.rev === r.rev)) fresh.push(r.data);
  }
  // Per 割振り: the decision first, then the stages in the order they happen.
  const rank = (r: BureauResponse) => (r.type === 'progress' ? 1 + answerStages.indexOf(r.stage) : 0);
  fresh.sort((x, y) => (x.assignmentId < y.assignmentId ? -1 : x.assignmentId > y.assignmentId ? 1 : rank(x) - rank(y)));

  const result: ReportImportResult = {
    bureau: bureau.name, producer: report.producer, producedAt: report.producedAt, responses: report.records.responses.length,
    changed: fresh.length, accepted: [], objected: [], filled: [], kept: [], outdated: [], conflicts: merged.conflicts.length,
  };
  const lineById = new Map(state.lines.filter((l) => l.id).map((l) => [l.id, l]));
  const questionName = (l: Pick<AssignmentLine, 'questionKey' | 'itemLabel'>) => `${l.questionKey} ${itemName(l.itemLabel)}`;
  const lines = state.lines.map((l) => ({ ...l }));
  const lineIndex = new Map(lines.map((l, i) => [l.id, i]));
  const items = snapshot.get(TABLE.eveningItems);
  const headerOf = (key: string) => eveningItemTable.columns.find((c) => c.key === key)!.header;
  const itemIdAt = items ? items.headers.indexOf(headerOf('itemId')) : -1;
  const cells: { row: number; header: string; value: CellValue }[] = [];
  for (const r of fresh) {
    const line = lineById.get(r.assignmentId);
    const current = line !== undefined && line.bureau?.id === bureau.id && line.proposedAt !== undefined && line.issues.length === 0;
    if (!current || (r.type !== 'progress' && !answersAllocation(r.at, line.proposedAt!))) {
      result.outdated.push(`${questionName(r)} ${r.type === 'progress' ? answerStageLabels[r.stage] : r.type === 'accept' ? '受諾' : '異議'}`);
      continue;
    }
    const target = lines[lineIndex.get(r.assignmentId)!]!;
    if (r.type === 'accept' && target.state === 'proposed') {
      Object.assign(target, { state: 'accepted', stateText: stateWords.write('accepted'), decidedAt: r.at });
      result.accepted.push(questionName(r));
    } else if (r.type === 'objection' && (target.state === 'proposed' || target.state === 'accepted')) {
      Object.assign(target, { state: 'objected', stateText: stateWords.write('objected'), decidedAt: r.at });
      result.objected.push(questionName(r));
    } else if (r.type === 'progress' && target.role === '執筆' && items && itemIdAt >= 0) {
      const itemId = exchangeItemId(r.questionKey, r.itemLabel);
      const row = items.rows.findIndex((x) => cellKey(x[itemIdAt]) === itemId);
      const header = headerOf(actualColumnOf[r.stage]);
      const at = items.headers.indexOf(header);
      if (row < 0 || at < 0) continue;
      const what = `${questionName(r)} ${answerStageLabels[r.stage]} ${formatWarekiDateTime(r.at)}`;
      if (cellText(items.rows[row]![at]) === '' && !cells.some((c) => c.row === row && c.header === header)) {
        cells.push({ row, header, value: instantToSerial(r.at) });
        result.filled.push(what);
      } else result.kept.push(what);
    }
  }

  const filledItems = items && cells.length > 0 ? withCells(items, cells) : items;
  const patched = new Map(snapshot);
  if (filledItems) patched.set(TABLE.eveningItems, filledItems);
  const view = buildBoard({ settings, store, questions: state.questions, lines, edits: state.edits, jurisdictions: state.jurisdictions, now });
  const evening = buildEvening({ snapshot: patched, settings, store, questions: state.questions, lines, now });
  const log = [...heldReports(snapshot).values()].filter((r) => cellKey(r.producer) !== report.producer);
  log.push({
    producer: report.producer, bureau: bureau.name, producedAt: report.producedAt, revision: report.revision, importedAt: now,
    responses: report.records.responses.length,
  });
  const writes: TableWrite[] = [
    toTableWrite(questionTable, snapshot.get(TABLE.questions), view.questions),
    toTableWrite(assignmentTable, snapshot.get(TABLE.assignments), view.assignments),
    toTableWrite(deadlineTable, snapshot.get(TABLE.deadlines), view.deadlines),
    ...eveningWrites(snapshot, evening, true, filledItems),
    toTableWrite(storeTable, snapshot.get(TABLE.store), storeRows(store)),
    ...(snapshot.has(TABLE.reports) ? [toTableWrite(reportTable, snapshot.get(TABLE.reports), log)] : []),
  ];
  return { writes, result, summary: view.summary, evening: evening.overview };
}
