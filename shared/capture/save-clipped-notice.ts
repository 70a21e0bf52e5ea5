/**
 * @file 質問通告の保存 (saveClippedNotice): validates a clipped CommitteeNotice and writes it with its audit
 * event (including the 前々日正午 band at the time of saving) in one transaction — both or neither.
 */
import { ValidationError } from '../errors';
import { messages } from '../messages';
import { type CommitteeNotice, committeeNoticeSchema } from '../model/committee-notice';
import type { AuditEvent } from '../model/audit-event';
import { clipEventId } from '../exchange/record-ids';
import type { JstInstant } from '../dates/jst';
import type { DietDb } from '../persistence/open-diet-db';
import type { NoticeLateness } from './notice-lateness';

/**
 * Saves (adds or replaces) the notice and appends an audit event at `savedAt` (the n-th event of the notice
 * gets id `clip:<notice id>:<n>`, so saving the form twice within a second is fine). Throws ValidationError
 * (nothing written) when the notice is invalid or storage fails.
 * @example await saveClippedNotice(db, notice, lateness, clock.now()) //=> 'added'
 */
export async function saveClippedNotice(
  db: DietDb,
  notice: CommitteeNotice,
  lateness: NoticeLateness,
  savedAt: JstInstant,
): Promise<'added' | 'updated'> {
  const parsed = committeeNoticeSchema.safeParse(notice);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((x) => `${x.path.join('.') || '(全体)'} ${x.message}`).join(', ');
    throw new ValidationError(messages.invalidRecord('質問通告', detail));
  }
  const record = parsed.data;
  const tx = db.transaction(['notices', 'audit'], 'readwrite');
  const writes: Promise<unknown>[] = [];
  try {
    const before = await tx.objectStore('notices').get(record.id);
    const earlier = await tx.objectStore('audit').index('byRecord').count(record.id);
    writes.push(tx.objectStore('notices').put(record));
    const event: AuditEvent = {
      id: clipEventId(record.id, earlier + 1), at: savedAt, who: 'capture', action: before ? 'update' : 'create', recordKey: record.id,
      ...(before ? { before } : {}),
      after: { ...record, lateness },
      ...(record.provenance[0] ? { provenance: record.provenance[0] } : {}),
    };
    writes.push(tx.objectStore('audit').add(event));
    const failed = (await Promise.allSettled(writes)).find((r) => r.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
    await tx.done;
    return before ? 'updated' : 'added';
  } catch (error) {
    try { tx.abort(); } catch { /* already aborted */ }
    await Promise.allSettled([...writes, tx.done]);
    const detail = error instanceof Error ? error.message || error.name : String(error);
    throw new ValidationError(messages.storageFailed(detail));
  }
}
