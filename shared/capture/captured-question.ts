/**
 * @file 取り込んだ質問 (CapturedQuestion): what a site adapter read about one 質問主意書 — the key
 * (house, session, number) plus any of the fields a Diet page can show. Unknown keys are dropped.
 */
import { z } from 'zod';
import { houseSchema, isoDateSchema, questionItemSchema } from '../model/primitives';
import { answerItemSchema, extensionNoticeSchema } from '../model/written-question';

/**
 * Fields a capture may set on a WrittenQuestion (状況・日付・リンク・本文). `kind`, `provenance` and
 * `userEdited` are never taken from a page.
 */
export const capturedFields = [
  'title', 'submitters', 'faction', 'submittedOn', 'transferredOn', 'answeredOn', 'extensions', 'withdrawnOn',
  'progressText', 'items', 'answerItems', 'questionUrl', 'answerUrl', 'progressUrl',
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
  answerItems: z.array(answerItemSchema).optional(),
  questionUrl: z.url().optional(),
  answerUrl: z.url().optional(),
  progressUrl: z.url().optional(),
});
export type CapturedQuestion = z.infer<typeof capturedQuestionSchema>;
