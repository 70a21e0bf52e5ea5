/**
 * @file 事後検証 (replay): the example file of replay.md replayed through the planner, with the expected output worked out
 * by hand; bad files refused with Japanese messages naming the field or event; the npm script prints the same JSON.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ValidationError, parseReplayFile, replayEvening } from '@shared/index';

const fixture = new URL('../../fixtures/evening/replay-evening.json', import.meta.url);
const text = readFileSync(fixture, 'utf8');
const t = (time: string, date = '2026-06-09') => `${date}T${time}:00+09:00`;

/**
 * By hand (standby day Tue 6/9, 終業 18:15, 深夜 22:00–05:00; only reported steps count as done):
 * - 甲 is complete at 10:00 (問1 → 保険局), 乙 has nothing for the ministry at 14:15: the allocation closes at 14:15 and
 *   stays closed (the 22:00 追加通告 comes complete, its 問2 owned at once).
 * - 医政局, 職業安定局: nothing to do → released 14:15, before 終業: 0 h.
 * - 保険局: 局長了 17:40, but its 夕方レク is 18:30–19:00 → released 19:00; 18:15 → 19:00 = 0.75 h. At 21:30 it asks
 *   老健局 for a 合議: its 17:40 局長了 is older than the request, so its approvals run again — recalled 21:30 until its
 *   課長了 at 22:45 = 1.25 h (0.75 h late at night); 2 h in all.
 * - 老健局: released 14:15; 保険局 asks its 合議 at 21:30, done with 保険局's 課長了 at 22:45 → recalled 21:30–22:45 =
 *   1.25 h, of which 22:00–22:45 = 0.75 h late at night.
 * - 年金局: released 14:15; 甲's 追加通告 問2 reaches it at 22:00, 局長了 23:50 → recalled 22:00–23:50 = 1 h 50 m = 1.83 h,
 *   all of it late at night.
 */
const expected = {
  bureaus: [
    { bureau: '医政局', releasedAt: t('14:15'), recalls: [], standbyHours: 0, lateNightHours: 0 },
    { bureau: '老健局', releasedAt: t('14:15'), recalls: [{ at: t('21:30'), until: t('22:45'), reason: '合議依頼' }], standbyHours: 1.25, lateNightHours: 0.75 },
    { bureau: '保険局', releasedAt: t('19:00'), recalls: [{ at: t('21:30'), until: t('22:45'), reason: '合議依頼' }], standbyHours: 2, lateNightHours: 0.75 },
    { bureau: '年金局', releasedAt: t('14:15'), recalls: [{ at: t('22:00'), until: t('23:50'), reason: '追加通告' }], standbyHours: 1.83, lateNightHours: 1.83 },
    { bureau: '職業安定局', releasedAt: t('14:15'), recalls: [], standbyHours: 0, lateNightHours: 0 },
  ],
  closedAt: t('14:15'),
};

describe('replayEvening', () => {
  it('replays the example file as worked out by hand', () => {
    const { output, plan } = replayEvening(parseReplayFile(text));
    expect(output).toEqual(expected);
    expect(plan.warnings).toEqual([]);
  });

  it('is the example documented in replay.md', () => {
    const doc = readFileSync(new URL('../../../shared/evening/replay.md', import.meta.url), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]+?)\n```/g)].map((m) => JSON.parse(m[1]!));
    expect(blocks[0]).toEqual(JSON.parse(text));
    expect(blocks[1]).toEqual(expected);
  });

  it('cuts at until: at 22:30 年金局 is still out, its recall open', () => {
    const file = parseReplayFile(text);
    const early = { ...file, events: file.events.filter((e) => e.at <= t('22:30')), until: t('22:30') };
    expect(replayEvening(early).output.bureaus[3]).toEqual({
      // 22:00 → 22:30 = 0.5 h so far.
      bureau: '年金局', releasedAt: t('14:15'), recalls: [{ at: t('22:00'), until: null, reason: '追加通告' }], standbyHours: 0.5, lateNightHours: 0.5,
    });
  });

  const refusal = (change: (raw: Record<string, unknown> & { events: Record<string, unknown>[] }) => void) => {
    const raw = JSON.parse(text);
    change(raw);
    try {
      replayEvening(parseReplayFile(JSON.stringify(raw)));
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).message;
    }
    throw new Error('accepted a bad file');
  };

  it('refuses a bad file whole, naming the field or the event in Japanese', () => {
    expect(() => parseReplayFile('{"standbyDay":')).toThrow(/^事後検証ファイルが JSON として読み取れません/);
    expect(refusal((r) => { r.events[1]!.stage = '完了'; })).toBe(
      '事後検証ファイルが正しくありません: events[1] (notice).stage: 段階は 通告待ち / 要旨のみ / 問取り中 / 問取り完了 / 当省なし のどれかです',
    );
    expect(refusal((r) => { r.events[3]!.at = '2026-06-09 17:40'; })).toMatch(/events\[3\] \(approve\)\.at: 日時は 2026-06-09T19:30:00\+09:00 の形/);
    expect(refusal((r) => { r.events[2]!.type = 'briefing'; })).toMatch(/events\[2\] \(briefing\)\.type: type は sitting \/ notice/);
    expect(refusal((r) => { delete r.until; })).toMatch(/until: /);
    expect(refusal((r) => { r.events[4]!.to = '総務局'; })).toBe('事後検証ファイルが正しくありません: events[4] (concurrence): 局「総務局」が bureaus にありません');
    expect(refusal((r) => { r.events[7]!.item = '衆厚労/甲/問9'; })).toBe(
      '事後検証ファイルが正しくありません: events[7] (approve): 問「衆厚労/甲/問9」はそれまでの notice イベントで通告されていません',
    );
    expect(refusal((r) => { r.events[0]!.sitting = '参厚労'; })).toMatch(/events\[0\] \(notice\): 開会「参厚労」がそれまでの sittings・sitting イベントにありません/);
    expect(refusal((r) => { r.until = t('23:00'); })).toMatch(/events\[7\] \(approve\): until より後のイベントです/);
    expect(refusal((r) => { (r.sittings as { date: string }[])[0]!.date = '2026-06-11'; })).toMatch(
      /sittings\[0\]: 開会「衆厚労」\(2026-06-11\) の待機日は 2026-06-10 で、standbyDay 2026-06-09 と違います/,
    );
  });

  it('runs as npm run -s evening-replay -- FILE.json and prints the same JSON', () => {
    const out = execFileSync('npx', ['vite-node', 'tests/tools/evening-replay.ts', '--', fixture.pathname], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(expected);
  }, 60_000);
});
