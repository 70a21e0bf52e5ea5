/** 設定 sheet: bureau directory, lead times and 閣議 calendar overrides are data the coordinator edits. */
import { defaultBureaus } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { resolveBureau } from '../../../addin/board/settings/board-settings';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';
import { isoDate, jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');

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

  it('会期表: seeded with 211–221; an edited row drives the 延期 prediction; an unreadable cell is named and that 回次 keeps the built-in row', async () => {
    const board = await preparedBoard();
    expect(board.rows(TABLE.sessions).map((r) => r['回次'])).toEqual([211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221]);
    const q = fakeQuestion(240, { session: 217, transferredOn: isoDate('2025-06-18') });
    await board.import(bundleOf([q], jstInstant('2025-06-18T09:00:00+09:00')), jstInstant('2025-06-18T10:00:00+09:00'));
    expect(board.rows(TABLE.questions)[0]!['延期案']).toBe('');
    // The coordinator enters a shorter 会期 (ends Wed 6/18): the transfer is on its last open day.
    board.edit(TABLE.sessions, '回次', 217, '会期終了日', isoDate('2025-06-18'));
    let result = (await board.recompute(jstInstant('2025-06-18T10:00:00+09:00'))) as { settingsIssues: string[] };
    expect(result.settingsIssues).toEqual([]);
    expect(String(board.rows(TABLE.questions)[0]!['延期案'])).toMatch(/^延期案: 6\/27\(金\) まで \(延期通知は 6\/24\(火\) の閣議\)/);
    // An impossible 召集日: the cell is named, 第217回 goes back to the built-in 会期 (to 6/22), no 延期 predicted.
    board.edit(TABLE.sessions, '回次', 217, '召集日', '令和7年2月30日');
    result = (await board.recompute(jstInstant('2025-06-18T10:00:00+09:00'))) as { settingsIssues: string[] };
    expect(result.settingsIssues).toEqual(['設定シート AL8「召集日」: 「令和7年2月30日」は存在しない日付です。 第217回は既定の会期表を使います。']);
    expect(board.rows(TABLE.questions)[0]!['延期案']).toBe('');
    board.edit(TABLE.sessions, '回次', 217, '種別', '通常会');
    board.edit(TABLE.sessions, '回次', 217, '召集日', isoDate('2025-01-24'));
    result = (await board.recompute(jstInstant('2025-06-18T10:00:00+09:00'))) as { settingsIssues: string[] };
    expect(result.settingsIssues).toEqual(['設定シート AK8「種別」: 種別「通常会」は 常会・臨時会・特別会 のどれでもありません。 第217回は既定の会期表を使います。']);
  });

  it('閣議日程表 is seeded with the irregular 閣議 days seen in the data, each with its source', async () => {
    const board = await preparedBoard();
    expect(board.rows(TABLE.calendar).map((r) => [r['日付'], r['種別']])).toEqual([[45250, '臨時閣議'], [46225, '臨時閣議'], [45251, '閣議なし']]);
    expect(String(board.rows(TABLE.calendar)[0]!['メモ'])).toContain('第212回 42号・43号');
  });
});
