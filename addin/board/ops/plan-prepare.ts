/**
 * @file 「ブックを準備」の計画 (planPrepare): from what a workbook already holds, what to create — sheets,
 * tables with their headers and 設定 defaults, missing columns — and, for every table, where its dropdowns,
 * highlight rules, column widths and frozen header go. Existing tables and their rows are never replaced,
 * so preparing twice changes nothing but re-applied rules. Pure.
 */
import { type ExcelGrid, toExcelGrid } from '../sheet/excel-grid';
import { highlightRules } from '../sheet/highlight-rules';
import { markedFormat, numberFormats } from '../sheet/number-formats';
import type { PrepareReport } from '../sheet/board-workbook';
import { type ColumnDefinition, type TableDefinition, columnLetter } from '../sheet/table-definition';

/** A table the workbook already has, as read. */
export interface ExistingTable {
  sheet: string;
  headerRow: number;
  headerColumn: number;
  headers: string[];
}

/** What the workbook already holds. */
export interface ExistingWorkbook {
  sheets: readonly string[];
  tables: ReadonlyMap<string, ExistingTable>;
  names: readonly string[];
}

/** A range of one column below a header (0-based sheet indexes). */
export interface ColumnRange {
  sheet: string;
  row: number;
  column: number;
  rows: number;
}

/** One table, placed. */
export interface PlacedTable {
  definition: TableDefinition;
  sheet: string;
  headerRow: number;
  headerColumn: number;
  /** Create it: write `grid` (header row + defaults) at the header position and make it a table. */
  create?: ExcelGrid;
  /** Columns to append to an existing table. */
  addColumns: string[];
}

/** 準備の計画. */
export interface PreparePlan {
  createSheets: { name: string; hidden: boolean }[];
  tables: PlacedTable[];
  /** Workbook names for dropdowns fed by a table column. */
  names: { name: string; formula: string }[];
  validations: (ColumnRange & { source: string; strict: boolean; message: string })[];
  /** 条件付き書式; `numberFormat` puts the rule's words before a date, so the state is not told by colour alone. */
  highlights: (ColumnRange & { rules: { formula: string; fill: string; font: string; numberFormat?: string }[] })[];
  widths: { sheet: string; column: number; width: number }[];
  /** Header cells of 入力列 (typed by coordinators), tinted. */
  inputHeaders: { sheet: string; row: number; column: number }[];
  freeze: { sheet: string; rows: number }[];
  report: PrepareReport;
}

/**
 * Rows below each header that dropdowns and highlight rules cover: as many as a bundle may carry records
 * (shared defaultBundleLimits.maxRecords), so a table never outgrows its rules.
 */
export const RULE_ROWS = 100_000;

/** Input-column header tint: Excel's 「入力」 cell-style yellow. */
export const INPUT_HEADER_FILL = '#FFF2CC';

/**
 * Plans 「ブックを準備」.
 * @example planPrepare(workbookTables, { sheets: ['Sheet1'], tables: new Map(), names: [] }).createSheets.length //=> 6
 */
export function planPrepare(definitions: readonly TableDefinition[], existing: ExistingWorkbook): PreparePlan {
  const sheetNames = new Set(existing.sheets);
  const names = new Set(existing.names);
  const plan: PreparePlan = {
    createSheets: [], tables: [], names: [], validations: [], highlights: [], widths: [], inputHeaders: [], freeze: [],
    report: { createdSheets: [], createdTables: [], keptTables: [], addedColumns: [] },
  };
  const frozen = new Set<string>();
  for (const def of definitions) {
    const found = existing.tables.get(def.table);
    let placed: PlacedTable;
    let headers: string[];
    if (found) {
      const missing = def.columns.filter((c) => !found.headers.includes(c.header)).map((c) => c.header);
      headers = [...found.headers, ...missing];
      placed = { definition: def, sheet: found.sheet, headerRow: found.headerRow, headerColumn: found.headerColumn, addColumns: missing };
      plan.report.keptTables.push(def.table);
      plan.report.addedColumns.push(...missing.map((h) => `${def.table}: ${h}`));
    } else {
      if (!sheetNames.has(def.sheet)) {
        sheetNames.add(def.sheet);
        plan.createSheets.push({ name: def.sheet, hidden: !!def.hidden });
        plan.report.createdSheets.push(def.sheet);
      }
      headers = def.columns.map((c) => c.header);
      const seed = def.seed?.() ?? [];
      const grid = toExcelGrid({ table: def.table, headers, kinds: def.columns.map((c) => c.kind), rows: [headers, ...seed] });
      grid.formats[0] = headers.map(() => '@');
      placed = { definition: def, sheet: def.sheet, headerRow: def.anchor.row, headerColumn: def.anchor.column, create: grid, addColumns: [] };
      plan.report.createdTables.push(def.table);
    }
    plan.tables.push(placed);
    placeRules(plan, placed, headers, names);
    if (def.freezeHeader && !frozen.has(placed.sheet)) {
      frozen.add(placed.sheet);
      plan.freeze.push({ sheet: placed.sheet, rows: placed.headerRow + 1 });
    }
  }
  return plan;
}

function placeRules(plan: PreparePlan, t: PlacedTable, headers: readonly string[], names: Set<string>): void {
  const columnOf = (header: string) => t.headerColumn + headers.indexOf(header);
  const byKey = new Map(t.definition.columns.map((c) => [c.key, c]));
  const firstRow = t.headerRow + 2; // 1-based row of the first data cell
  for (const column of t.definition.columns) {
    const at = columnOf(column.header);
    const below: ColumnRange = { sheet: t.sheet, row: t.headerRow + 1, column: at, rows: RULE_ROWS };
    plan.widths.push({ sheet: t.sheet, column: at, width: column.width });
    if (column.editable) plan.inputHeaders.push({ sheet: t.sheet, row: t.headerRow, column: at });
    if (column.list) plan.validations.push({ ...below, ...validationOf(column, plan, names) });
    if (column.highlight?.length) {
      const cell = `${columnLetter(at)}${firstRow}`;
      const other = (key: string) => `$${columnLetter(columnOf(byKey.get(key)?.header ?? key))}${firstRow}`;
      plan.highlights.push({
        ...below,
        rules: column.highlight.map((id) => {
          const rule = highlightRules[id];
          const dated = column.kind === 'date' || column.kind === 'datetime';
          return {
            formula: rule.formula(cell, other), fill: rule.fill, font: rule.font,
            ...(rule.mark && dated ? { numberFormat: markedFormat(numberFormats[column.kind], rule.mark) } : {}),
          };
        }),
      });
    }
  }
}

function validationOf(column: ColumnDefinition, plan: PreparePlan, names: Set<string>): { source: string; strict: boolean; message: string } {
  const list = column.list!;
  if (list.kind === 'values') return { source: list.values.join(','), strict: list.strict, message: list.message };
  if (!names.has(list.rangeName)) {
    names.add(list.rangeName);
    plan.names.push({ name: list.rangeName, formula: `=${list.table}[${list.column}]` });
  }
  return { source: `=${list.rangeName}`, strict: list.strict, message: list.message };
}
