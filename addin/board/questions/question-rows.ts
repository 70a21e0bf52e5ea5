/**
 * @file 質問シートの行 (question rows): one 質問表 row per question from its record, computed deadline (with where
 * its 状況 came from), 取りまとめ局, allocation summary, 当省分 and 延期案, keeping the coordinator's 期限上書き, 延期確定 and
 * 備考. Pure.
 */
import type { IsoDate, Jurisdiction } from '@shared/index';
import { houseWords, yesNoWords } from '../tables/cell-words';
import { boardMessages } from '../board-messages';
import type { BoardQuestion } from './board-question';
import { type CellValue, cellDate } from '../sheet/cell-value';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import type { QuestionDeadline } from './question-deadline';
import { type JurisdictionEdit, jurisdictionCells, readJurisdictionCells } from './question-jurisdiction';
import type { QuestionRow } from '../tables/workbook-tables';

/** The coordinator's columns of one question row, as read back from the sheet. */
export interface QuestionEdit {
  /** 期限上書き as typed (kept as is when unreadable, with a caution). */
  overrideCell: CellValue;
  override?: IsoDate;
  overrideError?: string;
  note: CellValue;
  /** 当省分 and 他省庁名 as typed; undefined when the sheet has no 当省分 column yet. */
  jurisdiction?: JurisdictionEdit;
  /** 延期確定 as typed (○ confirms the proposed 延期). */
  extensionConfirmCell: CellValue;
  extensionConfirmed: boolean;
}

/** Reads the coordinator's columns of a 質問表 row. */
export function questionEdit(row: QuestionRow): QuestionEdit {
  const overrideCell = row.override ?? '';
  const jurisdiction = readJurisdictionCells(row);
  const extensionConfirmCell = row.extensionConfirm ?? '';
  const rest = {
    note: row.note ?? '', ...(jurisdiction ? { jurisdiction } : {}), extensionConfirmCell, extensionConfirmed: yesNoWords.read(extensionConfirmCell) === true,
  };
  try {
    return { overrideCell, override: cellDate(overrideCell), ...rest };
  } catch (error) {
    return { overrideCell, overrideError: (error as Error).message, ...rest };
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
 * every question on every recompute. `marking` is the question's effective 当省分.
 * @example questionRow(q, deadline, '医政局', '未割振り 1/2 問', undefined, undefined).status //=> '作成中'
 */
export function questionRow(
  q: BoardQuestion, deadline: QuestionDeadline, lead: string, allocation: string, edit: QuestionEdit | undefined, marking: Jurisdiction | undefined,
): QuestionRow {
  const problems = [
    ...(edit?.overrideError ? [boardMessages.badDate('期限上書き', edit.overrideError)] : []),
    ...(edit?.jurisdiction && 'error' in edit.jurisdiction ? [edit.jurisdiction.error] : []),
  ];
  const cautions = problems.length > 0 ? [...problems, ...deadline.cautions] : deadline.cautions;
  const override: CellValue = edit?.override ? dateToSerial(edit.override) : edit?.overrideCell ?? '';
  const caution = cautions.length === 0 ? '' : cautions.join(' / ');
  const { jurisdiction, ministry } = jurisdictionCells(marking, edit?.jurisdiction);
  if (q.written) {
    const w = q.written;
    return {
      key: q.key, kind: boardMessages.writtenKind, house: houseWords.write(w.house), session: w.session, number: w.number, title: q.title,
      submitters: w.submitters.length === 1 ? w.submitters[0]! : w.submitters.join('、'), submittedOn: serialOf(w.submittedOn),
      transferredOn: serialOf(w.transferredOn), sittingAt: '', receivedAt: '', cabinetOn: serialOf(deadline.cabinetOn), dueOn: serialOf(deadline.dueOn),
      status: deadline.status, statusSource: deadline.statusSource, jurisdiction, ministry, lead, allocation, caution, override,
      extensionPlan: deadline.extensionPlan, extensionConfirm: edit?.extensionConfirmCell ?? '', note: edit?.note ?? '', source: q.sourceUrl ?? '',
    };
  }
  const n = q.notice!;
  return {
    key: q.key, kind: boardMessages.noticeKind, house: houseWords.write(n.house), session: '', number: '', title: q.title, submitters: n.member,
    submittedOn: '', transferredOn: '', sittingAt: deadline.sittingAt ? instantToSerial(deadline.sittingAt) : '', receivedAt: instantToSerial(n.receivedAt),
    cabinetOn: serialOf(deadline.cabinetOn), dueOn: serialOf(deadline.dueOn), status: deadline.status, statusSource: deadline.statusSource,
    jurisdiction, ministry, lead, allocation, caution, override, extensionPlan: '', extensionConfirm: edit?.extensionConfirmCell ?? '',
    note: edit?.note ?? '', source: q.sourceUrl ?? '',
  };
}

