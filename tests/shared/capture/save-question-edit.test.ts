/** @file saveQuestionEdit: the edit and its audit event in one transaction; a later capture keeps the edited field. */
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { type DietDb, type Provenance, openDietDb, saveCapturedQuestions, saveQuestionEdit } from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const base = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const listRow = { house: 'shugiin' as const, session: 221, number: 30, title: '介護人材の確保に関する質問主意書', submitters: ['山田太郎'], progressText: '質問受理', progressUrl: `${base}221030.htm` };
const progressPage = { ...listRow, submittedOn: '2026-07-01', transferredOn: '2026-07-03', progressText: '内閣転送' };
const provenance = (capturedAt: string, contentHash: string, sourceUrl = `${base}kaiji221_l.htm`): Provenance => ({
  sourceUrl, capturedAt: jstInstant(capturedAt), adapterId: 'shugiin/question-list', adapterVersion: '1', contentHash,
});
const at = jstInstant('2026-07-16T09:30:00+09:00');

let db: DietDb;
beforeEach(async () => {
  db = await openDietDb(`edit-${Math.random()}`, new IDBFactory());
  await saveCapturedQuestions(db, [progressPage], provenance('2026-07-15T10:00:00+09:00', 'a'.repeat(64), `${base}221030.htm`));
});

describe('saveQuestionEdit', () => {
  it('stores the corrected field with userEdited and appends the audit event (who, when, before, after)', async () => {
    const saved = await saveQuestionEdit(db, 'shugiin-221-30', { transferredOn: '2026-07-06', title: listRow.title }, { who: '老健局 山田', at });
    expect(saved).toEqual({ key: 'shugiin-221-30', fields: ['transferredOn'] });
    expect(await db.get('questions', 'shugiin-221-30')).toMatchObject({ transferredOn: '2026-07-06', userEdited: ['transferredOn'] });
    const events = await db.getAllFromIndex('audit', 'byRecord', 'shugiin-221-30');
    expect(events.map((e) => e.action)).toEqual(['create', 'edit']);
    expect(events[1]).toEqual({
      id: `edit:shugiin-221-30:${at}:2`, at, who: '老健局 山田', action: 'edit', recordKey: 'shugiin-221-30',
      before: { transferredOn: '2026-07-03' }, after: { transferredOn: '2026-07-06' },
    });
  });

  it('a later capture of the same pages does not overwrite the edit, and still updates the other fields', async () => {
    await saveQuestionEdit(db, 'shugiin-221-30', { title: '介護人材確保 (老健局)', transferredOn: '2026-07-06' }, { who: '老健局 山田', at });
    const summary = await saveCapturedQuestions(db, [{ ...progressPage, progressText: '答弁受理', answeredOn: '2026-07-10' }],
      provenance('2026-07-17T10:00:00+09:00', 'b'.repeat(64), `${base}221030.htm`));
    expect(summary.keptUserEdits).toEqual([{ key: 'shugiin-221-30', fields: ['title', 'transferredOn'] }]);
    expect(await db.get('questions', 'shugiin-221-30')).toMatchObject({
      title: '介護人材確保 (老健局)', transferredOn: '2026-07-06', progressText: '答弁受理', answeredOn: '2026-07-10',
    });
  });

  it('two edits in the same second get distinct audit ids', async () => {
    await saveQuestionEdit(db, 'shugiin-221-30', { title: '一回目' }, { who: 'A', at });
    await saveQuestionEdit(db, 'shugiin-221-30', { title: '二回目' }, { who: 'A', at });
    const edits = (await db.getAllFromIndex('audit', 'byRecord', 'shugiin-221-30')).filter((e) => e.action === 'edit');
    expect(edits.map((e) => [e.id, e.after])).toEqual([
      [`edit:shugiin-221-30:${at}:2`, { title: '一回目' }], [`edit:shugiin-221-30:${at}:3`, { title: '二回目' }],
    ]);
  });

  it('writes nothing when nothing changed, for invalid input, or for a question that is not stored', async () => {
    const before = { questions: await db.getAll('questions'), audit: await db.getAll('audit') };
    expect(await saveQuestionEdit(db, 'shugiin-221-30', { title: listRow.title }, { who: 'A', at })).toEqual({ key: 'shugiin-221-30', fields: [] });
    await expect(saveQuestionEdit(db, 'shugiin-221-30', { title: '' }, { who: 'A', at })).rejects.toThrow('件名を入力してください。');
    await expect(saveQuestionEdit(db, 'shugiin-221-30', { title: '新' }, { who: '', at })).rejects.toThrow('修正者の名前を入力してください');
    await expect(saveQuestionEdit(db, 'shugiin-221-99', { title: '新' }, { who: 'A', at })).rejects.toThrow('この質問 (shugiin-221-99) は保存されていません');
    expect({ questions: await db.getAll('questions'), audit: await db.getAll('audit') }).toEqual(before);
  });

  it('leaves both stores unchanged when the audit write fails (one transaction)', async () => {
    // An event of another record already holds the id this edit will use.
    await db.put('audit', { id: `edit:shugiin-221-30:${at}:2`, at, who: 'x', action: 'x', recordKey: 'other' });
    const before = await db.get('questions', 'shugiin-221-30');
    await expect(saveQuestionEdit(db, 'shugiin-221-30', { title: '新しい件名' }, { who: 'A', at })).rejects.toThrow(/保存に失敗しました。データは変更されていません/);
    expect(await db.get('questions', 'shugiin-221-30')).toEqual(before);
    expect(await db.count('audit')).toBe(2);
  });
});
