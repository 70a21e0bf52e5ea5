/**
 * 共同編集のブック (shared workbook, on the fake Excel): a co-author's 実績 arrives as a remote change — the pane
 * recomputes on it (the bureau's release follows) and never writes that cell, not even to reformat it; and the
 * recompute's own writes do not touch any 実績 cell.
 */
import { describe, expect, it } from 'vitest';
import type { TableDefinition } from '../../../addin/board/sheet/table-definition';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE, eveningItemTable, sittingTable } from '../../../addin/board/tables/workbook-tables';
import { fakeNotice, fixedAssignment, noticeBundle } from '../board/board-harness';
import { jstInstant } from '../../helpers/dates';
import { useExcelSession } from './excel-session-harness';

const at = (time: string) => jstInstant(`2026-06-10T${time}:00+09:00`);
const h = useExcelSession('2026-06-10T16:30:00+09:00');
/** A column's index in its table, and on its sheet. */
const index = (def: TableDefinition, header: string) => def.columns.findIndex((c) => c.header === header);
const column = (def: TableDefinition, header: string) => def.anchor.column + index(def, header);
const itemRow = (id: string) => h.excel.table(TABLE.eveningItems).rows.findIndex((r) => r[index(eveningItemTable, '問ID')] === id);
const itemCell = (id: string, header: string) => h.excel.table(TABLE.eveningItems).rows[itemRow(id)]![index(eveningItemTable, header)];
const ACTUALS = ['着手実績', '原案了実績', '課長了実績', '局長了実績'].map((header) => column(eveningItemTable, header));

describe('a shared workbook', () => {
  it('recomputes on a co-author\'s 実績 (a remote change) and never writes a 実績 cell', async () => {
    await h.session.start();
    await h.session.prepare();
    await h.session.importBundle(noticeBundle(
      [fakeNotice('n-yamada', '山田太郎', at('10:00'), 1), fakeNotice('n-suzuki', '鈴木花子', at('11:00'), 1)],
      [fixedAssignment('n-yamada', '問1', 'isei', at('10:30')), fixedAssignment('n-suzuki', '問1', 'hoken', at('11:30'))],
    ), 'テスト');
    await h.excel.edit('開会', 1, column(sittingTable, '質問者'), '山田太郎、鈴木花子');
    await expect.poll(() => itemRow('n-yamada#問1')).toBeGreaterThanOrEqual(0);
    await expect.poll(() => itemCell('n-yamada#問1', '局長了見込み')).not.toBe('');

    h.excel.resetCounts();
    // Another person, in Excel on the web, types 局長了 16:20 for 山田's 問1.
    const sheetRow = 1 + itemRow('n-yamada#問1');
    await h.excel.edit('夕方レク', sheetRow, column(eveningItemTable, '局長了実績'), '16:20', 'Remote');
    await expect.poll(() => itemCell('n-yamada#問1', '局長了見込み')).toBe(instantToSerial(at('16:20')));
    expect(h.session.state().remoteChangeAt).toBe(at('16:30'));
    // Kept as the co-author typed it: no write of this pane reached any 実績 cell.
    expect(itemCell('n-yamada#問1', '局長了実績')).toBe('16:20');
    const touched = h.excel.writes.filter((w) => w.op === 'values' && w.sheet === '夕方レク').flatMap((w) =>
      w.data.flatMap((row, r) => row.flatMap((value, c) => (value !== null && ACTUALS.includes(w.column + c) ? [[w.row + r, w.column + c, value]] : []))));
    expect(touched).toEqual([]);
  });
});
