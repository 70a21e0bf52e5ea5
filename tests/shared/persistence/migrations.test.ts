/**
 * @file IndexedDB migrations: a fresh database and a database upgraded from every earlier version end with exactly the
 * stores, key paths and indexes of the schema (every store checked against the list written out here by hand), and an
 * upgrade keeps the records it finds.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, DatabaseBlockedError, type DietDb, type StoreName, conflictVersionKey, openDietDb } from '@shared/index';
import { fakeAssignmentRecord } from '../exchange/fake-bundle';

/** Every store of shared/persistence/schema.ts with its key path and indexes (index name → key path). */
const EXPECTED_SCHEMA = {
  questions: { keyPath: 'key', indexes: { bySession: ['house', 'session'] } },
  notices: { keyPath: 'id', indexes: { bySitting: 'sittingOn' } },
  assignments: { keyPath: 'id', indexes: { byBureau: 'bureau', byQuestion: 'questionKey' } },
  audit: { keyPath: 'id', indexes: { byAt: 'at', byRecord: 'recordKey' } },
  settings: { keyPath: 'key', indexes: {} },
  exchange: { keyPath: 'key', indexes: { byKind: 'kind' } },
  conflicts: { keyPath: 'key', indexes: {} },
} satisfies Record<StoreName, { keyPath: string; indexes: Record<string, string | string[]> }>;

/** What the opened database really has: each store's key path and its indexes' key paths. */
function schemaOf(db: DietDb): Record<string, { keyPath: unknown; indexes: Record<string, unknown> }> {
  const names = [...db.objectStoreNames] as StoreName[];
  const tx = db.transaction(names, 'readonly');
  return Object.fromEntries(names.map((name) => {
    const store = tx.objectStore(name);
    const indexes = Object.fromEntries([...store.indexNames].map((index) => [index, store.index(index as never).keyPath]));
    return [name, { keyPath: store.keyPath, indexes }];
  }));
}

describe('IndexedDB migrations', () => {
  it('opens a fresh database at the current version with every store, key path and index of the schema', async () => {
    const db = await openDietDb('fresh', new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect(schemaOf(db)).toEqual(EXPECTED_SCHEMA);
    db.close();
  });

  it.each(Array.from({ length: DB_VERSION - 1 }, (_, i) => i + 1))(
    'upgrades an empty version %i database to every store, key path and index of the schema',
    async (version) => {
      const factory = new IDBFactory();
      (await openDietDb('old', factory, version)).close();
      const db = await openDietDb('old', factory);
      expect(db.version).toBe(DB_VERSION);
      expect(schemaOf(db)).toEqual(EXPECTED_SCHEMA);
      db.close();
    },
  );

  it('upgrades a version 1 database with data without losing records, and fills what v3 added (notice start time)', async () => {
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
    expect(schemaOf(db)).toEqual(EXPECTED_SCHEMA);
    expect((await db.get('questions', 'sangiin-221-1'))?.title).toBe('点字版選挙公報の遅延及び投票環境の不備に関する質問主意書');
    expect((await db.get('notices', 'n1'))?.startTime).toBe('09:00');
    expect(await db.getAllFromIndex('questions', 'bySession', ['sangiin', 221])).toHaveLength(1);
    expect(await db.getAllFromIndex('notices', 'bySitting', '2026-06-10')).toHaveLength(1);
    db.close();
  });

  it('v5 rewrites a v4 conflict pair into versions keyed by record and version, the local one first', async () => {
    const factory = new IDBFactory();
    const v4 = await openDietDb('v4', factory, 4);
    const local = fakeAssignmentRecord('a1', 2, { bureau: 'isei', note: '自局のメモ' });
    const incoming = fakeAssignmentRecord('a1', 2, { bureau: 'hoken' });
    await v4.put('conflicts', { key: 'assignments:a1', kind: 'assignments', id: 'a1', local, incoming } as never);
    v4.close();
    const db = await openDietDb('v4', factory);
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('conflicts', 'assignments:a1')).toEqual({
      key: 'assignments:a1', kind: 'assignments', id: 'a1',
      versions: [
        { versionKey: conflictVersionKey(local), origin: 'local', producer: '', record: local },
        { versionKey: conflictVersionKey(incoming), origin: 'incoming', producer: '', record: incoming },
      ],
    });
    db.close();
  });
});

describe('openDietDb with another connection open', () => {
  it('closes an older connection when a newer version opens, and tells its owner in Japanese', async () => {
    const factory = new IDBFactory();
    const told: string[] = [];
    const old = await openDietDb('shared-name', factory, { upTo: DB_VERSION - 1, onVersionChange: (m) => told.push(m) });
    const db = await openDietDb('shared-name', factory);
    expect(db.version).toBe(DB_VERSION);
    expect(told).toEqual([expect.stringMatching(/別のタブで更新されたため.*再読み込みしてください/)]);
    expect(() => old.transaction('questions')).toThrow(); // closed by itself
    db.close();
  });

  it('gives up an upgrade blocked by a connection that does not close, with the Japanese reload message, instead of hanging', async () => {
    const factory = new IDBFactory();
    (await openDietDb('blocked-name', factory, DB_VERSION - 1)).close();
    // A connection from an older build: it ignores versionchange.
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('blocked-name', DB_VERSION - 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const blocked: string[] = [];
    const opening = openDietDb('blocked-name', factory, { onBlocked: (m) => blocked.push(m), blockedTimeoutMs: 50 });
    await expect(opening).rejects.toBeInstanceOf(DatabaseBlockedError);
    await expect(opening).rejects.toThrow(/他のタブや作業ウィンドウ.*再読み込みするか閉じて/);
    expect(blocked).toHaveLength(1);
    stubborn.close();
    // Once the other tab is gone, opening again works.
    const db = await openDietDb('blocked-name', factory);
    expect(db.version).toBe(DB_VERSION);
    db.close();
  });
});
