/**
 * @file 移行 (migrations): forward-only, numbered upgrade steps. Each step runs inside the
 * versionchange transaction; never edit a released step, add a new one.
 */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { conflictVersion, withVersions } from '../exchange/conflict-versions';
import type { ExchangeRecord } from '../exchange/bundle-schema';
import type { DietDbSchema } from './schema';

type UpgradeTx = IDBPTransaction<DietDbSchema, StoreNames<DietDbSchema>[], 'versionchange'>;
type Migration = (db: IDBPDatabase<DietDbSchema>, tx: UpgradeTx) => void | Promise<void>;

/** migrations[i] upgrades version i → i + 1. */
export const migrations: readonly Migration[] = [
  // v1: questions, notices, audit log.
  (db) => {
    db.createObjectStore('questions', { keyPath: 'key' });
    db.createObjectStore('notices', { keyPath: 'id' });
    const audit = db.createObjectStore('audit', { keyPath: 'id' });
    audit.createIndex('byRecord', 'recordKey');
  },
  // v2: assignments and settings; index questions by session; audit by time.
  (db, tx) => {
    const assignments = db.createObjectStore('assignments', { keyPath: 'id' });
    assignments.createIndex('byQuestion', 'questionKey');
    assignments.createIndex('byBureau', 'bureau');
    db.createObjectStore('settings', { keyPath: 'key' });
    tx.objectStore('questions').createIndex('bySession', ['house', 'session']);
    tx.objectStore('audit').createIndex('byAt', 'at');
  },
  // v3: notices by sitting date; v1 notices lacked `startTime`, fill the 09:00 default.
  async (_db, tx) => {
    const notices = tx.objectStore('notices');
    notices.createIndex('bySitting', 'sittingOn');
    let cursor = await notices.openCursor();
    while (cursor) {
      const value = cursor.value as DietDbSchema['notices']['value'] & { startTime?: string };
      if (!value.startTime) await cursor.update({ ...value, startTime: '09:00' });
      cursor = await cursor.continue();
    }
  },
  // v4: exchange records (交換バンドルの記録) by kind, and unresolved merge conflicts (競合).
  (db) => {
    const exchange = db.createObjectStore('exchange', { keyPath: 'key' });
    exchange.createIndex('byKind', 'kind');
    db.createObjectStore('conflicts', { keyPath: 'key' });
  },
  // v5: a conflict keeps every distinct version (`versions`, keyed by record and version, the local one
  // first) instead of one local/incoming pair that a third bundle overwrote. Rewrites v4 pairs in place.
  async (_db, tx) => {
    const conflicts = tx.objectStore('conflicts');
    let cursor = await conflicts.openCursor();
    while (cursor) {
      const old = cursor.value as unknown as { key: string; kind: DietDbSchema['conflicts']['value']['kind']; id: string; local?: ExchangeRecord; incoming?: ExchangeRecord; versions?: unknown };
      if (!Array.isArray(old.versions)) {
        const versions = [
          ...(old.local ? [conflictVersion(old.local, 'local')] : []),
          ...(old.incoming ? [conflictVersion(old.incoming, 'incoming')] : []),
        ];
        await cursor.update({ ...withVersions(undefined, old.kind, old.id, versions), key: old.key });
      }
      cursor = await cursor.continue();
    }
  },
];

/** Current schema version = number of migrations. */
export const DB_VERSION = migrations.length;
