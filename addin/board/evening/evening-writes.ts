/**
 * @file 夕方レク・待機の書き込み (eveningWrites): the table writes of the evening sheets for a computed view —
 * only for tables the workbook has (an older workbook gets them with 「ブックを準備」) and, when `sparse`, only
 * the cells that change (a recompute must not overwrite what a coordinator is typing elsewhere). The 夕方レク問表
 * keeps its rows in place and its 実績 cells as read (settleItemRows): the pane never rewrites them. Pure.
 */
import type { EveningView } from './evening-board';
import type { TableDefinition } from '../sheet/table-definition';
import { sparseWrite, toTableWrite, writeChangesNothing } from '../sheet/table-rows';
import type { TableSnapshot, TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { settleItemRows } from './evening-item-order';
import {
  blockerTable, decisionTable, eveningItemTable, lectureTable, ledgerTable, recallTable, sittingTable, slotTable, stageTable, standbyTable, tallyTable,
} from '../tables/workbook-tables';

/** The evening tables and which rows of the view they show. */
export const eveningTables: readonly { def: TableDefinition; rows: (view: EveningView) => EveningView['rows'][keyof EveningView['rows']] }[] = [
  { def: sittingTable, rows: (v) => v.rows.sittings },
  { def: slotTable, rows: (v) => v.rows.slots },
  { def: eveningItemTable, rows: (v) => v.rows.items },
  { def: standbyTable, rows: (v) => v.rows.standby },
  { def: ledgerTable, rows: (v) => v.rows.ledger },
  { def: tallyTable, rows: (v) => v.rows.tally },
  { def: stageTable, rows: (v) => v.rows.stages },
  { def: lectureTable, rows: (v) => v.rows.lectures },
  { def: recallTable, rows: (v) => v.rows.recalls },
  { def: blockerTable, rows: (v) => v.rows.blockers },
  { def: decisionTable, rows: (v) => v.rows.decisions },
];

/**
 * `actuals` = the 夕方レク問表 whose 実績 cells to carry (default: as read; a report import passes the cells it filled).
 * @example eveningWrites(snapshot, view, true) // the changed cells of 開会表, 夕方レク表, … only
 */
export function eveningWrites(snapshot: WorkbookSnapshot, view: EveningView, sparse: boolean, actuals?: TableSnapshot): TableWrite[] {
  const writes: TableWrite[] = [];
  for (const { def, rows } of eveningTables) {
    const before = snapshot.get(def.table);
    if (!before) continue;
    const computed = def === eveningItemTable ? settleItemRows(view.rows.items, before, actuals ?? before) : rows(view);
    const write = toTableWrite(def, before, computed);
    if (!sparse) writes.push(write);
    else if (!writeChangesNothing(write, before)) writes.push(sparseWrite(def, write, before));
  }
  return writes;
}
