/**
 * @file 行の対応付け (table rows ↔ objects): reads a table snapshot into objects keyed by column key,
 * and turns objects back into a TableWrite in the sheet's actual column order. Columns a user added to
 * a table follow their row by the table's key column. Pure.
 */
import type { CellValue } from './cell-value';
import { capCellText } from './excel-cell-limit';
import type { TableDefinition, TableRow } from './table-definition';
import type { TableSnapshot, TableWrite } from './table-snapshot';

const EXTRA = '§';

/** A row as a plain record (the typed TableRow is a view of it). */
type LooseRow = Record<string, CellValue | undefined>;

/** Objects of a table's body, typed by the table's column keys; blank rows (every cell empty) are skipped. */
export function readRows<T extends TableDefinition<string>>(def: T, snapshot: TableSnapshot | undefined): TableRow<T>[] {
  if (!snapshot) return [];
  const byHeader = new Map<string, string>(def.columns.map((c) => [c.header, c.key]));
  const keys = snapshot.headers.map((h) => byHeader.get(h) ?? `${EXTRA}${h}`);
  const out: TableRow<T>[] = [];
  for (const row of snapshot.rows) {
    if (row.every((v) => v === '' || v === null || v === undefined)) continue;
    const obj: LooseRow = {};
    for (let c = 0; c < keys.length; c++) obj[keys[c]!] = row[c] ?? '';
    out.push(obj as TableRow<T>);
  }
  return out;
}

/** Header order to write: the sheet's (when the table exists) or the definition's. */
export function headersOf(def: TableDefinition, snapshot: TableSnapshot | undefined): string[] {
  return snapshot ? [...snapshot.headers] : def.columns.map((c) => c.header);
}

/**
 * Objects → a TableWrite in the sheet's column order. For a keyed table, user-added columns are
 * carried from the previous row with the same key; elsewhere they are left unchanged (null).
 */
export function toTableWrite<T extends TableDefinition<string>>(def: T, snapshot: TableSnapshot | undefined, typed: readonly TableRow<T>[]): TableWrite {
  const objects = typed as readonly LooseRow[];
  const headers = headersOf(def, snapshot);
  const byHeader = new Map(def.columns.map((c) => [c.header, c]));
  const columns = headers.map((h) => byHeader.get(h));
  const carried = new Map<string, LooseRow>();
  if (def.keyColumn && snapshot && columns.some((c) => c === undefined)) {
    for (const previous of readRows(def, snapshot) as LooseRow[]) carried.set(String(previous[def.keyColumn] ?? ''), previous);
  }
  const rows = objects.map((obj) => {
    const previous = def.keyColumn ? carried.get(String(obj[def.keyColumn] ?? '')) : undefined;
    return headers.map((h, c) => {
      const column = columns[c];
      if (column) {
        const value = obj[column.key] ?? '';
        // Excel's cell limit: the sheet shows a cut copy; the record stays whole in the store.
        return typeof value === 'string' ? capCellText(value) : value;
      }
      const extra = obj[`${EXTRA}${h}`] ?? previous?.[`${EXTRA}${h}`];
      return extra === undefined ? null : extra;
    });
  });
  return { table: def.table, headers, kinds: columns.map((c) => c?.kind), rows };
}

/** Two cells are equal for Excel (serials compared to the second, as Excel stores binary fractions). */
function sameCell(a: CellValue | null | undefined, b: CellValue | null | undefined): boolean {
  if (a === null || a === undefined) return true; // null = leave unchanged
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) < 1e-5;
  return a === (b ?? '');
}

/** True when writing `write` would change nothing in `snapshot` (so no write, and no change event). */
export function writeChangesNothing(write: TableWrite, snapshot: TableSnapshot | undefined): boolean {
  if (!snapshot) return false;
  const before = snapshot.rows.filter((r) => !r.every((v) => v === '' || v === null || v === undefined));
  if (before.length !== write.rows.length) return false;
  for (let r = 0; r < write.rows.length; r++) {
    const next = write.rows[r]!;
    const prev = before[r]!;
    for (let c = 0; c < next.length; c++) if (!sameCell(next[c], prev[c])) return false;
  }
  return true;
}

/**
 * The same write with every cell that already holds its value set to `null` (leave unchanged), when the
 * table keeps its rows in place (same count, same key in each row). A recompute then touches only what
 * changed, so a coordinator typing elsewhere in the sheet is never overwritten by a stale copy.
 */
export function sparseWrite(def: TableDefinition, write: TableWrite, snapshot: TableSnapshot | undefined): TableWrite {
  if (!snapshot || snapshot.rows.length !== write.rows.length) return write;
  const keyAt = def.keyColumn ? write.headers.indexOf(def.columns.find((c) => c.key === def.keyColumn)?.header ?? '') : -1;
  if (keyAt >= 0 && write.rows.some((row, r) => row[keyAt] !== snapshot.rows[r]![keyAt] && snapshot.rows[r]![keyAt] !== '')) return write;
  const rows = write.rows.map((row, r) => {
    const before = snapshot.rows[r]!;
    return row.map((cell, c) => (sameCell(cell, before[c]) ? null : cell));
  });
  return { ...write, rows };
}
