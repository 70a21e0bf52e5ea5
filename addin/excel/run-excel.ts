/**
 * @file Excel.run の唯一の入口 (runExcel): checks the required API set once, runs a batch, and retries
 * when Excel refuses because the user is typing in a cell. Every other excel/ file goes through it.
 */
import { ExcelHostError } from '../board/board-errors';

/**
 * Required API set: data validation (1.8), worksheet onChanged and freeze panes (1.7), conditional
 * formats (1.6). Declared here and in manifest.xml <Requirements>.
 */
export const REQUIRED_EXCEL_API = '1.8';

/**
 * Retry while the user edits a cell: Excel rejects batches with InvalidOperationInCellEditMode until
 * the edit ends (the same quirk Script Lab's tryExcelRun handles). Times are data, not magic numbers.
 */
export const cellEditRetry = { attempts: 8, delayMs: 750 } as const;

let checked = false;

/** Japanese text of an Excel error. */
function excelMessage(error: unknown): string {
  const e = error as { code?: string; message?: string };
  return `Excel が処理できませんでした (${e.code ?? 'エラー'}: ${e.message ?? String(error)})。`;
}

/**
 * Runs one Excel batch. Throws ExcelHostError (Japanese) when the host is too old or Excel fails.
 * @example await runExcel(async (context) => { …; await context.sync(); })
 */
export async function runExcel<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  if (!checked) {
    if (!Office.context.requirements.isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) {
      throw new ExcelHostError(`この Excel は ExcelApi ${REQUIRED_EXCEL_API} に対応していません。Microsoft 365 版の Excel か Excel on the web で開いてください。`);
    }
    checked = true;
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'InvalidOperationInCellEditMode' && attempt < cellEditRetry.attempts) {
        await new Promise((resolve) => setTimeout(resolve, cellEditRetry.delayMs));
        continue;
      }
      if (error instanceof Error && error.name !== 'RichApi.Error' && !code) throw error;
      throw new ExcelHostError(excelMessage(error));
    }
  }
}

/** Forgets the requirement check (tests). */
export function resetExcelCheck(): void {
  checked = false;
}
