/** @file mergeBundle の性質: idempotent, commutative for disjoint edits, conflicts surfaced, tombstones respected. */
import { describe, expect, it } from 'vitest';
import { type ExchangeBundle, emptyBundle, mergeBundle, seededRandom } from '@shared/index';
import { fakeAssignmentRecord, fakeBundle } from './fake-bundle';
import { jstInstant } from '../../helpers/dates';

const at = jstInstant('2026-06-08T12:00:00+09:00');

/** Edits a random disjoint subset of records of `base`: side 'a' edits even ids, side 'b' odd ids. */
function editSide(base: ExchangeBundle, side: 'a' | 'b', seed: number): ExchangeBundle {
  const random = seededRandom(seed);
  const out = structuredClone(base);
  out.records.assignments = out.records.assignments.map((r, i) => {
    if (i % 2 !== (side === 'a' ? 0 : 1) || random() < 0.5) return r;
    if (random() < 0.2) return { ...r, rev: r.rev + 1, deleted: true, data: undefined, updatedBy: side };
    return { ...r, rev: r.rev + 1, updatedBy: side, data: r.data && { ...r.data, note: `${side}-${seed}` } };
  });
  const extra = fakeAssignmentRecord(`new-${side}-${seed}`, 1, {}, side);
  out.records.assignments.push(extra);
  return out;
}

describe('mergeBundle', () => {
  it('is idempotent: merging the same bundle twice changes nothing (50 seeded runs)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const local = fakeBundle(40, seed);
      const incoming = fakeBundle(40, seed + 1000);
      const once = mergeBundle(local, incoming).bundle;
      const twice = mergeBundle(once, incoming);
      expect(twice.bundle.records).toEqual(once.records);
      expect(twice.added + twice.updated + twice.deleted).toBe(0);
      expect(mergeBundle(once, once).bundle.records).toEqual(once.records);
    }
  });

  it('is order-independent for disjoint edits: A∪B equals B∪A and both sides\' edits survive (50 seeded runs)', () => {
    for (let seed = 1; seed <= 50; seed++) {
      const base = fakeBundle(30, seed);
      const a = editSide(base, 'a', seed);
      const b = editSide(base, 'b', seed + 7);
      const ab = mergeBundle(a, b);
      const ba = mergeBundle(b, a);
      expect(ab.conflicts).toEqual([]);
      expect(ab.bundle.records).toEqual(ba.bundle.records);
      const byId = new Map(ab.bundle.records.assignments.map((r) => [r.id, r]));
      for (const r of [...a.records.assignments, ...b.records.assignments]) {
        expect(byId.get(r.id)!.rev).toBeGreaterThanOrEqual(r.rev);
      }
      expect(byId.has(`new-a-${seed}`) && byId.has(`new-b-${seed + 7}`)).toBe(true);
    }
  });

  it('surfaces a record edited on both sides since the common 版 as a conflict keeping both values', () => {
    const base = emptyBundle('x', at);
    base.records.assignments.push(fakeAssignmentRecord('a1', 1));
    const mine = structuredClone(base);
    mine.records.assignments[0] = fakeAssignmentRecord('a1', 2, { bureau: 'isei', note: '医政局で執筆' }, '官房');
    const theirs = structuredClone(base);
    theirs.records.assignments[0] = fakeAssignmentRecord('a1', 2, { bureau: 'hoken', note: '保険局で執筆' }, '保険局');
    const result = mergeBundle(mine, theirs);
    expect(result.conflicts).toHaveLength(1);
    const [conflict] = result.conflicts;
    expect(conflict!.key).toBe('assignments:a1');
    expect(conflict!.local.data).toMatchObject({ bureau: 'isei' });
    expect(conflict!.incoming.data).toMatchObject({ bureau: 'hoken' });
    // The value shown while the conflict is open does not depend on merge order.
    expect(mergeBundle(theirs, mine).bundle.records).toEqual(result.bundle.records);
    expect(mergeBundle(theirs, mine).conflicts).toHaveLength(1);
  });

  it('respects tombstones: a deletion at a higher 版 wins and an older live copy never resurrects it', () => {
    const live = emptyBundle('x', at);
    live.records.assignments.push(fakeAssignmentRecord('a1', 1));
    const deleted = emptyBundle('y', at);
    deleted.records.assignments.push({ id: 'a1', rev: 2, updatedAt: at, updatedBy: '官房', deleted: true });
    const merged = mergeBundle(live, deleted);
    expect(merged.deleted).toBe(1);
    expect(merged.bundle.records.assignments).toEqual([deleted.records.assignments[0]]);
    expect(mergeBundle(merged.bundle, live).bundle.records.assignments[0]!.deleted).toBe(true);
    expect(mergeBundle(deleted, live).bundle.records).toEqual(merged.bundle.records);
  });

  it('treats a tombstone and a live edit at the same 版 as a conflict, not a silent delete', () => {
    const edited = emptyBundle('x', at);
    edited.records.assignments.push(fakeAssignmentRecord('a1', 2, { note: '修正' }));
    const deleted = emptyBundle('y', at);
    deleted.records.assignments.push({ id: 'a1', rev: 2, updatedAt: at, updatedBy: '官房', deleted: true });
    expect(mergeBundle(edited, deleted).conflicts.map((c) => c.key)).toEqual(['assignments:a1']);
  });

  it('counts added, updated and deleted records of the incoming bundle', () => {
    const local = emptyBundle('x', at);
    local.records.assignments.push(fakeAssignmentRecord('a1', 1), fakeAssignmentRecord('a2', 1));
    const incoming = emptyBundle('y', jstInstant('2026-06-08T13:00:00+09:00'), 5);
    incoming.records.assignments.push(
      fakeAssignmentRecord('a1', 2, { note: '更新' }),
      { id: 'a2', rev: 2, updatedAt: at, updatedBy: 'y', deleted: true },
      fakeAssignmentRecord('a3', 1),
    );
    const r = mergeBundle(local, incoming);
    expect([r.added, r.updated, r.deleted]).toEqual([1, 1, 1]);
    expect(r.bundle.revision).toBe(5);
    expect(r.bundle.producedAt).toBe('2026-06-08T13:00:00+09:00');
  });
});
