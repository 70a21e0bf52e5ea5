/**
 * @file 日時の比較の性質 (instant comparison properties): seeded instants written with random offsets (Z,
 * +09:00, −05:00, +14:00 …) compare as the instants they are, and mergeBundle keeps the later updatedAt and
 * producedAt whatever the spelling and whichever side comes first.
 */
import { describe, expect, it } from 'vitest';
import { type JstInstant, compareInstants, emptyBundle, mergeBundle, toEpochMs } from '@shared/index';
import { fakeAssignmentRecord } from '../shared/exchange/fake-bundle';
import { jstInstant } from '../helpers/dates';
import { rng } from './hostile-values';

const CASES = 2000;

/** The instant `ms` spelled with an offset of `minutes` ('Z' for 0 half of the time). */
function spell(ms: number, minutes: number, zulu: boolean): JstInstant {
  const d = new Date(ms + minutes * 60_000);
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const body = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  if (minutes === 0 && zulu) return jstInstant(`${body}Z`);
  return jstInstant(`${body}${minutes < 0 ? '-' : '+'}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`);
}

const OFFSETS = [0, 540, -300, 840, -720, 330, 345, -210];

describe('instants compared as instants', () => {
  it('compareInstants has the sign of the epoch difference for any offsets', () => {
    const r = rng(401);
    const base = Date.UTC(2026, 5, 8);
    for (let i = 0; i < CASES; i++) {
      const a = base + r.int(-86_400, 86_400) * 1000;
      const b = r.chance(0.2) ? a : base + r.int(-86_400, 86_400) * 1000;
      const sa = spell(a, r.pick(OFFSETS), r.chance(0.5));
      const sb = spell(b, r.pick(OFFSETS), r.chance(0.5));
      expect(toEpochMs(sa), sa).toBe(a);
      expect(Math.sign(compareInstants(sa, sb)), `${sa} vs ${sb}`).toBe(Math.sign(a - b));
    }
  });

  it('mergeBundle keeps the later updatedAt (same 版, different content) and the later producedAt, in either order', () => {
    const r = rng(402);
    const base = Date.UTC(2026, 5, 8);
    for (let i = 0; i < 500; i++) {
      const ta = base + r.int(0, 3600) * 1000;
      const tb = ta + r.int(1, 3600) * 1000; // b strictly later
      const a = emptyBundle('a', spell(ta, r.pick(OFFSETS), true));
      const b = emptyBundle('b', spell(tb, r.pick(OFFSETS), true));
      a.records.assignments.push({ ...fakeAssignmentRecord('x1', 2, { note: 'A' }), updatedAt: spell(ta, r.pick(OFFSETS), true) });
      b.records.assignments.push({ ...fakeAssignmentRecord('x1', 2, { note: 'B' }), updatedAt: spell(tb, r.pick(OFFSETS), true) });
      for (const [first, second] of [[a, b], [b, a]] as const) {
        const merged = mergeBundle(first, second);
        expect(merged.bundle.records.assignments[0]!.data!.note, `${a.producedAt} / ${b.producedAt}`).toBe('B');
        expect(merged.bundle.producedAt).toBe(b.producedAt);
      }
    }
  });
});
