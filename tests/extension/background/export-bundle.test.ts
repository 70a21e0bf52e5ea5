/** @file exportCapturedBundle: captured questions → bundle with 問 and milestones; 版 bumps only on change. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type StoredWrittenQuestion, openDietDb, parseBundle, saveJurisdictions, saveSessions } from '@shared/index';
import { exportCapturedBundle } from '../../../extension/background/export-bundle';
import { isoDate, jstInstant } from '../../helpers/dates';

const question: StoredWrittenQuestion = {
  key: 'sangiin-221-37', kind: 'written', house: 'sangiin', session: 221, number: 37, title: '医師の働き方改革に関する質問主意書',
  submitters: ['山田太郎'], transferredOn: isoDate('2026-06-08'), extensions: [], answerItems: [], provenance: [], userEdited: [],
  items: [{ label: '一', text: '問一の本文' }, { label: '二', text: '問二の本文' }],
  questionUrl: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221037.htm',
};

describe('exportCapturedBundle', () => {
  it('exports questions, their 問 and milestones as a valid bundle; unchanged records keep their 版', async () => {
    const db = await openDietDb('export-1', new IDBFactory());
    await db.put('questions', question);
    const first = await exportCapturedBundle(db, jstInstant('2026-06-08T12:00:00+09:00'), '総務課');
    expect(parseBundle(JSON.stringify(first)).records.items.map((r) => r.id)).toEqual(['sangiin-221-37#一', 'sangiin-221-37#二']);
    expect(first.records.questions[0]).toMatchObject({ id: 'sangiin-221-37', rev: 1, updatedBy: '総務課' });
    expect(first.records.milestones.length).toBeGreaterThan(0);
    expect(first.records.milestones.every((m) => m.data!.questionKey === 'sangiin-221-37')).toBe(true);

    const again = await exportCapturedBundle(db, jstInstant('2026-06-08T13:00:00+09:00'), '総務課');
    expect(again.records.questions[0]!.rev).toBe(1);
    expect(again.revision).toBe(first.revision + 1);

    await db.put('questions', { ...question, title: '医師の働き方改革等に関する質問主意書' });
    const edited = await exportCapturedBundle(db, jstInstant('2026-06-08T14:00:00+09:00'), '総務課');
    expect(edited.records.questions[0]).toMatchObject({ rev: 2, updatedAt: jstInstant('2026-06-08T14:00:00+09:00') });
    expect(edited.records.items[0]!.rev).toBe(1);
  });

  it('carries the 会期表 (built-in + captured) and uses the question\'s session for its milestones', async () => {
    const db = await openDietDb('export-2', new IDBFactory());
    // Transferred on the last open day of 第217回 (ends Sun 6/22): the milestones are compressed and in order.
    await db.put('questions', { ...question, key: 'sangiin-217-240', session: 217, number: 240, transferredOn: isoDate('2025-06-20') });
    await saveSessions(db, [{ number: 222, kind: '臨時会', start: isoDate('2026-09-01'), end: isoDate('2026-09-30'), extensions: [], source: 'test' }]);
    const bundle = parseBundle(JSON.stringify(await exportCapturedBundle(db, jstInstant('2026-06-08T12:00:00+09:00'), '総務課')));
    expect(bundle.sessions.map((s) => s.number)).toEqual([211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222]);
    const byKind = new Map(bundle.records.milestones.map((m) => [m.data!.kind, m.data!.dueAt]));
    const inWorkOrder = ['allocation', 'draft', 'concurrence', 'legislationBureau', 'cabinetRequest'].map((k) => byKind.get(k)!);
    expect(inWorkOrder).toEqual([
      jstInstant('2025-06-20T17:00:00+09:00'), jstInstant('2025-06-20T18:00:00+09:00'), jstInstant('2025-06-20T18:00:00+09:00'), jstInstant('2025-06-23T11:00:00+09:00'), jstInstant('2025-06-23T12:00:00+09:00'),
    ]);
  });

  it('no 内部締切 for a question the list says is answered, or one marked 他省庁; the marking itself travels', async () => {
    const db = await openDietDb(`export-${Math.random()}`, new IDBFactory());
    await db.put('questions', { ...question, key: 'sangiin-221-38', number: 38, answerUrl: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/touh/t221038.htm' });
    await db.put('questions', { ...question, key: 'sangiin-221-39', number: 39 });
    await db.put('questions', { ...question, key: 'sangiin-221-40', number: 40 });
    await saveJurisdictions(db, ['sangiin-221-39'], { scope: 'other', ministry: '国土交通省' }, '官房総務課', jstInstant('2026-06-08T11:00:00+09:00'));
    const bundle = parseBundle(JSON.stringify(await exportCapturedBundle(db, jstInstant('2026-06-08T12:00:00+09:00'), '総務課')));
    expect([...new Set(bundle.records.milestones.map((m) => m.data!.questionKey))]).toEqual(['sangiin-221-40']);
    expect(bundle.records.jurisdictions.map((r) => [r.id, r.data])).toEqual([['sangiin-221-39', { questionKey: 'sangiin-221-39', scope: 'other', ministry: '国土交通省' }]]);
  });
});
