/** watchSheets on office-addin-mock: handlers on existing sheets only, edits reach the listener, removal works. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SheetChange } from '../../../addin/board/sheet/board-workbook';
import { resetExcelCheck } from '../../../addin/excel/run-excel';
import { watchSheets } from '../../../addin/excel/watch-sheets';
import { type FakeExcel, createFakeExcel } from './fake-excel';

let excel: FakeExcel;
beforeEach(() => {
  resetExcelCheck();
  excel = createFakeExcel();
  excel.install();
  excel.addSheet('割振り');
  excel.addSheet('設定');
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('watchSheets', () => {
  it('registers onChanged on the sheets that exist (2 syncs) and reports edits with sheet and address', async () => {
    const changes: SheetChange[] = [];
    await watchSheets(['割振り', '設定', 'まだ無いシート'], (c) => changes.push(c));
    expect(excel.syncs).toBe(2);
    expect(excel.sheets.get('割振り')!.handlers).toHaveLength(1);
    expect(excel.sheets.get('設定')!.handlers).toHaveLength(1);
    await excel.edit('割振り', 1, 4, '医政局');
    expect(changes).toEqual([{ sheet: '割振り', address: 'R2C5', source: 'Local' }]);
  });

  it('reports a co-author\'s edit of a shared workbook as a remote change', async () => {
    const changes: SheetChange[] = [];
    await watchSheets(['割振り'], (c) => changes.push(c));
    await excel.edit('割振り', 1, 4, '保険局', 'Remote');
    expect(changes).toEqual([{ sheet: '割振り', address: 'R2C5', source: 'Remote' }]);
  });

  it('stops listening when the returned function is called', async () => {
    const changes: SheetChange[] = [];
    const stop = await watchSheets(['割振り'], (c) => changes.push(c));
    await stop();
    expect(excel.sheets.get('割振り')!.handlers).toHaveLength(0);
    await excel.edit('割振り', 1, 4, '医政局');
    expect(changes).toEqual([]);
  });

  it('does nothing (and needs no removal) when none of the sheets exist yet', async () => {
    const stop = await watchSheets(['質問'], () => undefined);
    await stop();
    expect(excel.runs).toBe(1);
  });
});
