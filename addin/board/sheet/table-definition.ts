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

/** 列の定義. */
export interface ColumnDefinition {
  /** Stable id used by the code (English); the header may be renamed without touching code. */
  key: string;
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

/** 表の定義. */
export interface TableDefinition {
  /** シート名. */
  sheet: string;
  /** テーブル名 (Excel table name; unique in the workbook). */
  table: string;
  /** What the table is for (shown in the task pane's prepare report). */
  description: string;
  /** Header cell, zero-based (row 0, column 0 = A1). */
  anchor: { row: number; column: number };
  columns: readonly ColumnDefinition[];
  /** Key column: rows are matched on it across rewrites (user-added columns follow their row). */
  keyColumn?: string;
  /** 非表示シート (technical store). */
  hidden?: boolean;
  /** 見出しを固定. */
  freezeHeader?: boolean;
  /** Rows written once, when the table is created (the 設定 defaults). */
  seed?: () => CellValue[][];
}

/** Defines a table (identity; gives type checking and one place to add invariants). */
export function defineTable(definition: TableDefinition): TableDefinition {
  const keys = new Set(definition.columns.map((c) => c.key));
  if (keys.size !== definition.columns.length) throw new Error(`${definition.table}: 列キーが重複しています`);
  return definition;
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
