/**
 * @file 当省分の指定の受付 (markJurisdictions): the background side of the popup's 当省分 controls (one question or a
 * bulk selection). zod-parses the request, saves the markings and their audit events in one transaction
 * (saveJurisdictions) and remembers the 担当者 for the next time, like the 「修正」 form.
 */
import { z } from 'zod';
import { type DietDb, type JstInstant, ValidationError, jurisdictionMarkingSchema, saveJurisdictions } from '@shared/index';
import { JURISDICTION_MARK, type JurisdictionMarkReply } from '../platform/messaging';
import { EDITOR_KEY } from './capture-edit';

const markSchema = z.object({
  type: z.literal(JURISDICTION_MARK),
  keys: z.array(z.string().min(1).max(200)).min(1).max(5_000),
  marking: jurisdictionMarkingSchema,
  who: z.string().max(100),
});

/** What the handler needs from the platform. */
export interface MarkDeps {
  db: DietDb;
  now(): JstInstant;
}

/**
 * Marks the questions of the request; ValidationError in Japanese when the request is invalid (nothing written).
 * @example await markJurisdictions({ db, now: systemClock.now }, { type: JURISDICTION_MARK, keys, marking: { scope: 'own', role: '合議' }, who })
 */
export async function markJurisdictions(deps: MarkDeps, message: unknown): Promise<JurisdictionMarkReply> {
  const parsed = markSchema.safeParse(message);
  if (!parsed.success) {
    const ministry = parsed.error.issues.find((i) => i.path.includes('ministry'));
    throw new ValidationError(ministry ? `他省庁の${ministry.message}。` : '当省分の指定の形式が正しくありません。');
  }
  const { keys, marking, who } = parsed.data;
  const saved = await saveJurisdictions(deps.db, keys, marking, who, deps.now());
  await deps.db.put('settings', { key: EDITOR_KEY, value: who.trim() });
  return saved;
}
