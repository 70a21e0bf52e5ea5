/**
 * @file 攻撃的な試験で見つかった欠陥の再現 (regressions of the adversarial run): one hand-written test per
 * numbered defect, each reproducing the exact case that was reported, plus the smaller findings. The page
 * cases (links, hrefs, mojibake, <script>, 1,000+ questions) are in adversarial-pages.golden.test.ts.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  type Assignment, BundleRejectedError, DB_VERSION, DatabaseBlockedError, DateParseError, answerDeadline, applyBundle, applyConflictChoice, emptyBundle, japanCalendar,
  loadLocalBundle, mergeBundle, openDietDb, parseBundle, parseWareki, teamsMessage, validateBundle,
} from '@shared/index';
import { readStore, storeRows } from '../../addin/board/store/exchange-store';
import { boardTables } from '../../addin/board/ops/board-state';
import { toTableWrite } from '../../addin/board/sheet/table-rows';
import { TABLE, storeTable, workbookTables } from '../../addin/board/tables/workbook-tables';
import { createPreviewWorkbook } from '../../addin/preview/preview-workbook';
import { bundleOf, fakeQuestion, preparedBoard } from '../addin/board/board-harness';
import { fakeAssignmentRecord } from '../shared/exchange/fake-bundle';
import { isoDate, jstInstant } from '../helpers/dates';

const at = jstInstant('2026-06-08T12:00:00+09:00');

describe('1. a valid date outside the holiday walk never hangs', () => {
  it('answerDeadline(\'1970-01-02\') returns (it walked back over closed days forever)', () => {
    const deadline = answerDeadline(isoDate('1970-01-02'));
    expect(deadline.lastLegalDay).toBe('1970-01-08');
    expect(deadline.cabinetMeetingOn).toBe('1970-01-06');
    expect(deadline.milestones.every((m) => m.at !== null)).toBe(true);
  });

  it('after the holiday data ends (2050) it answers by the weekday and 閣議 rules and says the data has ended', () => {
    const deadline = answerDeadline(isoDate('2051-06-05'), japanCalendar());
    expect(deadline.cabinetMeetingOn).toBe('2051-06-09'); // Fri
    expect(deadline.warnings[0]).toMatch(/^祝日データは 2050-12-31 までです。/);
  });

  it('parseBundle refuses dates outside the sane range with a Japanese reason, and accepts 1970-01-02', () => {
    const withTransfer = (transferredOn: string) => JSON.stringify(bundleOf([fakeQuestion(1, { transferredOn: isoDate(transferredOn) })]));
    expect(parseBundle(withTransfer('1970-01-02')).records.questions[0]!.data!.transferredOn).toBe('1970-01-02');
    for (const date of ['1900-01-01', '9999-12-31', '0001-01-01']) {
      expect(() => parseBundle(withTransfer(date))).toThrow(/1947-05-03 から 2099-12-31 までの日付にしてください/);
    }
  });
});

describe('4. the user\'s own edit survives two conflicting bundles', () => {
  it('local 版 2 (own note), then bundle B 版 2, then bundle C 版 2: all three versions kept, the local one first; one is picked explicitly', async () => {
    const db = await openDietDb('regression-4', new IDBFactory());
    const mine = emptyBundle('ext', at);
    mine.records.assignments.push(fakeAssignmentRecord('a1', 2, { note: '自局のメモ' }));
    await applyBundle(db, mine);
    const b = emptyBundle('addin:B', at);
    b.records.assignments.push(fakeAssignmentRecord('a1', 2, { note: 'B の内容' }));
    await applyBundle(db, b);
    const c = emptyBundle('addin:C', at);
    c.records.assignments.push(fakeAssignmentRecord('a1', 2, { note: 'C の内容' }));
    await applyBundle(db, c);

    const conflict = (await db.get('conflicts', 'assignments:a1'))!;
    expect(conflict.versions.map((v) => [v.origin, v.producer, (v.record.data as Assignment).note])).toEqual([
      ['local', '', '自局のメモ'], ['incoming', 'addin:B', 'B の内容'], ['incoming', 'addin:C', 'C の内容'],
    ]);
    // Applying B again adds nothing: versions are keyed by record and version.
    await applyBundle(db, b);
    expect((await db.get('conflicts', 'assignments:a1'))!.versions).toHaveLength(3);

    const record = await applyConflictChoice(db, 'assignments:a1', conflict.versions[0]!.versionKey, '医政局', jstInstant('2026-06-08T13:00:00+09:00'));
    expect(record).toMatchObject({ rev: 3, updatedBy: '医政局', data: { note: '自局のメモ' } });
    expect((await loadLocalBundle(db, 'ext', at)).records.assignments[0]!.data!.note).toBe('自局のメモ');
    expect(await db.count('conflicts')).toBe(0);
  });
});

describe('5. "later" is compared as an instant, not as text', () => {
  it('09:00Z (18:00 JST) is later than 10:00+09:00 for updatedAt and producedAt', () => {
    const local = emptyBundle('local', jstInstant('2026-06-08T10:00:00+09:00'));
    local.records.assignments.push({ ...fakeAssignmentRecord('a1', 2, { note: '朝' }), updatedAt: jstInstant('2026-06-08T10:00:00+09:00') });
    const incoming = emptyBundle('remote', jstInstant('2026-06-08T09:00:00Z'));
    incoming.records.assignments.push({ ...fakeAssignmentRecord('a1', 2, { note: '夕方' }), updatedAt: jstInstant('2026-06-08T09:00:00Z') });
    const result = mergeBundle(local, incoming);
    expect(result.bundle.records.assignments[0]!.data!.note).toBe('夕方');
    expect(result.bundle.producedAt).toBe('2026-06-08T09:00:00Z');
    expect(mergeBundle(incoming, local).bundle.records.assignments[0]!.data!.note).toBe('夕方');
  });
});

describe('6. the add-in store keeps ids verbatim', () => {
  it('as-x, "as-x " and "as-x\\u3000" read back as three records through the workbook; NFD and NFC are one id', async () => {
    const wb = createPreviewWorkbook();
    await wb.prepare(workbookTables);
    const bundle = emptyBundle('addin', at);
    const ids = ['as-x', 'as-x ', 'as-x\u3000', 'as-\u30ac', '=as-x', "'as-x", ' as-x'];
    bundle.records.assignments.push(...ids.map((id, i) => fakeAssignmentRecord(id, 1, { note: `記録${i}` })));
    // The NFD spelling of 'as-ガ': after the edge it is the same record.
    bundle.records.assignments.push(fakeAssignmentRecord('as-\u30ab\u3099', 1, { note: '記録3' }));
    expect(() => validateBundle(bundle)).toThrow(BundleRejectedError);
    bundle.records.assignments.pop();
    const valid = validateBundle(bundle);
    await wb.batch(boardTables, (s) => ({ writes: [toTableWrite(storeTable, s.get(TABLE.store), storeRows(valid))], result: null }));
    const read = await wb.batch(boardTables, (s) => ({ writes: [], result: readStore(s, at) }));
    expect(read.records.assignments.map((r) => [r.id, r.data!.note])).toEqual(ids.map((id, i) => [id, `記録${i}`]));
  });
});

describe('6b. the 割振り sheet keeps ids verbatim too', () => {
  it('assignments \'as-x\' and \'as-x \' imported, recomputed and published stay two records with their own 局', async () => {
    const board = await preparedBoard();
    const q = fakeQuestion(1);
    const assignment = (id: string, bureau: string) => ({
      id, rev: 1, updatedAt: at, updatedBy: 'x', deleted: false,
      data: { id, questionKey: 'sangiin-221-1', itemLabel: '一', bureau, division: '', role: '合議' as const, state: 'final' as const, proposedAt: at, decidedAt: at, by: '', note: '' },
    });
    await board.import(bundleOf([q], at, { assignments: [assignment('as-x', 'isei'), assignment('as-x ', 'hoken')] }), at);
    await board.recompute(at);
    const stored = await board.wb.batch(boardTables, (s) => ({ writes: [], result: readStore(s, at) }));
    const live = stored.records.assignments.filter((r) => !r.deleted);
    expect(new Map(live.map((r) => [r.id, r.data!.bureau]))).toEqual(new Map([['as-x', 'isei'], ['as-x ', 'hoken']]));
  });
});

describe('7. messages quote a bounded part of the offending value and name its type', () => {
  it('a 10 MB version string makes a short message; {} is 「オブジェクト」, never [object Object]', () => {
    const huge = { format: 'kokkai-toben-desk/exchange', version: 'x'.repeat(10_000_000), records: {} };
    const message = (() => { try { validateBundle(huge); } catch (e) { return (e as Error).message; } return ''; })();
    expect(message.length).toBeLessThan(300);
    expect(message).toContain('(文字列、全 10000000 文字)');
    expect(() => validateBundle({ ...huge, version: {} })).toThrow('交換バンドルの版 「オブジェクト」 には対応していません');
    expect(() => validateBundle({ ...huge, version: {} })).not.toThrow(/object Object/);
  });
});

describe('8. a blocked upgrade settles', () => {
  it('an old connection opened through openDietDb closes itself, and the upgrade goes through', async () => {
    const factory = new IDBFactory();
    const old = await openDietDb('regression-8', factory, DB_VERSION - 1);
    const upgraded = await openDietDb('regression-8', factory);
    expect(upgraded.version).toBe(DB_VERSION);
    expect(() => old.transaction('questions')).toThrow();
    upgraded.close();
  });

  it('an old connection that ignores versionchange makes the upgrade give up in Japanese instead of waiting forever', async () => {
    const factory = new IDBFactory();
    (await openDietDb('regression-8b', factory, DB_VERSION - 1)).close();
    const stubborn = await new Promise<IDBDatabase>((resolve) => { const r = factory.open('regression-8b', DB_VERSION - 1); r.onsuccess = () => resolve(r.result); });
    await expect(openDietDb('regression-8b', factory, { blockedTimeoutMs: 30 })).rejects.toThrow(DatabaseBlockedError);
    stubborn.close();
  });
});

describe('9. Teams card text is escaped', () => {
  it('a markdown link in the reason arrives as inert text', () => {
    const payload = teamsMessage({
      kind: 'release', bureauName: '医政局',
      release: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: jstInstant('2026-06-09T19:42:00+09:00'), reason: '[再ログインしてください](https://evil.example/login)', by: '**官房**' },
    });
    const json = JSON.stringify(payload);
    expect(json).not.toContain('](');
    expect(json).not.toContain('https://evil');
    expect(json).not.toContain('**');
    expect(json).toContain('［再ログインしてください］');
  });
});

describe('also seen', () => {
  it('令和二十二十年 is refused; parseWareki(123) is a DateParseError, not a TypeError', () => {
    expect(() => parseWareki('令和二十二十年一月一日')).toThrow(DateParseError);
    expect(() => parseWareki(123 as never)).toThrow(DateParseError);
    expect(() => parseWareki({} as never)).toThrow('日付「オブジェクト」を読み取れません');
  });

  it('a 件名 over 32,767 characters is cut in the sheet with a marker and kept whole in the store', async () => {
    const board = await preparedBoard();
    const title = `${'長'.repeat(40_000)}に関する質問主意書`;
    await board.import(bundleOf([fakeQuestion(1, { title })]), at);
    const shown = String(board.rows(TABLE.questions)[0]!['件名']);
    expect(shown.length).toBeLessThanOrEqual(32_767);
    expect(shown).toMatch(/…［以下省略: 全 40009 文字］$/);
    const stored = await board.wb.batch(boardTables, (s) => ({ writes: [], result: readStore(s, at) }));
    expect(stored.records.questions[0]!.data!.title).toBe(title);
  });
});
