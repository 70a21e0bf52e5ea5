/**
 * @file 質問通告の保存 (saveClip): the background side of the clip form. Re-checks the form (the page's
 * preview is not trusted), builds the CommitteeNotice from the pending clip's provenance and saves it with
 * its audit event in one transaction.
 */
import { z } from 'zod';
import {
  type DietDb, type JstInstant, ValidationError, buildClippedNotice, captureMessages, checkClipForm, noticeBandText, saveClippedNotice,
} from '@shared/index';
import { CLIP_SAVE, type ClipSaveReply } from '../platform/messaging';
import type { PendingClip } from './clip-pending';

const field = z.string().max(100_000);
const clipSaveSchema = z.object({
  type: z.literal(CLIP_SAVE),
  clipId: z.string().min(1),
  form: z.object({ house: field, committee: field, sittingOn: field, startTime: field, member: field, receivedAt: field, text: field, setAt: field.optional() }),
});

/** What saving needs from the platform. */
export interface ClipSaveDeps {
  db: DietDb;
  now(): JstInstant;
  loadPendingClip(id: string): Promise<PendingClip | undefined>;
}

/**
 * Saves the form of one pending clip; ValidationError with the Japanese field messages when invalid.
 * @example const reply = await saveClip({ db, now: systemClock.now, loadPendingClip }, message)
 */
export async function saveClip(deps: ClipSaveDeps, message: unknown): Promise<ClipSaveReply> {
  const parsed = clipSaveSchema.safeParse(message);
  if (!parsed.success) throw new ValidationError('質問通告の保存依頼の形式が正しくありません。');
  const pending = await deps.loadPendingClip(parsed.data.clipId);
  if (!pending) throw new ValidationError(captureMessages.clipExpired);
  const check = checkClipForm(parsed.data.form);
  if (!check.ok) throw new ValidationError(Object.values(check.errors).join(' '), Object.values(check.errors));
  const notice = buildClippedNotice(check.value, { pageUrl: pending.pageUrl, capturedAt: pending.capturedAt, contentHash: pending.contentHash });
  const change = await saveClippedNotice(deps.db, notice, check.value.lateness, deps.now());
  return { id: notice.id, change, bandText: noticeBandText(check.value.lateness) };
}
