/** The preview workbook: the BoardWorkbook port in memory, with Excel's storage rules and change events. */
import { describe, expect, it, vi } from 'vitest';
import { TableLayoutChangedError } from '../../../addin/board/board-errors';
import { numberFormats } from '../../../addin/board/sheet/number-formats';
import { TABLE, questionTable, workbookTables } from '../../../addin/board/tables/workbook-tables';
import { PREVIEW_CHUNK_ROWS, createPreviewWorkbook } from '../../../addin/preview/preview-workbook';

const headers = questionTable.columns.map((c) => c.header);

describe('createPreviewWorkbook', () => {
  it('prepares idempotently like Excel: 28 tables and the hidden _交換記録 (store and 報告受付) the first time, nothing new the second', async () => {
    const wb = createPreviewWorkbook();
    const first = await wb.prepare(workbookTables);
    expect(first.createdTables).toHaveLength(28);
    expect(wb.sheets().filter((s) => s.hidden).map((s) => s.name)).toEqual(['_交換記録']);
    const second = await wb.prepare(workbookTables);
    expect(second).toEqual({ createdSheets: [], createdTables: [], keptTables: workbookTables.map((t) => t.table), addedColumns: [] });
    expect(wb.table(TABLE.bureaus)!.rows).toHaveLength(13);
  });

  it('stores formula-like text literally (the quote prefix is consumed), and never a formula', async () => {
    const wb = createPreviewWorkbook();
    await wb.prepare(workbookTables);
    const row = headers.map((h) => (h === '件名' ? '=HYPERLINK("https://evil.example")' : h === 'キー' ? '@SUM(A1)' : ''));
    await wb.batch([TABLE.questions], () => ({ writes: [{ table: TABLE.questions, headers, kinds: questionTable.columns.map((c) => c.kind), rows: [row] }], result: null }));
    const t = wb.table(TABLE.questions)!;
    expect(t.rows[0]![headers.indexOf('件名')]).toBe('=HYPERLINK("https://evil.example")');
    expect(t.rows[0]![headers.indexOf('キー')]).toBe('@SUM(A1)');
    expect(t.formats[0]![headers.indexOf('件名')]).toBe('@');
    expect(t.formats[0]![headers.indexOf('提出日')]).toBe(numberFormats.date);
    expect(t.formulas).toEqual([]);
  });

  it('refuses a write whose columns changed, like Excel', async () => {
    const wb = createPreviewWorkbook();
    await wb.prepare(workbookTables);
    await expect(wb.batch([TABLE.questions], () => ({ writes: [{ table: TABLE.questions, headers: ['キー'], kinds: ['text'], rows: [] }], result: 0 })))
      .rejects.toBeInstanceOf(TableLayoutChangedError);
  });

  it('yields to the page between parts of a long write and reports progress', async () => {
    const wb = createPreviewWorkbook();
    await wb.prepare(workbookTables);
    const rows = Array.from({ length: PREVIEW_CHUNK_ROWS * 2 + 5 }, (_, i) => headers.map((h) => (h === 'キー' ? `k${i}` : '')));
    const progress: number[] = [];
    await wb.batch([TABLE.questions], () => ({ writes: [{ table: TABLE.questions, headers, kinds: questionTable.columns.map((c) => c.kind), rows }], result: null }), (p) => progress.push(p.done));
    expect(progress).toEqual([PREVIEW_CHUNK_ROWS, PREVIEW_CHUNK_ROWS * 2, rows.length]);
    expect(wb.table(TABLE.questions)!.rows).toHaveLength(rows.length);
  });

  it('reports a user’s edit to listeners of that sheet only, and re-renders', async () => {
    const wb = createPreviewWorkbook();
    await wb.prepare(workbookTables);
    const assign = vi.fn();
    const settings = vi.fn();
    const rendered = vi.fn();
    await wb.watch(['割振り'], assign);
    const stop = await wb.watch(['設定'], settings);
    wb.subscribe(rendered);
    wb.edit(TABLE.assignments, 0, '局', '医政局');
    await new Promise((r) => setTimeout(r, 5));
    expect(assign).toHaveBeenCalledWith({ sheet: '割振り', address: 'R2C5', source: 'Local' });
    expect(settings).not.toHaveBeenCalled();
    expect(rendered).toHaveBeenCalled();
    await stop();
    wb.edit(TABLE.bureaus, 0, '局名', '医政局 (改)');
    await new Promise((r) => setTimeout(r, 5));
    expect(settings).not.toHaveBeenCalled();
  });
});
