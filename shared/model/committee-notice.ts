/** @file 質問通告 (CommitteeNotice): a member's notice of oral questions for a committee sitting. */
import { z } from 'zod';
import { houseSchema, idSchema, instantSchema, isoDateSchema, provenanceSchema, questionItemSchema } from './primitives';

/** 質問通告. */
export const committeeNoticeSchema = z.object({
  kind: z.literal('notice'),
  id: idSchema,
  house: houseSchema,
  /** 委員会名 (厚生労働委員会, 予算委員会 …). */
  committee: z.string().min(1),
  /** 開会日. */
  sittingOn: isoDateSchema,
  /** 開会時刻 'HH:MM'. */
  startTime: z.string().regex(/^\d{2}:\d{2}$/),
  /** 委員会セット日時 when known. */
  setAt: instantSchema.optional(),
  /** 質問者. */
  member: z.string().min(1),
  /** 受信日時. */
  receivedAt: instantSchema,
  items: z.array(questionItemSchema).min(1),
  provenance: z.array(provenanceSchema).default([]),
});
export type CommitteeNotice = z.infer<typeof committeeNoticeSchema>;
