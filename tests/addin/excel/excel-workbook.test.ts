/**
 * The whole session on the Excel implementation (office-addin-mock): prepare → import the demo bundle →
 * a coordinator's edit → recompute → publish, with the syncs each operation costs.
 */
import { readFileSync } from 'node:fs';
import { type ExchangeBundle, emptyBundle, parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { TABLE, assignmentTable, questionTable, workbookTables } from '../../../addin/board/tables/workbook-tables';
import { createExcelWorkbook } from '../../../addin/excel/excel-workbook';
import { useExcelSession } from './excel-session-harness';
import { formulaLikeEntered } from './fake-excel';
import { isoDate, jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');
const demoText = readFileSync(new URL('../../../addin/public/demo-bundle.json', import.meta.url), 'utf8');
const col = (header: string) => assignmentTable.columns.findIndex((c) => c.header === header);
const questionCol = (header: string) => questionTable.columns.findIndex((c) => c.header === header);

/** `count` written questions, transferred on the demo day. */
function manyQuestions(count: number, title = (i: number) => `医療提供体制に関する質問主意書 (${i})`): ExchangeBundle {
  const bundle = emptyBundle('extension', NOW, 1);
  for (let i = 1; i <= count; i++) {
    bundle.records.questions.push({
      id: `sangiin-221-${i}`, rev: 1, updatedAt: NOW, updatedBy: 'extension', deleted: false,
      data: {
        kind: 'written', house: 'sangiin', session: 221, number: i, title: title(i), submitters: ['山田太郎'], submittedOn: isoDate('2026-02-25'),
        transferredOn: isoDate('2026-03-02'), extensions: [], items: [{ label: '一', text: '見解を示されたい。' }], answerItems: [], provenance: [], userEdited: [],
      },
    });
  }
  return bundle;
}

const h = useExcelSession(NOW);

describe('the session on Excel', () => {
  it('prepares, imports, recomputes after an edit and publishes, each in a few syncs', async () => {
    expect(createExcelWorkbook().kind).toBe('excel');
    await h.session.start();
    expect(h.session.state().prepared).toBe(false);

    // prepare (3) + first recompute (2 reads; empty tables, so nothing to write) + watch (2)
    expect(await h.syncsOf(() => h.session.prepare())).toBe(3 + 2 + 2);
    expect(await h.syncsOf(() => h.session.importText(demoText, 'デモ'))).toBe(3);
    expect(h.session.state().importReport!.added.filter((e) => e.kind === 'questions')).toHaveLength(6);
    expect(h.session.state().importReport!.added.filter((e) => e.kind === 'notices')).toHaveLength(1);
    const rows = h.excel.table(TABLE.assignments).rows;
    const notice = 'notice-1742585ec4e82c7c'; // the demo's sample 質問通告, 問1–問3
    expect(rows.map((r) => r[col('質問キー')])).toEqual(['shugiin-221-1', 'sangiin-221-1', 'sangiin-221-2', 'sangiin-221-3', 'sangiin-221-4', notice, notice, notice]);

    // A coordinator picks 医政局 for 衆議院221-1 in the sheet: the change event recomputes (debounced).
    h.excel.resetCounts();
    await h.excel.edit('割振り', 1, col('局'), '医政局');
    await expect.poll(() => h.excel.table(TABLE.assignments).rows[0]![col('異議まで')]).toBe('あと 60 分');
    const row = h.excel.table(TABLE.assignments).rows[0]!;
    expect(row[col('役割')]).toBe('執筆');
    expect(row[col('状態')]).toBe('仮割振り');
    expect(row[col('取りまとめ')]).toBe('◎');
    expect(h.excel.table(TABLE.questions).rows[0]![questionCol('取りまとめ局')]).toBe('医政局');
    // The recompute read twice and wrote once; the write's own change event then finds nothing to write.
    await expect.poll(() => h.excel.syncs).toBeGreaterThanOrEqual(3);

    expect(await h.syncsOf(() => h.session.publish())).toBe(3);
    const published = parseBundle(h.session.state().published!.text);
    expect(published.revision).toBe(1);
    expect(published.records.assignments.map((a) => [a.data?.questionKey, a.data?.bureau, a.data?.role])).toEqual([['shugiin-221-1', 'isei', '執筆']]);
    expect(h.excel.table(TABLE.general).rows.find((r) => r[0] === '配信版')![1]).toBe('1');
  });

  it('imports 1,000 questions in a constant handful of syncs, injection-safe', async () => {
    await h.session.start();
    await h.session.prepare();
    const bundle = manyQuestions(1000, (i) => (i === 7 ? '=HYPERLINK("https://evil.example/","x")' : `医療提供体制に関する質問主意書 (${i})`));
    const syncs = await h.syncsOf(() => h.session.importBundle(bundle, 'テスト'));
    expect(syncs).toBeLessThanOrEqual(5);
    expect(h.excel.table(TABLE.questions).bodyRows).toBe(1000);
    expect(h.excel.table(TABLE.assignments).bodyRows).toBe(1000);
    expect(h.excel.table(TABLE.questions).rows[6]![5]).toBe('=HYPERLINK("https://evil.example/","x")');
    for (const def of workbookTables) expect(h.excel.formulas(def.table)).toEqual([]);
    // The same judged on what the import sent (value and format per cell), not on the fake's stored cells.
    const sent = h.excel.writes.filter((w) => w.op === 'values').flatMap((w) => w.data.flat());
    expect(sent).toContain('\'=HYPERLINK("https://evil.example/","x")');
    expect(formulaLikeEntered(h.excel.writes)).toEqual([]);
  });
});
