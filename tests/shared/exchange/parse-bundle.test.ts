/** @file 不正なバンドルの表: each kind of bad bundle → its Japanese reason, and the store is unchanged. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BundleRejectedError, applyBundle, emptyBundle, openDietDb, parseBundle } from '@shared/index';
import { fakeAssignmentRecord } from './fake-bundle';
import { jstInstant } from '../../helpers/dates';

const at = jstInstant('2026-06-08T12:00:00+09:00');
const good = () => {
  const b = emptyBundle('addin', at, 1);
  b.records.assignments.push(fakeAssignmentRecord('a1', 1));
  return b;
};

const badBundles: { name: string; text: string; reason: string; message: RegExp; limits?: { maxBytes: number; maxRecords: number } }[] = [
  { name: 'bad JSON', text: '{"format": "kokkai', reason: 'json', message: /JSON として読み取れません/ },
  { name: 'not a bundle', text: JSON.stringify({ hello: 1 }), reason: 'format', message: /交換バンドルではありません/ },
  { name: 'wrong version', text: JSON.stringify({ ...good(), version: 99 }), reason: 'version', message: /版 99 には対応していません/ },
  {
    name: 'wrong schema (bad instant)',
    text: JSON.stringify({ ...good(), producedAt: '昨日' }),
    reason: 'schema',
    message: /交換バンドルの形式が正しくありません: producedAt: 無効なISO日時/,
  },
  {
    name: 'live record without data',
    text: JSON.stringify({ ...good(), records: { assignments: [{ id: 'x', rev: 1, updatedAt: at }] } }),
    reason: 'schema',
    message: /data がありません/,
  },
  {
    name: 'duplicate ids',
    text: JSON.stringify({ ...good(), records: { assignments: [fakeAssignmentRecord('a1', 1), fakeAssignmentRecord('a1', 2)] } }),
    reason: 'duplicate',
    message: /割振りの ID が重複しています: 「a1」/,
  },
  { name: 'oversized (bytes)', text: JSON.stringify(good()), reason: 'oversized', message: /大きすぎます/, limits: { maxBytes: 100, maxRecords: 10 } },
  {
    name: 'oversized (records)',
    text: JSON.stringify({ ...good(), records: { assignments: [1, 2, 3].map((i) => fakeAssignmentRecord(`a${i}`, 1)) } }),
    reason: 'oversized',
    message: /記録が多すぎます \(3 件、上限 2 件\)/,
    limits: { maxBytes: 1_000_000, maxRecords: 2 },
  },
];

describe('parseBundle', () => {
  it('accepts a valid bundle and fills defaults', () => {
    const text = JSON.stringify({ ...good(), records: { assignments: good().records.assignments } });
    const parsed = parseBundle(text);
    expect(parsed.records.assignments).toHaveLength(1);
    expect(parsed.records.releases).toEqual([]);
  });

  for (const bad of badBundles) {
    it(`rejects ${bad.name} with a Japanese reason and leaves the store unchanged`, async () => {
      const db = await openDietDb(`bad-${bad.name}`, new IDBFactory());
      await applyBundle(db, good());
      const before = await db.getAll('exchange');
      let error: unknown;
      try {
        await applyBundle(db, parseBundle(bad.text, bad.limits));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(BundleRejectedError);
      expect((error as BundleRejectedError).reason).toBe(bad.reason);
      expect((error as Error).message).toMatch(bad.message);
      expect(await db.getAll('exchange')).toEqual(before);
      db.close();
    });
  }
});
