/**
 * @file 表の定義 (TableDefinition): one Excel table on one sheet, as data — its columns, their kinds,
 * dropdowns and highlight rules. 「ブックを準備」 creates exactly what these definitions say.
 */
import type { CellValue } from './cell-value';
import type { HighlightRuleId } from './highlight-rules';
import type { ColumnKind } from './number-formats';

/** 入力規則の選択肢: fixed values, or the live column of another table (局一覧表[局名]). */
export type ListSource =
  | { kind: 'values'; values: readonly string[]; message: string; strict: boolean }
  | {
    kind: 'tableColumn'; table: string; column: string; message: string; strict: boolean;
    /** Workbook name that refers to the column (data validation cannot use a structured reference directly). */
    rangeName: string;
  };

/** 列の定義. `K` is the column's key. */
export interface ColumnDefinition<K extends string = string> {
  /** Stable id used by the code (English); the header may be renamed without touching code. */
  key: K;
  /** 見出し as written in the sheet. */
  header: string;
  kind: ColumnKind;
  /** 列幅 in points. */
  width: number;
  /** 入力列: typed by coordinators, kept on re-import; its header is tinted. */
  editable?: boolean;
  /** 入力規則 (dropdown). */
  list?: ListSource;
  /** 条件付き書式. */
  highlight?: readonly HighlightRuleId[];
}

/** 表の定義. `K` is the union of its column keys, so its rows are typed (TableRow). */
export interface TableDefinition<K extends string = string> {
  /** シート名. */
  sheet: string;
  /** テーブル名 (Excel table name; unique in the workbook). The only place a table's name is written. */
  table: string;
  /** What the table is for (shown in the task pane's prepare report). */
  description: string;
  /** Header cell, zero-based (row 0, column 0 = A1). */
  anchor: { row: number; column: number };
  columns: readonly ColumnDefinition<K>[];
  /** Key column: rows are matched on it across rewrites (user-added columns follow their row). */
  keyColumn?: NoInfer<K>;
  /** 非表示シート (technical store). */
  hidden?: boolean;
  /** 見出しを固定. */
  freezeHeader?: boolean;
  /** Rows written once, when the table is created (the 設定 defaults). */
  seed?: () => CellValue[][];
}

/** The column keys of a table definition. */
export type ColumnKey<T extends TableDefinition<string>> = T extends TableDefinition<infer K> ? K : never;

/**
 * 行: one body row of a table — its known columns by key (a misspelled key does not compile), and the
 * columns a user added to the table under `§<header>` (they follow their row across rewrites).
 */
export type TableRow<T extends TableDefinition<string>> = { [P in ColumnKey<T>]?: CellValue } & { [extra: `§${string}`]: CellValue | undefined };

/** Defines a table: checks its column keys are unique, and types its rows by its column keys. */
export function defineTable<const K extends string>(definition: TableDefinition<K>): TableDefinition<K> {
  const keys = new Set(definition.columns.map((c) => c.key));
  if (keys.size !== definition.columns.length) throw new Error(`${definition.table}: 列キーが重複しています`);
  return definition;
}

/**
 * 行番号: the sheet row number of body row `index` (0-based) as Excel and the preview grid number it — the header sits
 * at `anchor.row + 1` (1-based), so the first body row is `anchor.row + 2`. Every message that names a row uses it.
 * @example gridRow(assignmentTable, 0) //=> 2
 */
export function gridRow(def: Pick<TableDefinition<string>, 'anchor'>, index: number): number {
  return def.anchor.row + 2 + index;
}

/** The header of a column, by key. @example headerOf(ledgerTable, 'date') //=> '待機日' */
export function headerOf<T extends TableDefinition<string>>(def: T, key: ColumnKey<T>): string {
  const column = def.columns.find((c) => c.key === key);
  if (!column) throw new Error(`${def.table}: 列 ${key} がありません`);
  return column.header;
}

/**
 * A dropdown fed by another table's column, named from that table's definition (never by a copied name).
 * @example columnList(bureauTable, 'name', { rangeName: '局名リスト', strict: false, message: '…' })
 */
export function columnList<T extends TableDefinition<string>>(
  def: T, key: ColumnKey<T>, options: { rangeName: string; strict: boolean; message: string },
): ListSource {
  return { kind: 'tableColumn', table: def.table, column: headerOf(def, key), ...options };
}

/** Column letters of a zero-based index. @example columnLetter(27) //=> 'AB' */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
