/**
 * @file Excel がセルに入れるもの (excelStore): what Excel stores when a range write sends `written` into a
 * cell formatted `format` — the preview workbook's model of Excel, and the tests' model of what the
 * office-addin-mock recorded. A leading apostrophe is Excel's quote prefix (consumed; the rest is text);
 * a Text ('@') cell keeps any string as text; otherwise a string starting with = + - @ becomes a formula.
 */
import type { CellValue } from '../board/sheet/cell-value';
import { TEXT_FORMAT } from '../board/sheet/number-formats';

/** 格納結果: the value the cell shows, or the formula Excel would evaluate (an injection). */
export interface StoredCell {
  value: CellValue;
  formula?: string;
}

/**
 * @example excelStore("'=1+1", '@') //=> { value: '=1+1' }
 * @example excelStore('=1+1', 'General') //=> { value: '', formula: '=1+1' }
 */
export function excelStore(written: CellValue, format: string | undefined): StoredCell {
  if (typeof written !== 'string') return { value: written };
  if (written.startsWith("'")) return { value: written.slice(1) };
  if (format === TEXT_FORMAT) return { value: written };
  if (/^[=+\-@]./.test(written)) return { value: '', formula: written.startsWith('=') ? written : `=${written}` };
  return { value: written };
}
