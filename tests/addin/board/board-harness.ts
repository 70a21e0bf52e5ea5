/**
 * @file 盤面テストの道具 (board harness): a prepared preview workbook and the board's pure plans run against
 * it (import, recompute, publish), with rows read back by header. SHOULD ONLY BE IMPORTED IN TESTS.
 */
import { type ExchangeBundle, type WrittenQuestion, emptyBundle, exchangeItemId } from '@shared/index';
import type { CellValue } from '../../../addin/board/cell-value';
import { boardTables } from '../../../addin/board/board-state';
import { planImport } from '../../../addin/board/plan-import';
import { planPublish } from '../../../addin/board/plan-publish';
import { planRecompute } from '../../../addin/board/plan-recompute';
import { workbookTables } from '../../../addin/board/workbook-tables';
import { createPreviewWorkbook } from '../../../addin/preview/preview-workbook';

/** A 質問主意書 record's data with defaults (参議院 221, transferred 2026-03-02 — a Monday). */
export function fakeQuestion(number: number, overrides: Partial<WrittenQuestion> = {}): WrittenQuestion {
  return {
    kind: 'written', house: 'sangiin', session: 221, number, title: `質問主意書 第${number}号`, submitters: ['山田　太郎'],
    submittedOn: '2026-02-25', transferredOn: '2026-03-02', extensions: [], items: [{ label: '一', text: '見解を示されたい。' }],
    answerItems: [], provenance: [], userEdited: [], ...overrides,
  };
}

/** A bundle of questions (and optional extra records). */
export function bundleOf(questions: WrittenQuestion[], at = '2026-03-02T09:00:00+09:00', extra: Partial<ExchangeBundle['records']> = {}, rev = 1): ExchangeBundle {
  const b = emptyBundle('extension', at, 1);
  b.records.questions = questions.map((q) => ({ id: `${q.house}-${q.session}-${q.number}`, rev, updatedAt: at, updatedBy: 'extension', deleted: false, data: q }));
  Object.assign(b.records, extra);
  return b;
}

/** An 問 record. */
export function itemRecord(questionKey: string, label: string, text: string) {
  return { id: exchangeItemId(questionKey, label), rev: 1, updatedAt: '2026-03-02T09:00:00+09:00', updatedBy: 'extension', deleted: false, data: { questionKey, label, text } };
}

/** A prepared board on a preview workbook. */
export async function preparedBoard() {
  const wb = createPreviewWorkbook();
  await wb.prepare(workbookTables);
  const rows = (table: string): Record<string, CellValue>[] => {
    const t = wb.table(table)!;
    return t.rows.map((r) => Object.fromEntries(t.headers.map((h, i) => [h, r[i]!])));
  };
  return {
    wb,
    rows,
    import: (bundle: ExchangeBundle, now: string) => wb.batch(boardTables, (s) => { const p = planImport(s, bundle, now); return { writes: p.writes, result: p }; }),
    recompute: (now: string) => wb.batch(boardTables, (s) => { const p = planRecompute(s, now); return { writes: p.writes, result: p }; }),
    publish: (now: string) => wb.batch(boardTables, (s) => { const p = planPublish(s, now); return { writes: p.writes, result: p }; }),
    /** Edits a cell of the row whose `keyHeader` is `key`. */
    edit(table: string, keyHeader: string, key: CellValue, header: string, value: CellValue) {
      const index = rows(table).findIndex((r) => r[keyHeader] === key);
      if (index < 0) throw new Error(`${table}: ${keyHeader}=${String(key)} の行がありません`);
      wb.edit(table, index, header, value);
    },
  };
}
