/**
 * @file プレビュー用のブック (createPreviewWorkbook): an in-memory workbook behind the same BoardWorkbook
 * port as Excel, so the task pane runs, demos and is tested in a plain browser. It keeps Excel's rules
 * that matter to the board: tables with header rows, number formats, the quote prefix and text cells
 * (excelStore), `null` = leave a cell unchanged, dropdown lists, highlight rules and change events.
 * Nothing is saved: closing the page forgets the workbook (the pane says so).
 */
import type { BatchPlan, BatchProgress, BoardWorkbook, PrepareReport, SheetChange } from '../board/sheet/board-workbook';
import { boardMessages } from '../board/board-messages';
import { TableLayoutChangedError } from '../board/board-errors';
import type { CellValue } from '../board/sheet/cell-value';
import { toExcelGrid } from '../board/sheet/excel-grid';
import { numberFormats } from '../board/sheet/number-formats';
import type { TableDefinition } from '../board/sheet/table-definition';
import { type TableSnapshot, type TableWrite, type WorkbookSnapshot, sameHeaders } from '../board/sheet/table-snapshot';
import { excelStore } from './excel-store';

/** One table of the preview workbook. */
export interface PreviewTable {
  name: string;
  sheet: string;
  /** The definition it was prepared from (columns, dropdowns, highlights). */
  definition: TableDefinition;
  headers: string[];
  rows: CellValue[][];
  formats: string[][];
  /** Cells where a write would have created a formula (never expected; tests assert it stays empty). */
  formulas: { row: number; column: number; formula: string }[];
}

/** One sheet (tab) of the preview workbook. */
export interface PreviewSheet {
  name: string;
  hidden: boolean;
  tables: string[];
}

/** The preview workbook: the port, plus what the preview grid shows and the edits it makes. */
export interface PreviewWorkbook extends BoardWorkbook {
  readonly kind: 'preview';
  sheets(): PreviewSheet[];
  table(name: string): PreviewTable | undefined;
  /**
   * A user's edit of one cell (as typed: text or a date serial). Fires the sheet's change listeners; `source`
   * 'Remote' stands for a co-author's edit of a shared workbook (default: this user, 'Local').
   */
  edit(table: string, row: number, header: string, value: CellValue, source?: SheetChange['source']): void;
  /** Copies a row below itself, as a user copies and inserts a row in Excel. */
  duplicateRow(table: string, row: number): void;
  /** Called after every change (writes and edits), for re-rendering. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Rows written between two yields to the page, so a long import keeps the pane responsive. */
export const PREVIEW_CHUNK_ROWS = 2_000;

const blankFormat = (kind: keyof typeof numberFormats | undefined) => (kind ? numberFormats[kind] : 'General');

/**
 * An empty preview workbook (no sheets until 「ブックを準備」).
 * @example const wb = createPreviewWorkbook(); await wb.prepare(workbookTables)
 */
export function createPreviewWorkbook(): PreviewWorkbook {
  const sheets: PreviewSheet[] = [];
  const tables = new Map<string, PreviewTable>();
  const changeListeners = new Set<{ sheets: ReadonlySet<string>; listener: (change: SheetChange) => void }>();
  const renderListeners = new Set<() => void>();
  const rendered = () => { for (const l of renderListeners) l(); };

  function formatsFor(def: TableDefinition, headers: readonly string[]): string[] {
    return headers.map((h) => blankFormat(def.columns.find((c) => c.header === h)?.kind));
  }

  function store(t: PreviewTable, r: number, c: number, value: CellValue | null, format: string | null): void {
    if (format !== null) t.formats[r]![c] = format;
    if (value === null) return;
    const stored = excelStore(value, t.formats[r]![c]);
    t.rows[r]![c] = stored.value;
    if (stored.formula) t.formulas.push({ row: r, column: c, formula: stored.formula });
  }

  function writeTable(t: PreviewTable, write: TableWrite, from: number, to: number): void {
    const grid = toExcelGrid({ ...write, rows: write.rows.slice(from, to) });
    for (let i = 0; i < grid.values.length; i++) {
      const r = from + i;
      if (!t.rows[r]) {
        t.rows[r] = t.headers.map(() => '');
        t.formats[r] = formatsFor(t.definition, t.headers);
      }
      for (let c = 0; c < t.headers.length; c++) store(t, r, c, grid.values[i]![c] ?? null, grid.formats[i]![c] ?? null);
    }
  }

  function notify(sheet: string, address: string, source: SheetChange['source'] = 'Local'): void {
    for (const { sheets: watched, listener } of changeListeners) {
      if (watched.has(sheet)) setTimeout(() => listener({ sheet, address, source }), 0);
    }
  }

  const workbook: PreviewWorkbook = {
    kind: 'preview',

    async prepare(definitions): Promise<PrepareReport> {
      const report: PrepareReport = { createdSheets: [], createdTables: [], keptTables: [], addedColumns: [] };
      for (const def of definitions) {
        let sheet = sheets.find((s) => s.name === def.sheet);
        if (!sheet) {
          sheet = { name: def.sheet, hidden: !!def.hidden, tables: [] };
          sheets.push(sheet);
          report.createdSheets.push(def.sheet);
        }
        const existing = tables.get(def.table);
        if (existing) {
          for (const column of def.columns) {
            if (existing.headers.includes(column.header)) continue;
            existing.headers.push(column.header);
            existing.rows.forEach((row) => row.push(''));
            existing.formats.forEach((row) => row.push(blankFormat(column.kind)));
            report.addedColumns.push(`${def.table}: ${column.header}`);
          }
          existing.definition = def;
          report.keptTables.push(def.table);
          continue;
        }
        const headers = def.columns.map((c) => c.header);
        const t: PreviewTable = { name: def.table, sheet: def.sheet, definition: def, headers, rows: [], formats: [], formulas: [] };
        const seed = def.seed?.() ?? [];
        if (seed.length > 0) {
          writeTable(t, { table: def.table, headers, kinds: def.columns.map((c) => c.kind), rows: seed }, 0, seed.length);
        }
        tables.set(def.table, t);
        sheet.tables.push(def.table);
        report.createdTables.push(def.table);
      }
      rendered();
      return report;
    },

    async batch<R>(names: readonly string[], plan: (snapshot: WorkbookSnapshot) => BatchPlan<R>, onProgress?: (p: BatchProgress) => void): Promise<R> {
      const snapshot = new Map<string, TableSnapshot>();
      for (const name of names) {
        const t = tables.get(name);
        if (t) snapshot.set(name, { headers: [...t.headers], rows: t.rows.map((r) => [...r]) });
      }
      const { writes, result } = plan(snapshot);
      for (const write of writes) {
        const t = tables.get(write.table);
        if (!t || !sameHeaders(t.headers, write.headers)) {
          throw new TableLayoutChangedError(boardMessages.layoutChanged(write.table), write.table);
        }
      }
      const total = writes.reduce((n, w) => n + w.rows.length, 0);
      let done = 0;
      for (const write of writes) {
        const t = tables.get(write.table)!;
        t.rows.length = write.rows.length;
        t.formats.length = write.rows.length;
        for (let from = 0; from < write.rows.length; from += PREVIEW_CHUNK_ROWS) {
          const to = Math.min(write.rows.length, from + PREVIEW_CHUNK_ROWS);
          writeTable(t, write, from, to);
          done += to - from;
          if (done < total && total > PREVIEW_CHUNK_ROWS) {
            onProgress?.({ done, total });
            await new Promise((resolve) => setTimeout(resolve, 0));
          }
        }
      }
      if (writes.length > 0) onProgress?.({ done: total, total });
      if (writes.length > 0) rendered();
      return result;
    },

    async watch(watched, listener) {
      const entry = { sheets: new Set(watched), listener };
      changeListeners.add(entry);
      return async () => { changeListeners.delete(entry); };
    },

    sheets: () => sheets,
    table: (name) => tables.get(name),

    edit(name, row, header, value, source = 'Local') {
      const t = tables.get(name);
      const c = t?.headers.indexOf(header) ?? -1;
      if (!t || c < 0) return;
      while (t.rows.length <= row) {
        t.rows.push(t.headers.map(() => ''));
        t.formats.push(formatsFor(t.definition, t.headers));
      }
      // Typing into a cell: Excel keeps the typed text as is in a text cell (what the sheet's formats are).
      t.rows[row]![c] = value;
      rendered();
      notify(t.sheet, `R${row + 2}C${c + 1}`, source);
    },

    duplicateRow(name, row) {
      const t = tables.get(name);
      if (!t || !t.rows[row]) return;
      t.rows.splice(row + 1, 0, [...t.rows[row]!]);
      t.formats.splice(row + 1, 0, [...t.formats[row]!]);
      rendered();
      notify(t.sheet, `R${row + 3}`);
    },

    subscribe(listener) {
      renderListeners.add(listener);
      return () => renderListeners.delete(listener);
    },
  };
  return workbook;
}
