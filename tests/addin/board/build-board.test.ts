/** The 夕方レク sheet: slot records of imported bundles for sittings not planned here, the planner's own slots otherwise. */
import { type ExchangeRecord } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeNotice, fakeQuestion, noticeBundle, preparedBoard } from './board-harness';
import { jstInstant } from '../../helpers/dates';

const NOW = '2026-03-02T10:00:00+09:00';
const slot = (id: string, startAt: string, itemIds: string[]): ExchangeRecord<'slots'> => ({
  id, rev: 1, updatedAt: jstInstant(NOW), updatedBy: 'scheduler', deleted: false,
  data: {
    sitting: '厚生労働委員会@2026-03-03', startAt: jstInstant(startAt), endAt: jstInstant(startAt.replace(':00:00', ':30:00')),
    label: `夕方レク ${startAt.slice(11, 16)}`, capacity: 4, itemIds,
  },
});

describe('夕方レク表', () => {
  it('lists the slot records of imported bundles, earliest first', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)], undefined, {
      slots: [slot('slot-1930', '2026-03-02T19:00:00+09:00', []), slot('slot-1830', '2026-03-02T18:00:00+09:00', ['sangiin-221-1#一'])],
    }), NOW);
    expect(board.rows(TABLE.slots).map((r) => [r['枠ID'], r['開始'], r['問']])).toEqual([
      ['slot-1830', instantToSerial(jstInstant('2026-03-02T18:00:00+09:00')), 'sangiin-221-1#一'],
      ['slot-1930', instantToSerial(jstInstant('2026-03-02T19:00:00+09:00')), ''],
    ]);
  });

  it('replaces imported slots of a sitting it plans with the planner’s own (one row set per sitting)', async () => {
    const board = await preparedBoard();
    const sitting = '衆議院厚生労働委員会@2026-06-11 09:00';
    await board.import(noticeBundle([fakeNotice('n-1', '山田太郎', '2026-06-10T10:00:00+09:00', 1)]), '2026-06-10T10:00:00+09:00');
    await board.import(bundleOf([], '2026-06-10T10:00:00+09:00', {
      slots: [{ ...slot('old', '2026-06-10T18:00:00+09:00', []), data: { ...slot('old', '2026-06-10T18:00:00+09:00', []).data!, sitting } }],
    }), '2026-06-10T10:00:00+09:00');
    expect(board.rows(TABLE.slots).map((r) => r['枠ID'])).toEqual([
      `slot:${sitting}:evening-1830`, `slot:${sitting}:evening-1900`, `slot:${sitting}:evening-1930`, `slot:${sitting}:morning-0730`,
    ]);
  });
});
