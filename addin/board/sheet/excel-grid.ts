/**
 * @file Excel に書く 2 次元配列 (toExcelGrid): a TableWrite → the `values` and `numberFormat` arrays one
 * range write takes. Formula injection is impossible by construction: every string cell is formatted as
 * text ('@') and any string Excel could read as a formula (= + - @) or as a quote prefix (') gets one
 * leading apostrophe, which Excel consumes and stores the rest as literal text. Pure.
 */
import type { CellValue } from './cell-value';
import { capCellText } from './excel-cell-limit';
import { type ColumnKind, TEXT_FORMAT, numberFormats } from './number-formats';
import type { TableWrite } from './table-snapshot';

/** What one range write sends: values and formats, `null` = leave that cell unchanged. */
export interface ExcelGrid {
  values: (CellValue | null)[][];
  formats: (string | null)[][];
}

/** Starts Excel reads as a formula (= + - @) or swallows as a quote prefix ('). */
const NEEDS_QUOTE = /^[=+\-@']/;

/**
 * A string as written to Excel so that it is stored as exactly that text (cut to Excel's cell limit first).
 * @example excelText('=HYPERLINK("http://x")') //=> '\'=HYPERLINK("http://x")'
 */
export function excelText(text: string): string {
  const fitted = capCellText(text);
  return NEEDS_QUOTE.test(fitted) ? `'${fitted}` : fitted;
}

/** The number format of one written cell: strings are text; numbers and blanks follow their column. */
function formatOf(value: CellValue, kind: ColumnKind | undefined): string | null {
  if (kind === undefined) return typeof value === 'string' && value !== '' ? TEXT_FORMAT : null;
  if (typeof value === 'string' && value !== '') return TEXT_FORMAT;
  return numberFormats[kind];
}

/**
 * The grid of a table write (rows × the table's columns, in the sheet's order).
 * @example toExcelGrid(write).values[0]![5] //=> '\'=1+1' for a 件名 that was '=1+1'
 */
export function toExcelGrid(write: TableWrite): ExcelGrid {
  const values: (CellValue | null)[][] = new Array(write.rows.length);
  const formats: (string | null)[][] = new Array(write.rows.length);
  const width = write.headers.length;
  for (let r = 0; r < write.rows.length; r++) {
    const row = write.rows[r]!;
    const v: (CellValue | null)[] = new Array(width);
    const f: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      if (cell === null || cell === undefined) { v[c] = null; f[c] = null; continue; }
      v[c] = typeof cell === 'string' ? excelText(cell) : cell;
      f[c] = formatOf(cell, write.kinds[c]);
    }
    values[r] = v;
    formats[r] = f;
  }
  return { values, formats };
}
