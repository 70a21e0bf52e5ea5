/**
 * @file 当省分の保存 (saveJurisdictions): marks questions 当省 / 他省庁 / 未確認 as `jurisdictions` exchange records —
 * 版 + 1 for a changed marking, a tombstone for 未確認, nothing for an unchanged one — with one audit event per
 * change, all in one readwrite transaction (exchange + audit). Used for one question and for bulk marking of a list.
 */
import { ValidationError } from '../errors';
import type { JstInstant } from '../dates/jst';
import type { AuditEvent } from '../model/audit-event';
import { type Jurisdiction, type JurisdictionMarking, markingLabel } from '../model/jurisdiction';
import { atomically } from '../persistence/atomically';
import type { DietDb } from '../persistence/open-diet-db';
import type { ExchangeRecord } from './bundle-schema';
import { stableJson } from './merge-bundle';
import { exchangeStoreKey, jurisdictionEventId } from './record-ids';

/** What was saved: how many markings changed. */
export interface SavedJurisdictions {
  changed: number;
  /** 「3 件を他省庁 (国土交通省) にしました。」 / 「変更はありません。」. */
  message: string;
}

/**
 * Marks every question of `keys` with `marking` as `who` at `at`. Throws ValidationError in Japanese (no 担当者, no
 * question, storage failure) and then writes nothing.
 * @example await saveJurisdictions(db, ['sangiin-221-38'], { scope: 'other', ministry: '国土交通省' }, '官房総務課 山田', clock.now())
 */
export async function saveJurisdictions(db: DietDb, keys: readonly string[], marking: JurisdictionMarking, who: string, at: JstInstant): Promise<SavedJurisdictions> {
  const by = who.trim();
  if (by === '') throw new ValidationError('担当者の名前を入力してください (当省分の記録に残ります)。');
  const unique = [...new Set(keys)];
  if (unique.length === 0) throw new ValidationError('当省分を指定する質問を選んでください。');
  return atomically(db, ['exchange', 'audit'], async (tx, write) => {
    let changed = 0;
    for (const questionKey of unique) {
      const key = exchangeStoreKey('jurisdictions', questionKey);
      const existing = (await tx.objectStore('exchange').get(key))?.record as ExchangeRecord<'jurisdictions'> | undefined;
      const before = existing && !existing.deleted ? existing.data : undefined;
      const data: Jurisdiction | undefined = marking.scope === 'none' ? undefined : { questionKey, ...marking } as Jurisdiction;
      if (stableJson(before) === stableJson(data)) continue;
      const record = data
        ? { id: questionKey, rev: (existing?.rev ?? 0) + 1, updatedAt: at, updatedBy: by, deleted: false, data }
        : { id: questionKey, rev: existing!.rev + 1, updatedAt: at, updatedBy: by, deleted: true };
      write(tx.objectStore('exchange').put({ key, kind: 'jurisdictions', record: record as ExchangeRecord }));
      const event: AuditEvent = { id: jurisdictionEventId(questionKey, at, record.rev), at, who: by, action: 'jurisdiction', recordKey: questionKey, before, after: data };
      // add, not put: the audit log is append-only.
      write(tx.objectStore('audit').add(event));
      changed++;
    }
    return { changed, message: changed === 0 ? '変更はありません。' : `${changed} 件を${markingLabel(marking)}${marking.scope === 'none' ? 'に戻しました' : 'にしました'}。` };
  });
}
