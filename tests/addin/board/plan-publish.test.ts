/** planPublish: the assignment bundle bureaus read — validated, with revision and time; unaccepted lines left out. */
import { bureauView, parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';
import { jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');

async function assigned() {
  const board = await preparedBoard();
  await board.import(bundleOf([fakeQuestion(1, { items: [{ label: '一', text: 'a' }, { label: '二', text: 'b' }] })]), NOW);
  board.wb.edit(TABLE.assignments, 0, '局', '医政局');
  board.wb.edit(TABLE.assignments, 1, '局', '総務局');
  await board.recompute(NOW);
  return board;
}

describe('planPublish', () => {
  it('publishes a bundle any extension accepts, stamped with the next revision and the time', async () => {
    const board = await assigned();
    const plan = await board.publish('2026-03-02T10:05:00+09:00');
    const bundle = parseBundle(plan.text);
    expect(bundle).toMatchObject({ producer: 'addin:官房総務課', producedAt: '2026-03-02T10:05:00+09:00', revision: 1 });
    expect(plan.fileName).toBe('kokkai-assign-202603021005-r1.json');
    expect(board.rows(TABLE.general).map((r) => [r['項目'], r['値']])).toEqual([
      ['配信元', '官房総務課'], ['配信版', '1'], ['最終配信', '令和8年3月2日(月) 10:05'], ['担当者', ''],
    ]);
    expect((await board.publish('2026-03-02T10:20:00+09:00')).bundle.revision).toBe(2);
  });

  it('leaves out a line with an unknown bureau and says so', async () => {
    const board = await assigned();
    const plan = await board.publish(NOW);
    expect(plan.bundle.records.assignments.map((a) => a.data!.bureau)).toEqual(['isei']);
    expect(plan.skipped.map((s) => s.message)).toEqual(['局「総務局」は局一覧 (設定シート) にありません。']);
  });

  it('carries the questions and the computed milestones, so a bureau sees its deadlines', async () => {
    const board = await assigned();
    const { bundle } = await board.publish(NOW);
    expect(bundle.records.questions.map((q) => q.id)).toEqual(['sangiin-221-1']);
    expect(bundle.records.milestones.map((m) => [m.id, m.data!.dueAt])).toEqual([
      ['sangiin-221-1@allocation', '2026-03-02T17:00:00+09:00'],
      ['sangiin-221-1@cabinetRequest', '2026-03-05T12:00:00+09:00'],
      ['sangiin-221-1@concurrence', '2026-03-04T18:00:00+09:00'],
      ['sangiin-221-1@draft', '2026-03-03T18:00:00+09:00'],
      ['sangiin-221-1@legislationBureau', '2026-03-05T11:00:00+09:00'],
    ]);
    const view = bureauView(bundle.records, { id: 'isei', name: '医政局' }, NOW);
    expect(view.rows.map((r) => r.itemLabel)).toEqual(['一']);
  });

  it('bumps the 版 of an edited assignment and leaves a tombstone for a removed one', async () => {
    const board = await assigned();
    const first = await board.publish(NOW);
    const id = first.bundle.records.assignments[0]!.id;
    board.wb.edit(TABLE.assignments, 0, '状態', '確定');
    const second = await board.publish('2026-03-02T10:10:00+09:00');
    expect(second.bundle.records.assignments.find((a) => a.id === id)).toMatchObject({ rev: 2, deleted: false, data: { state: 'final' } });
    expect(second.assignments).toEqual({ created: 0, changed: 1, deleted: 0 });
    board.wb.edit(TABLE.assignments, 0, '局', '');
    const third = await board.publish('2026-03-02T10:20:00+09:00');
    expect(third.bundle.records.assignments.find((a) => a.id === id)).toMatchObject({ rev: 3, deleted: true });
  });
});
