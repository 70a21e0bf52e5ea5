/**
 * @file 質問通告の保存 (saveClippedNotice): validates a clipped CommitteeNotice and writes it with its audit
 * event (including the 前々日正午 band at the time of saving) in one transaction — both or neither.
 */
import { ValidationError } from '../errors';
import { messages } from '../messages';
import { type CommitteeNotice, committeeNoticeSchema } from '../model/committee-notice';
import type { AuditEvent } from '../model/audit-event';
import { issuesText, japaneseIssues } from '../model/issues-text';
import { clipEventId } from '../exchange/record-ids';
import type { JstInstant } from '../dates/jst';
import { atomically } from '../persistence/atomically';
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
  const parsed = committeeNoticeSchema.safeParse(notice, { error: japaneseIssues });
  if (!parsed.success) throw new ValidationError(messages.invalidRecord('質問通告', issuesText(parsed.error)));
  const record = parsed.data;
  return atomically(db, ['notices', 'audit'], async (tx, write) => {
    const before = await tx.objectStore('notices').get(record.id);
    const earlier = await tx.objectStore('audit').index('byRecord').count(record.id);
    write(tx.objectStore('notices').put(record));
    const event: AuditEvent = {
      id: clipEventId(record.id, earlier + 1), at: savedAt, who: 'capture', action: before ? 'update' : 'create', recordKey: record.id,
      ...(before ? { before } : {}),
      after: { ...record, lateness },
      ...(record.provenance[0] ? { provenance: record.provenance[0] } : {}),
    };
    write(tx.objectStore('audit').add(event));
    return before ? 'updated' : 'added';
  });
}
