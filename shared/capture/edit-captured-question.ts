/**
 * @file 手修正 (editCapturedQuestion): a clipper corrects a field of a captured 質問主意書 — 件名, 提出者 or
 * 内閣転送日. The field is recorded in `userEdited`, so later captures never overwrite it, and an audit event
 * records who, when, before and after. Pure: the caller stores both in one transaction (saveQuestionEdit).
 */
import { ValidationError } from '../errors';
import { stableJson } from '../exchange/merge-bundle';
import { editEventId } from '../exchange/record-ids';
import { type IsoDate, assertIsoDate } from '../dates/iso-date';
import { formatWareki } from '../dates/format-wareki';
import type { JstInstant } from '../dates/jst';
import type { AuditEvent } from '../model/audit-event';
import type { StoredWrittenQuestion } from '../persistence/schema';
import { captureMessages } from './capture-messages';

/** Fields a user may correct by hand, with their labels. */
export const editableFieldLabels = { title: '件名', submitters: '提出者', transferredOn: '内閣転送日' } as const;
export type EditableField = keyof typeof editableFieldLabels;

/** 修正の入力, as the form holds it. An absent key leaves the field alone. */
export interface QuestionEditInput {
  title?: string;
  /** Names separated by 「、」, commas or line breaks. */
  submitters?: string;
  /** 'YYYY-MM-DD'; '' = 未確認 (clears a wrongly captured date). */
  transferredOn?: string;
}

/** Who edits and when (JST, from the clock module); `seq` makes the audit id unique (earlier events of the record + 1). */
export interface EditAuthor {
  who: string;
  at: JstInstant;
  seq: number;
}

/** 修正の結果. `fields` are the fields that changed; none means there is nothing to write. */
export interface QuestionEdit {
  record: StoredWrittenQuestion;
  fields: EditableField[];
  event?: AuditEvent;
}

/** Longest 件名 we accept (the longest on the saved pages is ~90 characters). */
export const MAX_TITLE_LENGTH = 300;

const trimAll = (text: string) => text.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');

function readTransferredOn(text: string, errors: string[]): IsoDate | undefined {
  const t = trimAll(text);
  if (t === '') return undefined;
  try {
    return assertIsoDate(t);
  } catch {
    errors.push(captureMessages.editTransferredOnInvalid(t));
    return undefined;
  }
}

/**
 * Applies the edit. Throws ValidationError with every Japanese problem (empty 件名, no 提出者, a date that is not
 * a date or lies before 提出日, no 修正者) and changes nothing then.
 * @example editCapturedQuestion(stored, { title: '介護人材の確保に関する質問主意書' }, { who: '老健局 山田', at: clock.now(), seq: 3 }).fields //=> ['title']
 */
export function editCapturedQuestion(record: StoredWrittenQuestion, input: QuestionEditInput, author: EditAuthor): QuestionEdit {
  const errors: string[] = [];
  const next: Partial<Pick<StoredWrittenQuestion, EditableField>> = {};
  if (input.title !== undefined) {
    const title = trimAll(input.title);
    if (title === '') errors.push(captureMessages.editTitleRequired);
    else if (title.length > MAX_TITLE_LENGTH) errors.push(captureMessages.editTitleTooLong(MAX_TITLE_LENGTH));
    next.title = title;
  }
  if (input.submitters !== undefined) {
    const names = input.submitters.split(/[、,，\n]/).map(trimAll).filter((n) => n !== '');
    if (names.length === 0) errors.push(captureMessages.editSubmittersRequired);
    next.submitters = names;
  }
  if (input.transferredOn !== undefined) {
    const date = readTransferredOn(input.transferredOn, errors);
    if (date && record.submittedOn && date < record.submittedOn) errors.push(captureMessages.editTransferredBeforeSubmitted(formatWareki(record.submittedOn)));
    next.transferredOn = date;
  }
  const who = trimAll(author.who);
  if (who === '') errors.push(captureMessages.editWhoRequired);
  if (errors.length > 0) throw new ValidationError(errors.join(' '), errors);

  const fields = (Object.keys(next) as EditableField[]).filter((f) => stableJson(record[f]) !== stableJson(next[f]));
  if (fields.length === 0) return { record, fields };
  const before: Partial<Record<EditableField, unknown>> = {};
  const after: Partial<Record<EditableField, unknown>> = {};
  const edited: StoredWrittenQuestion = { ...record, userEdited: [...new Set([...record.userEdited, ...fields])] };
  for (const field of fields) {
    before[field] = record[field];
    after[field] = next[field];
    if (next[field] === undefined) delete (edited as Record<string, unknown>)[field];
    else (edited as Record<string, unknown>)[field] = next[field];
  }
  return {
    record: edited,
    fields,
    event: { id: editEventId(record.key, author.at, author.seq), at: author.at, who, action: 'edit', recordKey: record.key, before, after },
  };
}
