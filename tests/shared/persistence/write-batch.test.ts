import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { ValidationError, committeeNoticeSchema, openDietDb, writeBatch } from '@shared/index';

const notice = (id: string, overrides: object = {}) => ({
  kind: 'notice', id, house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-10', startTime: '09:00',
  member: '議員A', receivedAt: '2026-06-09T15:40:00+09:00', items: [{ label: '問1', text: '年金について' }], ...overrides,
});

describe('writeBatch', () => {
  it('writes every valid record in one transaction', async () => {
    const db = await openDietDb('w1', new IDBFactory());
    expect(await writeBatch(db, 'notices', [notice('a'), notice('b')], committeeNoticeSchema, '質問通告')).toBe(2);
    expect(await db.count('notices')).toBe(2);
  });

  it('rejects the whole batch with a Japanese reason when one record is invalid, and keeps the old data', async () => {
    const db = await openDietDb('w2', new IDBFactory());
    await writeBatch(db, 'notices', [notice('keep')], committeeNoticeSchema, '質問通告');
    const bad = [notice('x'), notice('y', { sittingOn: '令和8年6月10日' }), notice('z')];
    const error = await writeBatch(db, 'notices', bad, committeeNoticeSchema, '質問通告').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^質問通告の形式が正しくありません: 2 件目: sittingOn/);
    expect(await db.getAllKeys('notices')).toEqual(['keep']);
  });

  it('aborts the transaction when the store refuses a record, so nothing is half-written', async () => {
    const db = await openDietDb('w3', new IDBFactory());
    // Same key twice is fine for put; a record without the key path is refused by IndexedDB itself.
    const schemaWithoutId = committeeNoticeSchema.omit({ id: true }) as unknown as typeof committeeNoticeSchema;
    const { id: _drop, ...noId } = notice('q');
    const error = await writeBatch(db, 'notices', [notice('p'), noId], schemaWithoutId, '質問通告').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain('保存に失敗しました。データは変更されていません');
    expect(await db.count('notices')).toBe(0);
  });
});
