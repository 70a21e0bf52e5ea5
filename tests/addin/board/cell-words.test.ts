/**
 * Word columns (tables/cell-words.ts): each value's word reads back as that value, cells are read trimmed, other
 * text is not a value, and every dropdown of the board offers exactly the words its column reads.
 */
import { describe, expect, it } from 'vitest';
import { wordCodec } from '../../../addin/board/sheet/word-codec';
import {
  attendanceWords, calendarKindWords, houseWords, jurisdictionWords, leadAnchorWords, ledgerKindWords, noticeStageWords, roleWords, sessionKindWords,
  sittingStateWords, stateWords, yesNoWords,
} from '../../../addin/board/tables/cell-words';
import { bureauTable, workbookTables } from '../../../addin/board/tables/workbook-tables';

describe('cell words', () => {
  it('write then read gives the value back, for every value of every word column', () => {
    const cases: [{ write(v: never): string; read(c: string): unknown }, readonly unknown[]][] = [
      [yesNoWords, [true, false]],
      [leadAnchorWords, ['transfer', 'cabinet']],
      [calendarKindWords, ['added', 'removed', 'closed']],
      [houseWords, ['shugiin', 'sangiin']],
      [roleWords, ['執筆', '合議', 'メモ出し']],
      [stateWords, ['proposed', 'accepted', 'objected', 'final']],
      [ledgerKindWords, ['standby', 'overtime']],
      [sittingStateWords, ['予定', 'セット済み', '開会確定', '中止']],
      [noticeStageWords, ['通告待ち', '要旨のみ', '問取り中', '問取り完了', '当省なし']],
      [attendanceWords, [true, false]],
    ];
    for (const [codec, values] of cases) for (const v of values) expect(codec.read(codec.write(v as never))).toBe(v);
  });

  it('writes the words coordinators type (○/×, 転送日/閣議, 衆議院, 仮割振り, 超勤)', () => {
    expect([yesNoWords.write(true), yesNoWords.write(false)]).toEqual(['○', '×']);
    expect([leadAnchorWords.write('transfer'), leadAnchorWords.write('cabinet')]).toEqual(['転送日', '閣議']);
    expect(houseWords.write('sangiin')).toBe('参議院');
    expect(stateWords.write('proposed')).toBe('仮割振り');
    expect(ledgerKindWords.write('overtime')).toBe('超勤');
    expect(calendarKindWords.words).toEqual(['臨時閣議', '閣議なし', '閉庁日']);
  });

  it('reads a cell trimmed; blank, unknown text and numbers are not a value', () => {
    expect(yesNoWords.read(' × ')).toBe(false);
    expect(leadAnchorWords.read('閣議　')).toBe('cabinet');
    expect(yesNoWords.read('')).toBeUndefined();
    expect(yesNoWords.read('x')).toBeUndefined();
    expect(yesNoWords.read(undefined)).toBeUndefined();
    expect(leadAnchorWords.read(1)).toBeUndefined();
  });

  it('refuses a word list where two values share a word', () => {
    expect(() => wordCodec([['a', '同じ'], ['b', '同じ']])).toThrow('語の対応が重複しています');
  });

  it('offers as each dropdown exactly the words of its column', () => {
    const lists = new Map(workbookTables.flatMap((t) => t.columns.flatMap((c) => (c.list?.kind === 'values' ? [[`${t.table}.${c.key}`, c.list.values]] as const : []))));
    expect(Object.fromEntries(lists)).toEqual({
      '割振り表.role': roleWords.words, '割振り表.state': stateWords.words, '開会表.house': houseWords.words, '夕方レク表.minister': yesNoWords.words,
      '待機記録表.kind': ledgerKindWords.words, '局一覧表.otherDirected': yesNoWords.words, '内部締切表.anchor': leadAnchorWords.words,
      '閣議日程表.kind': calendarKindWords.words, '開会表.state': sittingStateWords.words, '通告段階表.stage': noticeStageWords.words,
      '通告段階表.followUp': yesNoWords.words, 'レク出席表.attend': attendanceWords.words, '定例日表.house': houseWords.words,
      '会期表.kind': sessionKindWords.words, '質問表.extensionConfirm': yesNoWords.words,
      '質問表.jurisdiction': jurisdictionWords.words,
    });
    // 不明 is only inferred by the planner: a coordinator cannot choose it.
    expect(noticeStageWords.words).not.toContain('不明');
  });

  it('names the bureau dropdown from the 局一覧 definition (table and header), not from a copied name', () => {
    const fed = workbookTables.flatMap((t) => t.columns.flatMap((c) => (c.list?.kind === 'tableColumn' ? [c.list] : [])));
    expect(fed.length).toBe(3); // 割振り, 待機・超勤 and 当番 (設定)
    const nameHeader = bureauTable.columns.find((c) => c.key === 'name')!.header;
    for (const list of fed) expect({ table: list.table, column: list.column }).toEqual({ table: bureauTable.table, column: nameHeader });
  });
});
