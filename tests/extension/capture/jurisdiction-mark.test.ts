/** @file markJurisdictions: the popup's 当省分 request is checked, saved in one transaction, and the 担当者 remembered. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { loadLocalBundle, openDietDb } from '@shared/index';
import { EDITOR_KEY } from '../../../extension/background/capture-edit';
import { markJurisdictions } from '../../../extension/background/jurisdiction-mark';
import { JURISDICTION_MARK } from '../../../extension/platform/messaging';
import { jstInstant } from '../../helpers/dates';

const now = () => jstInstant('2026-07-15T10:00:00+09:00');

describe('markJurisdictions', () => {
  it('marks the keys, answers with the sentence, remembers the 担当者', async () => {
    const db = await openDietDb(`mark-${Math.random()}`, new IDBFactory());
    const reply = await markJurisdictions({ db, now }, {
      type: JURISDICTION_MARK, keys: ['shugiin-221-30', 'shugiin-221-31'], marking: { scope: 'own', role: '合議' }, who: ' 官房総務課 山田 ',
    });
    expect(reply).toEqual({ changed: 2, message: '2 件を当省 (合議)にしました。' });
    expect((await loadLocalBundle(db, 'extension', now())).records.jurisdictions.map((r) => r.data)).toEqual([
      { questionKey: 'shugiin-221-30', scope: 'own', role: '合議' }, { questionKey: 'shugiin-221-31', scope: 'own', role: '合議' },
    ]);
    expect((await db.get('settings', EDITOR_KEY))?.value).toBe('官房総務課 山田');
  });

  it('refuses a malformed request or an empty ministry name in Japanese, writing nothing', async () => {
    const db = await openDietDb(`mark-${Math.random()}`, new IDBFactory());
    await expect(markJurisdictions({ db, now }, { type: JURISDICTION_MARK, keys: [], marking: { scope: 'none' }, who: '山田' }))
      .rejects.toThrow('当省分の指定の形式が正しくありません。');
    await expect(markJurisdictions({ db, now }, { type: JURISDICTION_MARK, keys: ['k'], marking: { scope: 'other', ministry: ' ' }, who: '山田' }))
      .rejects.toThrow('他省庁の省庁名を入力してください。');
    await expect(markJurisdictions({ db, now }, { type: JURISDICTION_MARK, keys: ['k'], marking: { scope: 'own', role: '執筆' }, who: '山田' }))
      .rejects.toThrow('当省分の指定の形式が正しくありません。');
    expect(await db.count('exchange')).toBe(0);
  });
});
