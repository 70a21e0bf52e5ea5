/** The session: one operation at a time, Japanese errors that change nothing, debounced recompute after edits. */
import { readFileSync } from 'node:fs';
import { fixedClock } from '@shared/index';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BoardWorkbook } from '../../../addin/board/sheet/board-workbook';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { createPreviewWorkbook } from '../../../addin/preview/preview-workbook';
import { type BoardSession, createBoardSession } from '../../../addin/session/board-session';
import { jstInstant } from '../../helpers/dates';

const NOW = jstInstant('2026-03-02T10:00:00+09:00');
const demo = readFileSync(new URL('../../../addin/public/demo-bundle.json', import.meta.url), 'utf8');
let session: BoardSession | undefined;
afterEach(async () => {
  await session?.stop();
  vi.useRealTimers();
});

function start(workbook = createPreviewWorkbook(), timing = { debounceMs: 50, countdownRefreshMs: 60_000 }) {
  session = createBoardSession(workbook, fixedClock(NOW), timing);
  return { workbook, session };
}

describe('createBoardSession', () => {
  it('starts on a new workbook without an error, asking for 「ブックを準備」', async () => {
    const { session } = start();
    await session.start();
    expect(session.state()).toMatchObject({ prepared: false, error: undefined });
  });

  it('refuses a broken bundle in Japanese and writes nothing', async () => {
    const { session, workbook } = start();
    await session.start();
    await session.prepare();
    await session.importText('{"format": "kokkai-toben-desk/exchange", "version": 1, ', '貼り付けたバンドル');
    expect(session.state().error).toMatch(/^バンドルが JSON として読み取れません/);
    await session.importText('{"format": "something-else"}', '貼り付けたバンドル');
    expect(session.state().error).toBe('国会答弁デスクの交換バンドルではありません (format が違います)。');
    expect(workbook.table(TABLE.questions)!.rows).toEqual([]);
  });

  it('says the workbook must be prepared first when importing into an empty one', async () => {
    const { session } = start();
    await session.start();
    await session.importText(demo, 'デモ');
    expect(session.state()).toMatchObject({ prepared: false, error: expect.stringContaining('「ブックを準備」を押してください') });
  });

  it('imports the demo bundle, reports what it added and summarises open questions, unassigned 問 and deadlines', async () => {
    const { session } = start();
    await session.start();
    await session.prepare();
    await session.importText(demo, 'ファイル「demo-bundle.json」');
    const s = session.state();
    expect(s.notice).toBe('ファイル「demo-bundle.json」を取り込みました: 質問 追加 7 件・更新 0 件 (記録 追加 32・更新 0・変更なし 0・取り込めなかった 0)。');
    // 6 questions of the saved pages, 5 open, and the sample 質問通告 with its 3 問.
    expect(s.summary).toMatchObject({ openQuestions: 6, unassignedItems: 8, overdue: 3, dueToday: 5 });
    expect(s.busy).toBeUndefined();
  });

  it('saves a month of the 通告月報 as CSV, and says when a month has no notices', async () => {
    const { session } = start();
    await session.start();
    await session.prepare();
    await session.importText(demo, 'ファイル「demo-bundle.json」');
    expect(session.state().surveyMonths).toEqual(['2026-03']);
    const file = await session.surveyCsv('2026-03');
    expect(file?.fileName).toBe('通告月報_2026-03.csv');
    expect(file?.text.startsWith('\uFEFF"対象月"')).toBe(true);
    expect(session.state().notice).toBe('通告月報_2026-03.csv を保存しました (1 行)。');
    expect(await session.surveyCsv('2026-02')).toBeUndefined();
    expect(session.state().notice).toBe('2026-02 の開会の質問通告はありません。');
  });

  it('閣議日の確認: with nothing off the calendar, adding 臨時閣議 says so and changes nothing', async () => {
    const { session, workbook } = start();
    await session.start();
    await session.prepare();
    await session.importText(demo, 'ファイル「demo-bundle.json」');
    const before = workbook.table(TABLE.calendar)!.rows.length;
    await session.addCabinetDays();
    expect(session.state().notice).toBe('閣議日でない答弁書受領日・延期の日付はありません。');
    expect(workbook.table(TABLE.calendar)!.rows.length).toBe(before);
  });

  it('recomputes once after a burst of edits (debounced), then settles', async () => {
    const workbook = createPreviewWorkbook();
    const batch = vi.spyOn(workbook, 'batch');
    const { session } = start(workbook);
    await session.start();
    await session.prepare();
    await session.importText(demo, 'デモ');
    batch.mockClear();
    workbook.edit(TABLE.assignments, 0, '局', '医政局');
    workbook.edit(TABLE.assignments, 0, '課', '医事課');
    workbook.edit(TABLE.assignments, 1, '局', '保険局');
    await expect.poll(() => session.state().summary?.unassignedItems).toBe(6);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(workbook.table(TABLE.assignments)!.rows[0]![workbook.table(TABLE.assignments)!.headers.indexOf('異議まで')]).toBe('あと 60 分');
  });

  it('refreshes the sheet while 異議 countdowns run', async () => {
    vi.useFakeTimers();
    const workbook = createPreviewWorkbook();
    const { session } = start(workbook, { debounceMs: 10, countdownRefreshMs: 60_000 });
    await session.start();
    await session.prepare();
    await session.importText(demo, 'デモ');
    workbook.edit(TABLE.assignments, 0, '局', '医政局');
    await vi.advanceTimersByTimeAsync(50);
    expect(session.state().summary!.objections).toHaveLength(1);
    const batch = vi.spyOn(workbook, 'batch');
    await vi.advanceTimersByTimeAsync(60_000 + 20);
    expect(batch).toHaveBeenCalledTimes(1);
  });

  it('「割振り確定前に解除」: asks the name once, refuses without a reason, records the decision and re-plans', async () => {
    const { session, workbook } = start();
    await session.start();
    await session.prepare();
    await session.importText(demo, 'デモ');
    const standbyDay = session.state().evening!.days[0]!.standbyDay;
    await session.decideRelease({ standbyDay, bureaus: ['年金局'], reason: '国対から当省分なしと連絡' });
    expect(session.state()).toMatchObject({ askDecisionName: true, notice: '待機解除の記録に残す担当者名を入力してください。' });
    await session.decideRelease({ standbyDay, bureaus: ['年金局'], reason: ' ', name: '山田' });
    expect(session.state().error).toBe('解除の理由を入力してください (記録に残ります)。');
    await session.decideRelease({ standbyDay, bureaus: ['年金局'], reason: '国対から当省分なしと連絡', name: '山田' });
    expect(session.state()).toMatchObject({ askDecisionName: false, error: undefined, notice: expect.stringMatching(/^割振り確定前の解除を記録しました \(年金局、10:00、判断者 山田\)。/) });
    expect(session.state().evening!.days[0]!.decisions).toEqual([expect.stringMatching(/^年金局 — 山田 3\/2\(月\) 10:00: 国対から当省分なしと連絡$/)]);
    expect(workbook.table(TABLE.decisions)!.rows).toHaveLength(1);
  });

  it('runs operations one after another, never interleaved', async () => {
    const { session } = start();
    await session.start();
    await session.prepare();
    const order: string[] = [];
    session.subscribe((s) => { if (s.busy) order.push(s.busy.label); });
    await Promise.all([session.importText(demo, 'デモ'), session.publish(), session.recompute()]);
    expect(order.filter((l, i) => l !== order[i - 1])).toEqual(['デモを確認しています', 'デモを取り込んでいます', '配信データを作成しています', '再計算しています']);
    expect(session.state().error).toBeUndefined();
  });

  it('turns an unexpected failure into a Japanese message', async () => {
    const broken: BoardWorkbook = { ...createPreviewWorkbook(), batch: () => Promise.reject(new Error('disk full')) };
    const { session } = start(broken as never);
    await session.recompute();
    expect(session.state().error).toBe('予期しないエラーが発生しました。もう一度お試しください (disk full)。');
  });
});
