/**
 * readStandDownSettings: the 設定 sheet's 定例日表 and 当番表 → the shared StandDownRules and DutyRota
 * (shared/evening/RULES.md §9.2, §9.4); the seeded 定例日 read back as the product's defaults; a bad cell named in
 * Japanese with its address (定例日表 from AN, 当番表 from AJ), the safer reading kept where the row is partly readable.
 */
import { defaultBureaus, defaultEveningRules, defaultStandDownRules } from '@shared/index';
import { describe, expect, it } from 'vitest';
import type { CellValue } from '../../../addin/board/sheet/cell-value';
import { readStandDownSettings } from '../../../addin/board/settings/stand-down-settings';
import type { TableSnapshot } from '../../../addin/board/sheet/table-snapshot';
import { readWeekdays, weekdayText } from '../../../addin/board/tables/weekday-words';
import { TABLE, dutyTable, regularSittingTable } from '../../../addin/board/tables/workbook-tables';

const table = (def: typeof dutyTable | typeof regularSittingTable, rows: CellValue[][]): TableSnapshot => ({ headers: def.columns.map((c) => c.header), rows });
const read = (regular: CellValue[][] | undefined, duty: CellValue[][] = []) => {
  const issues: string[] = [];
  const snapshot = new Map<string, TableSnapshot>([[TABLE.duty, table(dutyTable, duty)]]);
  if (regular) snapshot.set(TABLE.regularSittings, table(regularSittingTable, regular));
  return { ...readStandDownSettings(snapshot, defaultBureaus, defaultEveningRules, issues), issues };
};

describe('定例日表', () => {
  it('seeds the product’s 定例日 and reads them back as the defaults; a missing table means the defaults', () => {
    const seeded = regularSittingTable.seed!();
    expect(seeded).toEqual([
      ['衆議院', '厚生労働委員会', '水・金', '衆議院厚生労働委員会の定例日 水・金 (議員ブログ 2013・2015)'],
      ['参議院', '厚生労働委員会', '火・木', '参議院厚生労働委員会の定例日 火・木 (議員ブログ 2013・2015)'],
    ]);
    expect(read(seeded)).toMatchObject({ rules: defaultStandDownRules, issues: [] });
    expect(read(undefined).rules).toEqual(defaultStandDownRules);
    // The coordinator may remove every 定例日 (out of session).
    expect(read([]).rules.regularSittings).toEqual([]);
  });

  it('reads weekdays written in several ways', () => {
    expect(readWeekdays('水曜・金曜日')).toEqual({ weekdays: [3, 5], unknown: [] });
    expect(readWeekdays('火、木 月')).toEqual({ weekdays: [1, 2, 4], unknown: [] });
    expect(weekdayText([5, 3])).toBe('水・金');
  });

  it('names a bad cell: an unknown 院 counts for both houses, unreadable weekdays leave the row out', () => {
    const { rules, issues } = read([
      ['衆院', '厚生労働委員会', '水', ''],
      ['参議院', '予算委員会', '週2回', ''],
      ['参議院', '', '火', ''],
      ['', '決算委員会', '月・X', '出典'],
    ]);
    expect(rules.regularSittings).toEqual([
      { committee: '厚生労働委員会', weekdays: [3], source: '' },
      { committee: '決算委員会', weekdays: [1], source: '出典' },
    ]);
    expect(issues).toEqual([
      '設定シート AU2「院」: 院「衆院」は 衆議院 か 参議院 です。両院の定例日として扱います。',
      '設定シート AW3「曜日」: 曜日「週2回」を読み取れません (「水・金」のように漢字 1 字で)。この行は使いません。',
      '設定シート AV4「委員会」: 委員会名がありません。この行は使いません。',
      '設定シート AW5「曜日」: 曜日でない文字「X」を無視しました。',
    ]);
  });
});

describe('当番表', () => {
  it('reads N named people per bureau from a time (blank = 終業)', () => {
    const { duty, issues } = read(undefined, [['年金局', '山田、佐藤', '18:15'], ['医政局', '鈴木', ''], ['保険局', '高橋・伊藤', 0.8125]]);
    expect(duty).toEqual([
      { bureau: 'nenkin', people: ['山田', '佐藤'], from: '18:15' },
      { bureau: 'isei', people: ['鈴木'], from: '18:15' },
      { bureau: 'hoken', people: ['高橋', '伊藤'], from: '19:30' },
    ]);
    expect(issues).toEqual([]);
  });

  it('names a bad cell and leaves that bureau without 当番 (it waits whole: the safe side)', () => {
    const { duty, issues } = read(undefined, [['総務局', '山田', '18:15'], ['年金局', '', '18:15'], ['医政局', '鈴木', '夜'], ['保険局', '高橋', '18:15'], ['保険局', '伊藤', '19:00']]);
    expect(duty).toEqual([{ bureau: 'hoken', people: ['高橋'], from: '18:15' }]);
    expect(issues).toEqual([
      '設定シート AQ2「局名」: 局「総務局」は局一覧にありません。 この行の当番は使いません。',
      '設定シート AR3「当番」: 当番の氏名を「、」で区切って入力してください。 この行の当番は使いません。',
      '設定シート AS4「開始」: 「夜」は時刻 (HH:MM) ではありません。 この行の当番は使いません。',
      '設定シート AQ6「局名」: 保険局の当番が 2 行あります。上の行を使います。 この行の当番は使いません。',
    ]);
  });
});
