/** planPrepare: where every table, rule and name goes; nothing twice. */
import { describe, expect, it } from 'vitest';
import { planPrepare } from '../../../addin/board/ops/plan-prepare';
import { workbookTables } from '../../../addin/board/tables/workbook-tables';

describe('planPrepare', () => {
  it('plans every sheet once and hides the technical store', () => {
    const plan = planPrepare(workbookTables, { sheets: ['Sheet1'], tables: new Map(), names: [] });
    expect(plan.createSheets).toEqual([
      { name: '質問', hidden: false }, { name: '割振り', hidden: false }, { name: '期限', hidden: false }, { name: '開会', hidden: false },
      { name: '夕方レク', hidden: false }, { name: '待機', hidden: false }, { name: '待機・超勤', hidden: false },
      { name: '通告月報', hidden: false }, { name: '設定', hidden: false }, { name: '_交換記録', hidden: true },
    ]);
    expect(plan.freeze.map((f) => f.sheet)).toEqual(['質問', '割振り', '期限', '開会', '夕方レク', '待機', '待機・超勤', '通告月報', '設定']);
    expect(plan.names).toEqual([{ name: '局名リスト', formula: '=局一覧表[局名]' }]);
  });

  it('writes header rows as text and the 設定 defaults below them', () => {
    const plan = planPrepare(workbookTables, { sheets: [], tables: new Map(), names: [] });
    const bureaus = plan.tables.find((t) => t.definition.table === '局一覧表')!;
    expect(bureaus.create!.values[0]).toEqual(['局ID', '局名', '課', '他律']);
    expect(bureaus.create!.formats[0]).toEqual(['@', '@', '@', '@']);
    expect(bureaus.create!.values[1]).toEqual(['kanbo', '大臣官房', '総務課、人事課、会計課', '○']);
  });

  it('keeps existing tables where the user put them, and does not add an existing name again', () => {
    const tables = new Map([['割振り表', { sheet: '割当', headerRow: 2, headerColumn: 1, headers: ['質問キー', '件名', '問', '局'] }]]);
    const plan = planPrepare(workbookTables, { sheets: ['割当'], tables, names: ['局名リスト'] });
    const placed = plan.tables.find((t) => t.definition.table === '割振り表')!;
    expect(placed).toMatchObject({ sheet: '割当', headerRow: 2, headerColumn: 1 });
    expect(placed.create).toBeUndefined();
    expect(placed.addColumns[0]).toBe('問の要旨');
    expect(plan.names).toEqual([]);
    const bureau = plan.validations.find((v) => v.sheet === '割当')!;
    expect(bureau).toMatchObject({ row: 3, column: 4, source: '=局名リスト', strict: false });
  });
});
