/**
 * @file 「ブックを準備」 in Excel (prepareWorkbook): reads what exists (sheets, tables, names: sync 1; the
 * headers of existing tables: sync 2), plans with the pure planPrepare, then creates sheets and tables,
 * writes the 設定 defaults, names, dropdowns, highlight rules, widths and frozen headers in one sync.
 * Idempotent: existing tables keep their rows; rules are cleared and set again, never stacked.
 */
import type { PrepareReport } from '../board/sheet/board-workbook';
import { type ExistingTable, INPUT_HEADER_FILL, planPrepare } from '../board/ops/plan-prepare';
import type { TableDefinition } from '../board/sheet/table-definition';
import { runExcel } from './run-excel';

/** Excel's built-in table style used for every board table (light, banded, readable when printed). */
export const TABLE_STYLE = 'TableStyleLight9';

/**
 * Prepares the workbook for `definitions` (workbookTables).
 * @example const report = await prepareWorkbook(workbookTables); report.createdTables
 */
export async function prepareWorkbook(definitions: readonly TableDefinition[]): Promise<PrepareReport> {
  return runExcel(async (context) => {
    const wb = context.workbook;
    const sheets = wb.worksheets.load('items/name');
    const tables = wb.tables.load('items/name');
    const names = wb.names.load('items/name');
    await context.sync();

    const present = new Set(tables.items.map((t) => t.name));
    const reads = definitions.filter((d) => present.has(d.table)).map((d) => {
      const table = wb.tables.getItem(d.table);
      return { name: d.table, header: table.getHeaderRowRange().load('values,rowIndex,columnIndex'), sheet: table.worksheet.load('name') };
    });
    await context.sync();

    const existing = new Map<string, ExistingTable>(reads.map((r) => [r.name, {
      sheet: r.sheet.name, headerRow: r.header.rowIndex, headerColumn: r.header.columnIndex, headers: r.header.values[0]!.map((h) => String(h)),
    }]));
    const plan = planPrepare(definitions, { sheets: sheets.items.map((s) => s.name), tables: existing, names: names.items.map((n) => n.name) });

    for (const s of plan.createSheets) {
      const sheet = wb.worksheets.add(s.name);
      if (s.hidden) sheet.visibility = 'Hidden';
    }
    for (const t of plan.tables) {
      const sheet = wb.worksheets.getItem(t.sheet);
      if (t.create) {
        const range = sheet.getRangeByIndexes(t.headerRow, t.headerColumn, t.create.values.length, t.definition.columns.length);
        range.numberFormat = t.create.formats as string[][];
        range.values = t.create.values as (string | number | boolean)[][];
        const table = sheet.tables.add(range, true);
        table.name = t.definition.table;
        table.style = TABLE_STYLE;
      }
      for (const header of t.addColumns) wb.tables.getItem(t.definition.table).columns.add(undefined, undefined, header);
    }
    for (const n of plan.names) wb.names.add(n.name, n.formula);
    for (const w of plan.widths) wb.worksheets.getItem(w.sheet).getRangeByIndexes(0, w.column, 1, 1).format.columnWidth = w.width;
    for (const h of plan.inputHeaders) wb.worksheets.getItem(h.sheet).getRangeByIndexes(h.row, h.column, 1, 1).format.fill.color = INPUT_HEADER_FILL;
    for (const v of plan.validations) {
      const range = wb.worksheets.getItem(v.sheet).getRangeByIndexes(v.row, v.column, v.rows, 1);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: v.source } };
      range.dataValidation.errorAlert = { showAlert: true, style: v.strict ? 'Stop' : 'Warning', title: '入力値の確認', message: v.message };
    }
    for (const h of plan.highlights) {
      const range = wb.worksheets.getItem(h.sheet).getRangeByIndexes(h.row, h.column, h.rows, 1);
      range.conditionalFormats.clearAll();
      for (const rule of h.rules) {
        const format = range.conditionalFormats.add('Custom');
        format.custom.rule.formula = rule.formula;
        format.custom.format.fill.color = rule.fill;
        format.custom.format.font.color = rule.font;
        if (rule.numberFormat) format.custom.format.numberFormat = rule.numberFormat;
      }
    }
    for (const f of plan.freeze) wb.worksheets.getItem(f.sheet).freezePanes.freezeRows(f.rows);
    const first = plan.createSheets.find((s) => !s.hidden);
    if (first) wb.worksheets.getItem(first.name).activate();
    await context.sync();
    return plan.report;
  });
}
