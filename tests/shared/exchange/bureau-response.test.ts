/** @file 局の回答: saving 受諾・異議・進捗 (one record per slot, 版 +1 on change, nothing written when refused), 取消 as a tombstone, merge and parse of `responses`. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  type AnswerStage, type Assignment, BundleRejectedError, ValidationError, answersAllocation, applyBundle, bureauView, emptyBundle, loadLocalBundle, mergeBundle, openDietDb, parseBundle, responseId,
  milestoneDone, parseResponseId, retractBureauResponse, saveBureauResponse,
} from '@shared/index';
import { bureauBundle } from './bureau-fixture';
import { jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局' };
const now = jstInstant('2026-06-09T11:00:00+09:00');

async function dbWithAssignments() {
  const db = await openDietDb(`responses-${Math.random()}`, new IDBFactory());
  await applyBundle(db, bureauBundle());
  return db;
}

const stored = async (db: Awaited<ReturnType<typeof dbWithAssignments>>) => (await loadLocalBundle(db, 'x', now)).records.responses;

describe('saveBureauResponse', () => {
  it('records 受諾 at 版 1 with the 問 taken from the assignment, and saving the same again changes nothing', async () => {
    const db = await dbWithAssignments();
    const first = await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'accept', at: jstInstant('2026-06-09T10:05:00+09:00'), by: '田中' }, now);
    expect(first.changed).toBe(true);
    expect(first.record).toMatchObject({
      id: 'response:isei:decision:as-1', rev: 1, updatedBy: '田中',
      data: { type: 'accept', assignmentId: 'as-1', questionKey: 'sangiin-221-37', itemLabel: '一', bureau: 'isei', at: jstInstant('2026-06-09T10:05:00+09:00'), by: '田中' },
    });
    const again = await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'accept', at: jstInstant('2026-06-09T10:05:00+09:00'), by: '田中' }, now);
    expect(again.changed).toBe(false);
    expect((await stored(db)).map((r) => r.rev)).toEqual([1]);
  });

  it('an 異議 after a 受諾 replaces it as 版 2 of the same decision record; each progress stage is its own record', async () => {
    const db = await dbWithAssignments();
    await saveBureauResponse(db, isei, { assignmentId: 'as-2', type: 'accept', at: now, by: '田中' }, now);
    await saveBureauResponse(db, isei, { assignmentId: 'as-2', type: 'objection', reason: { kind: 'otherBureau', bureau: 'hoken' }, at: now, by: '鈴木' }, now);
    await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'progress', stage: 'started', at: now, by: '田中' }, now);
    await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'progress', stage: 'drafted', at: jstInstant('2026-06-09T16:00:00+09:00'), by: '田中' }, now);
    const records = await stored(db);
    expect(records.map((r) => [r.id, r.rev])).toEqual([
      ['response:isei:decision:as-2', 2], ['response:isei:drafted:as-1', 1], ['response:isei:started:as-1', 1],
    ]);
    const view = bureauView((await loadLocalBundle(db, 'x', now)).records, isei, now);
    const two = view.rows.find((r) => r.assignmentId === 'as-2')!;
    expect(two.decision).toMatchObject({ type: 'objection', reason: { kind: 'otherBureau', bureau: 'hoken' }, by: '鈴木' });
    expect(view.rows.find((r) => r.assignmentId === 'as-1')!.progress.map((p) => p.stage)).toEqual(['started', 'drafted']);
  });

  it('a deadline the bureau has reported done is no longer ahead nor 期限超過: 原案了 clears 問一\'s 原案 (18:00), 着手 does not', async () => {
    const db = await openDietDb(`responses-${Math.random()}`, new IDBFactory());
    const bundle = bureauBundle();
    bundle.records.assignments[0] = { ...bundle.records.assignments[0]!, data: { ...bundle.records.assignments[0]!.data!, state: 'final' } };
    await applyBundle(db, bundle);
    const at19 = jstInstant('2026-06-09T19:00:00+09:00');
    const rowOne = async () => bureauView((await loadLocalBundle(db, 'x', at19)).records, isei, at19).rows.find((r) => r.assignmentId === 'as-1')!;
    await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'progress', stage: 'started', at: now, by: '田中' }, now);
    expect(await rowOne()).toMatchObject({ overdue: true, deadlinesDone: false, nextMilestone: { label: '原案' } });
    await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'progress', stage: 'drafted', at: jstInstant('2026-06-09T17:30:00+09:00'), by: '田中' }, now);
    const done = await rowOne();
    expect(done.state).toBe('final');
    expect(done).toMatchObject({ overdue: false, dueSoon: false });
    expect(done.nextMilestone).toBeUndefined();
    expect(done.deadlinesDone).toBe(true);
  });

  it('which report completes which deadline: 割振り確定 by the 確定 割振り only; 合議了 by the 合議 bureau\'s 課長了; 局長了 by 局長了', () => {
    const row = (reached: AnswerStage | undefined, state: Assignment['state'] = 'final') => ({ reached, state });
    expect(milestoneDone('allocation', row(undefined))).toBe(true);
    expect(milestoneDone('allocation', row('directorApproved', 'proposed'))).toBe(false);
    expect(milestoneDone('draft', row('drafted'))).toBe(true);
    expect(milestoneDone('draft', row('started'))).toBe(false);
    expect(milestoneDone('answerConcurrence', row('drafted'))).toBe(false);
    expect(milestoneDone('answerConcurrence', row('sectionChiefApproved'))).toBe(true);
    expect(milestoneDone('concurrence', row('drafted'))).toBe(false);
    expect(milestoneDone('concurrence', row('sectionChiefApproved'))).toBe(true);
    expect(milestoneDone('directorApproval', row('sectionChiefApproved'))).toBe(false);
    expect(milestoneDone('directorApproval', row('directorApproved'))).toBe(true);
    expect(milestoneDone('cabinetRequest', row('directorApproved'))).toBe(false);
  });

  it('refuses another bureau\'s 割振り, an unknown one and an 異議 without its reason, in Japanese, writing nothing', async () => {
    const db = await dbWithAssignments();
    await expect(saveBureauResponse(db, isei, { assignmentId: 'as-3', type: 'accept', at: now, by: '田中' }, now))
      .rejects.toThrow('この割振りは医政局のものではありません');
    await expect(saveBureauResponse(db, isei, { assignmentId: 'as-99', type: 'accept', at: now, by: '田中' }, now))
      .rejects.toThrow(/割振りが見つかりません/);
    const noReason = saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'objection', reason: { kind: 'other', text: '  ' }, at: now, by: '田中' }, now);
    await expect(noReason).rejects.toBeInstanceOf(ValidationError);
    await expect(noReason).rejects.toThrow(/異議の理由を入力してください/);
    await expect(saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'accept', at: now, by: '' }, now)).rejects.toThrow(/担当者を入力してください/);
    expect(await stored(db)).toEqual([]);
  });

  it('取消 writes a tombstone at 版 + 1 that an older copy in a later bundle does not bring back', async () => {
    const db = await dbWithAssignments();
    const { record } = await saveBureauResponse(db, isei, { assignmentId: 'as-1', type: 'progress', stage: 'directorApproved', at: now, by: '田中' }, now);
    const tombstone = await retractBureauResponse(db, isei, record.id, '田中', now);
    expect(tombstone).toMatchObject({ id: record.id, rev: 2, deleted: true });
    const old = emptyBundle('report:isei:x', now, 1);
    old.records.responses.push(record);
    await applyBundle(db, old);
    expect((await stored(db))[0]).toMatchObject({ rev: 2, deleted: true });
    await expect(retractBureauResponse(db, { id: 'hoken' }, record.id, '佐藤', now)).rejects.toThrow('自局の回答ではないため取り消せません');
  });
});

describe('responses in the bundle', () => {
  it('builds and reads back ids whose assignment id contains colons', () => {
    const id = responseId('isei', 'sectionChiefApproved', 'as-notice-ab#問:1-2');
    expect(parseResponseId(id)).toEqual({ bureau: 'isei', slot: 'sectionChiefApproved', assignmentId: 'as-notice-ab#問:1-2' });
    expect(parseResponseId('response:isei:later:as-1')).toBeUndefined();
  });

  it('a version-2 bundle is read as version 3 without responses; a response whose id does not match its data is refused', () => {
    const v2 = { ...emptyBundle('addin', now, 1), version: 2 };
    const { responses: _r, ...records } = v2.records;
    const read = parseBundle(JSON.stringify({ ...v2, records }));
    expect(read.version).toBe(3);
    expect(read.records.responses).toEqual([]);
    const bad = emptyBundle('report:isei:x', now, 1);
    bad.records.responses.push({
      id: 'response:isei:decision:as-2', rev: 1, updatedAt: now, updatedBy: '田中', deleted: false,
      data: { type: 'accept', assignmentId: 'as-1', questionKey: 'q', itemLabel: '一', bureau: 'isei', at: now, by: '田中' },
    });
    expect(() => parseBundle(JSON.stringify(bad))).toThrow(BundleRejectedError);
    expect(() => parseBundle(JSON.stringify(bad))).toThrow(/局の回答の ID 「response:isei:decision:as-2」 が内容と合いません/);
  });

  it('two people recording the same stage differently at the same 版 meet as one conflict; merging twice changes nothing', () => {
    const record = (by: string) => ({
      id: 'response:isei:drafted:as-1', rev: 1, updatedAt: now, updatedBy: by, deleted: false,
      data: { type: 'progress' as const, stage: 'drafted' as const, assignmentId: 'as-1', questionKey: 'q', itemLabel: '一', bureau: 'isei', at: now, by },
    });
    const a = emptyBundle('a', now, 1);
    a.records.responses.push(record('田中'));
    const b = emptyBundle('b', now, 1);
    b.records.responses.push(record('鈴木'));
    const merged = mergeBundle(a, b);
    expect(merged.conflicts.map((c) => c.key)).toEqual(['responses:response:isei:drafted:as-1']);
    expect(mergeBundle(merged.bundle, b).bundle.records).toEqual(mergeBundle(merged.bundle, b).bundle.records);
    expect(mergeBundle(mergeBundle(b, a).bundle, a).conflicts).toHaveLength(1);
    const once = mergeBundle(a, a);
    expect(once.added + once.updated + once.deleted + once.conflicts.length).toBe(0);
  });

  it('a 異議 given before a reassignment (older than the assignment\'s proposedAt) no longer shows on the card', () => {
    const b = bureauBundle();
    b.records.responses.push({
      id: 'response:isei:decision:as-1', rev: 1, updatedAt: now, updatedBy: '田中', deleted: false,
      data: { type: 'objection', reason: { kind: 'otherMinistry', ministry: '文部科学省' }, assignmentId: 'as-1', questionKey: 'sangiin-221-37', itemLabel: '一', bureau: 'isei', at: jstInstant('2026-06-08T09:00:00+09:00'), by: '田中' },
    });
    const before = bureauView(b.records, isei, now).rows.find((r) => r.assignmentId === 'as-1')!;
    expect(before.decision).toBeUndefined();
    b.records.responses[0]!.data!.at = jstInstant('2026-06-08T10:30:00+09:00');
    expect(bureauView(b.records, isei, now).rows.find((r) => r.assignmentId === 'as-1')!.decision).toMatchObject({ type: 'objection' });
  });

  it('a decision typed to the minute answers an allocation made within that minute (seconds are not typed)', () => {
    expect(answersAllocation(jstInstant('2026-06-09T10:30:00+09:00'), jstInstant('2026-06-09T10:30:41+09:00'))).toBe(true);
    expect(answersAllocation(jstInstant('2026-06-09T10:29:00+09:00'), jstInstant('2026-06-09T10:30:41+09:00'))).toBe(false);
  });
});
