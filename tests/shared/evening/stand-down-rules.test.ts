import { describe, expect, it } from 'vitest';
import { defaultStandDownRules, dutyRotaSchema, planEvening, standDownRulesSchema } from '@shared/index';
import { assign, at, dayA, notice } from './evening-fixture';

const d = '2026-06-09';

describe('stand-down rules as editable data', () => {
  it('accepts the defaults: complete = 問取り完了 or 当省なし; the 定例日 of both 厚生労働委員会; レク attendance on', () => {
    expect(standDownRulesSchema.parse(defaultStandDownRules)).toEqual(defaultStandDownRules);
    expect(defaultStandDownRules.completeStages).toEqual(['問取り完了', '当省なし']);
    expect(defaultStandDownRules.regularSittings.map((r) => [r.house, r.committee, r.weekdays])).toEqual([
      ['shugiin', '厚生労働委員会', [3, 5]], ['sangiin', '厚生労働委員会', [2, 4]],
    ]);
    for (const r of defaultStandDownRules.regularSittings) expect(r.source).not.toBe('');
  });

  it('refuses an unsafe or malformed edit in Japanese', () => {
    const bad = standDownRulesSchema.safeParse({
      ...defaultStandDownRules, completeStages: ['問取り完了', '不明'], cancelledSittingStates: ['予定'],
      regularSittings: [{ committee: '', weekdays: [7] }],
    });
    expect(bad.error!.issues.map((i) => i.message)).toEqual([
      '段階「不明」は完了とみなせません', '予定の開会を中止扱いにはできません', '委員会名が空です', '曜日は 0 (日) から 6 (土) です',
    ]);
    expect(dutyRotaSchema.safeParse({ bureau: 'nenkin', people: [], from: '18:15' }).error!.issues[0]!.message).toBe('当番は 1 人以上です');
    expect(dutyRotaSchema.parse({ bureau: 'nenkin', people: ['佐藤'], from: '18:15' })).toEqual({ bureau: 'nenkin', people: ['佐藤'], from: '18:15' });
  });
});

describe('a sitting with its 委員会セット time', () => {
  it('was 予定 before it: nobody goes home before the 理事会 fixed the sitting', () => {
    const input = dayA();
    // Both questioners are complete by 15:10, but the 理事会 only set the sitting at 17:00.
    input.sitting = { ...input.sitting, state: 'セット済み', setAt: at(d, '17:00') };
    const plan = planEvening(input);
    expect(plan.allocation.closedAt).toBe(at(d, '17:00'));
    expect(plan.bureaus.find((b) => b.bureau === 'nenkin')!.releaseAt).toBe(at(d, '17:00'));
    input.sitting = { ...input.sitting, state: '予定', setAt: undefined };
    expect(planEvening(input).allocation.blockers.map((b) => b.text)).toEqual(['厚生労働委員会 6/10(水) 09:00が予定のまま (委員会セット未了)']);
  });
});

describe('a notice whose stage is unknown', () => {
  it('releases nobody: without a stage it counts as 不明 (not complete) and says so', () => {
    const input = dayA();
    // B's notice arrives without a stage (e.g. read from a source that does not say whether the 問 were all taken).
    input.notices = input.notices.map((n) => (n.id === 'n2' ? notice('n2', 'B', at(d, '15:00'), ['問1'], null) : n));
    const plan = planEvening(input);
    expect(plan.allocation).toMatchObject({ closed: false, blockers: [{ kind: 'stage', questioner: 'B', stage: '不明', text: 'B委員の通告の段階が不明（問取り完了の記録なし）' }] });
    expect(plan.bureaus.find((b) => b.bureau === 'nenkin')).toMatchObject({ status: 'waiting', releaseAt: null });
  });

  it('a 更問い after the レク recalls its bureau with that reason', () => {
    const input = dayA();
    // After 医政局's 夕方レク (18:30–19:00) the minister asks a follow-up at 19:20, owned by 医政局 at 19:30.
    input.notices = [...input.notices, { ...notice('n9', 'A', at(d, '19:20'), ['更問1'], null), followUp: true }];
    input.assignments = [...input.assignments, assign('n9', '更問1', 'isei', '執筆', at(d, '19:30'))];
    const isei = planEvening(input).bureaus.find((b) => b.bureau === 'isei')!;
    expect(isei.recalls.map((r) => [r.at, r.reason, r.by, r.itemIds])).toEqual([[at(d, '19:30'), '更問い', 'A', ['n9#更問1']]]);
    expect(isei.firstReleaseAt).toBe(at(d, '19:00'));
  });
});
