/**
 * @file Excel のセッション試験台 (useExcelSession): a fake Excel (office-addin-mock) installed before each test,
 * a board session on the Excel implementation at a fixed `now`, torn down after; `syncsOf` counts the
 * context.sync calls one piece of work costs. SHOULD ONLY BE IMPORTED IN TESTS.
 */
import { fixedClock } from '@shared/index';
import { jstInstant } from '../../helpers/dates';
import { afterEach, beforeEach, expect } from 'vitest';
import { createExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { resetExcelCheck } from '../../../addin/excel/run-excel';
import { type BoardSession, createBoardSession } from '../../../addin/session/board-session';
import { type FakeExcel, createFakeExcel } from './fake-excel';

/** What a test file uses: the current fake Excel and session (new for every test), and the sync counter. */
export interface ExcelSessionHarness {
  readonly excel: FakeExcel;
  readonly session: BoardSession;
  /** context.sync calls made by `work`; also asserts the session reported no error. */
  syncsOf(work: () => Promise<void>): Promise<number>;
}

/**
 * Registers beforeEach/afterEach for a board session on the fake Excel at `now`.
 * @example const h = useExcelSession('2026-03-02T10:00:00+09:00'); … await h.session.prepare();
 */
export function useExcelSession(now: string): ExcelSessionHarness {
  let excel: FakeExcel;
  let session: BoardSession;
  beforeEach(() => {
    resetExcelCheck();
    excel = createFakeExcel();
    excel.install();
    excel.addSheet('Sheet1');
    session = createBoardSession(createExcelWorkbook(), fixedClock(jstInstant(now)), { debounceMs: 0, countdownRefreshMs: 3_600_000 });
  });
  afterEach(async () => {
    await session.stop();
    delete (globalThis as Record<string, unknown>).Excel;
    delete (globalThis as Record<string, unknown>).Office;
  });
  return {
    get excel() { return excel; },
    get session() { return session; },
    async syncsOf(work) {
      excel.resetCounts();
      await work();
      expect(session.state().error).toBeUndefined();
      return excel.syncs;
    },
  };
}
