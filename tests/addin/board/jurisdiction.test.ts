/**
 * 当省分 in the 質問 sheet: 他省庁 (with the ministry) takes a question out of 未割振り, the 割振り lines to fill and the
 * 期限 sheet; its assignments stay and come back when it is marked 当省 again; filling the column marks a whole list;
 * publish carries the markings as jurisdiction records; an import shows the markings it brings; a word the board does
 * not know is a caution and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';
import { jstInstant } from '../../helpers/dates';

const NOW = '2026-03-02T10:00:00+09:00';
const keys = ['sangiin-221-1', 'sangiin-221-2', 'sangiin-221-3'];

async function boardWithThree() {
  const board = await preparedBoard();
  await board.import(bundleOf([fakeQuestion(1), fakeQuestion(2), fakeQuestion(3)]), NOW);
  const mark = (key: string, word: string, ministry = '') => {
    board.edit(TABLE.questions, 'キー', key, '当省分', word);
    board.edit(TABLE.questions, 'キー', key, '他省庁名', ministry);
  };
  const question = (key: string) => board.rows(TABLE.questions).find((r) => r['キー'] === key)!;
  return { board, mark, question };
}

describe('当省分 (質問 sheet)', () => {
  it('a 他省庁 question leaves 未割振り, the lines to fill and the 期限 sheet; marked 当省 again it comes back', async () => {
    const { board, mark, question } = await boardWithThree();
    const before = await board.recompute(NOW);
    expect(before.summary).toMatchObject({ openQuestions: 3, unassignedItems: 3 });
    expect(new Set(board.rows(TABLE.deadlines).map((r) => r['質問キー']))).toEqual(new Set(keys));

    mark('sangiin-221-2', '他省庁', '国土交通省');
    const plan = await board.recompute(NOW);
    expect(plan.summary).toMatchObject({ openQuestions: 2, unassignedItems: 2 });
    expect(question('sangiin-221-2')).toMatchObject({ '当省分': '他省庁', '他省庁名': '国土交通省', '割振り': '他省庁 (国土交通省)', '状況': '作成中' });
    expect(board.rows(TABLE.deadlines).map((r) => r['質問キー'])).not.toContain('sangiin-221-2');

    mark('sangiin-221-2', '当省・合議');
    const back = await board.recompute(NOW);
    expect(back.summary).toMatchObject({ openQuestions: 3, unassignedItems: 3 });
    expect(question('sangiin-221-2')).toMatchObject({ '当省分': '当省・合議', '他省庁名': '', '割振り': '未割振り 1/1 問' });
  });

  it('filling the column down marks a whole list; publish carries every marking as a jurisdiction record', async () => {
    const { board, mark } = await boardWithThree();
    for (const key of keys) mark(key, '他省庁', '内閣府');
    const recomputed = await board.recompute(NOW);
    expect(recomputed.summary).toMatchObject({ openQuestions: 0, unassignedItems: 0 });
    expect(board.rows(TABLE.assignments).filter((r) => r['局'] === '')).toEqual([]);
    const published = await board.publish('2026-03-02T10:05:00+09:00');
    expect(published.bundle.records.jurisdictions.map((r) => [r.id, r.rev, r.data, r.updatedBy])).toEqual(
      keys.map((k) => [k, 1, { questionKey: k, scope: 'other', ministry: '内閣府' }, '官房総務課']),
    );
    expect(published.bundle.records.milestones.filter((m) => !m.deleted)).toEqual([]);
    // Cleared: 未確認 again, a tombstone at the next 版.
    mark('sangiin-221-1', '');
    const again = await board.publish('2026-03-02T10:10:00+09:00');
    expect(again.bundle.records.jurisdictions.find((r) => r.id === 'sangiin-221-1')).toMatchObject({ rev: 2, deleted: true });
  });

  it('an import shows the markings it brings (the extension’s popup marked them)', async () => {
    const board = await preparedBoard();
    const at = jstInstant(NOW);
    const bundle = bundleOf([fakeQuestion(1), fakeQuestion(2)]);
    bundle.records.jurisdictions = [
      { id: 'sangiin-221-1', rev: 1, updatedAt: at, updatedBy: '官房総務課 山田', deleted: false, data: { questionKey: 'sangiin-221-1', scope: 'own', role: '取りまとめ' } },
      { id: 'sangiin-221-2', rev: 1, updatedAt: at, updatedBy: '官房総務課 山田', deleted: false, data: { questionKey: 'sangiin-221-2', scope: 'other', ministry: '総務省' } },
    ];
    const plan = await board.import(bundle, NOW);
    const rows = board.rows(TABLE.questions);
    expect(rows.map((r) => [r['キー'], r['当省分'], r['他省庁名'], r['割振り']])).toEqual([
      ['sangiin-221-1', '当省・取りまとめ', '', '未割振り 1/1 問'],
      ['sangiin-221-2', '他省庁', '総務省', '他省庁 (総務省)'],
    ]);
    expect(plan.summary.unassignedItems).toBe(1);
    expect(board.rows(TABLE.assignments).map((r) => r['質問キー'])).toEqual(['sangiin-221-1']);
  });

  it('a word the board does not know, or 他省庁 without a name, is a caution and keeps the last marking', async () => {
    const { board, mark, question } = await boardWithThree();
    mark('sangiin-221-1', '他省庁', '厚生省');
    await board.recompute(NOW);
    mark('sangiin-221-1', '他省');
    await board.recompute(NOW);
    expect(question('sangiin-221-1')['注意']).toContain('当省分「他省」は使えません');
    expect(question('sangiin-221-1')['当省分']).toBe('他省');
    mark('sangiin-221-2', '他省庁', '');
    await board.recompute(NOW);
    expect(question('sangiin-221-2')['注意']).toContain('当省分が「他省庁」のときは他省庁名を入力してください。');
    expect(question('sangiin-221-2')['割振り']).toBe('未割振り 1/1 問');
  });

  it('shows where each 状況 came from', async () => {
    const { board, question } = await boardWithThree();
    await board.recompute(NOW);
    expect(question('sangiin-221-1')['状況の出所']).toBe('取り込んだページの日付');
  });
});
