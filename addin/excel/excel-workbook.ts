/** @file Excel のブック (createExcelWorkbook): the BoardWorkbook port implemented with Excel.run (addin/excel/). */
import type { BoardWorkbook } from '../board/sheet/board-workbook';
import { prepareWorkbook } from './prepare-workbook';
import { runBoardBatch } from './run-board-batch';
import { watchSheets } from './watch-sheets';

/** @example const session = createBoardSession(createExcelWorkbook(), systemClock) */
export function createExcelWorkbook(): BoardWorkbook {
  return { kind: 'excel', prepare: prepareWorkbook, batch: runBoardBatch, watch: watchSheets };
}
