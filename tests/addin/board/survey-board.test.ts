/**
 * 通告月報, 閣議日の確認 and 会期表 exchange on a prepared (preview) workbook: the survey's fields per sitting and member
 * (セット日時 from the 開会 sheet, 着手可能 from the 執筆 割振り, 完了 from the 局長了実績), kept after the sitting; the CSV; the
 * offer to add a 臨時閣議; the 会期表 a bundle carries in and out.
 */
import { builtinSessions, parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { planAddCabinetDays } from '../../../addin/board/ops/plan-add-cabinet-days';
import { planSurveyCsv } from '../../../addin/board/ops/plan-survey-csv';
import { boardTables } from '../../../addin/board/ops/board-state';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { readCsv } from '../../helpers/read-csv';
import { bundleOf, fakeNotice, fakeQuestion, fixedAssignment, noticeBundle, preparedBoard } from './board-harness';
import { isoDate, jstInstant } from '../../helpers/dates';

const SITTING = '衆議院厚生労働委員会@2026-06-11 09:00';
const at = (time: string, day = '2026-06-10') => jstInstant(`${day}T${time}:00+09:00`);

async function committeeDay() {
  const board = await preparedBoard();
  await board.import(noticeBundle([
    fakeNotice('n-yamada', '山田太郎', at('10:00', isoDate('2026-06-09')), 1),
    fakeNotice('n-suzuki', '鈴木花子', at('15:40'), 1),
  ], [
    fixedAssignment('n-yamada', '問1', 'isei', at('10:30', isoDate('2026-06-09'))),
    fixedAssignment('n-suzuki', '問1', 'hoken', at('16:00')),
  ]), at('16:00'));
  board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '山田太郎、鈴木花子');
  return board;
}

describe('通告月報', () => {
  it('one row per sitting and member with the survey band, the reference and the survey\'s fields', async () => {
    const board = await committeeDay();
    // Set on 6/10 10:00 (after 前々日正午 6/9 12:00): the reference becomes セット + 3 時間.
    board.edit(TABLE.sittings, '開会ID', SITTING, 'セット日時', instantToSerial(at('10:00')));
    await board.recompute(at('16:30'));
    expect(board.rows(TABLE.sittings)[0]!['セット日時']).toBe(instantToSerial(at('10:00')));
    const rows = board.rows(TABLE.survey);
    expect(rows.map((r) => [r['質問者'], r['区分'], r['遅れの基準'], r['基準からの遅れ(分)']])).toEqual([
      ['山田太郎', '前々日まで', 'セット+3時間 2026-06-10 13:00', 0],
      ['鈴木花子', '前日18時まで', 'セット+3時間 2026-06-10 13:00', 160],
    ]);
    expect(rows[0]).toMatchObject({
      対象月: '2026-06', 院: '衆議院', 委員会: '厚生労働委員会', 委員会開催日: 46184, 委員会セット日時: instantToSerial(at('10:00')),
      最終の答弁作成着手可能日時: instantToSerial(at('10:30', isoDate('2026-06-09'))), 全ての答弁作成が完了した日時: '',
    });
    expect(board.rows(TABLE.surveyTotals)).toEqual([{
      対象月: '2026-06', 院: '衆議院', 委員会: '厚生労働委員会', 開会日数: 1, 通告数: 2, 前々日まで: 1, 前日正午まで: 0, 前日18時まで: 1, それ以降: 0,
    }]);
  });

  it('fills 全ての答弁作成が完了した日時 from the 局長了実績, keeps the values after the sitting, and saves a month as CSV', async () => {
    const board = await committeeDay();
    board.edit(TABLE.eveningItems, '問ID', 'n-yamada#問1', '局長了実績', instantToSerial(at('21:10')));
    await board.recompute(at('21:15'));
    expect(board.rows(TABLE.survey)[0]!['全ての答弁作成が完了した日時']).toBe(instantToSerial(at('21:10')));
    // After the sitting the 開会 and 夕方レク rows go; the 通告月報 keeps what it had.
    await board.recompute(jstInstant('2026-06-12T10:00:00+09:00'));
    expect(board.rows(TABLE.sittings)).toEqual([]);
    expect(board.rows(TABLE.survey)[0]!['全ての答弁作成が完了した日時']).toBe(instantToSerial(at('21:10')));
    const csv = await board.wb.batch(boardTables, (s) => ({ writes: [], result: planSurveyCsv(s, jstInstant('2026-06-12T10:00:00+09:00'), '2026-06') }));
    expect(csv.ok).toBe(true);
    if (!csv.ok) return;
    expect(csv.fileName).toBe('通告月報_2026-06.csv');
    expect(csv.text.startsWith('\uFEFF"対象月"')).toBe(true);
    expect(readCsv(csv.text)[1]).toEqual([
      '2026-06', '衆議院', '厚生労働委員会', isoDate('2026-06-11'), '', '山田太郎', '2026-06-09 10:00', '前々日まで', '前々日正午 2026-06-09 12:00', '0',
      '2026-06-09 10:30', '2026-06-10 21:10',
    ]);
    const none = await board.wb.batch(boardTables, (s) => ({ writes: [], result: planSurveyCsv(s, jstInstant('2026-06-12T10:00:00+09:00'), '2026-05') }));
    expect(none).toEqual({ ok: false, message: '2026-05 の開会の質問通告はありません。' });
  });
});

describe('閣議日の確認 in Excel', () => {
  it('names a captured 答弁書受領日 on no 閣議 day and adds it to 閣議日程表 on request; then nothing is flagged', async () => {
    const board = await preparedBoard();
    await board.import(bundleOf([fakeQuestion(1, { transferredOn: isoDate('2026-03-02'), answeredOn: isoDate('2026-03-09') })]), jstInstant('2026-03-10T10:00:00+09:00'));
    const plan = await board.recompute(jstInstant('2026-03-10T10:00:00+09:00'));
    expect(plan.summary.offCalendar).toEqual([{ date: isoDate('2026-03-09'), message: '3/9(月) は閣議日ではありませんが、答弁書受領日です (参議院 第221回 1号)。臨時閣議として暦に加えてください。' }]);
    const before = board.rows(TABLE.calendar).length;
    const added = await board.wb.batch(boardTables, (s) => { const p = planAddCabinetDays(s, jstInstant('2026-03-10T10:00:00+09:00')); return { writes: p.writes, result: p }; });
    expect(added.added).toEqual([isoDate('2026-03-09')]);
    const rows = board.rows(TABLE.calendar);
    expect(rows).toHaveLength(before + 1);
    expect(rows.at(-1)).toEqual({ 日付: 46090, 種別: '臨時閣議', メモ: '臨時閣議: 答弁書受領日 (参議院 第221回 1号)' });
    expect((await board.recompute(jstInstant('2026-03-10T10:00:00+09:00'))).summary.offCalendar).toEqual([]);
  });
});

describe('会期表 in bundles', () => {
  it('an imported bundle adds the 回次 the sheet lacks and reports a different one; publishing carries the sheet\'s 会期表', async () => {
    const board = await preparedBoard();
    const bundle = {
      ...bundleOf([fakeQuestion(1)]),
      sessions: [
        { number: 222, kind: '臨時会' as const, start: isoDate('2026-09-01'), end: isoDate('2026-09-30'), extensions: [], source: '参議院 質問主意書一覧 第222回' },
        { ...builtinSessions.at(-1)!, end: isoDate('2026-07-17') },
      ],
    };
    const imported = await board.import(bundle, jstInstant('2026-03-02T10:00:00+09:00'));
    expect(imported.report.notes).toEqual([
      '会期表に第222回を追加しました (取り込んだデータの国会回次の表示より)。',
      '会期表の第221回 (特別会 2/18(水)〜7/25(土)) は取り込んだデータ (特別会 2/18(水)〜7/17(金)) と違います。設定シートの行をそのまま使います。必要なら直してください。',
    ]);
    expect(board.rows(TABLE.sessions).map((r) => r['回次'])).toEqual([211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221, 222]);
    const published = await board.publish(jstInstant('2026-03-02T11:00:00+09:00'));
    expect(parseBundle(published.text).sessions.map((s) => [s.number, s.end])).toContainEqual([222, isoDate('2026-09-30')]);
    expect(parseBundle(published.text).sessions.find((s) => s.number === 221)!.end).toBe(isoDate('2026-07-25'));
  });
});
