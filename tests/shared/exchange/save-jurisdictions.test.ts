/** @file saveJurisdictions: 当省分 as exchange records (版 + 1, tombstone for 未確認), an audit event per change, one transaction. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { exchangeStoreKey, loadLocalBundle, openDietDb, saveJurisdictions } from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const at = jstInstant('2026-07-15T10:00:00+09:00');
const later = jstInstant('2026-07-15T10:05:00+09:00');

describe('saveJurisdictions', () => {
  it('marks a whole selection, bumps 版 only for a change, and 未確認 is a tombstone', async () => {
    const db = await openDietDb(`jurisdictions-${Math.random()}`, new IDBFactory());
    const keys = ['shugiin-221-1', 'shugiin-221-2', 'shugiin-221-3'];
    expect(await saveJurisdictions(db, keys, { scope: 'other', ministry: '国土交通省' }, '官房総務課 山田', at))
      .toEqual({ changed: 3, message: '3 件を他省庁 (国土交通省)にしました。' });
    expect(await saveJurisdictions(db, keys, { scope: 'other', ministry: '国土交通省' }, '官房総務課 山田', later))
      .toEqual({ changed: 0, message: '変更はありません。' });
    expect(await saveJurisdictions(db, ['shugiin-221-1'], { scope: 'own', role: '取りまとめ' }, '官房総務課 山田', later)).toMatchObject({ changed: 1 });
    expect(await saveJurisdictions(db, ['shugiin-221-2'], { scope: 'none' }, '官房総務課 山田', later))
      .toEqual({ changed: 1, message: '1 件を未確認に戻しました。' });
    const bundle = await loadLocalBundle(db, 'extension', later);
    expect(bundle.records.jurisdictions.map((r) => [r.id, r.rev, r.deleted, r.data, r.updatedBy])).toEqual([
      ['shugiin-221-1', 2, false, { questionKey: 'shugiin-221-1', scope: 'own', role: '取りまとめ' }, '官房総務課 山田'],
      ['shugiin-221-2', 2, true, undefined, '官房総務課 山田'],
      ['shugiin-221-3', 1, false, { questionKey: 'shugiin-221-3', scope: 'other', ministry: '国土交通省' }, '官房総務課 山田'],
    ]);
    const audit = (await db.getAll('audit')).filter((e) => e.action === 'jurisdiction');
    expect(audit).toHaveLength(5);
    expect(audit.find((e) => e.recordKey === 'shugiin-221-2' && e.at === later)).toMatchObject({
      who: '官房総務課 山田', before: { scope: 'other', ministry: '国土交通省' }, after: undefined,
    });
  });

  it('refuses without a 担当者 or a question, writing nothing', async () => {
    const db = await openDietDb(`jurisdictions-${Math.random()}`, new IDBFactory());
    await expect(saveJurisdictions(db, ['k'], { scope: 'own', role: '合議' }, '　', at)).rejects.toThrow('担当者の名前を入力してください');
    await expect(saveJurisdictions(db, [], { scope: 'own', role: '合議' }, '山田', at)).rejects.toThrow('当省分を指定する質問を選んでください。');
    expect(await db.get('exchange', exchangeStoreKey('jurisdictions', 'k'))).toBeUndefined();
    expect(await db.count('audit')).toBe(0);
  });
});
