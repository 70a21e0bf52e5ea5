/**
 * planImportReport: a bureau's report fills 割振り (受諾 → 了承, 異議 → 異議あり with its reason, highlighted) and the
 * empty 実績 cells of the 夕方レク sheet, so the release follows the reported 局長了; re-importing changes nothing; a
 * reassignment after an 異議 restarts the 60-minute window; an invalid, unknown-bureau, foreign or older report is
 * refused whole with a Japanese reason and changes nothing.
 */
import { describe, expect, it } from 'vitest';
import {
  type Assignment, type BundleRejectedError, type ExchangeRecord, type AnswerStage, emptyBundle, parseBundle, reportBundle, responseId, responseSlot,
} from '@shared/index';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { highlightRules } from '../../../addin/board/sheet/highlight-rules';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeNotice, fakeQuestion, fixedAssignment, noticeBundle, preparedBoard } from './board-harness';
import { jstInstant } from '../../helpers/dates';

const SITTING = '衆議院厚生労働委員会@2026-06-11 09:00';
const at = (time: string) => jstInstant(`2026-06-10T${time}:00+09:00`);

/** A 仮割振り (proposed) at `time`. */
function proposed(questionKey: string, itemLabel: string, bureau: string, time: string): Assignment {
  return { id: `as-${questionKey}#${itemLabel}-1`, questionKey, itemLabel, bureau, division: '', role: '執筆', state: 'proposed', proposedAt: at(time), by: '官房総務課', note: '' };
}

type Answer = { assignmentId: string; type: 'accept' } | { assignmentId: string; type: 'objection'; reason: { kind: 'otherBureau'; bureau: string } }
  | { assignmentId: string; type: 'progress'; stage: AnswerStage };

/** A report of `bureau` (sender pc1) made at `made` with the given answers, each at `time` by 田中. */
function report(bureau: string, made: string, answers: (Answer & { time: string; questionKey?: string; itemLabel?: string })[], sender = 'pc1') {
  const responses = answers.map((a): ExchangeRecord<'responses'> => {
    const data = {
      ...a, questionKey: a.questionKey ?? 'n-yamada', itemLabel: a.itemLabel ?? (a.assignmentId.includes('問2') ? '問2' : '問1'), bureau, at: at(a.time), by: '田中',
    } as ExchangeRecord<'responses'>['data'] & { time?: string };
    delete data!.time;
    return { id: responseId(bureau, responseSlot(data!), a.assignmentId), rev: 1, updatedAt: at(a.time), updatedBy: '田中', deleted: false, data };
  });
  // Through parseBundle, as the pane reads a file or a paste.
  return parseBundle(JSON.stringify(reportBundle({ responses }, bureau, sender, at(made), 1)));
}

const A1 = 'as-n-yamada#問1-1';
const A2 = 'as-n-yamada#問2-1';

/** 山田太郎's notice (問1, 問2, received 10:00): 問1 → 医政局, 問2 → 保険局, both 仮割振り at 10:30; questioners in. */
async function board() {
  const b = await preparedBoard();
  await b.import(noticeBundle([fakeNotice('n-yamada', '山田太郎', at('10:00'), 2)], [proposed('n-yamada', '問1', 'isei', '10:30'), proposed('n-yamada', '問2', 'hoken', '10:30')]), at('10:31'));
  b.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '山田太郎');
  await b.recompute(at('10:32'));
  return b;
}
const line = (b: Awaited<ReturnType<typeof board>>, label: string) => b.rows(TABLE.assignments).find((r) => r['問'] === label)!;
const item = (b: Awaited<ReturnType<typeof board>>, label: string) => b.rows(TABLE.eveningItems).find((r) => r['問ID'] === `n-yamada#${label}`)!;

describe('planImportReport', () => {
  it('受諾 makes the line 了承 and progress fills the empty 実績 cells; the plan follows the reported 局長了', async () => {
    const b = await board();
    const plan = await b.importReport(report('isei', '16:25', [
      { assignmentId: A1, type: 'accept', time: '10:40' },
      { assignmentId: A1, type: 'progress', stage: 'started', time: '10:50' },
      { assignmentId: A1, type: 'progress', stage: 'drafted', time: '14:00' },
      { assignmentId: A1, type: 'progress', stage: 'directorApproved', time: '16:20' },
    ]), at('16:30'));
    expect(plan.result).toMatchObject({ bureau: '医政局', responses: 4, changed: 4, accepted: ['n-yamada 問1'], objected: [], outdated: [], kept: [] });
    expect(plan.result.filled).toEqual([
      'n-yamada 問1 着手 令和8年6月10日(水) 10:50', 'n-yamada 問1 原案了 令和8年6月10日(水) 14:00', 'n-yamada 問1 局長了 令和8年6月10日(水) 16:20',
    ]);
    expect(line(b, '問1')).toMatchObject({ 状態: '了承', 局の回答: '受諾 6/10(水) 10:40 田中', 進捗: '着手 6/10(水) 10:50・原案了 6/10(水) 14:00・局長了 6/10(水) 16:20' });
    expect(item(b, '問1')).toMatchObject({
      着手実績: instantToSerial(at('10:50')), 原案了実績: instantToSerial(at('14:00')), 課長了実績: '', 局長了実績: instantToSerial(at('16:20')),
      局長了見込み: instantToSerial(at('16:20')),
    });
    // The same report again: nothing new, nothing changes.
    const before = JSON.stringify([b.rows(TABLE.assignments), b.rows(TABLE.eveningItems), b.rows(TABLE.store)]);
    const again = await b.importReport(report('isei', '16:25', [{ assignmentId: A1, type: 'accept', time: '10:40' }]), at('16:35'));
    expect(again.result).toMatchObject({ changed: 0, accepted: [], filled: [] });
    expect(JSON.stringify([b.rows(TABLE.assignments), b.rows(TABLE.eveningItems), b.rows(TABLE.store)])).toBe(before);
  });

  it('keeps a 実績 cell someone already typed, and says so', async () => {
    const b = await board();
    b.edit(TABLE.eveningItems, '問ID', 'n-yamada#問1', '局長了実績', '16:00');
    const plan = await b.importReport(report('isei', '16:25', [{ assignmentId: A1, type: 'progress', stage: 'directorApproved', time: '16:20' }]), at('16:30'));
    expect(plan.result.kept).toEqual(['n-yamada 問1 局長了 令和8年6月10日(水) 16:20']);
    expect(item(b, '問1')['局長了実績']).toBe('16:00');
  });

  it('異議 makes the line 異議あり with the reason (highlighted); reassigning it restarts the 60-minute window for the new bureau', async () => {
    const b = await board();
    const plan = await b.importReport(report('hoken', '10:45', [{ assignmentId: A2, type: 'objection', reason: { kind: 'otherBureau', bureau: 'nenkin' }, time: '10:44' }]), at('10:46'));
    expect(plan.result.objected).toEqual(['n-yamada 問2']);
    const objected = line(b, '問2');
    expect(objected).toMatchObject({ 状態: '異議あり', 局の回答: '異議 (他局: 年金局) 6/10(水) 10:44 田中', 異議まで: '' });
    expect(highlightRules.objection.test(objected['局の回答']!, () => '', 0)).toBe(true);
    expect(plan.summary.followUps.find((f) => f.bureauId === 'hoken')).toBeUndefined();

    b.edit(TABLE.assignments, '問', '問2', '局', '年金局');
    await b.recompute(at('10:50'));
    expect(line(b, '問2')).toMatchObject({ 局: '年金局', 状態: '仮割振り', 仮割振り: instantToSerial(at('10:50')), 異議まで: 'あと 60 分', 局の回答: '' });
  });

  it('lists a response to an allocation that no longer stands as outdated and applies nothing of it', async () => {
    const b = await board();
    b.edit(TABLE.assignments, '問', '問2', '局', '年金局');
    await b.recompute(at('10:40'));
    const plan = await b.importReport(report('hoken', '10:45', [{ assignmentId: A2, type: 'accept', time: '10:44' }]), at('10:46'));
    expect(plan.result.outdated).toEqual(['n-yamada 問2 受諾']);
    expect(line(b, '問2')).toMatchObject({ 局: '年金局', 状態: '仮割振り', 局の回答: '' });
  });

  it('refuses a bureau the 局一覧 does not know, another bureau\'s response and an older report from the same sender — and changes nothing', async () => {
    const b = await board();
    await b.importReport(report('isei', '11:00', [{ assignmentId: A1, type: 'accept', time: '10:40' }]), at('11:01'));
    const before = JSON.stringify([...b.wb.sheets().map((s) => s.tables.map((t) => b.wb.table(t)!.rows))]);
    const refused = async (bundle: ReturnType<typeof report>) => {
      try {
        await b.importReport(bundle, at('11:05'));
      } catch (error) {
        return error as BundleRejectedError;
      }
      throw new Error('not refused');
    };
    expect(await refused(report('tokyo', '11:02', [{ assignmentId: A1, type: 'accept', time: '10:40' }]))).toMatchObject({
      reason: 'unknownBureau', message: '報告元の局 「tokyo」 は局の一覧にありません。設定シートの局の一覧を確かめてください。',
    });
    const forged = report('isei', '11:03', [{ assignmentId: A1, type: 'accept', time: '10:40' }]);
    forged.records.responses.push(report('hoken', '11:03', [{ assignmentId: A2, type: 'accept', time: '10:41' }]).records.responses[0]!);
    expect((await refused(forged)).reason).toBe('foreignRecord');
    expect(await refused(report('isei', '10:59', [{ assignmentId: A1, type: 'progress', stage: 'started', time: '10:50' }]))).toMatchObject({
      reason: 'staleReport', message: expect.stringContaining('取り込み済みの同じ送り元の報告 (作成 令和8年6月10日(水) 11:00) より古いため取り込みません'),
    });
    expect((await refused(emptyBundle('addin', at('11:04'), 1))).reason).toBe('notReport');
    expect(JSON.stringify([...b.wb.sheets().map((s) => s.tables.map((t) => b.wb.table(t)!.rows))])).toBe(before);
    // Another PC of the same bureau is another sender: its older report is still taken.
    expect((await b.importReport(report('isei', '10:59', [{ assignmentId: A1, type: 'progress', stage: 'started', time: '10:50' }], 'pc2'), at('11:06'))).result.filled).toHaveLength(1);
  });

  it('a 質問主意書 line moves past the deadline its bureau reported done: after 原案了 its 次の締切 is 合議了, not 原案', async () => {
    const b = await preparedBoard();
    // 参議院 221-1 transferred Mon 3/2: 原案 3/3 18:00, 合議了 3/4 18:00 (閣議 Fri 3/6 − 2 working days).
    const fixed = fixedAssignment('sangiin-221-1', '一', 'isei', '2026-03-02T10:00:00+09:00');
    const assignment = { id: fixed.id, rev: 1, updatedAt: fixed.proposedAt, updatedBy: '官房総務課', deleted: false, data: fixed };
    await b.import(bundleOf([fakeQuestion(1)], '2026-03-02T09:00:00+09:00', { assignments: [assignment] }), '2026-03-02T10:01:00+09:00');
    await b.recompute('2026-03-03T15:00:00+09:00');
    const lineOne = () => b.rows(TABLE.assignments).find((r) => r['問'] === '一')!;
    expect(lineOne()).toMatchObject({ 次の締切: '原案', 締切日時: instantToSerial(jstInstant('2026-03-03T18:00:00+09:00')) });
    const data = {
      assignmentId: fixed.id, type: 'progress' as const, stage: 'drafted' as const, questionKey: 'sangiin-221-1', itemLabel: '一', bureau: 'isei',
      at: jstInstant('2026-03-03T14:30:00+09:00'), by: '田中',
    };
    const responses = [{ id: responseId('isei', responseSlot(data), fixed.id), rev: 1, updatedAt: data.at, updatedBy: '田中', deleted: false, data }];
    await b.importReport(parseBundle(JSON.stringify(reportBundle({ responses }, 'isei', 'pc1', jstInstant('2026-03-03T14:55:00+09:00'), 1))), '2026-03-03T15:00:00+09:00');
    expect(lineOne()).toMatchObject({
      進捗: '原案了 3/3(火) 14:30', 次の締切: '合議了', 締切日時: instantToSerial(jstInstant('2026-03-04T18:00:00+09:00')),
    });
  });

  it('lists each bureau\'s 未受諾 and 未報告 with the time since allocation', async () => {
    const b = await board();
    const plan = await b.importReport(report('isei', '11:00', [{ assignmentId: A1, type: 'accept', time: '10:40' }]), at('11:45'));
    expect(plan.summary.followUps.map((f) => [f.bureauName, f.notAccepted.map((i) => [i.itemLabel, i.minutes]), f.notReported.map((i) => i.itemLabel)])).toEqual([
      ['医政局', [], ['問1']], ['保険局', [['問2', 75]], []],
    ]);
  });
});
