/**
 * @file 当省分 (Jurisdiction): whether a question is this ministry's to answer. The Cabinet sends each 質問主意書 (and
 * each committee question is put) to the ministries it concerns; a coordinator marks a question 当省 — as
 * 取りまとめ (we write the answer and gather the others') or 合議 (we agree to another ministry's draft) — or 他省庁 with
 * that ministry's name. A 他省庁 question needs no 割振り and no internal deadlines here. No marking = 未確認.
 */
import { z } from 'zod';
import { idSchema } from './primitives';

/** 当省の役割: 取りまとめ (lead ministry) or 合議 (concurring ministry). */
export const ownRoleSchema = z.enum(['取りまとめ', '合議']);
export type OwnRole = z.infer<typeof ownRoleSchema>;

/** 省庁名 as typed (「国土交通省」「内閣府」); at most 40 characters. */
const ministrySchema = z.string().trim().min(1, { message: '省庁名を入力してください' }).max(40, { message: '省庁名は 40 文字以内にしてください' });

/** 当省分. `questionKey` is the written-question key or the notice id (also the record's id in a bundle). */
export const jurisdictionSchema = z.discriminatedUnion('scope', [
  z.object({ questionKey: idSchema, scope: z.literal('own'), role: ownRoleSchema }),
  z.object({ questionKey: idSchema, scope: z.literal('other'), ministry: ministrySchema }),
]);
export type Jurisdiction = z.infer<typeof jurisdictionSchema>;

/** 当省分の表示: 「当省 (取りまとめ)」「当省 (合議)」「他省庁 (国土交通省)」, or 「未確認」 without a marking. */
export function jurisdictionLabel(j: Jurisdiction | undefined): string {
  if (!j) return '未確認';
  return j.scope === 'own' ? `当省 (${j.role})` : `他省庁 (${j.ministry})`;
}

/** True when the question is marked as another ministry's: it leaves 未割振り and the deadline lists. */
export function isOtherMinistry(j: Pick<Jurisdiction, 'scope'> | undefined): boolean {
  return j?.scope === 'other';
}

/** 当省分の指定 (what a user picks for one or many questions): 当省 with its role, 他省庁 with the ministry, or 未確認 (none). */
export const jurisdictionMarkingSchema = z.discriminatedUnion('scope', [
  z.object({ scope: z.literal('own'), role: ownRoleSchema }),
  z.object({ scope: z.literal('other'), ministry: ministrySchema }),
  z.object({ scope: z.literal('none') }),
]);
export type JurisdictionMarking = z.infer<typeof jurisdictionMarkingSchema>;

/** 「当省 (取りまとめ)」「他省庁 (国土交通省)」「未確認」 for a marking. */
export function markingLabel(m: JurisdictionMarking): string {
  return m.scope === 'none' ? jurisdictionLabel(undefined) : jurisdictionLabel({ questionKey: '', ...m });
}
