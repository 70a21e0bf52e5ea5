/**
 * @file 表示形式 (number formats) per column kind, and the same formats rendered in JS for the preview
 * workbook. Dates are real Excel serials shown in 和暦 by the format, so they still sort and filter.
 */
import { formatWareki, formatWarekiDateTime } from '@shared/index';
import type { CellValue } from './cell-value';
import { serialToDate, serialToInstant } from './excel-serial';

/** 列の種類. */
export type ColumnKind = 'text' | 'number' | 'date' | 'datetime';

/** Excel number format codes. '@' = 文字列: Excel stores whatever is written as literal text (no formula). */
export const numberFormats: Readonly<Record<ColumnKind, string>> = {
  text: '@',
  number: 'General',
  // [$-411] = ja-JP; ggge = 元号+年, aaa = 曜日 (火). Shows 「令和8年7月17日(金)」.
  date: '[$-411]ggge"年"m"月"d"日"(aaa)',
  datetime: '[$-411]ggge"年"m"月"d"日"(aaa) hh:mm',
};

/** 文字列の表示形式 (written for every non-empty string cell, whatever its column; see excel-grid.ts). */
export const TEXT_FORMAT = numberFormats.text;

/**
 * The column's format with words in front, for a conditional format whose rule a date would otherwise show
 * by colour only (JIS X 8341-3 / WCAG 1.4.1: 「期限超過」 is read, not only seen as red). The locale tag
 * ([$-411]) stays first, as Excel writes it.
 * @example markedFormat(numberFormats.date, '期限超過') //=> '[$-411]"期限超過 "ggge"年"m"月"d"日"(aaa)'
 */
export function markedFormat(format: string, mark: string): string {
  const locale = /^\[\$-[0-9A-Fa-f]+\]/.exec(format)?.[0] ?? '';
  return `${locale}"${mark.replaceAll('"', '')} "${format.slice(locale.length)}`;
}

/**
 * How Excel would display a value in one of our formats (preview workbook, tests).
 * @example displayValue(46220.75, numberFormats.datetime) //=> '令和8年7月17日(金) 18:00'
 */
export function displayValue(value: CellValue, format: string): string {
  if (typeof value !== 'number') return value === '' ? '' : String(value);
  if (format === numberFormats.date) return formatWareki(serialToDate(value), { weekday: true });
  if (format === numberFormats.datetime) return formatWarekiDateTime(serialToInstant(value));
  return String(value);
}
