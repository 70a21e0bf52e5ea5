/**
 * @file atomically: every write queued in its transaction commits together, or — when the work throws, a write is
 * refused or the work fails after its writes — none does, in any of the stores, and the error says so in Japanese.
 */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DietDb, ValidationError, atomically, openDietDb } from '@shared/index';

const notice = (id: string) => ({
  kind: 'notice', id, house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-10', startTime: '09:00',
  member: '議員A', receivedAt: '2026-06-09T15:40:00+09:00', items: [{ label: '問1', text: '年金について' }], provenance: [],
}) as never;
const event = (id: string, recordKey: string) => ({ id, at: '2026-06-09T15:41:00+09:00', who: 'test', action: 'create', recordKey }) as never;

let db: DietDb;

/** Everything in the two stores the tests write, to compare before and after. */
async function contents() {
  return { notices: await db.getAll('notices'), audit: await db.getAll('audit'), settings: await db.getAll('settings') };
}

beforeEach(async () => {
  db = await openDietDb(`atomically-${Math.random()}`, new IDBFactory());
  await db.put('notices', notice('kept'));
  await db.put('audit', event('e0', 'kept'));
});

describe('atomically', () => {
  it('commits every queued write across stores and returns the work\'s value', async () => {
    const value = await atomically(db, ['notices', 'audit'], async (tx, write) => {
      const before = await tx.objectStore('notices').count();
      write(tx.objectStore('notices').put(notice('n1')));
      write(tx.objectStore('audit').add(event('e1', 'n1')));
      write(tx.objectStore('notices').delete('kept'));
      return before;
    });
    expect(value).toBe(1);
    expect((await db.getAllKeys('notices'))).toEqual(['n1']);
    expect((await db.getAllKeys('audit')).sort()).toEqual(['e0', 'e1']);
  });

  it('rolls back every store when the work throws after queuing writes, and rethrows its ValidationError unchanged', async () => {
    const before = await contents();
    const refusal = new ValidationError('件名を入力してください。');
    const error = await atomically(db, ['notices', 'audit', 'settings'], async (tx, write) => {
      write(tx.objectStore('notices').put(notice('n1')));
      write(tx.objectStore('audit').add(event('e1', 'n1')));
      write(tx.objectStore('settings').put({ key: 'k', value: 1 }));
      write(tx.objectStore('notices').delete('kept'));
      await tx.objectStore('notices').get('kept');
      throw refusal;
    }).catch((e: unknown) => e);
    expect(error).toBe(refusal);
    expect(await contents()).toEqual(before);
  });

  it('rolls back when the work throws synchronously, and reports an unexpected error as a Japanese storage failure', async () => {
    const before = await contents();
    const error = await atomically(db, ['notices'], (tx, write) => {
      write(tx.objectStore('notices').put(notice('n1')));
      throw new TypeError('x is undefined');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toBe('保存に失敗しました。データは変更されていません (x is undefined)。');
    expect(await contents()).toEqual(before);
  });

  it('rolls back the writes queued before a write IndexedDB refuses (an audit id that already exists)', async () => {
    const before = await contents();
    const error = await atomically(db, ['notices', 'audit'], (tx, write) => {
      write(tx.objectStore('notices').put(notice('n1')));
      write(tx.objectStore('audit').add(event('e1', 'n1')));
      write(tx.objectStore('audit').add(event('e0', 'n1')));
      write(tx.objectStore('notices').put(notice('n2')));
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/^保存に失敗しました。データは変更されていません \(.+\)。$/);
    expect(await contents()).toEqual(before);
  });

  it('rolls back when IndexedDB refuses a record synchronously (no key)', async () => {
    const before = await contents();
    const { id: _drop, ...noId } = notice('x') as { id: string };
    const error = await atomically(db, ['notices'], (tx, write) => {
      write(tx.objectStore('notices').put(notice('n1')));
      write(tx.objectStore('notices').put(noId as never));
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('保存に失敗しました。データは変更されていません');
    expect(await contents()).toEqual(before);
  });

  it('lets the caller choose which errors pass unchanged and what a storage failure becomes', async () => {
    class Refused extends Error {}
    const errors = { keep: (e: unknown) => e instanceof Refused, storageFailed: (detail: string) => new Error(`取り込めませんでした (${detail})`) };
    const refused = new Refused('拒否');
    await expect(atomically(db, ['notices'], () => { throw refused; }, errors)).rejects.toBe(refused);
    await expect(atomically(db, ['notices'], () => { throw new ValidationError('検証'); }, errors)).rejects.toThrow('取り込めませんでした (検証)');
  });

  it('commits nothing and fails nothing when the work queues no write', async () => {
    const before = await contents();
    expect(await atomically(db, ['notices'], async (tx) => (await tx.objectStore('notices').get('kept'))?.id)).toBe('kept');
    expect(await contents()).toEqual(before);
  });
});
