/**
 * @file 編集の監視 (watchSheets): registers worksheet onChanged handlers (ExcelApi 1.7) on the sheets the
 * coordinator types in, and returns how to remove them. The board's own writes fire these events too;
 * the session's recompute writes only what changed, so the second round writes nothing and it settles. In a
 * shared (co-authored) workbook another person's edits arrive as events with source 'Remote'; they are reported
 * the same way, so the pane recomputes on them too.
 */
import type { SheetChange } from '../board/sheet/board-workbook';
import { runExcel } from './run-excel';

/**
 * @example const stop = await watchSheets(['割振り'], () => schedule()); … await stop()
 */
export async function watchSheets(sheets: readonly string[], listener: (change: SheetChange) => void): Promise<() => Promise<void>> {
  const handlers = await runExcel(async (context) => {
    const found = sheets.map((name) => ({ name, sheet: context.workbook.worksheets.getItemOrNullObject(name) }));
    await context.sync();
    const added = found
      .filter((f) => !f.sheet.isNullObject)
      .map((f) => f.sheet.onChanged.add(async (event) => {
        listener({ sheet: f.name, address: event.address, source: event.source === 'Remote' ? 'Remote' : 'Local' });
      }));
    await context.sync();
    return added;
  });
  return async () => {
    if (handlers.length === 0) return;
    // Handlers are removed in their own request context (office-js event docs).
    await Excel.run(handlers[0]!.context, async (context) => {
      for (const h of handlers) h.remove();
      await context.sync();
    });
  };
}
