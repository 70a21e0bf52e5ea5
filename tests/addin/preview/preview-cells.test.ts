/** What the preview grid shows: 和暦 dates, highlights, and the editors of the coordinator's columns. */
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE, workbookTables } from '../../../addin/board/tables/workbook-tables';
import { dateFromInput, dateInputValue, previewCells } from '../../../addin/preview/preview-cells';
import { createPreviewWorkbook } from '../../../addin/preview/preview-workbook';
import { bundleOf, fakeQuestion, preparedBoard } from '../board/board-harness';
import { jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');

describe('previewCells', () => {
  it('shows dates in 和暦, highlights due cells, and offers dropdowns where Excel has them', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)]), NOW);
    board.wb.edit(TABLE.assignments, 0, '局', '総務局');
    await board.recompute(NOW);
    const values = (table: string, header: string) => board.rows(table).map((r) => String(r[header]));
    const view = previewCells(board.wb.table(TABLE.assignments)!, values, instantToSerial(NOW));
    const cell = (header: string) => view.rows[0]![view.columns.findIndex((c) => c.header === header)]!;
    expect(cell('締切日時')).toMatchObject({ text: '令和8年3月2日(月) 17:00', highlight: { label: '本日期限' } });
    expect(cell('局')).toMatchObject({ text: '総務局', highlight: { label: '要確認' }, input: { kind: 'text' } });
    expect((cell('局').input as { suggestions: readonly string[] }).suggestions).toContain('医政局');
    expect(cell('役割').input).toEqual({ kind: 'select', options: ['執筆', '合議', 'メモ出し'] });
    expect(cell('件名').input).toBeUndefined();
    expect(view.columns.find((c) => c.header === '局')).toMatchObject({ editable: true, width: 110 });
  });

  it('edits dates as dates (Excel serials)', async () => {
    const wb = createPreviewWorkbook();
    await wb.prepare(workbookTables);
    expect(dateFromInput('2026-03-10')).toBe(46091);
    expect(dateInputValue(46091)).toBe('2026-03-10');
    expect(dateFromInput('')).toBe('');
  });
});
