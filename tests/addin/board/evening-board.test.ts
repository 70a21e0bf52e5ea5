/**
 * The evening sheets on a prepared (preview) workbook: the 開会 sheet from imported notices and the
 * coordinator's questioners, the minister's slots, 実績 times, 設定 errors naming the cell, 「待機解除を確定」
 * (who, when, idempotent, asked once) and what publishing sends to the bureaus' popups.
 */
import { bureauView, eveningMilestoneKinds, parseBundle } from '@shared/index';
import { describe, expect, it } from 'vitest';
import { instantToSerial } from '../../../addin/board/sheet/excel-serial';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { fakeNotice, fixedAssignment, noticeBundle, preparedBoard } from './board-harness';
import { jstInstant } from '../../helpers/dates';

const SITTING = '衆議院厚生労働委員会@2026-06-11 09:00';
const at = (time: string, day = '2026-06-10') => jstInstant(`${day}T${time}:00+09:00`);

/**
 * 山田太郎 (10:00, 問1 → 医政局 10:30) and 鈴木花子 (15:40, 問1 → 保険局 16:00), imported at 16:00. Settled (the
 * default): both notices 問取り完了 (10:20, 15:50) and the 参議院厚生労働委員会 of Thursday 6/11 (its 定例日) typed in as
 * 中止 at 12:00 — so the allocation closes at 16:00, when the last 執筆局 is fixed.
 */
async function committeeDay(options: { questioners?: string; settle?: boolean } = { questioners: '山田太郎、鈴木花子' }) {
  const board = await preparedBoard();
  await board.import(noticeBundle([
    fakeNotice('n-yamada', '山田太郎', at('10:00'), 1),
    fakeNotice('n-suzuki', '鈴木花子', at('15:40'), 1),
  ], [
    fixedAssignment('n-yamada', '問1', 'isei', at('10:30')),
    fixedAssignment('n-suzuki', '問1', 'hoken', at('16:00')),
  ]), at('16:00'));
  if (options.questioners !== undefined) board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', options.questioners);
  if (options.settle !== false) {
    board.markStage('n-yamada', '問取り完了', '2026-06-10T10:20:00+09:00');
    board.markStage('n-suzuki', '問取り完了', '2026-06-10T15:50:00+09:00');
    board.append(TABLE.sittings, { 院: '参議院', 委員会: '厚生労働委員会', 開会日: 46184, 開会時刻: '10:00', 状態: '中止', 中止の時刻: instantToSerial(at('12:00')) });
  }
  return board;
}
const state = (board: Awaited<ReturnType<typeof preparedBoard>>, bureau: string) => board.rows(TABLE.standby).find((r) => r['局'] === bureau)!['状態'];

describe('開会 sheet', () => {
  it('lists each sitting of the imported notices, asks for the questioners, and closes allocation once they are in', async () => {
    const board = await committeeDay({});
    const [before] = board.rows(TABLE.sittings);
    expect(before).toMatchObject({ 院: '衆議院', 委員会: '厚生労働委員会', 開会時刻: '09:00', 質問者: '', 通告済み: '山田太郎、鈴木花子', 割振り: '割振り未確定', 問数: 2 });
    expect(before!['注意']).toContain('質問者一覧が空のため、割振り確定 (待機解除) を判定できません。質問者を登録してください。');
    expect(state(board, '年金局')).toBe('待機中 (割振り未確定)');

    board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '山田太郎, 鈴木　花子、佐藤一郎');
    const plan = await board.recompute(at('16:30'));
    const [row] = board.rows(TABLE.sittings);
    // Spelling as in the notices; 佐藤一郎 has not given notice yet.
    expect(row).toMatchObject({ 質問者: '山田太郎、鈴木花子、佐藤一郎', 未通告: '佐藤一郎', 割振り: '割振り未確定', 待機日: 46183 });
    expect(plan.evening.days[0]!.sittings[0]).toMatchObject({ label: '衆議院厚生労働委員会 6/11(木) 09:00', missing: ['佐藤一郎'], closedAt: null });

    board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '山田太郎、鈴木花子');
    await board.recompute(at('16:30'));
    expect(board.rows(TABLE.sittings)[0]).toMatchObject({ 未通告: '', 割振り: '割振り確定 6/10(水) 16:00', 夕方レク: 1, 朝レク: 1, 枠なし: 0, 注意: '' });
    expect(state(board, '年金局')).toBe('解除可 16:00〜');
    // 医政局's 局長了 is expected at 16:30, but its 問 is briefed in 夕方レク 18:30–19:00, which it attends.
    expect(state(board, '医政局')).toBe('待機中 (解除見込み 19:00)');
  });

  it('keeps a sitting typed by hand before any notice, and names a row it cannot read', async () => {
    const board = await committeeDay();
    const blank = board.rows(TABLE.sittings).length;
    for (const [header, value] of [['院', '参議院'], ['委員会', '厚生労働委員会'], ['開会日', 46185], ['開会時刻', '10:00'], ['質問者', '田中一郎']] as const) {
      board.wb.edit(TABLE.sittings, blank, header, value);
    }
    board.wb.edit(TABLE.sittings, blank + 1, '委員会', '予算委員会');
    await board.recompute(at('16:30'));
    const rows = board.rows(TABLE.sittings);
    // rows[1] is the settled day's 参議院 sitting of 6/11 (中止).
    expect(rows[1]).toMatchObject({ 開会ID: '参議院厚生労働委員会@2026-06-11 10:00', 状態: '中止', 中止の時刻: instantToSerial(at('12:00')) });
    expect(rows[2]).toMatchObject({ 開会ID: '参議院厚生労働委員会@2026-06-12 10:00', 質問者: '田中一郎', 未通告: '田中一郎', 問数: 0, 割振り: '割振り未確定' });
    expect(rows[3]).toMatchObject({ 委員会: '予算委員会', 注意: '開会表 5 行目: 院・委員会・開会日・開会時刻をすべて入力してください。' });
  });
});

describe('a decision made in the sheet', () => {
  it('is stamped at the minute, so the bureaus without 問 may go home at once (not half a minute later)', async () => {
    const board = await preparedBoard();
    await board.import(noticeBundle([fakeNotice('n-late', '田中一郎', at('19:30'), 1)]), at('19:35'));
    board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '田中一郎');
    board.markStage('n-late', '問取り完了', '2026-06-10T19:35:00+09:00');
    board.append(TABLE.sittings, { 院: '参議院', 委員会: '厚生労働委員会', 開会日: 46184, 開会時刻: '10:00', 状態: '中止', 中止の時刻: instantToSerial(at('12:00')) });
    board.edit(TABLE.assignments, '質問キー', 'n-late', '局', '医政局');
    board.edit(TABLE.assignments, '質問キー', 'n-late', '状態', '確定');
    await board.recompute('2026-06-10T19:40:40+09:00');
    expect(board.rows(TABLE.assignments)[0]!['決定']).toBe(instantToSerial(at('19:40')));
    // The sheet's own write triggers another recompute: the decision reads back as 19:40, not 19:41.
    const again = await board.recompute('2026-06-10T19:40:45+09:00');
    expect(state(board, '年金局')).toBe('解除可 19:40〜');
    expect(again.evening.releasable).toBe(12);
  });
});

describe('夕方レク sheet', () => {
  it('re-plans without a slot the minister cannot attend (大臣 ×)', async () => {
    const board = await committeeDay();
    await board.recompute(at('16:30'));
    board.edit(TABLE.slots, '枠ID', `slot:${SITTING}:evening-1830`, '大臣', '×');
    await board.recompute(at('16:31'));
    expect(board.rows(TABLE.eveningItems)[0]).toMatchObject({ 枠: '夕方レク 19:00', 質問者: '山田太郎' });
    expect(board.rows(TABLE.slots)[0]).toMatchObject({ 大臣: '×', 問数: 0 });
  });

  it('takes 実績 times as typed — never rewriting them — shows how they were read in 見込み, and names an unreadable one', async () => {
    const board = await committeeDay();
    await board.recompute(at('16:30'));
    board.edit(TABLE.eveningItems, '問ID', 'n-yamada#問1', '局長了実績', '16:20');
    board.edit(TABLE.eveningItems, '問ID', 'n-suzuki#問1', '原案了実績', '夜');
    const plan = await board.recompute(at('16:31'));
    const [yamada, suzuki] = board.rows(TABLE.eveningItems);
    expect(yamada!['局長了実績']).toBe('16:20');
    expect(yamada!['局長了見込み']).toBe(instantToSerial(at('16:20')));
    // The write of 夕方レク問表 leaves every 実績 cell alone (null = unchanged).
    const itemWrite = plan.writes.find((w) => w.table === TABLE.eveningItems);
    const actualAt = ['着手実績', '原案了実績', '課長了実績', '局長了実績'].map((h) => itemWrite?.headers.indexOf(h) ?? -1);
    expect(itemWrite?.rows.every((row) => actualAt.every((c) => row[c] === null)) ?? true).toBe(true);
    expect(suzuki).toMatchObject({ 原案了実績: '夜', 理由: expect.stringMatching(/^原案了実績「夜」を読み取れません/) });
    // 局長了 reported at 16:20, but 医政局 still attends its 夕方レク 18:30–19:00 (shared/evening/RULES.md §9.6).
    expect(state(board, '医政局')).toBe('待機中 (解除見込み 19:00)');
  });
});

describe('設定 sheet (evening)', () => {
  it('uses edited rules at once, and names a bad cell in Japanese while keeping the default', async () => {
    const board = await committeeDay();
    board.edit(TABLE.eveningRules, '項目', '夕方レクの終了', '値', '21:00');
    board.edit(TABLE.eveningRules, '項目', '終業', '値', '夕方');
    board.edit(TABLE.bureauStandby, '局名', '保険局', '執筆(分)', '120');
    board.edit(TABLE.bureauStandby, '局名', '医政局', '待機要員', 0);
    board.edit(TABLE.caps, '項目', '警告の割合(%)', '値', '150');
    const plan = await board.recompute(at('16:30'));
    expect(plan.settingsIssues).toEqual([
      '設定シート AC3「終業」: 「夕方」は時刻 (HH:MM) ではありません。 既定値で計算しています。',
      '設定シート AG11「警告の割合(%)」: 警告の割合は 1 (100%) 以下です 既定値で計算しています。',
      '設定シート U3「待機要員」: 待機要員は 1 人以上です 既定値で計算しています。',
    ]);
    // 保険局 drafts in 120 minutes: 16:00 → 18:00, 課長了 18:30, 局長了 20:00 → the 20:00 slot, which exists now that 夕方レク runs to 21:00.
    expect(board.rows(TABLE.eveningItems).find((r) => r['問ID'] === 'n-suzuki#問1')).toMatchObject({ 枠: '夕方レク 20:00', 区分: '夕方レク', 理由: '' });
  });
});

describe('「待機解除を確定」', () => {
  it('asks for the coordinator’s name once, records who and when, keeps the name, and does not record twice', async () => {
    const board = await committeeDay();
    await board.recompute(at('19:40'));
    const asked = await board.confirm(at('19:41'));
    expect(asked).toMatchObject({ needsName: true, writes: [] });
    expect(board.rows(TABLE.standby).find((r) => r['局'] === '年金局')!['状態']).toBe('解除可 16:00〜');

    const first = await board.confirm(at('19:42'), '山田');
    expect(first.confirmed).toEqual(['大臣官房', '健康・生活衛生局', '医薬局', '労働基準局', '職業安定局', '雇用環境・均等局', '人材開発統括官', '社会・援護局', '老健局', '年金局', '政策統括官']);
    expect(board.rows(TABLE.general).find((r) => r['項目'] === '担当者')!['値']).toBe('山田');
    expect(board.rows(TABLE.standby).find((r) => r['局'] === '年金局')).toMatchObject({ 状態: '解除 19:42', 確定者: '山田', 解除確定: instantToSerial(at('19:42')), '終業後(時間)': 1.45 });
    const store = board.rows(TABLE.store).filter((r) => r['種類'] === 'releases');
    expect(store).toHaveLength(11);
    expect(JSON.parse(String(store.find((r) => r['ID'] === 'release:nenkin:2026-06-10')!['JSON']))).toMatchObject({
      rev: 1, updatedBy: '官房総務課', data: { bureau: 'nenkin', date: '2026-06-10', releasedAt: at('19:42'), by: '山田', reason: '割振り確定 (6/10(水) 16:00) の時点で担当の問がないため待機解除。' },
    });

    // The second click: the name is known now, nothing new to record, the store is not rewritten.
    const again = await board.confirm(at('19:50'));
    expect(again).toMatchObject({ needsName: false, by: '山田', confirmed: [] });
    expect(again.writes.map((w) => w.table)).not.toContain(TABLE.store);
    expect(board.rows(TABLE.store).filter((r) => r['種類'] === 'releases')).toHaveLength(11);
    expect(board.rows(TABLE.standby).find((r) => r['局'] === '年金局')!['状態']).toBe('解除 19:42');

    // 医政局 reports its 局長了; the next click records only it.
    board.edit(TABLE.eveningItems, '問ID', 'n-yamada#問1', '局長了実績', '16:30');
    const third = await board.confirm(at('20:05'));
    expect(third.confirmed).toEqual(['医政局']);
  });

  it('publishes the slots, the confirmed releases only, and the per-問 課長了 / 局長了 deadlines; a popup shows the release', async () => {
    const board = await committeeDay();
    const before = parseBundle((await board.publish(at('19:30'))).text);
    expect(before.records.releases).toEqual([]); // 解除可, but nobody confirmed yet
    expect(before.records.slots.map((s) => [s.data!.label, s.data!.itemIds])).toEqual([
      ['夕方レク 18:30', ['n-yamada#問1']], ['夕方レク 19:00', []], ['夕方レク 19:30', []], ['朝レク 07:30', ['n-suzuki#問1']],
    ]);
    const yamada = before.records.milestones.filter((m) => m.data?.questionKey === 'n-yamada' && m.data.itemLabel === '問1');
    expect(yamada.map((m) => [m.data!.label, m.data!.bureau, m.data!.dueAt])).toEqual([
      ['原案', 'isei', at('16:30')], ['局長了', 'isei', at('18:30')], ['課長了', 'isei', at('17:00')],
    ]);
    expect(Object.values(eveningMilestoneKinds)).toContain('課長了');

    await board.confirm(at('19:42'), '山田');
    const plan = await board.publish(at('19:45'));
    const bundle = parseBundle(plan.text);
    expect(bundle.revision).toBe(2);
    expect(bundle.records.releases.filter((r) => !r.deleted)).toHaveLength(11);
    expect(bundle.records.releases.map((r) => r.id)).not.toContain('release:isei:2026-06-10');
    // Unchanged evening records keep their 版.
    expect(bundle.records.slots.every((s) => s.rev === 1)).toBe(true);
    // What 年金局's popup shows on the evening of 6/10.
    expect(bureauView(bundle.records, { id: 'nenkin', name: '年金局' }, at('19:50')).release).toMatchObject({ releasedAt: at('19:42'), by: '山田' });
    expect(bureauView(bundle.records, { id: 'isei', name: '医政局' }, at('19:50')).release).toBeUndefined();
  });

  it('withdraws a confirmed release when a later notice gives the bureau work (呼び戻し), and publishes the tombstone', async () => {
    const board = await committeeDay();
    await board.confirm(at('19:42'), '山田');
    await board.publish(at('19:45'));
    await board.import(noticeBundle([fakeNotice('n-tanaka', '田中一郎', at('20:10'), 1)], [fixedAssignment('n-tanaka', '問1', 'nenkin', at('20:15'))], at('20:15')), at('20:15'));
    board.edit(TABLE.sittings, '開会ID', SITTING, '質問者', '山田太郎、鈴木花子、田中一郎');
    const plan = await board.recompute(at('20:16'));
    expect(state(board, '年金局')).toBe('呼び戻し (19:42 の解除を取消)');
    expect(plan.evening.days[0]!.recalled).toEqual(['年金局']);
    const published = await board.publish(at('20:20'));
    expect(published.recalled).toEqual(['年金局']);
    const release = parseBundle(published.text).records.releases.find((r) => r.id === 'release:nenkin:2026-06-10')!;
    expect(release).toMatchObject({ rev: 2, deleted: true });
    expect(bureauView(parseBundle(published.text).records, { id: 'nenkin', name: '年金局' }, at('20:30')).release).toBeUndefined();
    // 田中一郎 added to the list at 20:16 reopens the allocation only from his notice (20:10): the others stay released.
    expect(state(board, '年金局')).toBe('呼び戻し中 20:15〜 (追加通告)');
    expect(state(board, '大臣官房')).toBe('解除 19:42');
    board.markStage('n-tanaka', '問取り完了', '2026-06-10T20:25:00+09:00');
    await board.recompute(at('20:30'));
    expect(state(board, '年金局')).toBe('待機中 (解除見込み 翌02:15)');
  });
});
