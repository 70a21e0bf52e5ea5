/** 設定 sheet: bureau directory, lead times and 閣議 calendar overrides are data the coordinator edits. */
import { defaultBureaus } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { resolveBureau } from '../../../addin/board/settings/board-settings';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';
import { isoDate } from '../../helpers/dates';

const NOW = '2026-03-02T10:00:00+09:00';

describe('設定', () => {
  it('resolves a bureau by 局名 or 局ID, ignoring spaces', () => {
    expect(resolveBureau('医政局', defaultBureaus)?.id).toBe('isei');
    expect(resolveBureau(' 保険局　', defaultBureaus)?.id).toBe('hoken');
    expect(resolveBureau('nenkin', defaultBureaus)?.name).toBe('年金局');
    expect(resolveBureau('文部科学省', defaultBureaus)).toBeUndefined();
  });

  it('a bureau added to 局一覧 becomes assignable at once', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)]), NOW);
    board.wb.edit(TABLE.assignments, 0, '局', '医薬局 (新設)');
    await board.recompute(NOW);
    expect(board.rows(TABLE.assignments)[0]!['確認']).not.toBe('');
    const row = board.rows(TABLE.bureaus).length;
    board.wb.edit(TABLE.bureaus, row, '局ID', 'iyaku-new');
    board.wb.edit(TABLE.bureaus, row, '局名', '医薬局 (新設)');
    await board.recompute(NOW);
    expect(board.rows(TABLE.assignments)[0]!['確認']).toBe('');
  });

  it('a 臨時閣議 on day 7 (a Sunday) becomes the target 閣議', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1, { transferredOn: isoDate('2026-03-02') })]), NOW);
    expect(board.rows(TABLE.questions)[0]!['目標閣議']).toBe(46087); // Fri 2026-03-06
    board.wb.edit(TABLE.calendar, 0, '日付', 46089); // Sun 2026-03-08 (day 7)
    board.wb.edit(TABLE.calendar, 0, '種別', '臨時閣議');
    await board.recompute(NOW);
    expect(board.rows(TABLE.questions)[0]!['目標閣議']).toBe(46089);
  });

  it('reports a bad 設定 row in Japanese and keeps computing with the defaults', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)]), NOW);
    board.wb.edit(TABLE.leadTimes, 1, '時刻', '夕方');
    board.wb.edit(TABLE.calendar, 0, '日付', '来週の水曜');
    board.wb.edit(TABLE.calendar, 0, '種別', '臨時閣議');
    const plan = await board.recompute(NOW);
    expect(plan.settingsIssues).toEqual([
      expect.stringMatching(/^内部締切の設定が正しくないため既定値で計算しています: 3 行目 /),
      expect.stringMatching(/^閣議日程 2 行目を読み取れません: /),
    ]);
    expect(board.rows(TABLE.deadlines)).toHaveLength(5);
  });

  it('edited lead times change the milestones (原案 two working days after 転送)', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1)]), NOW);
    const draft = board.rows(TABLE.leadTimes).findIndex((r) => r['ID'] === 'draft');
    board.wb.edit(TABLE.leadTimes, draft, '執務日数', 2);
    await board.recompute(NOW);
    const row = board.rows(TABLE.deadlines).find((r) => r['締切'] === '原案')!;
    expect(row['残り']).toBe('あと 2 日 8 時間');
  });
});
