/**
 * @file 質問シートの行 (question rows): one 質問表 row per question from its record, computed deadline,
 * 取りまとめ局 and allocation summary, keeping the coordinator's 期限上書き and 備考. Pure.
 */
import type { IsoDate } from '@shared/index';
import { houseWords } from '../tables/cell-words';
import { boardMessages } from '../board-messages';
import type { BoardQuestion } from './board-question';
import { type CellValue, cellDate } from '../sheet/cell-value';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import type { QuestionDeadline } from './question-deadline';
import type { QuestionRow } from '../tables/workbook-tables';

/** The coordinator's columns of one question row, as read back from the sheet. */
export interface QuestionEdit {
  /** 期限上書き as typed (kept as is when unreadable, with a caution). */
  overrideCell: CellValue;
  override?: IsoDate;
  overrideError?: string;
  note: CellValue;
}

/** Reads the coordinator's columns of a 質問表 row. */
export function questionEdit(row: QuestionRow): QuestionEdit {
  const overrideCell = row.override ?? '';
  try {
    return { overrideCell, override: cellDate(overrideCell), note: row.note ?? '' };
  } catch (error) {
    return { overrideCell, overrideError: (error as Error).message, note: row.note ?? '' };
  }
}

/** Date serials are asked for the same few dates again and again (a session spans weeks): memoised. */
const serials = new Map<IsoDate, number>();
function serialOf(date: IsoDate | undefined): CellValue {
  if (!date) return '';
  let serial = serials.get(date);
  if (serial === undefined) {
    serial = dateToSerial(date);
    if (serials.size > 4_000) serials.clear();
    serials.set(date, serial);
  }
  return serial;
}

/**
 * The 質問表 row of one question. Built as one object literal in column order (no spreads): this runs for
 * every question on every recompute.
 * @example questionRow(q, deadline, '医政局', '未割振り 1/2 問', undefined).status //=> '作成中'
 */
export function questionRow(q: BoardQuestion, deadline: QuestionDeadline, lead: string, allocation: string, edit: QuestionEdit | undefined): QuestionRow {
  const cautions = edit?.overrideError ? [boardMessages.badDate('期限上書き', edit.overrideError), ...deadline.cautions] : deadline.cautions;
  const override: CellValue = edit?.override ? dateToSerial(edit.override) : edit?.overrideCell ?? '';
  const caution = cautions.length === 0 ? '' : cautions.join(' / ');
  if (q.written) {
    const w = q.written;
    return {
      key: q.key, kind: boardMessages.writtenKind, house: houseWords.write(w.house), session: w.session, number: w.number, title: q.title,
      submitters: w.submitters.length === 1 ? w.submitters[0]! : w.submitters.join('、'), submittedOn: serialOf(w.submittedOn),
      transferredOn: serialOf(w.transferredOn), sittingAt: '', receivedAt: '', cabinetOn: serialOf(deadline.cabinetOn), dueOn: serialOf(deadline.dueOn),
      status: deadline.status, lead, allocation, caution, override, note: edit?.note ?? '', source: q.sourceUrl ?? '',
    };
  }
  const n = q.notice!;
  return {
    key: q.key, kind: boardMessages.noticeKind, house: houseWords.write(n.house), session: '', number: '', title: q.title, submitters: n.member,
    submittedOn: '', transferredOn: '', sittingAt: deadline.sittingAt ? instantToSerial(deadline.sittingAt) : '', receivedAt: instantToSerial(n.receivedAt),
    cabinetOn: serialOf(deadline.cabinetOn), dueOn: serialOf(deadline.dueOn), status: deadline.status, lead, allocation, caution, override,
    note: edit?.note ?? '', source: q.sourceUrl ?? '',
  };
}

