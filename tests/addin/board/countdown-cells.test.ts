/**
 * Countdowns in a shared workbook: two panes whose clocks differ by less than a minute or two do not rewrite each
 * other's 「異議まで」 and 「残り」 — the pane behind leaves the newer text alone and writes nothing; a pane ahead
 * moves it on; an older text (a pane far behind, or a stale sheet) is corrected.
 */
import { describe, expect, it } from 'vitest';
import { TABLE } from '../../../addin/board/tables/workbook-tables';
import { bundleOf, fakeQuestion, preparedBoard } from './board-harness';

const t = (time: string) => `2026-03-02T${time}+09:00`;

async function board() {
  const b = await preparedBoard();
  await b.import(bundleOf([fakeQuestion(1)]), t('10:00:00'));
  b.wb.edit(TABLE.assignments, 0, '局', '医政局');
  await b.recompute(t('10:00:00'));
  return b;
}
const objection = (b: Awaited<ReturnType<typeof board>>) => b.rows(TABLE.assignments)[0]!['異議まで'];
const left = (b: Awaited<ReturnType<typeof board>>) => b.rows(TABLE.deadlines).map((r) => r['残り']);
const writesOf = (plan: { writes: { table: string; rows: unknown[][] }[] }, table: string) =>
  plan.writes.filter((w) => w.table === table).flatMap((w) => w.rows.flat()).filter((v) => v !== null);

describe('countdowns of two panes', () => {
  it('the pane a few seconds behind (another minute) keeps the newer 「異議まで」 and writes nothing', async () => {
    const b = await board();
    await b.recompute(t('10:20:05'));
    expect(objection(b)).toBe('あと 40 分');
    // 10:19:20 alone would show 「あと 41 分」 (minutes are rounded).
    const behind = await b.recompute(t('10:19:20'));
    expect(objection(b)).toBe('あと 40 分');
    expect(writesOf(behind, TABLE.assignments)).toEqual([]);
    await b.recompute(t('10:21:05'));
    expect(objection(b)).toBe('あと 39 分');
  });

  it('the same for 「残り」 in the 期限 sheet', async () => {
    const alone = await board();
    await alone.recompute(t('11:00:10'));
    const b = await board();
    await b.recompute(t('11:00:40'));
    const ahead = left(b);
    expect(ahead).not.toEqual(left(alone));
    const behind = await b.recompute(t('11:00:10'));
    expect(left(b)).toEqual(ahead);
    expect(writesOf(behind, TABLE.deadlines)).toEqual([]);
  });

  it('corrects a countdown older than this pane\'s clock, and one far ahead of it', async () => {
    const b = await board();
    await b.recompute(t('10:20:00'));
    await b.recompute(t('10:30:00'));
    expect(objection(b)).toBe('あと 30 分');
    await b.recompute(t('10:10:00'));
    expect(objection(b)).toBe('あと 50 分');
  });
});
