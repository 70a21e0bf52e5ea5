/** @file saveCapturedQuestions: upsert by (house, session, number), user edits kept, audit with provenance, one transaction. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type Provenance, ValidationError, openDietDb, saveCapturedQuestions } from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const base = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const listUrl = `${base}kaiji221_l.htm`;

function provenance(sourceUrl: string, capturedAt: string, contentHash: string, adapterId = 'shugiin/question-list'): Provenance {
  return { sourceUrl, capturedAt: jstInstant(capturedAt), adapterId, adapterVersion: '1', contentHash };
}

/** Two rows of the 衆議院 list as the adapter reads them (no dates on the list page). */
const listRows = [
  {
    house: 'shugiin' as const, session: 221, number: 1, title: '行き過ぎた緊縮志向に関する質問主意書', submitters: ['緒方林太郎'],
    progressText: '答弁受理', progressUrl: `${base}221001.htm`, questionUrl: `${base}a221001.htm`, answerUrl: `${base}b221001.htm`,
  },
  { house: 'shugiin' as const, session: 221, number: 30, title: '介護人材の確保に関する質問主意書', submitters: ['山田太郎'], progressText: '質問受理', progressUrl: `${base}221030.htm` },
];

/** The 経過 page of No.1 (dates, 会派). */
const progressPage = {
  house: 'shugiin' as const, session: 221, number: 1, title: '行き過ぎた緊縮志向に関する質問主意書', submitters: ['緒方林太郎'], faction: '無所属',
  submittedOn: '2026-02-19', transferredOn: '2026-02-25', answeredOn: '2026-03-03', progressText: '答弁受理', items: [],
};

describe('saveCapturedQuestions', () => {
  it('adds the questions of a list page, with one create audit event each carrying the provenance', async () => {
    const db = await openDietDb('capture-1', new IDBFactory());
    const source = provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64));
    const summary = await saveCapturedQuestions(db, listRows, source);
    expect(summary.added).toEqual(['shugiin-221-1', 'shugiin-221-30']);
    expect(summary.updated).toEqual([]);
    const stored = await db.get('questions', 'shugiin-221-30');
    expect(stored).toMatchObject({ kind: 'written', title: '介護人材の確保に関する質問主意書', progressText: '質問受理', provenance: [source], userEdited: [] });
    const audit = await db.getAll('audit');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toMatchObject({ who: 'capture', action: 'create', recordKey: 'shugiin-221-1', at: source.capturedAt, provenance: source });
    expect(audit[0]!.after).toMatchObject({ title: '行き過ぎた緊縮志向に関する質問主意書', progressText: '答弁受理' });
  });

  it('a later capture updates status, dates and links; the audit event holds before and after of what changed', async () => {
    const db = await openDietDb('capture-2', new IDBFactory());
    await saveCapturedQuestions(db, listRows, provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64)));
    const detail = provenance(`${base}221001.htm`, '2026-07-15T10:00:02+09:00', 'b'.repeat(64), 'shugiin/question-progress');
    const summary = await saveCapturedQuestions(db, [progressPage], detail);
    expect(summary.updated).toEqual(['shugiin-221-1']);
    const stored = (await db.get('questions', 'shugiin-221-1'))!;
    expect(stored).toMatchObject({ submittedOn: '2026-02-19', transferredOn: '2026-02-25', answeredOn: '2026-03-03', faction: '無所属' });
    expect(stored.provenance.map((p) => p.adapterId)).toEqual(['shugiin/question-list', 'shugiin/question-progress']);
    const update = (await db.getAllFromIndex('audit', 'byRecord', 'shugiin-221-1')).find((e) => e.action === 'update')!;
    expect(update.before).toEqual({ faction: undefined, submittedOn: undefined, transferredOn: undefined, answeredOn: undefined });
    expect(update.after).toEqual({ faction: '無所属', submittedOn: '2026-02-19', transferredOn: '2026-02-25', answeredOn: '2026-03-03' });
    expect(update.provenance).toEqual(detail);

    // The list again, a month later: No.30 is now answered with links; the list's missing dates erase nothing.
    const later = provenance(listUrl, '2026-08-23T09:00:00+09:00', 'c'.repeat(64));
    const answered = { ...listRows[1]!, progressText: '答弁受理', questionUrl: `${base}a221030.htm`, answerUrl: `${base}b221030.htm` };
    const again = await saveCapturedQuestions(db, [listRows[0]!, answered], later);
    expect(again).toMatchObject({ added: [], updated: ['shugiin-221-30'], unchanged: ['shugiin-221-1'] });
    expect((await db.get('questions', 'shugiin-221-1'))!.transferredOn).toBe('2026-02-25');
    expect((await db.get('questions', 'shugiin-221-30'))!).toMatchObject({ progressText: '答弁受理', answerUrl: `${base}b221030.htm` });
    expect((await db.get('questions', 'shugiin-221-30'))!.provenance).toEqual([later]);
  });

  it('never overwrites a field the user edited, but still updates the others', async () => {
    const db = await openDietDb('capture-3', new IDBFactory());
    await saveCapturedQuestions(db, listRows, provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64)));
    const mine = (await db.get('questions', 'shugiin-221-30'))!;
    await db.put('questions', { ...mine, title: '介護人材確保 (担当: 老健局)', userEdited: ['title'] });
    const summary = await saveCapturedQuestions(
      db,
      [{ ...listRows[1]!, title: '介護人材の確保に関する再質問主意書', progressText: '答弁受理' }],
      provenance(listUrl, '2026-08-23T09:00:00+09:00', 'c'.repeat(64)),
    );
    expect(summary.keptUserEdits).toEqual([{ key: 'shugiin-221-30', fields: ['title'] }]);
    const stored = (await db.get('questions', 'shugiin-221-30'))!;
    expect(stored.title).toBe('介護人材確保 (担当: 老健局)');
    expect(stored.progressText).toBe('答弁受理');
    const update = (await db.getAllFromIndex('audit', 'byRecord', 'shugiin-221-30')).find((e) => e.action === 'update')!;
    expect(update.after).toEqual({ progressText: '答弁受理' });
  });

  it('writes nothing and no audit event when the page shows nothing new', async () => {
    const db = await openDietDb('capture-4', new IDBFactory());
    const first = provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64));
    await saveCapturedQuestions(db, listRows, first);
    const summary = await saveCapturedQuestions(db, listRows, provenance(listUrl, '2026-07-15T11:00:00+09:00', 'd'.repeat(64)));
    expect(summary).toMatchObject({ added: [], updated: [], unchanged: ['shugiin-221-1', 'shugiin-221-30'] });
    expect(await db.count('audit')).toBe(2);
    expect((await db.get('questions', 'shugiin-221-1'))!.provenance).toEqual([first]);
  });

  it('refuses a new question without a title in Japanese and writes none of the page', async () => {
    const db = await openDietDb('capture-5', new IDBFactory());
    const untitled = { house: 'shugiin' as const, session: 221, number: 31 };
    const attempt = saveCapturedQuestions(db, [listRows[0]!, untitled], provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64)));
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    await expect(attempt).rejects.toThrow('第31号はまだ保存されておらず、このページには件名がありません。先に質問の一覧か経過 (参議院は明細) のページで取り込んでください。何も保存していません。');
    expect(await db.count('questions')).toBe(0);
    expect(await db.count('audit')).toBe(0);
  });

  it('refuses a page with no questions or a malformed row', async () => {
    const db = await openDietDb('capture-6', new IDBFactory());
    const source = provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64));
    await expect(saveCapturedQuestions(db, [], source)).rejects.toThrow('このページから質問を読み取れませんでした。何も保存していません。');
    await expect(saveCapturedQuestions(db, [{ house: 'shugiin', session: 221, number: 0, title: 'x' }], source)).rejects.toThrow(/1 件目: number/);
    await expect(saveCapturedQuestions(db, listRows, { ...source, contentHash: '' })).rejects.toThrow(/取込みの出所の形式が正しくありません/);
    expect(await db.count('questions')).toBe(0);
  });

  it('leaves the store unchanged when a write fails midway (one transaction: questions and audit together)', async () => {
    const db = await openDietDb('capture-7', new IDBFactory());
    const source = provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64));
    // An audit event already holds the id the second question's event will need: its add fails after the
    // first question and its event were queued.
    await db.put('audit', { id: `capture:${source.capturedAt}:shugiin-221-30:${'a'.repeat(12)}`, at: source.capturedAt, who: 'x', action: 'x', recordKey: 'x' });
    const attempt = saveCapturedQuestions(db, listRows, source);
    await expect(attempt).rejects.toThrow(/保存に失敗しました。データは変更されていません/);
    expect(await db.count('questions')).toBe(0);
    expect(await db.count('audit')).toBe(1);
  });

  it('merges two rows of the same question on one page into one record', async () => {
    const db = await openDietDb('capture-8', new IDBFactory());
    const summary = await saveCapturedQuestions(
      db,
      [listRows[1]!, { house: 'shugiin', session: 221, number: 30, questionUrl: `${base}a221030.htm` }],
      provenance(listUrl, '2026-07-15T10:00:00+09:00', 'a'.repeat(64)),
    );
    expect(summary.added).toEqual(['shugiin-221-30']);
    expect((await db.get('questions', 'shugiin-221-30'))).toMatchObject({ title: '介護人材の確保に関する質問主意書', questionUrl: `${base}a221030.htm` });
  });
});
