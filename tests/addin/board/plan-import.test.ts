/** planImport: upsert by key, the coordinator's columns survive re-import, a report with reasons. */
import { describe, expect, it } from 'vitest';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, itemRecord, preparedBoard } from './board-harness';
import { isoDate, jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');

describe('planImport', () => {
  it('adds one 質問 row per question and one 割振り row per open 問', async () => {
    const board = await preparedBoard();
    const plan = await board.import(bundleOf([fakeQuestion(1), fakeQuestion(2, { items: [{ label: '一', text: 'a' }, { label: '二', text: 'b' }] })]), NOW);
    expect(plan.report.added.map((e) => e.id)).toEqual(['sangiin-221-1', 'sangiin-221-2']);
    expect(board.rows(TABLE.questions).map((r) => r['キー'])).toEqual(['sangiin-221-1', 'sangiin-221-2']);
    expect(board.rows(TABLE.assignments).map((r) => `${r['質問キー']} ${r['問']}`)).toEqual(['sangiin-221-1 一', 'sangiin-221-2 一', 'sangiin-221-2 二']);
    expect(plan.summary).toMatchObject({ openQuestions: 2, openItems: 3, unassignedItems: 3 });
  });

  it('gives a question without 問 one 「全体」 row so it can still be assigned, and takes 問 from separate item records', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1, { items: [] }), fakeQuestion(2, { items: [] })], undefined, { items: [itemRecord('sangiin-221-2', '一', '医師の確保について')] }), NOW);
    expect(board.rows(TABLE.assignments).map((r) => [r['質問キー'], r['問'], r['問の要旨']])).toEqual([
      ['sangiin-221-1', '全体', ''], ['sangiin-221-2', '一', '医師の確保について'],
    ]);
  });

  it('upserts by key: a newer 版 updates the row; the same 版 is reported unchanged', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)]), NOW);
    const same = await board.import(bundleOf([fakeQuestion(1)]), NOW);
    expect(same.report).toMatchObject({ added: [], updated: [], unchanged: 1 });
    const answered = await board.import(bundleOf([fakeQuestion(1, { answeredOn: isoDate('2026-03-06') })], '2026-03-06T10:00:00+09:00', {}, 2), NOW);
    expect(answered.report.updated.map((e) => e.id)).toEqual(['sangiin-221-1']);
    expect(board.rows(TABLE.questions)[0]!['状況']).toBe('答弁済み');
    expect(board.rows(TABLE.questions)).toHaveLength(1);
  });

  it('keeps the coordinator’s assignment, 期限上書き and 備考 when the same questions are imported again', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1), fakeQuestion(2)]), NOW);
    board.edit(TABLE.assignments, '質問キー', 'sangiin-221-1', '局', '保険局');
    board.edit(TABLE.assignments, '質問キー', 'sangiin-221-1', '備考', '課長了解済み');
    board.edit(TABLE.questions, 'キー', 'sangiin-221-2', '期限上書き', 46086);
    board.edit(TABLE.questions, 'キー', 'sangiin-221-2', '備考', '延期の可能性あり');
    await board.recompute(NOW);
    const again = await board.import(bundleOf([fakeQuestion(1, { title: '質問主意書 第1号 (訂正)' }), fakeQuestion(2)], undefined, {}, 2), '2026-03-02T10:30:00+09:00');
    expect(again.report.updated.map((e) => e.id)).toEqual(['sangiin-221-1', 'sangiin-221-2']);
    const a = board.rows(TABLE.assignments).find((r) => r['質問キー'] === 'sangiin-221-1')!;
    expect(a).toMatchObject({ '局': '保険局', '役割': '執筆', '状態': '仮割振り', '備考': '課長了解済み', '件名': '質問主意書 第1号 (訂正)' });
    const q2 = board.rows(TABLE.questions).find((r) => r['キー'] === 'sangiin-221-2')!;
    expect(q2).toMatchObject({ '期限上書き': 46086, '備考': '延期の可能性あり', '答弁期限': 46086 });
  });

  it('refuses records that point at no question or at an unknown bureau, with Japanese reasons, and imports the rest', async () => {
    const board = await preparedBoard();
    const assignment = (id: string, bureau: string) => ({
      id, rev: 1, updatedAt: NOW, updatedBy: '官房総務課', deleted: false,
      data: { id, questionKey: 'sangiin-221-1', itemLabel: '一', bureau, division: '', role: '執筆' as const, state: 'proposed' as const, proposedAt: NOW, by: '', note: '' },
    });
    const plan = await board.import(bundleOf([fakeQuestion(1)], undefined, {
      items: [itemRecord('sangiin-221-99', '一', '孤立した問')],
      assignments: [assignment('as-1', 'isei'), assignment('as-2', '宇宙局')],
    }), NOW);
    expect(plan.report.rejected.map((e) => [e.kindLabel, e.id, e.reason])).toEqual([
      ['問', 'sangiin-221-99#一', '問の質問「sangiin-221-99」がバンドルにもブックにもありません。'],
      ['割振り', 'as-2', '局「宇宙局」は局一覧 (設定シート) にありません。'],
    ]);
    expect(board.rows(TABLE.assignments).map((r) => r['局'])).toEqual(['医政局']);
  });

  it('shows a conflict (same 版, different content) instead of silently picking one', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)]), NOW);
    const plan = await board.import(bundleOf([fakeQuestion(1, { title: '別の件名' })]), NOW);
    expect(plan.report.conflicts).toHaveLength(1);
    expect(plan.report.conflicts[0]!.reason).toMatch(/^同じ版 \(1\) で内容が異なります。ブックの内容を残しました/);
    // The workbook's own version stays (the coordinator's data is never replaced by a same-版 import).
    expect(board.rows(TABLE.questions).map((r) => r['件名'])).toEqual([fakeQuestion(1).title]);
  });

  it('refuses to import into a workbook that was not prepared, in Japanese', async () => {
    const { createPreviewWorkbook } = await import('../../../addin/preview/preview-workbook');
    const { planImport } = await import('../../../addin/board/ops/plan-import');
    const { boardTables } = await import('../../../addin/board/ops/board-state');
    const wb = createPreviewWorkbook();
    await expect(wb.batch(boardTables, (s) => ({ writes: [], result: planImport(s, bundleOf([fakeQuestion(1)]), NOW) })))
      .rejects.toThrow('ブックが準備されていません (質問表・割振り表・期限表・交換記録表 がありません)。「ブックを準備」を押してください。');
  });
});
