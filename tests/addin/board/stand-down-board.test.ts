/**
 * The safe stand-down on a prepared (preview) workbook (shared/evening/RULES.md §9): the 開会 sheet's notice stages and
 * sitting states, one plan per standby day over all its sittings, 当番 and 呼び戻し in 待機 and 待機・超勤, the
 * coordinator's 「割振り確定前に解除」 and 出席不要 in the 夕方レク sheet.
 *
 * The evening: 衆議院厚生労働委員会 Thu 2026-06-11 09:00, so the standby day is Wed 6/10 (終業 18:15). The 参議院
 * 厚生労働委員会 sits on Thursdays (定例日), so it is typed in as 中止 at 12:00 unless a test says otherwise.
 * - 甲's notice 19:00, 問1 fixed to 医政局 19:10 (問取り完了 19:05).
 * - 乙's notice 19:30, 問1 fixed to 老健局 19:35.
 * Defaults per step: 執筆 240 min, 課長了 30, 局長了 90.
 */
import { parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { runOperation } from '../../../addin/board/ops/run-operation';
import { planDecideRelease } from '../../../addin/board/ops/plan-decide-release';
import { fakeNotice, fixedAssignment, noticeBundle, preparedBoard } from './board-harness';
import { isoDate, jstInstant } from '../../helpers/dates';

const SITTING = '衆議院厚生労働委員会@2026-06-11 09:00';
const SANGIIN = '参議院厚生労働委員会@2026-06-11 10:00';
const at = (time: string, day = '2026-06-10') => jstInstant(`${day}T${time}:00+09:00`);
const iso = (time: string, day = '2026-06-10') => `${day}T${time}:00+09:00`;
type Board = Awaited<ReturnType<typeof preparedBoard>>;
const state = (board: Board, bureau: string) => board.rows(TABLE.standby).find((r) => r['局'] === bureau)!;
const stage = (board: Board, id: string) => board.rows(TABLE.stages).find((r) => r['行ID'] === id)!;

/** 甲 (問取り完了 19:05) and 乙 (stage left to the test), imported at 19:40, the 参議院 sitting 中止 at 12:00. */
async function evening(options: { sangiin?: Record<string, string | number> | null } = {}) {
  const board = await preparedBoard();
  await board.import(noticeBundle([
    fakeNotice('n-kou', '甲', iso('19:00'), 1),
    fakeNotice('n-otsu', '乙', iso('19:30'), 1),
  ], [
    fixedAssignment('n-kou', '問1', 'isei', iso('19:10')),
    fixedAssignment('n-otsu', '問1', 'roukenkyoku', iso('19:35')),
  ], iso('19:40')), iso('19:40'));
  board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '甲、乙');
  board.markStage('n-kou', '問取り完了', iso('19:05'));
  const sangiin = options.sangiin === undefined ? { 状態: '中止', 中止の時刻: instantToSerial(at('12:00')) } : options.sangiin;
  if (sangiin) board.append(TABLE.sittings, { 院: '参議院', 委員会: '厚生労働委員会', 開会日: 46184, 開会時刻: '10:00', ...sangiin });
  return board;
}

describe('通告の段階 (開会 sheet)', () => {
  it('乙 with only a 要旨 keeps every bureau waiting and says why; 問取り完了 closes the allocation at the minute it is marked', async () => {
    const board = await evening();
    board.markStage('n-otsu', '要旨のみ');
    await board.recompute(iso('19:45'));
    expect(stage(board, 'stage:notice:n-otsu')).toMatchObject({ 段階: '要旨のみ', 完了時刻: '', 状況: '要旨のみ (問取り未了)' });
    expect(stage(board, 'stage:notice:n-kou')).toMatchObject({ 完了時刻: instantToSerial(at('19:05')), 状況: '問取り完了 6/10(水) 19:05' });
    // 年金局 has no 問, but 乙's 問 are not all known yet (§9.1): nobody goes home.
    expect(state(board, '年金局')).toMatchObject({ 状態: '待機中 (割振り未確定)' });
    expect(state(board, '年金局')['待機の理由']).toContain('乙委員の通告が要旨のみ（問取り未了）');
    expect(board.rows(TABLE.blockers).map((r) => r['理由'])).toEqual([expect.stringContaining('乙委員の通告が要旨のみ')]);
    expect(board.rows(TABLE.sittings)[0]).toMatchObject({ 割振り: '割振り未確定', 未通告: '' });

    // 問取り完了 at 19:50 (stamped by the board, to the minute): every 問 has its owner since 19:35, so it closes at 19:50.
    board.markStage('n-otsu', '問取り完了');
    const plan = await board.recompute('2026-06-10T19:50:30+09:00');
    expect(stage(board, 'stage:notice:n-otsu')['完了時刻']).toBe(instantToSerial(at('19:50')));
    expect(state(board, '年金局')['状態']).toBe('解除可 19:50〜');
    expect(plan.evening.days[0]).toMatchObject({ closedAt: '6/10(水) 19:50', blockers: [] });
    expect(board.rows(TABLE.blockers).filter((r) => r['理由'] !== '')).toEqual([]);
  });

  it('a notice whose stage nobody marked counts as 不明 and releases nobody', async () => {
    const board = await evening();
    await board.recompute(iso('20:00'));
    expect(stage(board, 'stage:notice:n-otsu')['状況']).toBe('段階が未入力です (問取り未了とみなします)。問取りが終われば「問取り完了」を選んでください。');
    expect(state(board, '年金局')['状態']).toBe('待機中 (割振り未確定)');
  });

  it('当省なし of a listed questioner without a notice completes it; a questioner still 通告待ち is 未通告', async () => {
    const board = await evening();
    board.markStage('n-otsu', '問取り完了', iso('19:40'));
    board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '甲、乙、丙');
    await board.recompute(iso('19:41'));
    expect(board.rows(TABLE.sittings)[0]).toMatchObject({ 未通告: '丙', 割振り: '割振り未確定' });
    const member = `stage:member:${SITTING}／丙`;
    expect(stage(board, member)).toMatchObject({ 質問者: '丙', 段階: '', 状況: '通告待ち' });
    board.markStage(member, '当省なし', iso('20:10'));
    await board.recompute(iso('20:15'));
    expect(board.rows(TABLE.sittings)[0]).toMatchObject({ 未通告: '', 割振り: '割振り確定 6/10(水) 20:10' });
    expect(state(board, '年金局')['状態']).toBe('解除可 20:10〜');
  });
});

describe('開会の状態 (開会 sheet)', () => {
  it('a 定例日 sitting nobody typed keeps the allocation open; 予定 → セット済み stamps 委員会セット; 中止 stamps its time', async () => {
    const board = await evening({ sangiin: null });
    board.markStage('n-otsu', '問取り完了', iso('19:40'));
    await board.recompute(iso('19:45'));
    expect(board.rows(TABLE.blockers).map((r) => r['理由'])).toEqual(['参議院厚生労働委員会は 6/11(木) が定例日ですが開会予定が入力されていません (開会するか中止かを入力してください)']);
    expect(state(board, '年金局')['状態']).toBe('待機中 (割振り未確定)');

    board.append(TABLE.sittings, { 院: '参議院', 委員会: '厚生労働委員会', 開会日: 46184, 開会時刻: '10:00', 状態: '予定' });
    await board.recompute(iso('19:50'));
    const typed = () => board.rows(TABLE.sittings).find((r) => r['開会ID'] === SANGIIN)!;
    expect(typed()).toMatchObject({ 状態: '予定', セット日時: '未セット', 中止の時刻: '' });
    expect(board.rows(TABLE.blockers).map((r) => r['理由'])).toEqual([expect.stringContaining('予定')]);

    board.edit(TABLE.sittings, '開会ID', SANGIIN, '状態', 'セット済み');
    await board.recompute('2026-06-10T20:00:20+09:00');
    expect(typed()).toMatchObject({ 状態: 'セット済み', セット日時: instantToSerial(at('20:00')) });
    // Set, but nobody listed its questioners yet.
    expect(board.rows(TABLE.blockers).map((r) => r['理由'])).toEqual([expect.stringContaining('質問者')]);

    board.edit(TABLE.sittings, '開会ID', SANGIIN, '状態', '中止');
    await board.recompute(iso('20:20'));
    expect(typed()).toMatchObject({ 状態: '中止', セット日時: instantToSerial(at('20:00')), 中止の時刻: instantToSerial(at('20:20')) });
    // Open until the 中止 at 20:20 (before it the sitting could still happen).
    expect(state(board, '年金局')['状態']).toBe('解除可 20:20〜');
    // A withdrawn sitting has no briefing slots in the 夕方レク sheet.
    expect(board.rows(TABLE.slots).some((r) => r['開会'] === SANGIIN)).toBe(false);
  });

  it('offers the untyped 定例日 sitting as a row to complete; 中止 needs no time and is stamped', async () => {
    const board = await evening({ sangiin: null });
    board.markStage('n-otsu', '問取り完了', iso('19:40'));
    await board.recompute(iso('19:45'));
    const offered = () => board.rows(TABLE.sittings)[1]!;
    expect(offered()).toMatchObject({
      院: '参議院', 委員会: '厚生労働委員会', 開会日: 46184, 開会時刻: '', 開会ID: '定例日:参議院厚生労働委員会@2026-06-11',
      注意: '定例日の開会です (設定シートの定例日表)。開会するなら開会時刻と質問者を、開かれないなら状態を「中止」にしてください。それまで割振り確定になりません。',
    });
    // Offered once, not again on every recompute.
    await board.recompute(iso('19:46'));
    expect(board.rows(TABLE.sittings)).toHaveLength(2);
    board.edit(TABLE.sittings, '開会ID', '定例日:参議院厚生労働委員会@2026-06-11', '状態', '中止');
    await board.recompute(iso('19:50'));
    // Planned from the start of its day (no time typed), listed after the day's other sittings.
    expect(board.rows(TABLE.sittings)[1]).toMatchObject({ 状態: '中止', 中止の時刻: instantToSerial(at('19:50')), 開会ID: '参議院厚生労働委員会@2026-06-11 00:00', 注意: '' });
    expect(state(board, '年金局')['状態']).toBe('解除可 19:50〜');
  });

  it('plans the standby day as one: a second sitting of the day with a questioner not yet noticed holds everyone', async () => {
    const board = await evening({ sangiin: { 状態: 'セット済み', 質問者: '丙' } });
    board.markStage('n-otsu', '問取り完了', iso('19:40'));
    const plan = await board.recompute(iso('19:45'));
    // The 衆議院 sitting alone is complete; the day is not (丙 of the 参議院 sitting has not given notice).
    expect(plan.evening.days).toHaveLength(1);
    expect(plan.evening.days[0]!.sittings.map((s) => s.label)).toEqual(['衆議院厚生労働委員会 6/11(木) 09:00', '参議院厚生労働委員会 6/11(木) 10:00']);
    expect(state(board, '年金局')).toMatchObject({ 状態: '待機中 (割振り未確定)', 開会: `${SITTING}、${SANGIIN}` });
    expect(board.rows(TABLE.sittings).find((r) => r['開会ID'] === SANGIIN)).toMatchObject({ 未通告: '丙' });
  });
});

describe('当番・呼び戻し (待機 and 待機・超勤)', () => {
  it('a bureau with nothing to do goes to 当番 while the allocation is open; the ledger counts its duty people', async () => {
    const board = await evening();
    board.append(TABLE.duty, { 局名: '年金局', 当番: '山田、佐藤', 開始: '18:15' });
    board.markStage('n-otsu', '要旨のみ');
    await board.recompute(iso('20:00'));
    expect(state(board, '年金局')).toMatchObject({
      状態: '待機中 (当番 山田・佐藤)', 当番: '山田、佐藤', 当番開始: instantToSerial(at('18:15')), 当番終了: '', '終業後(時間)': 0,
    });
    const duty = board.rows(TABLE.ledger).filter((r) => String(r['記録ID']).startsWith('duty:nenkin:'));
    expect(duty.map((r) => [r['氏名'], r['人数'], r['記録ID']])).toEqual([
      ['山田', 1, 'duty:nenkin:2026-06-10:山田'], ['佐藤', 1, 'duty:nenkin:2026-06-10:佐藤'],
    ]);
  });

  it('a 追加通告 after the confirmed release recalls the bureau: shown in 待機 and 呼び戻し, every recalled hour in the ledger', async () => {
    const board = await evening();
    board.markStage('n-otsu', '問取り完了', iso('19:50'));
    await board.confirm(iso('19:55'), '山田');
    expect(state(board, '年金局')['状態']).toBe('解除 19:55');
    // 22:00: 甲 sends one more 問 (追加通告), fixed to 年金局 at 22:05, 問取り完了 22:10.
    await board.import(noticeBundle([fakeNotice('n-kou-2', '甲', iso('22:00'), 1)], [fixedAssignment('n-kou-2', '問1', 'nenkin', iso('22:05'))], iso('22:05')), iso('22:05'));
    board.markStage('n-kou-2', '問取り完了', iso('22:10'));
    const plan = await board.recompute(iso('22:15'));
    const nenkin = state(board, '年金局');
    expect(nenkin['状態']).toBe('呼び戻し (19:55 の解除を取消)');
    expect(nenkin['呼び戻し']).toBe('22:05〜翌04:05 (見込み) 追加通告 (甲)');
    expect(board.rows(TABLE.recalls)).toEqual([expect.objectContaining({
      局: '年金局', 呼び戻し: instantToSerial(at('22:05')), 再解除: instantToSerial(at('04:05', '2026-06-11')), 理由: '追加通告', きっかけ: '甲', 問: '問1', ID: 'recall:nenkin:2026-06-10:2026-06-10T22:05:00+09:00',
    })]);
    expect(plan.evening.days[0]!.recalls).toEqual(['年金局 22:05〜翌04:05 (見込み) 追加通告 (甲)']);
    // 執筆 22:05–02:05, 課長了 02:35, 局長了 04:05 (its 問 goes to 朝レク, which it does not attend): standby 18:15–19:50 and
    // 22:05–04:05 = 1.58 + 6 = 7.58 h, of which 22:05–04:05 in the late-night band = 6 h.
    const ledger = board.rows(TABLE.ledger).find((r) => r['記録ID'] === 'standby:nenkin:2026-06-10')!;
    expect(ledger).toMatchObject({ 状態: '見込み', '時間外(時間)': 7.58, '深夜(時間)': 6 });

    // Published: the recall record, and 年金局's stand-down withdrawn.
    const bundle = parseBundle((await board.publish(iso('22:20'))).text);
    expect(bundle.records.recalls.map((r) => [r.id, r.data!.reason, r.data!.by, r.data!.until])).toEqual([
      ['recall:nenkin:2026-06-10:2026-06-10T22:05:00+09:00', '追加通告', '甲', null],
    ]);
    expect(bundle.records.releases.find((r) => r.id === 'release:nenkin:2026-06-10')).toMatchObject({ deleted: true });
  });

  it('a 更問い marked on the notice is the recall reason', async () => {
    const board = await evening();
    board.markStage('n-otsu', '問取り完了', iso('19:50'));
    await board.confirm(iso('19:55'), '山田');
    await board.import(noticeBundle([fakeNotice('n-kou-3', '甲', iso('21:30'), 1)], [fixedAssignment('n-kou-3', '問1', 'nenkin', iso('21:35'))], iso('21:35')), iso('21:35'));
    board.edit(TABLE.stages, '行ID', 'stage:notice:n-kou-3', '更問い', '○');
    await board.recompute(iso('21:40'));
    expect(stage(board, 'stage:notice:n-kou-3')['状況']).toContain('更問い');
    expect(board.rows(TABLE.recalls)[0]).toMatchObject({ 理由: '更問い', きっかけ: '甲' });
    // A 更問い does not reopen the allocation: the others stay released.
    expect(state(board, '大臣官房')['状態']).toBe('解除 19:55');
  });
});

describe('「割振り確定前に解除」 and 出席不要', () => {
  it('records the coordinator’s decision with who and why, and the named bureau may then go home', async () => {
    const board = await evening();
    board.markStage('n-otsu', '要旨のみ');
    await board.recompute(iso('19:45'));
    const plan = await runOperation(board.wb, (s) => planDecideRelease(s, at('19:46'), { standbyDay: isoDate('2026-06-10'), bureaus: ['年金局'], reason: '国対から当省分の追加なしと連絡', name: '山田' }));
    expect(plan).toMatchObject({ needsName: false, by: '山田', bureaus: ['年金局'] });
    expect(board.rows(TABLE.decisions)).toEqual([{ 日時: instantToSerial(at('19:46')), 待機日: 46183, 局: '年金局', 判断者: '山田', 理由: '国対から当省分の追加なしと連絡', 確認: '' }]);
    expect(state(board, '年金局')['状態']).toBe('解除可 19:46〜');
    expect(state(board, '大臣官房')['状態']).toBe('待機中 (割振り未確定)');
    expect(plan.evening.days[0]!.decisions).toEqual(['年金局 — 山田 19:46: 国対から当省分の追加なしと連絡']);
    expect(board.rows(TABLE.general).find((r) => r['項目'] === '担当者')!['値']).toBe('山田');
  });

  it('refuses a decision without a reason, and names a bad row of the 解除判断表 (not used)', async () => {
    const board = await evening();
    const refused = await runOperation(board.wb, (s) => planDecideRelease(s, at('19:46'), { standbyDay: isoDate('2026-06-10'), bureaus: ['年金局'], reason: ' ', name: '山田' }));
    expect(refused).toMatchObject({ problem: '解除の理由を入力してください (記録に残ります)。', writes: [] });
    board.append(TABLE.decisions, { 日時: instantToSerial(at('19:46')), 待機日: 46183, 局: '年金局、総務局', 判断者: '', 理由: '連絡あり' });
    await board.recompute(iso('19:50'));
    expect(board.rows(TABLE.decisions)[0]!['確認']).toBe('AS2「局」: 局一覧にない局があります: 総務局。 / AT2「判断者」: 判断者を入力してください。');
    expect(state(board, '年金局')['状態']).toBe('待機中 (割振り未確定)');
  });

  it('a bureau waits for its 夕方レク slot unless it is marked 出席不要', async () => {
    const board = await preparedBoard();
    await board.import(noticeBundle([fakeNotice('n-kou', '甲', iso('10:00'), 1)], [fixedAssignment('n-kou', '問1', 'isei', iso('10:30'))], iso('16:00')), iso('16:00'));
    board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '甲');
    board.markStage('n-kou', '問取り完了', iso('10:20'));
    board.append(TABLE.sittings, { 院: '参議院', 委員会: '厚生労働委員会', 開会日: 46184, 開会時刻: '10:00', 状態: '中止', 中止の時刻: instantToSerial(at('12:00')) });
    board.edit(TABLE.eveningItems, '問ID', 'n-kou#問1', '局長了実績', '16:20');
    await board.recompute(iso('16:30'));
    const row = () => board.rows(TABLE.lectures).find((r) => r['行ID'] === `attend:${SITTING}:evening-1830:isei`)!;
    expect(row()).toMatchObject({ 枠: '夕方レク 18:30', 局: '医政局', 問数: 1, 出席: '要', 不要の時刻: '' });
    expect(state(board, '医政局')['状態']).toBe('待機中 (解除見込み 19:00)');
    board.edit(TABLE.lectures, '行ID', `attend:${SITTING}:evening-1830:isei`, '出席', '不要');
    await board.recompute(iso('16:40'));
    expect(row()).toMatchObject({ 出席: '不要', 不要の時刻: instantToSerial(at('16:40')) });
    expect(state(board, '医政局')['状態']).toBe('解除可 16:40〜');
  });
});
