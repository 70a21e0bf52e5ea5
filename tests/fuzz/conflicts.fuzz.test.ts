/**
 * @file 競合の性質 (conflict properties): seeded sequences of bundles that edit the same records at the same
 * 版 with random contents, applied to IndexedDB (fake-indexeddb). After every sequence each stored conflict
 * holds exactly the distinct versions that met — the local one first and never lost — and resolving with any
 * version yields that content at a 版 above all of them, after which the other sides converge.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Assignment, type ExchangeRecord, applyBundle, applyConflictChoice, emptyBundle, loadLocalBundle, mergeBundle, openDietDb, stableJson } from '@shared/index';
import { fakeAssignmentRecord } from '../shared/exchange/fake-bundle';
import { jstInstant } from '../helpers/dates';
import { rng } from './hostile-values';

const SEQUENCES = 25;
const at = jstInstant('2026-06-08T12:00:00+09:00');

describe('conflicts keep every distinct version', () => {
  it('random same-版 edits from several producers: every version kept, local first; any choice settles it', async () => {
    const r = rng(301);
    for (let s = 0; s < SEQUENCES; s++) {
      const db = await openDietDb(`conflict-fuzz-${s}`, new IDBFactory());
      const ids = ['a1', 'a2', 'a3'].slice(0, r.int(1, 3));
      const notes = ['自局のメモ', '保険局へ', '医政局へ', '至急', ''];
      // The user's own version of each record first.
      const mine = emptyBundle('ext', at);
      for (const id of ids) mine.records.assignments.push(fakeAssignmentRecord(id, 2, { note: `${r.pick(notes)}(自)` }));
      await applyBundle(db, mine);
      const seen = new Map(ids.map((id) => [id, new Set([stableJson(mine.records.assignments.find((a) => a.id === id))])]));
      for (let b = r.int(1, 5); b > 0; b--) {
        const bundle = emptyBundle(`addin:${b}`, at);
        for (const id of ids) {
          if (!r.chance(0.7)) continue;
          const record = fakeAssignmentRecord(id, 2, { note: r.pick(notes), bureau: r.pick(['isei', 'hoken']) });
          bundle.records.assignments.push(record);
          seen.get(id)!.add(stableJson(record));
        }
        await applyBundle(db, bundle);
      }
      for (const id of ids) {
        const conflict = await db.get('conflicts', `assignments:${id}`);
        const distinct = seen.get(id)!;
        if (distinct.size === 1) {
          expect(conflict, id).toBeUndefined();
          continue;
        }
        expect(new Set(conflict!.versions.map((v) => stableJson(v.record))), id).toEqual(distinct);
        expect(conflict!.versions[0]!.origin, id).toBe('local');
        expect((conflict!.versions[0]!.record.data as Assignment).note.endsWith('(自)'), id).toBe(true);
        expect(new Set(conflict!.versions.map((v) => v.versionKey)).size, id).toBe(conflict!.versions.length);

        const chosen = r.pick(conflict!.versions);
        const record = (await applyConflictChoice(db, conflict!.key, chosen.versionKey, '官房総務課', jstInstant('2026-06-08T13:00:00+09:00')))!;
        expect(record.data, id).toEqual(chosen.record.data);
        expect(record.rev, id).toBeGreaterThan(Math.max(...conflict!.versions.map((v) => v.record.rev)));
        // Any side holding any of the versions converges on the choice without a new conflict.
        const other = emptyBundle('other', at);
        other.records.assignments.push(r.pick(conflict!.versions).record as ExchangeRecord<'assignments'>);
        const merged = mergeBundle(other, await loadLocalBundle(db, 'ext', at));
        expect(merged.conflicts.filter((c) => c.id === id), id).toEqual([]);
        expect(merged.bundle.records.assignments.find((a) => a.id === id), id).toEqual(record);
      }
      db.close();
    }
  });
});
