/** runExcel on office-addin-mock: API-set check, retry while the user edits a cell, Japanese errors. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExcelHostError } from '../../../addin/board/board-errors';
import { REQUIRED_EXCEL_API, cellEditRetry, resetExcelCheck, runExcel } from '../../../addin/excel/run-excel';
import { type FakeExcel, createFakeExcel } from './fake-excel';

let excel: FakeExcel;
beforeEach(() => {
  resetExcelCheck();
});
afterEach(() => {
  vi.useRealTimers();
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('runExcel', () => {
  it('returns the batch result (Excel.run must pass it through)', async () => {
    excel = createFakeExcel();
    excel.install();
    const names = await runExcel(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
    expect(names).toEqual([]);
    expect(excel.syncs).toBe(1);
  });

  it('retries while Excel is in cell-edit mode, then succeeds', async () => {
    vi.useFakeTimers();
    excel = createFakeExcel();
    excel.install();
    excel.addSheet('割振り');
    excel.failNextSyncs(2);
    const result = runExcel(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.length;
    });
    await vi.advanceTimersByTimeAsync(cellEditRetry.delayMs * 3);
    expect(await result).toBe(1);
    expect(excel.runs).toBe(3);
  });

  it('gives up after the configured attempts with a Japanese message', async () => {
    vi.useFakeTimers();
    excel = createFakeExcel();
    excel.install();
    excel.failNextSyncs(cellEditRetry.attempts + 1);
    const result = runExcel(async (context) => { await context.sync(); });
    const check = expect(result).rejects.toThrow(/Excel が処理できませんでした \(InvalidOperationInCellEditMode/);
    await vi.advanceTimersByTimeAsync(cellEditRetry.delayMs * (cellEditRetry.attempts + 1));
    await check;
    expect(excel.runs).toBe(cellEditRetry.attempts);
  });

  it('does not retry other Excel errors, and wraps them in ExcelHostError', async () => {
    excel = createFakeExcel();
    excel.install();
    excel.failNextSyncs(1, 'AccessDenied');
    await expect(runExcel(async (context) => { await context.sync(); })).rejects.toBeInstanceOf(ExcelHostError);
    expect(excel.runs).toBe(1);
  });

  it('refuses an Excel without the required API set, in Japanese, before running anything', async () => {
    excel = createFakeExcel({ apiSupported: false });
    excel.install();
    await expect(runExcel(async () => 1)).rejects.toThrow(`この Excel は ExcelApi ${REQUIRED_EXCEL_API} に対応していません`);
    expect(excel.runs).toBe(0);
  });

  it('lets the board’s own named errors through unchanged', async () => {
    excel = createFakeExcel();
    excel.install();
    class PlanError extends Error { override name = 'PlanError'; }
    await expect(runExcel(async () => { throw new PlanError('計画の誤り'); })).rejects.toBeInstanceOf(PlanError);
  });
});
