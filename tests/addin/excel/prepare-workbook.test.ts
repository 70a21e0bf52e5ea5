/** prepareWorkbook on office-addin-mock: sheets, tables, defaults, names, dropdowns, highlights; idempotent. */
import { defaultBureaus } from '@shared/index';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RULE_ROWS } from '../../../addin/board/ops/plan-prepare';
import { TABLE, assignmentTable, bureauTable, questionTable, workbookTables } from '../../../addin/board/tables/workbook-tables';
import { TABLE_STYLE, prepareWorkbook } from '../../../addin/excel/prepare-workbook';
import { resetExcelCheck } from '../../../addin/excel/run-excel';
import { type FakeExcel, createFakeExcel } from './fake-excel';

let excel: FakeExcel;
beforeEach(() => {
  resetExcelCheck();
  excel = createFakeExcel();
  excel.install();
  excel.addSheet('Sheet1');
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

const columnOf = (header: string) => assignmentTable.columns.findIndex((c) => c.header === header);

describe('prepareWorkbook', () => {
  it('creates every sheet and table with its headers in 3 syncs', async () => {
    const report = await prepareWorkbook(workbookTables);
    expect(excel.syncs).toBe(3);
    expect(report.createdSheets).toEqual(['質問', '割振り', '期限', '開会', '夕方レク', '待機', '待機・超勤', '通告月報', '設定', '_交換記録']);
    expect(report.createdTables).toEqual(workbookTables.map((t) => t.table));
    for (const def of workbookTables) {
      const t = excel.table(def.table);
      expect(t.sheet).toBe(def.sheet);
      expect(t.headers).toEqual(def.columns.map((c) => c.header));
      expect(t.style).toBe(TABLE_STYLE);
    }
    expect([...excel.sheets.keys()]).toContain('Sheet1');
    expect(excel.sheets.get('_交換記録')!.visibility).toBe('Hidden');
  });

  it('writes the 設定 defaults: the ministry’s bureaus, lead times, producer', async () => {
    await prepareWorkbook(workbookTables);
    const bureaus = excel.table(TABLE.bureaus);
    expect(bureaus.rows.map((r) => r[1])).toEqual(defaultBureaus.map((b) => b.name));
    expect(excel.table(TABLE.leadTimes).rows.map((r) => r[1])).toEqual(['割振り確定', '原案', '合議了', '法制局説明', '閣議請議']);
    expect(excel.table(TABLE.general).rows[0]).toEqual(['配信元', '官房総務課']);
    // Side-by-side tables on 設定 do not overlap.
    expect(excel.table(TABLE.leadTimes).headerColumn).toBeGreaterThanOrEqual(bureauTable.columns.length);
    // …nor do any two tables of one sheet (夕方レク, 待機・超勤, 設定 hold several).
    for (const a of workbookTables) {
      for (const b of workbookTables) {
        if (a === b || a.sheet !== b.sheet) continue;
        const [left, right] = a.anchor.column < b.anchor.column ? [a, b] : [b, a];
        expect(left.anchor.column + left.columns.length, `${left.table} / ${right.table}`).toBeLessThan(right.anchor.column);
      }
    }
  });

  it('adds dropdowns: 局 from the live 局一覧 (warning), 役割 and 状態 from fixed lists (stop)', async () => {
    await prepareWorkbook(workbookTables);
    expect(excel.names.get('局名リスト')).toBe('=局一覧表[局名]');
    const validations = excel.sheets.get('割振り')!.validations;
    const at = (header: string) => validations.find((v) => v.column === columnOf(header))!;
    expect(at('局').rule).toEqual({ list: { inCellDropDown: true, source: '=局名リスト' } });
    expect(at('局').errorAlert).toMatchObject({ style: 'Warning', showAlert: true });
    expect(at('役割').rule).toEqual({ list: { inCellDropDown: true, source: '執筆,合議,メモ出し' } });
    expect(at('状態').rule).toEqual({ list: { inCellDropDown: true, source: '仮割振り,了承,異議あり,確定' } });
    expect(at('状態').errorAlert).toMatchObject({ style: 'Stop', message: '状態は 仮割振り・了承・異議あり・確定 から選んでください。' });
    expect(at('局').rows).toBe(RULE_ROWS);
  });

  it('adds highlight rules for overdue, due today and due within 24 h on the deadline columns', async () => {
    await prepareWorkbook(workbookTables);
    const nextAt = columnOf('締切日時');
    const rules = excel.sheets.get('割振り')!.conditionalFormats.filter((f) => f.column === nextAt);
    expect(rules.map((r) => r.formula)).toEqual([
      `=AND(ISNUMBER(L2),L2<NOW())`,
      `=AND(ISNUMBER(L2),L2>=NOW(),INT(L2)=TODAY())`,
      `=AND(ISNUMBER(L2),INT(L2)>TODAY(),L2-NOW()<=1)`,
    ]);
    expect(rules[0]).toMatchObject({ fill: '#FFC7CE', font: '#9C0006' });
    // Words before the date, so the state is read and not only seen as a colour (WCAG 1.4.1).
    expect(rules.map((r) => r.numberFormat)).toEqual([
      '[$-411]"期限超過 "ggge"年"m"月"d"日"(aaa) hh:mm',
      '[$-411]"本日 "ggge"年"m"月"d"日"(aaa) hh:mm',
      '[$-411]"24時間以内 "ggge"年"m"月"d"日"(aaa) hh:mm',
    ]);
    const dueOn = excel.sheets.get('質問')!.conditionalFormats.filter((f) => f.column === questionTable.columns.findIndex((c) => c.header === '答弁期限'));
    expect(dueOn.map((r) => r.numberFormat)).toEqual([
      '[$-411]"期限超過 "ggge"年"m"月"d"日"(aaa)', '[$-411]"本日 "ggge"年"m"月"d"日"(aaa)', '[$-411]"24時間以内 "ggge"年"m"月"d"日"(aaa)',
    ]);
    const bureau = excel.sheets.get('割振り')!.conditionalFormats.find((f) => f.column === columnOf('局'))!;
    expect(bureau.formula).toBe(`=LEN(TRIM($M2))>0`);
    expect(bureau.numberFormat).toBeUndefined();
  });

  it('freezes header rows, sets widths and tints the coordinator’s input headers', async () => {
    await prepareWorkbook(workbookTables);
    expect(excel.sheets.get('割振り')!.frozenRows).toBe(1);
    expect(excel.sheets.get('割振り')!.widths.get(columnOf('局'))).toBe(110);
    expect(excel.sheets.get('割振り')!.fills.get(`0,${columnOf('局')}`)).toBe('#FFF2CC');
    expect(excel.sheets.get('割振り')!.fills.has(`0,${columnOf('件名')}`)).toBe(false);
  });

  it('is idempotent: a second run creates nothing, keeps edited rows and does not stack rules', async () => {
    await prepareWorkbook(workbookTables);
    const rulesBefore = excel.sheets.get('割振り')!.conditionalFormats.length;
    await excel.edit('設定', 1, 1, '医政局 (編集済み)');
    const again = await prepareWorkbook(workbookTables);
    expect(again.createdSheets).toEqual([]);
    expect(again.createdTables).toEqual([]);
    expect(again.keptTables).toEqual(workbookTables.map((t) => t.table));
    expect(excel.table(TABLE.bureaus).rows[0]![1]).toBe('医政局 (編集済み)');
    expect(excel.sheets.get('割振り')!.conditionalFormats.length).toBe(rulesBefore);
    expect(excel.sheets.get('割振り')!.validations.length).toBe(3);
  });

  it('adds columns an older workbook’s table lacks, at its end', async () => {
    await prepareWorkbook(workbookTables);
    excel.addTable(TABLE.slots, '夕方レク', 0, 0, ['枠ID', '開会', '表示名'], [['slot-1', '厚生労働委員会@2026-03-03', '夕方レク 18:30']]);
    const report = await prepareWorkbook(workbookTables);
    expect(report.addedColumns).toEqual([
      '夕方レク表: 開始', '夕方レク表: 終了', '夕方レク表: 定員', '夕方レク表: 問', '夕方レク表: 区分', '夕方レク表: 大臣', '夕方レク表: 問数', '夕方レク表: 局',
    ]);
    expect(excel.table(TABLE.slots).headers).toEqual(['枠ID', '開会', '表示名', '開始', '終了', '定員', '問', '区分', '大臣', '問数', '局']);
    expect(excel.table(TABLE.slots).rows[0]![0]).toBe('slot-1');
  });
});
