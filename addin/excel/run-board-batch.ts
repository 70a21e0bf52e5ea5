/**
 * @file 盤面の一括処理 (runBoardBatch): the board's one Excel batch — which tables exist (sync 1), their
 * header and body values (sync 2), the pure plan on that snapshot, then every table write as 2-D arrays
 * (number formats first, then values) and one sync. Only very large writes are split, each part one
 * sync, so Excel stays responsive and the pane can show progress.
 */
import { boardMessages } from '../board/board-messages';
import { TableLayoutChangedError } from '../board/board-errors';
import type { BatchPlan, BatchProgress } from '../board/sheet/board-workbook';
import type { CellValue } from '../board/sheet/cell-value';
import { toExcelGrid } from '../board/sheet/excel-grid';
import { type TableSnapshot, type TableWrite, type WorkbookSnapshot, sameHeaders } from '../board/sheet/table-snapshot';
import { runExcel } from './run-excel';

/**
 * How much one sync may carry. Excel on the web refuses requests over 5 MB ("Resource limits and
 * performance optimization for Office Add-ins", learn.microsoft.com); 2 MB of cell text (estimated)
 * leaves room for formats and protocol overhead. A 1,000-row table is far below it: one sync.
 */
export const writeBudget = { bytes: 2_000_000 } as const;

/** A table as read in sync 2. */
interface LoadedTable {
  sheet: Excel.Worksheet;
  table: Excel.Table;
  header: Excel.Range;
  body: Excel.Range;
}

/** Estimated request size of one row (text length, plus a little per cell for format and framing). */
function rowBytes(values: readonly (CellValue | null)[]): number {
  let n = 0;
  for (const v of values) n += 12 + (typeof v === 'string' ? v.length * 3 : 8);
  return n;
}

/** Sends queued work when the next rows would take the current request over the budget. */
interface Pacer {
  /** Estimated bytes queued since the last sync. */
  queued: number;
  /** Syncs (and reports `rows` more written). */
  flush(rows: number): Promise<void>;
}

/**
 * Queues one table's write: rows added or deleted so the body has exactly the written rows (a table
 * keeps one blank row when empty), then formats and values in parts that keep each request under the
 * budget; the pacer syncs between parts (also across tables).
 */
async function writeTable(loaded: LoadedTable, write: TableWrite, pacer: Pacer): Promise<void> {
  const { sheet, table, header, body } = loaded;
  const width = header.columnCount;
  const firstRow = header.rowIndex + 1;
  const firstColumn = header.columnIndex;
  const grid = toExcelGrid(write);
  const have = body.rowCount;
  const want = Math.max(grid.values.length, 1);
  if (want > have) table.rows.add(undefined, Array.from({ length: want - have }, () => new Array<string>(width).fill('')));
  else if (want < have) sheet.getRangeByIndexes(firstRow + want, firstColumn, have - want, width).delete('Up');
  if (grid.values.length === 0) {
    sheet.getRangeByIndexes(firstRow, firstColumn, 1, width).values = [new Array<string>(width).fill('')];
    return;
  }
  const queue = (from: number, to: number) => {
    const range = sheet.getRangeByIndexes(firstRow + from, firstColumn, to - from, width);
    // Formats before values: a cell already formatted as text ('@') takes the string literally.
    range.numberFormat = grid.formats.slice(from, to) as string[][];
    range.values = grid.values.slice(from, to) as CellValue[][];
  };
  let from = 0;
  for (let r = 0; r < grid.values.length; r++) {
    const bytes = rowBytes(grid.values[r]!);
    if (pacer.queued > 0 && pacer.queued + bytes > writeBudget.bytes) {
      if (r > from) queue(from, r);
      await pacer.flush(r - from);
      from = r;
    }
    pacer.queued += bytes;
  }
  queue(from, grid.values.length);
}

/**
 * Reads `names`, plans, writes. Throws TableLayoutChangedError when a write does not match the columns
 * read (nothing of that batch is written after the check), BoardNotPreparedError comes from the plan.
 * @example const report = await runBoardBatch(boardTables, (s) => ({ writes: planImport(s, b, now).writes, result: … }))
 */
export async function runBoardBatch<R>(
  names: readonly string[], plan: (snapshot: WorkbookSnapshot) => BatchPlan<R>, onProgress?: (progress: BatchProgress) => void,
): Promise<R> {
  return runExcel(async (context) => {
    const all = context.workbook.tables.load('items/name');
    await context.sync();
    const present = new Set(all.items.map((t) => t.name));
    const loaded = new Map<string, LoadedTable>();
    for (const name of names) {
      if (!present.has(name)) continue;
      const table = context.workbook.tables.getItem(name);
      loaded.set(name, {
        table,
        sheet: table.worksheet,
        header: table.getHeaderRowRange().load('values,rowIndex,columnIndex,columnCount'),
        body: table.getDataBodyRange().load('values,rowCount'),
      });
    }
    await context.sync();

    const snapshot = new Map<string, TableSnapshot>();
    for (const [name, t] of loaded) snapshot.set(name, { headers: t.header.values[0]!.map((h) => String(h)), rows: t.body.values as CellValue[][] });
    const { writes, result } = plan(snapshot);
    for (const write of writes) {
      const headers = snapshot.get(write.table)?.headers;
      if (!headers || !sameHeaders(headers, write.headers)) {
        throw new TableLayoutChangedError(boardMessages.layoutChanged(write.table), write.table);
      }
    }
    if (writes.length === 0) return result;

    const total = writes.reduce((n, w) => n + w.rows.length, 0);
    let done = 0;
    const pacer: Pacer = {
      queued: 0,
      async flush(rows) {
        await context.sync();
        pacer.queued = 0;
        done += rows;
        onProgress?.({ done, total });
      },
    };
    for (const write of writes) {
      const before = done;
      await writeTable(loaded.get(write.table)!, write, pacer);
      done = before + write.rows.length;
    }
    await context.sync();
    onProgress?.({ done: total, total });
    return result;
  });
}
