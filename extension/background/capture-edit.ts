/**
 * @file 手修正の受付 (editQuestion): the background side of the popup's 「修正」 form. zod-parses the request, saves
 * the edit and its audit event in one transaction (saveQuestionEdit) and remembers the 修正者 for the next form.
 */
import { z } from 'zod';
import {
  type DietDb, type EditableField, type JstInstant, ValidationError, captureMessages, editableFieldLabels, saveQuestionEdit,
} from '@shared/index';
import { QUESTION_EDIT, type QuestionEditReply } from '../platform/messaging';

/** settings key of the last 修正者 (the popup's default). */
export const EDITOR_KEY = 'capture:editor';

const text = (max: number) => z.string().max(max);
const questionEditSchema = z.object({
  type: z.literal(QUESTION_EDIT),
  key: z.string().min(1).max(100),
  edit: z.object({ title: text(2_000).optional(), submitters: text(2_000).optional(), transferredOn: text(40).optional() }),
  who: text(100),
});

/** What the handler needs from the platform. */
export interface EditDeps {
  db: DietDb;
  now(): JstInstant;
}

/**
 * Saves one edit; ValidationError in Japanese when the request or the form is invalid (nothing written).
 * @example const reply = await editQuestion({ db, now: systemClock.now }, message)
 */
export async function editQuestion(deps: EditDeps, message: unknown): Promise<QuestionEditReply> {
  const parsed = questionEditSchema.safeParse(message);
  if (!parsed.success) throw new ValidationError('修正の依頼の形式が正しくありません。');
  const { key, edit, who } = parsed.data;
  const saved = await saveQuestionEdit(deps.db, key, edit, { who, at: deps.now() });
  if (saved.fields.length === 0) return { fields: [], message: captureMessages.editUnchanged };
  await deps.db.put('settings', { key: EDITOR_KEY, value: who.trim() });
  return {
    fields: saved.fields,
    message: captureMessages.editSaved(saved.fields.map((f: EditableField) => editableFieldLabels[f])),
  };
}
