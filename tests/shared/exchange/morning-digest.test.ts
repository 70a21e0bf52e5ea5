/** @file 朝のまとめ: new, removed and re-timed 割振り since the last day the popup was opened, and where today starts. */
import { describe, expect, it } from 'vitest';
import { bureauView, digestHeading, digestSnapshot, morningDigest } from '@shared/index';
import { bureauBundle } from './bureau-fixture';
import { fakeAssignmentRecord } from './fake-bundle';
import { jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局' };
const yesterday = jstInstant('2026-06-08T17:00:00+09:00');
const morning = jstInstant('2026-06-09T08:30:00+09:00');

describe('morningDigest', () => {
  it('on the first open of a day lists what changed for my bureau since the last day, and is not shown twice that day', () => {
    const before = bureauBundle();
    const snapshot = digestSnapshot(bureauView(before.records, isei, yesterday).rows, yesterday);
    const after = bureauBundle();
    after.records.assignments = after.records.assignments.filter((a) => a.id !== 'as-2');
    after.records.assignments.push(fakeAssignmentRecord('as-4', 1, { questionKey: 'sangiin-221-37', itemLabel: '三', bureau: 'isei', role: '合議' }));
    after.records.milestones[2]!.data!.dueAt = jstInstant('2026-06-09T09:30:00+09:00');
    const rows = bureauView(after.records, isei, morning).rows;
    const digest = morningDigest(snapshot, rows, morning)!;
    expect(digest.since).toBe('2026-06-08');
    expect(digest.added.map((c) => c.text)).toEqual(['参議院 第221回 第37号 問三 (合議) 締切なし']);
    expect(digest.removed.map((c) => c.text)).toEqual(['参議院 第221回 第37号 問二 (合議)']);
    expect(digest.dueChanged.map((c) => c.text)).toEqual(['参議院 第221回 第37号 問一 (執筆) 割振り 令和8年6月9日(火) 10:00 → 割振り 令和8年6月9日(火) 09:30']);
    expect(digest).toMatchObject({ dueToday: 1, overdue: 0, notAccepted: 2 });
    expect(digestHeading(digest, morning)).toBe('朝のまとめ: 令和8年6月8日(月) からの変更 (08:30 現在)');
    expect(morningDigest(digestSnapshot(rows, morning), rows, jstInstant('2026-06-09T12:00:00+09:00'))).toBeUndefined();
  });

  it('on the very first open gives today\'s state without changes', () => {
    const rows = bureauView(bureauBundle().records, isei, morning).rows;
    const digest = morningDigest(undefined, rows, morning)!;
    expect(digest).toMatchObject({ since: undefined, added: [], removed: [], dueChanged: [], notAccepted: 2 });
    expect(digestHeading(digest, morning)).toBe('朝のまとめ: 本日の状況 (08:30 現在)');
  });
});
