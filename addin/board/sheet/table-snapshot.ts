/**
 * @file 表の読み書きの形 (TableSnapshot, TableWrite): the plain data that crosses between the pure board
 * and a workbook (Excel or preview). A snapshot is what one read returned; a write replaces a table body.
 */
import type { CellValue } from './cell-value';
import type { ColumnKind } from './number-formats';

/** One table as read: its header row and body rows, in the sheet's own column order. */
export interface TableSnapshot {
  headers: string[];
  rows: CellValue[][];
}

/** Every table read in one go, by table name; a missing table is absent. */
export type WorkbookSnapshot = ReadonlyMap<string, TableSnapshot>;

/**
 * Replacement of a table body. `headers` is the order the table had when read (the writer refuses
 * to write if it changed meanwhile); `kinds[c]` decides each number format (undefined = a column the
 * user added: format left alone). A `null` cell is left unchanged, like office-js's own rule.
 */
export interface TableWrite {
  table: string;
  headers: string[];
  kinds: (ColumnKind | undefined)[];
  rows: (CellValue | null)[][];
}

/** True when a table still has the header row a write was planned on (same headers, same order). */
export function sameHeaders(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((h, i) => h === b[i]);
}

/** Row count and cell count of a list of writes (progress and chunking). */
export function writeSize(writes: readonly TableWrite[]): { rows: number; cells: number } {
  let rows = 0;
  let cells = 0;
  for (const w of writes) {
    rows += w.rows.length;
    cells += w.rows.length * w.headers.length;
  }
  return { rows, cells };
}
