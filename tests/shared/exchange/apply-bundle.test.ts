/** @file applyBundle: merges into IndexedDB in one transaction; conflicts stored; failure changes nothing. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BundleRejectedError, applyBundle, applyConflictChoice, emptyBundle, loadLocalBundle, mergeBundle, openDietDb } from '@shared/index';
import { fakeAssignmentRecord } from './fake-bundle';
import { jstInstant } from '../../helpers/dates';

const at = jstInstant('2026-06-08T12:00:00+09:00');

describe('applyBundle', () => {
  it('stores incoming records, and applying the same bundle again changes nothing', async () => {
    const db = await openDietDb('apply-1', new IDBFactory());
    const b = emptyBundle('addin', at, 1);
    b.records.assignments.push(fakeAssignmentRecord('a1', 1), fakeAssignmentRecord('a2', 1));
    const first = await applyBundle(db, b);
    expect(first.added).toBe(2);
    const again = await applyBundle(db, b);
    expect(again.added + again.updated + again.deleted).toBe(0);
    const local = await loadLocalBundle(db, 'extension', at);
    expect(local.records.assignments.map((r) => r.id)).toEqual(['a1', 'a2']);
  });

  it('keeps both values of a conflict in the conflicts store', async () => {
    const db = await openDietDb('apply-2', new IDBFactory());
    const mine = emptyBundle('ext', at);
    mine.records.assignments.push(fakeAssignmentRecord('a1', 2, { bureau: 'isei' }));
    await applyBundle(db, mine);
    const theirs = emptyBundle('addin', at);
    theirs.records.assignments.push(fakeAssignmentRecord('a1', 2, { bureau: 'hoken' }));
    await applyBundle(db, theirs);
    const conflicts = await db.getAll('conflicts');
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.versions.map((v) => [v.origin, v.producer, v.record.data])).toEqual([
      ['local', '', expect.objectContaining({ bureau: 'isei' })],
      ['incoming', 'addin', expect.objectContaining({ bureau: 'hoken' })],
    ]);
  });

  it('writes nothing when the store refuses a record midway (one transaction or none)', async () => {
    const db = await openDietDb('apply-3', new IDBFactory());
    const b = emptyBundle('addin', at);
    b.records.assignments.push(fakeAssignmentRecord('a1', 1));
    // A function cannot be cloned into IndexedDB: the second put fails after the first was queued.
    b.records.assignments.push({ ...fakeAssignmentRecord('a2', 1), data: { ...fakeAssignmentRecord('a2', 1).data!, note: (() => 'x') as unknown as string } });
    await expect(applyBundle(db, b)).rejects.toBeInstanceOf(BundleRejectedError);
    await expect(applyBundle(db, b)).rejects.toThrow(/取り込みに失敗しました。データは変更されていません/);
    expect(await db.getAll('exchange')).toEqual([]);
  });
});

describe('conflict resolution', () => {
  it('saves the chosen value at 版 + 1 and removes the conflict; the other side then converges without a new conflict', async () => {
    const db = await openDietDb('apply-4', new IDBFactory());
    const mine = emptyBundle('ext', at);
    mine.records.assignments.push(fakeAssignmentRecord('a1', 2, { bureau: 'isei' }));
    await applyBundle(db, mine);
    const theirs = emptyBundle('addin', at);
    theirs.records.assignments.push(fakeAssignmentRecord('a1', 2, { bureau: 'hoken' }));
    await applyBundle(db, theirs);
    const [, incoming] = (await db.get('conflicts', 'assignments:a1'))!.versions;
    expect(await applyConflictChoice(db, 'assignments:a1', 'no-such-version', '官房総務課', at)).toBeUndefined();
    expect(await db.count('conflicts')).toBe(1);
    const record = await applyConflictChoice(db, 'assignments:a1', incoming!.versionKey, '官房総務課', jstInstant('2026-06-08T13:00:00+09:00'));
    expect(record).toMatchObject({ rev: 3, updatedBy: '官房総務課', data: { bureau: 'hoken' } });
    expect(await db.count('conflicts')).toBe(0);
    const resolved = await loadLocalBundle(db, 'ext', at);
    const other = mergeBundle(theirs, resolved);
    expect(other.conflicts).toEqual([]);
    expect(other.bundle.records.assignments[0]).toEqual(record);
    expect(await applyConflictChoice(db, 'assignments:a1', incoming!.versionKey, 'x', at)).toBeUndefined();
  });
});
