/**
 * @file 待機解除の安全条件 (shared/evening/RULES.md §9), the cases worked out by hand. Each evening is a replay timeline
 * (shared/evening/replay.md) run through planStandbyDay on reported facts — the planner's own decisions.
 * Standby day Tue 2026-06-09 for sittings on Wed 6/10; 終業 18:15; 深夜 22:00–05:00. Hours are per person.
 */
import { describe, expect, it } from 'vitest';
import {
  type ReplayEvent, type ReplayFile, defaultStandDownRules, eveningPlanToRecords, planStandbyDay, replayEvening, replayFileSchema, replayInput, standbyEntriesFromPlans,
} from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const d = '2026-06-09';
const t = (time: string, date = d) => `${date}T${time}:00+09:00`;
/** 衆議院厚生労働委員会 Wed 6/10 09:00 (its 定例日), questioners 甲 and 乙. */
const kourou = { id: '衆厚労', committee: '厚生労働委員会', house: '衆議院' as const, date: '2026-06-10', start: '09:00', state: 'セット済み' as const, questioners: ['甲', '乙'] };

function evening(events: unknown[], extra: Partial<Record<keyof ReplayFile, unknown>> = {}): ReplayFile {
  return replayFileSchema.parse({ standbyDay: d, bureaus: ['医政局', '老健局', '保険局', '年金局'], sittings: [kourou], events, until: t('05:00', '2026-06-10'), ...extra });
}
const notice = (at: string, questioner: string, stage: ReplayEvent & { type: 'notice' } extends { stage: infer S } ? S : never, items: { label: string; bureau?: string }[] = [], sitting = '衆厚労') =>
  ({ at, type: 'notice', sitting, questioner, stage, items }) satisfies Partial<ReplayEvent>;
const approve = (at: string, item: string, level = '局長了') => ({ at, type: 'approve', item, level });
const row = (file: ReplayFile, bureau: string) => replayEvening(file).output.bureaus.find((b) => b.bureau === bureau)!;
const plan = (file: ReplayFile) => planStandbyDay(replayInput(file));

describe('a questioner who has sent only 要旨 (the gist) keeps everyone', () => {
  // 10:00 甲 complete, 問1 → 保険局 (局長了 16:00). 19:30 乙 sends 要旨のみ; 21:00 問取り中; 22:10 問取り完了 with 問1,
  // whose 執筆 (老健局) is fixed at 22:30. The old planner closed the allocation at 19:30 and sent 医政局 and 老健局 home.
  const events = [
    notice(t('10:00'), '甲', '問取り完了', [{ label: '問1', bureau: '保険局' }]),
    approve(t('16:00'), '衆厚労/甲/問1'),
    notice(t('19:30'), '乙', '要旨のみ'),
    notice(t('21:00'), '乙', '問取り中'),
    notice(t('22:10'), '乙', '問取り完了', [{ label: '問1' }]),
    { at: t('22:30'), type: 'assign', item: '衆厚労/乙/問1', bureau: '老健局', role: '執筆' },
    approve(t('01:20', '2026-06-10'), '衆厚労/乙/問1'),
  ];

  it('says why at 20:00: 乙委員の通告が要旨のみ（問取り未了）', () => {
    const at20 = plan(evening(events.slice(0, 3), { until: t('20:00') }));
    expect(at20.allocation.closed).toBe(false);
    expect(at20.allocation.blockers.map((b) => b.text)).toEqual(['乙委員の通告が要旨のみ（問取り未了）']);
    const isei = at20.bureaus.find((b) => b.bureau === '医政局')!;
    expect(isei).toMatchObject({ status: 'waiting', releaseAt: null });
    expect(isei.holds).toEqual(['割振りが確定していないため待機を続けます (乙委員の通告が要旨のみ（問取り未了）)。']);
    const at2130 = plan(evening(events.slice(0, 4), { until: t('21:30') }));
    expect(at2130.allocation.blockers.map((b) => b.text)).toEqual(['乙委員の問取り中（問取り未了）']);
  });

  it('releases nobody before 問取り完了 and every 問 has its owner (22:30)', () => {
    const { output } = replayEvening(evening(events));
    expect(output.closedAt).toBe(t('22:30'));
    // 医政局: 18:15 → 22:30 = 4.25 h, of which 22:00 → 22:30 = 0.5 h late at night.
    expect(output.bureaus.find((b) => b.bureau === '医政局')).toEqual({ bureau: '医政局', releasedAt: t('22:30'), recalls: [], standbyHours: 4.25, lateNightHours: 0.5 });
    // 保険局 finished at 16:00 but waits for the allocation too.
    expect(row(evening(events), '保険局').releasedAt).toBe(t('22:30'));
    // 老健局 drafts 22:30 → 01:20: 18:15 → 01:20 = 7 h 05 m = 7.08 h; 22:00 → 01:20 = 3.33 h.
    expect(row(evening(events), '老健局')).toEqual({ bureau: '老健局', releasedAt: t('01:20', '2026-06-10'), recalls: [], standbyHours: 7.08, lateNightHours: 3.33 });
  });
});

describe('a second sitting of the same standby day that nobody typed in', () => {
  // Typed: 衆議院予算委員会 Wed 09:00, questioner 丙 complete at 15:00 (問1 → 保険局, 局長了 16:00). Wednesday is the 定例日
  // of 衆議院厚生労働委員会, which nobody has typed in: it can still happen. At 20:00 it is typed in (セット済み, 丁);
  // 丁 has no question for the ministry at 21:00.
  const yosan = { id: '衆予算', committee: '予算委員会', house: '衆議院', date: '2026-06-10', start: '09:00', state: 'セット済み', questioners: ['丙'] };
  const base = [notice(t('15:00'), '丙', '問取り完了', [{ label: '問1', bureau: '保険局' }], '衆予算'), approve(t('16:00'), '衆予算/丙/問1')];
  const typedIn = { at: t('20:00'), type: 'sitting', id: '衆厚労', committee: '厚生労働委員会', house: '衆議院', date: '2026-06-10', start: '10:00', state: 'セット済み', questioners: ['丁'] };

  it('keeps every bureau while the 定例日 sitting is not known, and says so', () => {
    const p = plan(evening(base, { sittings: [yosan], until: t('19:00') }));
    expect(p.allocation.blockers.map((b) => b.text)).toEqual([
      '衆議院厚生労働委員会は 6/10(水) が定例日ですが開会予定が入力されていません (開会するか中止かを入力してください)',
    ]);
    expect(p.bureaus.every((b) => b.releaseAt === null)).toBe(true);
  });

  it('closes once it is typed in and its questioners are done (21:00), or at once when it is entered as 中止', () => {
    const { output } = replayEvening(evening([...base, typedIn, notice(t('21:00'), '丁', '当省なし', [], '衆厚労')], { sittings: [yosan] }));
    expect(output.closedAt).toBe(t('21:00'));
    // 医政局: 18:15 → 21:00 = 2.75 h.
    expect(output.bureaus[0]).toEqual({ bureau: '医政局', releasedAt: t('21:00'), recalls: [], standbyHours: 2.75, lateNightHours: 0 });
    const cancelled = replayEvening(evening([...base, { ...typedIn, state: '中止' }], { sittings: [yosan] })).output;
    expect(cancelled.closedAt).toBe(t('20:00'));
  });

  it('is exactly what the old rule missed: without the 定例日 data everyone went home at 15:00', () => {
    const input = replayInput(evening(base, { sittings: [yosan] }));
    const p = planStandbyDay({ ...input, standDownRules: { ...defaultStandDownRules, regularSittings: [] } });
    expect(p.bureaus.find((b) => b.bureau === '医政局')!.releaseAt).toBe(t('15:00'));
  });
});

describe('released at 14:15, recalled by a 追加通告 at 22:00 or another bureau’s 合議 request at 21:30', () => {
  // The repository's replay example (tests/fixtures/evening/replay-evening.json) in small: 乙 has no question for the
  // ministry at 14:15, so 医政局, 老健局 and 年金局 go home at 14:15 (甲's 問1 is 保険局's).
  const events = [
    notice(t('10:00'), '甲', '問取り完了', [{ label: '問1', bureau: '保険局' }]),
    notice(t('14:15'), '乙', '当省なし'),
    approve(t('17:40'), '衆厚労/甲/問1'),
    { at: t('21:30'), type: 'concurrence', item: '衆厚労/甲/問1', from: '保険局', to: '老健局' },
    notice(t('22:00'), '甲', '問取り完了', [{ label: '問2', bureau: '年金局' }]),
    approve(t('22:45'), '衆厚労/甲/問1', '課長了'),
    approve(t('23:50'), '衆厚労/甲/問2'),
  ];

  it('counts every recalled hour, late-night band included, and shows the release as broken', () => {
    const file = evening(events);
    // 年金局: 22:00 → 23:50 = 1.83 h, all of it after 22:00. 老健局: 21:30 → 22:45 = 1.25 h, 0.75 h after 22:00.
    expect(row(file, '年金局')).toEqual({
      bureau: '年金局', releasedAt: t('14:15'), recalls: [{ at: t('22:00'), until: t('23:50'), reason: '追加通告' }], standbyHours: 1.83, lateNightHours: 1.83,
    });
    expect(row(file, '老健局')).toEqual({
      bureau: '老健局', releasedAt: t('14:15'), recalls: [{ at: t('21:30'), until: t('22:45'), reason: '合議依頼' }], standbyHours: 1.25, lateNightHours: 0.75,
    });
    const nenkin = plan(file).bureaus.find((b) => b.bureau === '年金局')!;
    expect(nenkin).toMatchObject({ firstReleaseAt: t('14:15'), releaseAt: t('23:50'), status: 'released' });
    expect(nenkin.reasonText).toBe('担当の問がすべて局長了 (合議・メモ出しも終了) のため待機解除。6/9(火) 14:15 に一度解除の後、6/9(火) 22:00 に追加通告 (甲)で呼び戻し。');
    // 保険局 sent the 合議 request after its own release (局長了 17:40): its approvals run again, so it is recalled from
    // the request until its 課長了 at 22:45 = 1.25 h, 0.75 h after 22:00 (shared/evening/RULES.md §9.5).
    expect(row(file, '保険局')).toEqual({
      bureau: '保険局', releasedAt: t('17:40'), recalls: [{ at: t('21:30'), until: t('22:45'), reason: '合議依頼' }], standbyHours: 1.25, lateNightHours: 0.75,
    });
    expect(plan(file).recalls.map((r) => [r.bureau, r.at, r.reason, r.by])).toEqual([
      ['老健局', t('21:30'), '合議依頼', '保険局'], ['保険局', t('21:30'), '合議依頼', ''], ['年金局', t('22:00'), '追加通告', '甲'],
    ]);
  });

  it('keeps the requesting bureau recalled until it reports an approval after its request (none yet at 22:30)', () => {
    // At 22:30 the 合議 is not answered: 保険局 (the requester) and 老健局 are both back since 21:30, 1 h so far, 0.5 h late.
    const at2230 = evening(events.slice(0, 5), { until: t('22:30') });
    expect(row(at2230, '保険局')).toEqual({
      bureau: '保険局', releasedAt: t('17:40'), recalls: [{ at: t('21:30'), until: null, reason: '合議依頼' }], standbyHours: 1, lateNightHours: 0.5,
    });
    expect(plan(at2230).bureaus.find((b) => b.bureau === '保険局')).toMatchObject({ releaseAt: null });
  });

  it('puts the recalled hours in the ledger, starting at the recall', () => {
    const entries = standbyEntriesFromPlans(plan(evening(events)).sittings);
    expect(entries.find((e) => e.bureau === '年金局')).toMatchObject({ from: t('22:00'), until: t('23:50'), hours: 1.83, lateNightHours: 1.83, staff: 30 });
  });

  it('publishes the recall, and withdraws the stand-down while the bureau is back', () => {
    const before = eveningPlanToRecords(plan(evening(events.slice(0, 3), { until: t('21:00') })).sittings, { updatedAt: jstInstant(t('21:00')), updatedBy: '官房総務課' });
    expect(before.releases.map((r) => r.id)).toContain(`release:年金局:${d}`);
    const during = eveningPlanToRecords(plan(evening(events.slice(0, 5), { until: t('22:30') })).sittings, {
      updatedAt: jstInstant(t('22:30')), updatedBy: '官房総務課', previous: before,
    });
    expect(during.releases.find((r) => r.id === `release:年金局:${d}`)).toMatchObject({ deleted: true, rev: 2 });
    expect(during.recalls.find((r) => r.data?.bureau === '年金局')).toMatchObject({
      id: `recall:年金局:${d}:${t('22:00')}`, rev: 1, deleted: false,
      data: { date: d, at: t('22:00'), until: null, reason: '追加通告', by: '甲', text: '6/9(火) 22:00 に追加通告 (甲)で呼び戻し' },
    });
  });
});

describe('a bureau with its own 夕方レク', () => {
  // 保険局's 問1: 局長了 17:40; its 夕方レク slot is 18:30–19:00 (known at 17:00). 乙 has nothing for the ministry.
  const events = [
    notice(t('10:00'), '甲', '問取り完了', [{ label: '問1', bureau: '保険局' }]),
    notice(t('11:00'), '乙', '当省なし'),
    { at: t('17:00'), type: 'lecture', bureau: '保険局', start: '18:30', end: '19:00' },
    approve(t('17:40'), '衆厚労/甲/問1'),
  ];

  it('is released after its slot (19:00), not at its 局長了 (17:40)', () => {
    // 18:15 → 19:00 = 0.75 h.
    expect(row(evening(events), '保険局')).toEqual({ bureau: '保険局', releasedAt: t('19:00'), recalls: [], standbyHours: 0.75, lateNightHours: 0 });
    expect(plan(evening(events)).bureaus.find((b) => b.bureau === '保険局')!.lectureUntil).toBe(t('19:00'));
  });

  it('goes at its 局長了 when the slot is marked 出席不要', () => {
    const exempt = [...events, { at: t('17:30'), type: 'lecture', bureau: '保険局', start: '18:30', end: '19:00', attendance: '出席不要' }];
    expect(row(evening(exempt), '保険局')).toMatchObject({ releasedAt: t('17:40'), standbyHours: 0 });
  });
});

describe('the coordinator’s decision and 当番', () => {
  // 乙 stays at 要旨のみ all night: the allocation never closes.
  const open = [notice(t('10:00'), '甲', '問取り完了'), notice(t('19:30'), '乙', '要旨のみ')];

  it('releases only the bureaus a coordinator names, recorded with who and why', () => {
    const file = evening([...open, { at: t('20:00'), type: 'release-decision', bureaus: ['医政局'], by: '山田', reason: '乙委員の質問は医政局に関係しないと確認' }]);
    const isei = plan(file).bureaus.find((b) => b.bureau === '医政局')!;
    expect(isei).toMatchObject({
      releaseAt: t('20:00'), reason: 'decision', decision: { at: t('20:00'), by: '山田', reason: '乙委員の質問は医政局に関係しないと確認' },
      reasonText: '割振り確定前に調整担当の判断で待機解除 (山田: 乙委員の質問は医政局に関係しないと確認)。',
    });
    // The others wait until the end of the file (05:00): 18:15 → 05:00 = 10.75 h, 7 h of them late at night.
    expect(row(file, '老健局')).toEqual({ bureau: '老健局', releasedAt: null, recalls: [], standbyHours: 10.75, lateNightHours: 7 });
  });

  it('keeps only the named duty people from 18:15, and the ledger counts them, not the whole bureau', () => {
    const duty = [{ bureau: '年金局', people: ['佐藤', '鈴木'], from: '18:15' }];
    const file = evening([...open, notice(t('23:00'), '乙', '当省なし')], { duty });
    const nenkin = plan(file).bureaus.find((b) => b.bureau === '年金局')!;
    // 当番 18:15 → 23:00 = 4.75 h for each duty person (1 h late at night); nobody else stays past 18:15.
    expect(nenkin).toMatchObject({
      releaseAt: t('23:00'), duty: { from: t('18:15'), until: t('23:00'), people: ['佐藤', '鈴木'] }, hoursPastRegularEnd: 0,
      dutyHoursPastRegularEnd: 4.75, dutyLateNightHours: 1, staffHoursPastRegularEnd: 9.5, lateNightStaffHours: 2,
    });
    expect(standbyEntriesFromPlans(plan(file).sittings).filter((e) => e.bureau === '年金局').map((e) => [e.person, e.hours, e.staff])).toEqual([
      ['', 0, 30], ['佐藤', 4.75, 1], ['鈴木', 4.75, 1],
    ]);
    expect(row(file, '年金局')).toMatchObject({ releasedAt: t('23:00'), standbyHours: 4.75, lateNightHours: 1 });
  });

  it('calls the whole bureau back when work reaches it during 当番, then returns to 当番', () => {
    const duty = [{ bureau: '年金局', people: ['佐藤'], from: '18:15' }];
    // 21:00 甲's 追加通告 問2 → 年金局, 局長了 22:00; 乙 has nothing for the ministry at 23:00.
    const file = evening([
      ...open, notice(t('21:00'), '甲', '問取り完了', [{ label: '問2', bureau: '年金局' }]), approve(t('22:00'), '衆厚労/甲/問2'), notice(t('23:00'), '乙', '当省なし'),
    ], { duty });
    const nenkin = plan(file).bureaus.find((b) => b.bureau === '年金局')!;
    expect(nenkin.recalls.map((r) => [r.at, r.until, r.reason])).toEqual([[t('21:00'), t('22:00'), '追加通告']]);
    // Whole bureau 21:00 → 22:00 (1 h); 当番 18:15 → 21:00 and 22:00 → 23:00 (3.75 h, 1 h of it after 22:00).
    expect(nenkin).toMatchObject({ releaseAt: t('23:00'), hoursPastRegularEnd: 1, dutyHoursPastRegularEnd: 3.75, dutyLateNightHours: 1 });
  });
});
