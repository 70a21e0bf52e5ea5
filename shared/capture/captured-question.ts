/**
 * @file 取り込んだ質問 (CapturedQuestion): what a site adapter read about one 質問主意書 — the key
 * (house, session, number) plus any of the fields a Diet page can show. Unknown keys are dropped.
 */
import { z } from 'zod';
import { dietUrlSchema, houseSchema, isoDateSchema, questionItemSchema } from '../model/primitives';
import { answerItemSchema, extensionNoticeSchema } from '../model/written-question';

/**
 * Fields a capture may set on a WrittenQuestion (状況・日付・リンク・本文・答弁書番号・備考): every model field
 * except the key, `kind`, `provenance` and `userEdited`, which are never taken from a page (a unit test keeps
 * this list equal to the model's fields).
 */
export const capturedFields = [
  'title', 'submitters', 'faction', 'submittedOn', 'transferredOn', 'answeredOn', 'extensions', 'withdrawnOn',
  'progressText', 'items', 'preamble', 'answerItems', 'answerNumber', 'remarks', 'questionUrl', 'answerUrl', 'progressUrl',
  'questionPdfUrl', 'answerPdfUrl',
] as const;
export type CapturedField = (typeof capturedFields)[number];

/** 取り込んだ質問: key fields required, everything else optional (a list page has no dates). */
export const capturedQuestionSchema = z.object({
  house: houseSchema,
  session: z.number().int().positive(),
  number: z.number().int().positive(),
  title: z.string().min(1).optional(),
  submitters: z.array(z.string().min(1)).optional(),
  faction: z.string().optional(),
  submittedOn: isoDateSchema.optional(),
  transferredOn: isoDateSchema.optional(),
  answeredOn: isoDateSchema.optional(),
  extensions: z.array(extensionNoticeSchema).optional(),
  withdrawnOn: isoDateSchema.optional(),
  progressText: z.string().optional(),
  items: z.array(questionItemSchema).optional(),
  /** 前文 of the question text (質問本文 pages). */
  preamble: z.string().min(1).optional(),
  answerItems: z.array(answerItemSchema).optional(),
  /** 答弁書番号 「内閣衆質二二一第三号」 (答弁本文 pages). */
  answerNumber: z.string().min(1).optional(),
  /** 備考 as printed (参議院 明細). */
  remarks: z.string().min(1).optional(),
  questionUrl: dietUrlSchema.optional(),
  answerUrl: dietUrlSchema.optional(),
  progressUrl: dietUrlSchema.optional(),
  questionPdfUrl: dietUrlSchema.optional(),
  answerPdfUrl: dietUrlSchema.optional(),
});
export type CapturedQuestion = z.infer<typeof capturedQuestionSchema>;
