/**
 * @file 手修正の保存 (saveQuestionEdit): applies editCapturedQuestion to the stored 質問主意書 and appends its audit
 * event in one readwrite transaction (questions + audit) — both or neither.
 */
import { z } from 'zod';
import { ValidationError } from '../errors';
import { messages } from '../messages';
import type { JstInstant } from '../dates/jst';
import { issuesText, japaneseIssues } from '../model/issues-text';
import { writtenQuestionSchema } from '../model/written-question';
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import { captureMessages } from './capture-messages';
import { type EditableField, type QuestionEditInput, editCapturedQuestion } from './edit-captured-question';

const storedQuestionSchema = writtenQuestionSchema.extend({ key: z.string().min(1) });

/** What the edit did: the fields that changed ([] = nothing to change, nothing written). */
export interface SavedQuestionEdit {
  key: string;
  fields: EditableField[];
}

/**
 * Edits the stored question `key` as `who` at `at`. Throws ValidationError in Japanese — the form's problems,
 * a question that is not stored, or a storage failure — and then nothing is written.
 * @example await saveQuestionEdit(db, 'shugiin-221-1', { transferredOn: '2026-02-25' }, { who: '医政局 山田', at: clock.now() })
 */
export async function saveQuestionEdit(
  db: DietDb,
  key: string,
  input: QuestionEditInput,
  author: { who: string; at: JstInstant },
): Promise<SavedQuestionEdit> {
  return atomically(db, ['questions', 'audit'], async (tx, write) => {
    const stored = await tx.objectStore('questions').get(key);
    if (!stored) throw new ValidationError(captureMessages.editNotStored(key));
    const earlier = await tx.objectStore('audit').index('byRecord').count(key);
    const edit = editCapturedQuestion(stored, input, { ...author, seq: earlier + 1 });
    if (edit.event) {
      const parsed = storedQuestionSchema.safeParse(edit.record, { error: japaneseIssues });
      if (!parsed.success) throw new ValidationError(messages.invalidRecord('修正した質問', issuesText(parsed.error)));
      write(tx.objectStore('questions').put(edit.record));
      // add, not put: the audit log is append-only.
      write(tx.objectStore('audit').add(edit.event));
    }
    return { key, fields: edit.fields };
  });
}
