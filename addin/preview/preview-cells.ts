/**
 * @file プレビューの表示 (previewCells): what the preview grid shows for one table — each cell as Excel
 * would display it (和暦 dates from the number format), its highlight (the same rules 「ブックを準備」
 * writes as conditional formats), and how an editable cell is edited (dropdown, free text with
 * suggestions, date). Pure.
 */
import { isIsoDate } from '@shared/index';
import type { CellValue } from '../board/sheet/cell-value';
import { dateToSerial, serialToDate } from '../board/sheet/excel-serial';
import { highlightRules } from '../board/sheet/highlight-rules';
import { displayValue } from '../board/sheet/number-formats';
import type { ColumnDefinition } from '../board/sheet/table-definition';
import type { PreviewTable } from './preview-workbook';

/** How a cell is edited in the preview. */
export type PreviewInput =
  | { kind: 'select'; options: readonly string[] }
  | { kind: 'text'; suggestions: readonly string[] }
  | { kind: 'date' };

/** One displayed cell. */
export interface PreviewCell {
  text: string;
  /** Highlight colours (fill, font) and its legend, when a rule applies. */
  highlight?: { fill: string; font: string; label: string; mark?: string };
  input?: PreviewInput;
  /** The raw value (edited cells start from it). */
  value: CellValue;
}

/** One displayed column. */
export interface PreviewColumn {
  header: string;
  /** Width in CSS pixels (one per Excel point: the preview is drawn a little smaller than Excel at 100%). */
  width: number;
  editable: boolean;
}

/** A table as the preview grid shows it. */
export interface PreviewView {
  columns: PreviewColumn[];
  rows: PreviewCell[][];
}

/** The live values of another table's column (dropdown source 局一覧表[局名]). */
export type ColumnValues = (table: string, header: string) => string[];

function inputOf(column: ColumnDefinition | undefined, values: ColumnValues): PreviewInput | undefined {
  if (!column?.editable) return undefined;
  if (column.list?.kind === 'values') return { kind: 'select', options: column.list.values };
  if (column.list?.kind === 'tableColumn') {
    const options = values(column.list.table, column.list.column);
    // A strict list is a dropdown; a warning-only list (局) lets a name outside the list be typed, as Excel does.
    return column.list.strict ? { kind: 'select', options } : { kind: 'text', suggestions: options };
  }
  if (column.kind === 'date') return { kind: 'date' };
  return { kind: 'text', suggestions: [] };
}

/**
 * The view of a preview table at `nowSerial` (JST wall clock as an Excel serial, like NOW()).
 * @example previewCells(workbook.table('割振り表')!, values, instantToSerial(now)).rows[0]![5]!.text //=> '医政局'
 */
export function previewCells(table: PreviewTable, values: ColumnValues, nowSerial: number): PreviewView {
  const byHeader = new Map(table.definition.columns.map((c) => [c.header, c]));
  const columns = table.headers.map((header): PreviewColumn => {
    const def = byHeader.get(header);
    return { header, width: def?.width ?? 80, editable: !!def?.editable };
  });
  const keyAt = new Map(table.headers.map((h, i) => [byHeader.get(h)?.key ?? h, i]));
  const inputs = table.headers.map((h) => inputOf(byHeader.get(h), values));
  const rows = table.rows.map((row, r) => row.map((value, c): PreviewCell => {
    const def = byHeader.get(table.headers[c]!);
    const cell: PreviewCell = { text: displayValue(value, table.formats[r]?.[c] ?? ''), value };
    const input = inputs[c];
    if (input) cell.input = input;
    for (const id of def?.highlight ?? []) {
      const rule = highlightRules[id];
      if (rule.test(value, (key) => row[keyAt.get(key) ?? -1] ?? '', nowSerial)) {
        cell.highlight = { fill: rule.fill, font: rule.font, label: rule.label, ...(rule.mark ? { mark: rule.mark } : {}) };
        break;
      }
    }
    return cell;
  }));
  return { columns, rows };
}

/** A date input's value ('YYYY-MM-DD') for a cell, or ''. */
export function dateInputValue(value: CellValue): string {
  return typeof value === 'number' ? serialToDate(value) : '';
}

/** The cell value for a date input's value (an Excel date serial), or '' when cleared. */
export function dateFromInput(text: string): CellValue {
  return isIsoDate(text) ? dateToSerial(text) : '';
}
