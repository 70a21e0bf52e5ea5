/** buildBoard: the 夕方レク sheet shows the bundle's slot records now, and takes planned slots later. */
import { type ExchangeRecord } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { boardTables, readBoardState } from '../../../addin/board/board-state';
import { buildBoard } from '../../../addin/board/build-board';
import { instantToSerial } from '../../../addin/board/excel-serial';
import { TABLE } from '../../../addin/board/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';

const NOW = '2026-03-02T10:00:00+09:00';
const slot = (id: string, startAt: string, itemIds: string[]): ExchangeRecord<'slots'> => ({
  id, rev: 1, updatedAt: NOW, updatedBy: 'scheduler', deleted: false,
  data: { sitting: '厚生労働委員会@2026-03-03', startAt, endAt: startAt.replace(':00:00', ':30:00'), label: `夕方レク ${startAt.slice(11, 16)}`, capacity: 4, itemIds },
});

describe('buildBoard (夕方レク)', () => {
  it('lists the slot records of imported bundles, earliest first', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)], undefined, {
      slots: [slot('slot-1930', '2026-03-02T19:00:00+09:00', []), slot('slot-1830', '2026-03-02T18:00:00+09:00', ['sangiin-221-1#一'])],
    }), NOW);
    expect(board.rows(TABLE.slots).map((r) => [r['枠ID'], r['開始'], r['問']])).toEqual([
      ['slot-1830', instantToSerial('2026-03-02T18:00:00+09:00'), 'sangiin-221-1#一'],
      ['slot-1930', instantToSerial('2026-03-02T19:00:00+09:00'), ''],
    ]);
  });

  it('shows planned slots instead when they are given (the evening planner’s output)', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)], undefined, { slots: [slot('from-bundle', '2026-03-02T18:00:00+09:00', [])] }), NOW);
    const snapshot = await board.wb.batch(boardTables, (s) => ({ writes: [], result: s }));
    const state = readBoardState(snapshot, NOW);
    const view = buildBoard({ ...state, lines: [], now: NOW, slots: [slot('planned', '2026-03-02T18:30:00+09:00', ['sangiin-221-1#一'])] });
    expect(view.slots.map((r) => r.id)).toEqual(['planned']);
  });
});
