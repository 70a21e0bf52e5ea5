/** Highlight rules: the Excel formulas 「ブックを準備」 writes and the preview's JS tests agree on the same cases. */
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { highlightRules } from '../../../addin/board/sheet/highlight-rules';
import { jstInstant } from '../../helpers/dates';

const now = instantToSerial(jstInstant('2026-03-02T10:00:00+09:00'));
const at = (instant: string) => instantToSerial(jstInstant(instant));
const which = (value: number | string, ids: (keyof typeof highlightRules)[]) =>
  ids.filter((id) => highlightRules[id].test(value, () => '', now));

describe('highlight rules', () => {
  const instant = ['overdue', 'dueToday', 'dueSoon'] as const;
  it.each([
    ['2026-03-02T09:59:00+09:00', ['overdue']],
    ['2026-03-02T17:00:00+09:00', ['dueToday']],
    ['2026-03-03T09:00:00+09:00', ['dueSoon']],
    ['2026-03-03T18:00:00+09:00', []],
  ])('an instant column at 10:00: %s → %j (mutually exclusive)', (value, expected) => {
    expect(which(at(value), [...instant])).toEqual(expected);
  });

  it('date columns: before today, today, tomorrow', () => {
    const dates = ['dateOverdue', 'dateToday', 'dateTomorrow'] as const;
    expect(which(46082, [...dates])).toEqual(['dateOverdue']);
    expect(which(46083, [...dates])).toEqual(['dateToday']);
    expect(which(46084, [...dates])).toEqual(['dateTomorrow']);
    expect(which('', [...dates])).toEqual([]);
  });

  it('writes Excel formulas relative to the first data cell, with NOW()/TODAY() (JST on the office PC)', () => {
    expect(highlightRules.overdue.formula('L2', (k) => k)).toBe('=AND(ISNUMBER(L2),L2<NOW())');
    expect(highlightRules.dueSoon.formula('L2', (k) => k)).toBe('=AND(ISNUMBER(L2),INT(L2)>TODAY(),L2-NOW()<=1)');
    expect(highlightRules.rowFlagged.formula('E2', () => '$M2')).toBe('=LEN(TRIM($M2))>0');
  });

  it('labels are Japanese', () => {
    expect(Object.values(highlightRules).map((r) => r.label)).toEqual([
      '期限超過', '本日期限', '24時間以内', '期限超過', '本日期限', '24時間以内', '要確認', '要確認', '局から異議',
      '朝レクに回る', 'レク枠なし', '待機中', '解除可 (未確定)', '待機解除済み', '呼び戻し', '上限に接近', '上限超過',
    ]);
  });
});
