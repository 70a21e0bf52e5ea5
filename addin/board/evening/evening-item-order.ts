/**
 * @file 実績の欄を守る (settleItemRows): the 夕方レク問表 as it is written back. The 実績 columns (着手・原案了・
 * 課長了・局長了) belong to the people who type them — in a shared workbook, co-authors whose edits reach this pane
 * as remote changes — so the pane reads them and never writes them: each row carries the cells exactly as they
 * were read (a report import passes the cells it filled). Rows keep the order they have in the sheet (new 問 go
 * in at their briefing position), so a recompute changes cells in place and a sparse write leaves every 実績
 * cell untouched (null); only adding or removing a 問 moves rows, and then each 実績 cell moves with its row as
 * read in the same batch. Pure.
 */
import { cellKey } from '../sheet/cell-value';
import { readRows } from '../sheet/table-rows';
import type { TableSnapshot } from '../sheet/table-snapshot';
import { type EveningItemRow, eveningItemTable } from '../tables/workbook-tables';

/** 実績 columns of the 夕方レク問表. */
export const actualColumns = ['startedAt', 'draftedAt', 'sectionChiefApprovedAt', 'directorApprovedAt'] as const;
export type ActualColumn = (typeof actualColumns)[number];

/**
 * `planned` (the rows computed in briefing order) with every 実績 cell as in `cells` (the sheet as read, or as a
 * report import filled it) and the sheet's row order kept (`before`).
 * @example settleItemRows(view.rows.items, snapshot.get(TABLE.eveningItems))
 */
export function settleItemRows(planned: readonly EveningItemRow[], before: TableSnapshot | undefined, cells: TableSnapshot | undefined = before): EveningItemRow[] {
  const typed = new Map(readRows(eveningItemTable, cells).map((r) => [cellKey(r.itemId), r]));
  const rows = planned.map((row) => {
    const read = typed.get(cellKey(row.itemId));
    const out: EveningItemRow = { ...row };
    for (const key of actualColumns) out[key] = read?.[key] ?? '';
    return out;
  });
  const sheetOrder = readRows(eveningItemTable, before).map((r) => cellKey(r.itemId));
  if (sheetOrder.length === 0) return rows;
  const position = new Map(sheetOrder.map((id, i) => [id, i]));
  const kept = rows.filter((r) => position.has(cellKey(r.itemId))).sort((a, b) => position.get(cellKey(a.itemId))! - position.get(cellKey(b.itemId))!);
  // A new 問 goes just before the first row that follows it in briefing order and is already in the sheet.
  const out = [...kept];
  rows.forEach((row, i) => {
    if (position.has(cellKey(row.itemId))) return;
    const next = rows.slice(i + 1).find((r) => position.has(cellKey(r.itemId)));
    const at = next ? out.indexOf(next) : out.length;
    out.splice(at, 0, row);
  });
  return out;
}
