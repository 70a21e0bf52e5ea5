/**
 * @file セルの値 (CellValue): what a worksheet cell holds as Excel reports it, and pure readers that
 * turn a cell into text, a number, a date or an instant. Never touches Excel.
 */
import { type IsoDate, type JstInstant, assertIsoDate, isInstant, isIsoDate, jstAt, parseWareki } from '@shared/index';
import { serialToDate, serialToInstant } from './excel-serial';

/** セルの値: Excel's `range.values` element ('' = empty). */
export type CellValue = string | number | boolean;

/** Cell text, trimmed; numbers and booleans as written. @example cellText(' 医政局 ') //=> '医政局' */
export function cellText(value: CellValue | undefined): string {
  if (value === undefined || value === null) return '';
  return String(value).trim();
}

/**
 * A key or id from a cell (record id, 質問キー, 問): verbatim — never trimmed, so 'as-x' and 'as-x ' (or an
 * ideographic space) stay two records — and NFC, like every id at the edge; '' for an empty or blank-only cell.
 * @example cellKey('as-x ') //=> 'as-x '
 */
export function cellKey(value: CellValue | undefined): string {
  if (value === undefined || value === null) return '';
  const text = String(value);
  return text.trim() === '' ? '' : text.normalize('NFC');
}

/** A number, or undefined for an empty or non-numeric cell. Full-width digits are accepted. */
export function cellNumber(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  const text = cellText(value).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (text === '') return undefined;
  const n = Number(text);
  return Number.isFinite(n) ? n : undefined;
}

/**
 * A calendar date from a cell: an Excel serial (date-formatted cell), 'YYYY-MM-DD', 'YYYY/M/D' or
 * 和暦 text (令和8年7月21日). Undefined when empty; throws DateParseError (Japanese) when unreadable.
 */
export function cellDate(value: CellValue | undefined): IsoDate | undefined {
  if (typeof value === 'number') return serialToDate(value);
  const text = cellText(value);
  if (text === '') return undefined;
  const slash = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(text);
  if (slash) return assertIsoDate(`${slash[1]}-${slash[2]!.padStart(2, '0')}-${slash[3]!.padStart(2, '0')}`);
  return parseWareki(text);
}

/**
 * A JST instant from a cell: an Excel serial, ISO text with an offset (kept as written), or ISO text without one
 * ('2026-06-10T17:00', read as JST). Undefined when empty or unreadable.
 */
export function cellInstant(value: CellValue | undefined): JstInstant | undefined {
  if (typeof value === 'number') return serialToInstant(value);
  const text = cellText(value);
  if (isInstant(text)) return text;
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::00)?$/.exec(text);
  return local && isIsoDate(local[1]!) ? jstAt(local[1], local[2]!) : undefined;
}

/**
 * 'HH:MM' from a cell: text '17:00' or an Excel time fraction (0.708333… = 17:00) when the user typed
 * into a General cell. Undefined when empty or unreadable.
 */
export function cellTime(value: CellValue | undefined): string | undefined {
  if (typeof value === 'number' && value >= 0 && value < 1) {
    const minutes = Math.round(value * 1440);
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  }
  const m = /^(\d{1,2})[:：](\d{2})$/.exec(cellText(value));
  return m ? `${m[1]!.padStart(2, '0')}:${m[2]}` : undefined;
}
