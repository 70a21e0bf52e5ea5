/**
 * planRecompute: editing bureau / role / state in 割振り recomputes deadlines and status; unknown bureaus are
 * flagged in Japanese, never accepted; the 60-minute 異議 countdown; 取りまとめ derived.
 */
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';
import { jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');
const three = () => fakeQuestion(1, { items: [{ label: '一', text: 'a' }, { label: '二', text: 'b' }, { label: '三', text: 'c' }] });

async function boardWithThreeItems() {
  const board = await preparedBoard();
  await board.import(bundleOf([three()]), NOW);
  const row = (item: string) => board.rows(TABLE.assignments).findIndex((r) => r['問'] === item);
  const set = (item: string, header: string, value: string) => board.wb.edit(TABLE.assignments, row(item), header, value);
  const get = (item: string) => board.rows(TABLE.assignments)[row(item)]!;
  return { board, set, get };
}

describe('planRecompute', () => {
  it('fills role 執筆 and state 仮割振り when only a bureau is chosen, and starts the 60-minute 異議 window', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '医政局');
    const plan = await board.recompute(NOW);
    expect(get('一')).toMatchObject({
      '局': '医政局', '役割': '執筆', '状態': '仮割振り', '異議まで': 'あと 60 分',
      '仮割振り': instantToSerial(NOW), '異議期限': instantToSerial(jstInstant('2026-03-02T11:00:00+09:00')),
    });
    expect(String(get('一')['割振りID'])).toBe('as-sangiin-221-1#一-1');
    expect(plan.summary.objections).toEqual([{ row: 2, questionKey: 'sangiin-221-1', itemLabel: '一', bureau: '医政局', until: '2026-03-02T11:00:00+09:00', minutesLeft: 60 }]);
    const later = await board.recompute('2026-03-02T10:42:00+09:00');
    expect(get('一')['異議まで']).toBe('あと 18 分');
    expect(later.summary.objections[0]!.minutesLeft).toBe(18);
    await board.recompute('2026-03-02T11:05:00+09:00');
    expect(get('一')['異議まで']).toBe('異議期間終了');
  });

  it('accepts a bureau by its id and writes its name; 了承 ends the countdown and records when', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', 'hoken');
    set('一', '状態', '了承');
    await board.recompute(NOW);
    expect(get('一')).toMatchObject({ '局': '保険局', '状態': '了承', '異議まで': '', '決定': instantToSerial(NOW) });
  });

  it('決定 is never earlier than 仮割振り: both stamped at the minute; a line given another bureau after its decision is decided again', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '医政局');
    set('一', '状態', '確定');
    await board.recompute('2026-03-02T10:00:40+09:00');
    expect(get('一')).toMatchObject({ '仮割振り': instantToSerial(NOW), '決定': instantToSerial(NOW) });
    await board.publish('2026-03-02T10:05:00+09:00');
    set('一', '局', '保険局');
    await board.recompute('2026-03-02T10:20:10+09:00');
    const at = instantToSerial(jstInstant('2026-03-02T10:20:00+09:00'));
    expect(get('一')).toMatchObject({ '局': '保険局', '仮割振り': at, '決定': at });
    expect(Number(get('一')['決定'])).toBeGreaterThanOrEqual(Number(get('一')['仮割振り']));
  });

  it('flags an unknown bureau with a Japanese message and never accepts it', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '総務局');
    const plan = await board.recompute(NOW);
    expect(get('一')['確認']).toBe('局「総務局」は局一覧 (設定シート) にありません。');
    expect(get('一')['取りまとめ']).toBe('');
    expect(plan.summary.issues).toEqual([{ row: 2, questionKey: 'sangiin-221-1', itemLabel: '一', message: '局「総務局」は局一覧 (設定シート) にありません。' }]);
    expect(plan.summary.unassignedItems).toBe(3);
    expect(board.rows(TABLE.questions)[0]!['割振り']).toBe('未割振り 3/3 問');
  });

  it('flags an unknown role or state, and a second row for the same 問, bureau and role', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '医政局');
    set('一', '役割', '監修');
    set('二', '局', '医政局');
    set('二', '状態', '保留');
    await board.recompute(NOW);
    expect(get('一')['確認']).toBe('役割「監修」は使えません (執筆・合議・メモ出し)。');
    expect(get('二')['確認']).toBe('状態「保留」は使えません (仮割振り・了承・異議あり・確定)。');
    board.wb.edit(TABLE.assignments, 0, '役割', '執筆');
    board.wb.duplicateRow(TABLE.assignments, 0);
    await board.recompute(NOW);
    const rows = board.rows(TABLE.assignments);
    expect(rows[1]!['確認']).toBe('同じ問・局・役割の行が重複しています。');
    expect(rows[1]!['割振りID']).not.toBe(rows[0]!['割振りID']);
  });

  it('derives 取りまとめ: the bureau drafting most 問 (合議 and メモ出し do not count), ties to the earliest', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '医政局');
    set('二', '局', '保険局');
    set('三', '局', '保険局');
    board.wb.duplicateRow(TABLE.assignments, 0);
    board.wb.edit(TABLE.assignments, 1, '局', '保険局');
    board.wb.edit(TABLE.assignments, 1, '役割', '合議');
    await board.recompute(NOW);
    expect(board.rows(TABLE.questions)[0]!['取りまとめ局']).toBe('保険局');
    expect(get('二')['取りまとめ']).toBe('◎');
    expect(get('一')['取りまとめ']).toBe('');
    set('三', '局', '医政局');
    await board.recompute(NOW);
    expect(board.rows(TABLE.questions)[0]!['取りまとめ局']).toBe('医政局');
    expect(board.rows(TABLE.questions)[0]!['割振り']).toBe('割振り済み 3 問');
  });

  it('a new bureau restarts the 60-minute window', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '医政局');
    await board.recompute(NOW);
    await board.recompute('2026-03-02T10:30:00+09:00');
    set('一', '局', '保険局');
    // The store only knows assignments once published or imported; publish records the first choice.
    await board.publish('2026-03-02T10:31:00+09:00');
    set('一', '局', '医政局');
    await board.recompute('2026-03-02T10:40:00+09:00');
    expect(get('一')['異議期限']).toBe(instantToSerial(jstInstant('2026-03-02T11:40:00+09:00')));
  });

  it('shows each open question’s next internal deadline and lists every milestone, soonest first', async () => {
    const { board, set, get } = await boardWithThreeItems();
    set('一', '局', '医政局');
    await board.recompute(NOW);
    expect(get('一')).toMatchObject({ '次の締切': '割振り確定', '締切日時': instantToSerial(jstInstant('2026-03-02T17:00:00+09:00')) });
    const deadlines = board.rows(TABLE.deadlines);
    expect(deadlines.map((r) => [r['締切'], r['残り']])).toEqual([
      ['割振り確定', 'あと 7 時間'], ['原案', 'あと 1 日 8 時間'], ['合議了', 'あと 2 日 8 時間'], ['法制局説明', 'あと 3 日 1 時間'], ['閣議請議', 'あと 3 日 2 時間'],
    ]);
    expect(deadlines[0]!['担当局']).toBe('医政局');
    expect(board.rows(TABLE.questions)[0]).toMatchObject({ '目標閣議': 46087, '答弁期限': 46087, '状況': '作成中' });
  });

  it('writes only what changed: a second recompute at the same moment writes nothing', async () => {
    const { board, set } = await boardWithThreeItems();
    set('一', '局', '医政局');
    const first = await board.recompute(NOW);
    expect(first.writes.length).toBeGreaterThan(0);
    const second = await board.recompute(NOW);
    expect(second.writes).toEqual([]);
  });
});
