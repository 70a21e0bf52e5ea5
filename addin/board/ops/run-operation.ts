/**
 * @file 作業の実行 (runOperation): one plan-* operation as one workbook batch — read every board table, run the
 * pure plan, write its writes, hand back the whole plan. The one adapter between the operations and BoardWorkbook.
 */
import type { BatchProgress, BoardWorkbook } from '../sheet/board-workbook';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { boardTables } from './board-state';

/**
 * Runs `operation` on a snapshot of the board tables and writes what it returns.
 * @example const plan = await runOperation(workbook, (snapshot) => planRecompute(snapshot, now))
 */
export function runOperation<P extends { writes: TableWrite[] }>(
  workbook: BoardWorkbook, operation: (snapshot: WorkbookSnapshot) => P, onProgress?: (progress: BatchProgress) => void,
): Promise<P> {
  return workbook.batch(boardTables, (snapshot) => {
    const plan = operation(snapshot);
    return { writes: plan.writes, result: plan };
  }, onProgress);
}
