/** @file 質問主意書 (WrittenQuestion): the zod model of a written question and its 経過. */
import { z } from 'zod';
import { dietUrlSchema, houseSchema, isoDateSchema, provenanceSchema, questionItemSchema } from './primitives';

/** 答弁延期通知: 通知受領日 and the new 延期期限; a question can be deferred more than once. */
export const extensionNoticeSchema = z.object({
  noticeReceivedOn: isoDateSchema,
  extendedUntil: isoDateSchema,
});
export type ExtensionNotice = z.infer<typeof extensionNoticeSchema>;

/** 答弁 item 「一について」 linked to its 問 label. */
export const answerItemSchema = z.object({
  label: z.string().min(1),
  text: z.string(),
  /** 問 labels the heading names (「四の1及び3について」 → ['四の１', '四の３']); empty when it names none (前文・全体). */
  questionLabels: z.array(z.string().min(1)).optional(),
});

/** 質問主意書: one written question, keyed by (house, session, number). */
export const writtenQuestionSchema = z.object({
  kind: z.literal('written'),
  house: houseSchema,
  /** 回次. */
  session: z.number().int().positive(),
  /** 質問番号. */
  number: z.number().int().positive(),
  title: z.string().min(1),
  /** 提出者 names as printed, without the trailing 君. */
  submitters: z.array(z.string().min(1)),
  /** 会派 when the page shows it. */
  faction: z.string().optional(),
  submittedOn: isoDateSchema.optional(),
  /** 内閣転送日: starts the 7-day clock. */
  transferredOn: isoDateSchema.optional(),
  /** 答弁書受領日. */
  answeredOn: isoDateSchema.optional(),
  extensions: z.array(extensionNoticeSchema).default([]),
  withdrawnOn: isoDateSchema.optional(),
  /** 経過状況 text as printed (「答弁受理」「質問受理」…). */
  progressText: z.string().optional(),
  items: z.array(questionItemSchema).default([]),
  /** 前文: question text printed before the first 問 (「…以下質問する。」). */
  preamble: z.string().optional(),
  answerItems: z.array(answerItemSchema).default([]),
  /** 答弁書番号 as printed (「内閣衆質二二一第三号」). */
  answerNumber: z.string().optional(),
  /** 備考 as printed (参議院 明細: 延期 notices and other notes). */
  remarks: z.string().optional(),
  /** Links to the pages, absolute; https on the two Diet hosts only (source-url-policy). */
  questionUrl: dietUrlSchema.optional(),
  answerUrl: dietUrlSchema.optional(),
  progressUrl: dietUrlSchema.optional(),
  questionPdfUrl: dietUrlSchema.optional(),
  answerPdfUrl: dietUrlSchema.optional(),
  provenance: z.array(provenanceSchema).default([]),
  /** Fields a user edited by hand: later captures never overwrite them. */
  userEdited: z.array(z.string()).default([]),
});
export type WrittenQuestion = z.infer<typeof writtenQuestionSchema>;

/** Store key of a written question ('sangiin-221-1'), built and read back by record-ids.ts. */
export { writtenQuestionKey } from '../exchange/record-ids';
