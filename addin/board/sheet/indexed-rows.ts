/**
 * @file 行番号つきの読み取り (readIndexedRows): like readRows, but each object keeps its body row index
 * (blank rows counted), so a problem can be reported with the cell's address. Pure.
 */
import { readRows } from './table-rows';
import type { TableDefinition, TableRow } from './table-definition';
import type { TableSnapshot } from './table-snapshot';

/** One non-blank body row and its 0-based index in the table body. */
export interface IndexedRow<T extends TableDefinition<string>> {
  row: TableRow<T>;
  index: number;
}

/** Non-blank rows of a table with their body index. */
export function readIndexedRows<T extends TableDefinition<string>>(def: T, snapshot: TableSnapshot | undefined): IndexedRow<T>[] {
  if (!snapshot) return [];
  const out: IndexedRow<T>[] = [];
  snapshot.rows.forEach((cells, index) => {
    const [row] = readRows(def, { headers: snapshot.headers, rows: [cells] });
    if (row) out.push({ row, index });
  });
  return out;
}
