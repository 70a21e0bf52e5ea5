import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDietDb } from '@shared/index';

describe('IndexedDB migrations', () => {
  it('upgrades a v1 database with data to the current version without losing records', async () => {
    const factory = new IDBFactory();
    const v1 = await openDietDb('diet', factory, 1);
    expect([...v1.objectStoreNames].sort()).toEqual(['audit', 'notices', 'questions']);
    const tx = v1.transaction(['questions', 'notices'], 'readwrite');
    await tx.objectStore('questions').put({ key: 'sangiin-221-1', kind: 'written', house: 'sangiin', session: 221, number: 1, title: '点字版選挙公報の遅延及び投票環境の不備に関する質問主意書', submitters: ['石垣　のりこ'], extensions: [], items: [], answerItems: [], provenance: [], userEdited: [] } as never);
    // A v1 notice had no start time yet.
    await tx.objectStore('notices').put({ kind: 'notice', id: 'n1', house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-10', member: '議員A', receivedAt: '2026-06-09T15:40:00+09:00', items: [{ label: '問1', text: '…' }], provenance: [] } as never);
    await tx.done;
    v1.close();

    const db = await openDietDb('diet', factory);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['assignments', 'audit', 'notices', 'questions', 'settings']));
    expect((await db.get('questions', 'sangiin-221-1'))?.title).toBe('点字版選挙公報の遅延及び投票環境の不備に関する質問主意書');
    expect((await db.get('notices', 'n1'))?.startTime).toBe('09:00');
    expect(await db.getAllFromIndex('questions', 'bySession', ['sangiin', 221])).toHaveLength(1);
    expect(await db.getAllFromIndex('notices', 'bySitting', '2026-06-10')).toHaveLength(1);
    db.close();
  });

  it('opens a fresh database at the current version with every store', async () => {
    const db = await openDietDb('fresh', new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect(db.objectStoreNames.contains('assignments')).toBe(true);
    db.close();
  });
});
