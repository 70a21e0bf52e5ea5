/**
 * @file 局の回答 (BureauResponse): what a bureau tells the coordinator about one 割振り from its popup — 受諾,
 * 異議 with its reason (他局 — which one / 他省庁 — which one / free text), and the progress of the answer
 * 着手・原案了・課長了・局長了 — each with the time and who. Exchanged as `responses` records (bundle version 3,
 * bundle.md). The accept/reject-with-reason loop follows the UK Ministry of Justice's question tracker (a
 * division accepts or rejects an allocation: another division / another department); the four progress steps
 * are the ministry's own clearance steps (the 実績 columns of the 夕方レク / 待機 sheets).
 */
import { z } from 'zod';
import { idSchema, instantSchema } from '../model/primitives';
import { type AnswerStage, answerStages } from './response-text';

export { type AnswerStage, answerStageLabels, answerStages } from './response-text';

/** 異議の理由: 他局 (which one), 他省庁 (which one), or free text. */
export const objectionReasonSchema = z.discriminatedUnion('kind', [
  /** 他局: the bureau that should take the 問 (directory id or name as written). */
  z.object({ kind: z.literal('otherBureau'), bureau: z.string().trim().min(1, '他局の名前を選んでください') }),
  /** 他省庁: the ministry or agency that should answer (「文部科学省」). */
  z.object({ kind: z.literal('otherMinistry'), ministry: z.string().trim().min(1, '他省庁の名前を入力してください') }),
  /** その他: the reason in the bureau's own words. */
  z.object({ kind: z.literal('other'), text: z.string().trim().min(1, '異議の理由を入力してください') }),
]);
export type ObjectionReason = z.infer<typeof objectionReasonSchema>;

/** What every response says: which 割振り, which bureau, when, who. */
const responseBase = {
  /** 割振り id the response is about (the assignment record's id). */
  assignmentId: idSchema,
  /** 質問主意書キー or 質問通告 id, and the 問 label: the 問 the assignment is for (so a report reads alone). */
  questionKey: idSchema,
  itemLabel: idSchema,
  /** 回答した局 (directory id). */
  bureau: idSchema,
  /** 時刻: when it happened (受諾した時刻、原案ができた時刻). */
  at: instantSchema,
  /** 担当者: who. */
  by: z.string().trim().min(1, '担当者を入力してください'),
};

/** 局の回答: 受諾 | 異議 | 進捗. */
export const bureauResponseSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('accept'), ...responseBase }),
  z.object({ type: z.literal('objection'), ...responseBase, reason: objectionReasonSchema }),
  z.object({ type: z.literal('progress'), ...responseBase, stage: z.enum(answerStages) }),
]);
export type BureauResponse = z.infer<typeof bureauResponseSchema>;
export type BureauResponseInput = z.input<typeof bureauResponseSchema>;

/**
 * 回答の枠 (slot) of a response: one record per 割振り × bureau × slot. 受諾 and 異議 share the slot 'decision'
 * (a later decision replaces the earlier one as a new 版); each progress stage has its own slot, so two people
 * recording different stages never meet in a conflict.
 */
export type ResponseSlot = 'decision' | AnswerStage;

/** The slot a response fills. @example responseSlot({ type: 'accept', … }) //=> 'decision' */
export function responseSlot(response: Pick<BureauResponse, 'type'> & { stage?: AnswerStage }): ResponseSlot {
  return response.type === 'progress' ? response.stage! : 'decision';
}

export { objectionReasonText, responseText } from './response-text';
