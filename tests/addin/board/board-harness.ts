/**
 * @file 盤面テストの道具 (board harness): a prepared preview workbook and the board's pure plans run against
 * it (import, recompute, publish), with rows read back by header. SHOULD ONLY BE IMPORTED IN TESTS.
 */
import {
  type Assignment, type CommitteeNotice, type ExchangeBundle, type WrittenQuestion, emptyBundle, exchangeItemId,
} from '@shared/index';
import type { CellValue } from '../../../addin/board/sheet/cell-value';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { runOperation } from '../../../addin/board/ops/run-operation';
import { planImport } from '../../../addin/board/ops/plan-import';
import { planImportReport } from '../../../addin/board/ops/plan-import-report';
import { planConfirmReleases } from '../../../addin/board/ops/plan-confirm-releases';
import { planPublish } from '../../../addin/board/ops/plan-publish';
import { planRecompute } from '../../../addin/board/ops/plan-recompute';
import { workbookTables } from '../../../addin/board/tables/workbook-tables';
import { createPreviewWorkbook } from '../../../addin/preview/preview-workbook';
import { isoDate, jstInstant } from '../../helpers/dates';

/** A 質問主意書 record's data with defaults (参議院 221, transferred 2026-03-02 — a Monday). */
export function fakeQuestion(number: number, overrides: Partial<WrittenQuestion> = {}): WrittenQuestion {
  return {
    kind: 'written', house: 'sangiin', session: 221, number, title: `質問主意書 第${number}号`, submitters: ['山田　太郎'],
    submittedOn: isoDate('2026-02-25'), transferredOn: isoDate('2026-03-02'), extensions: [], items: [{ label: '一', text: '見解を示されたい。' }],
    answerItems: [], provenance: [], userEdited: [], ...overrides,
  };
}

/** A bundle of questions (and optional extra records). */
export function bundleOf(questions: WrittenQuestion[], atText = '2026-03-02T09:00:00+09:00', extra: Partial<ExchangeBundle['records']> = {}, rev = 1): ExchangeBundle {
  const at = jstInstant(atText);
  const b = emptyBundle('extension', at, 1);
  b.records.questions = questions.map((q) => ({ id: `${q.house}-${q.session}-${q.number}`, rev, updatedAt: at, updatedBy: 'extension', deleted: false, data: q }));
  Object.assign(b.records, extra);
  return b;
}

/** A 質問通告 (衆議院厚生労働委員会, Thursday 2026-06-11 09:00 by default) with 問 labelled 問1, 問2, …. */
export function fakeNotice(id: string, member: string, receivedAt: string, items: number, overrides: Partial<CommitteeNotice> = {}): CommitteeNotice {
  return {
    kind: 'notice', id, house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-11'), startTime: '09:00', member, receivedAt: jstInstant(receivedAt),
    items: Array.from({ length: items }, (_, i) => ({ label: `問${i + 1}`, text: `${member}の質問 ${i + 1}` })), provenance: [], ...overrides,
  };
}

/** A bundle of notices and assignments (as the extension and a coordinator would exchange them). */
export function noticeBundle(notices: CommitteeNotice[], assignments: Assignment[] = [], atText = '2026-06-10T09:00:00+09:00'): ExchangeBundle {
  const at = jstInstant(atText);
  const b = emptyBundle('extension', at, 1);
  const meta = (id: string) => ({ id, rev: 1, updatedAt: at, updatedBy: 'extension', deleted: false });
  b.records.notices = notices.map((n) => ({ ...meta(n.id), data: n }));
  b.records.assignments = assignments.map((a) => ({ ...meta(a.id), data: a }));
  return b;
}

/** A 執筆 assignment fixed (確定) at `decidedAt`. */
export function fixedAssignment(questionKey: string, itemLabel: string, bureau: string, decidedAt: string, role: Assignment['role'] = '執筆'): Assignment {
  return {
    id: `as-${questionKey}-${itemLabel}-${bureau}-${role}`, questionKey, itemLabel, bureau, division: '', role, state: 'final',
    proposedAt: jstInstant(decidedAt), decidedAt: jstInstant(decidedAt), by: '官房総務課', note: '',
  };
}

/** An 問 record. */
export function itemRecord(questionKey: string, label: string, text: string) {
  return { id: exchangeItemId(questionKey, label), rev: 1, updatedAt: jstInstant('2026-03-02T09:00:00+09:00'), updatedBy: 'extension', deleted: false, data: { questionKey, label, text } };
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
    import: (bundle: ExchangeBundle, now: string) => runOperation(wb, (s) => planImport(s, bundle, jstInstant(now))),
    importReport: (bundle: ExchangeBundle, now: string) => runOperation(wb, (s) => planImportReport(s, bundle, jstInstant(now))),
    recompute: (now: string) => runOperation(wb, (s) => planRecompute(s, jstInstant(now))),
    publish: (now: string) => runOperation(wb, (s) => planPublish(s, jstInstant(now))),
    confirm: (now: string, name?: string) => runOperation(wb, (s) => planConfirmReleases(s, jstInstant(now), name)),
    /** Appends a row to a table (cells by header), as a coordinator typing below the last row. */
    append(table: string, cells: Record<string, CellValue>) {
      const index = rows(table).length;
      for (const [header, value] of Object.entries(cells)) wb.edit(table, index, header, value);
    },
    /**
     * Marks a questioner's notice (通告段階表 row of `noticeKey`, or the questioner's own row) at a stage, with its
     * 完了時刻 typed (as a coordinator correcting the stamp) when given.
     */
    markStage(noticeKey: string, stage: string, completedAt?: string) {
      const table = wb.table('通告段階表')!;
      const index = table.rows.findIndex((r) => r[table.headers.indexOf('行ID')] === `stage:notice:${noticeKey}` || r[table.headers.indexOf('行ID')] === noticeKey);
      if (index < 0) throw new Error(`通告段階表: ${noticeKey} の行がありません`);
      wb.edit('通告段階表', index, '段階', stage);
      if (completedAt) wb.edit('通告段階表', index, '完了時刻', instantToSerial(jstInstant(completedAt)));
    },
    /** Edits a cell of the row whose `keyHeader` is `key`. */
    edit(table: string, keyHeader: string, key: CellValue, header: string, value: CellValue) {
      const index = rows(table).findIndex((r) => r[keyHeader] === key);
      if (index < 0) throw new Error(`${table}: ${keyHeader}=${String(key)} の行がありません`);
      wb.edit(table, index, header, value);
    },
  };
}
