/**
 * @file ブックの口 (BoardWorkbook port): what the board needs from a workbook, implemented twice — by
 * addin/excel/ (Excel.run) and by addin/preview/ (in memory, outside Office). The task pane only talks to
 * this interface, so the same session code runs in Excel, in a plain browser and in tests.
 */
import type { TableDefinition } from './table-definition';
import type { TableWrite, WorkbookSnapshot } from './table-snapshot';

/** 進捗 of a long batch (written rows so far / all rows). */
export interface BatchProgress {
  done: number;
  total: number;
}

/** One batch's pure step: given what was read, the writes to make and the result to return. */
export interface BatchPlan<R> {
  writes: TableWrite[];
  result: R;
}

/** 「ブックを準備」の結果. */
export interface PrepareReport {
  /** Sheets created now. */
  createdSheets: string[];
  /** Tables created now (with their 設定 defaults when they have any). */
  createdTables: string[];
  /** Tables that were already there (left as they are, rules re-applied). */
  keptTables: string[];
  /** Columns added to existing tables that lacked them, as 「表名: 列名」. */
  addedColumns: string[];
}

/** A user's edit, as the workbook reports it. */
export interface SheetChange {
  sheet: string;
  /** Address of the changed range (A1 style, without the sheet), when known. */
  address: string;
  /** Who changed it: this Excel ('Local'), or a co-author of a shared workbook ('Remote', Excel's WorksheetChangedEventArgs.source). */
  source: 'Local' | 'Remote';
}

/** ブック (port). */
export interface BoardWorkbook {
  /** 'excel' in Excel; 'preview' for the in-memory workbook (labelled プレビュー in the pane). */
  readonly kind: 'excel' | 'preview';
  /** Creates what is missing of `tables` (sheets, tables, defaults, dropdowns, highlights, frozen headers). Idempotent. */
  prepare(tables: readonly TableDefinition[]): Promise<PrepareReport>;
  /**
   * Reads `tables` (missing ones are absent from the snapshot), runs `plan` on the snapshot and writes its
   * writes — one batch: load → sync → pure plan → write → sync (chunked when very large, with progress).
   */
  batch<R>(tables: readonly string[], plan: (snapshot: WorkbookSnapshot) => BatchPlan<R>, onProgress?: (progress: BatchProgress) => void): Promise<R>;
  /** Calls `listener` after edits on `sheets`. Resolves to a function that stops listening. */
  watch(sheets: readonly string[], listener: (change: SheetChange) => void): Promise<() => Promise<void>>;
}
