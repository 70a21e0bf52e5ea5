import { describe, expect, it } from 'vitest';
import { DateParseError, type EveningInput, type JstInstant, type EveningSlotInput, defaultBriefingSlots, defaultEveningRules, planEvening, replanEvening } from '@shared/index';
import { assign, at, dayA, notice, testBureau, testBureaus } from './evening-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

// Hand-computed days. Test bureaus: 執筆 120 min, 合議 30, 課長了 30, 局長了 30, 2 drafters (evening-fixture.ts).
const d = '2026-06-09'; // standby day (Tue) for the Wed 6/10 sitting

describe('planEvening — a normal day (dayA)', () => {
  const plan = planEvening(dayA());
  const item = (id: string) => plan.items.find((i) => i.itemId === id)!;
  const bureau = (id: string) => plan.bureaus.find((b) => b.bureau === id)!;

  it('puts the evening briefing on the previous open day and closes the allocation at the last owner', () => {
    expect(plan.standbyDay).toBe(d);
    expect(plan.allocation).toEqual({ closed: true, closedAt: at(d, '15:10'), missingQuestioners: [], unassignedItemIds: [], blockers: [] });
  });

  it('schedules each 問 from its fixed owner: draft 120 → 課長了 30 → 局長了 30', () => {
    expect(item('n1#問1')).toMatchObject({
      bureau: 'isei', ownerFixedAt: at(d, '10:15'), draftStartAt: at(d, '10:15'), draftEndAt: at(d, '12:15'),
      sectionChiefApprovedAt: at(d, '12:45'), directorApprovedAt: at(d, '13:15'), slotId: 'evening-1830', slotKind: 'evening', reason: null, reasonText: '',
    });
    // 了承 (accepted) counts as a fixed owner; the bureau may be named by its name (医政局).
    expect(item('n1#問2')).toMatchObject({ bureau: 'isei', draftStartAt: at(d, '10:20'), directorApprovedAt: at(d, '13:20'), slotId: 'evening-1830' });
  });

  it('runs 合議 after the draft in the other bureau, then the sign-offs', () => {
    expect(item('n2#問1')).toMatchObject({
      bureau: 'hoken', concurrenceBureaus: ['isei'], draftEndAt: at(d, '17:10'), concurrenceEndAt: at(d, '17:40'),
      sectionChiefApprovedAt: at(d, '18:10'), directorApprovedAt: at(d, '18:40'), slotId: 'evening-1900',
    });
  });

  it('back-schedules 原案/合議了/課長了/局長了 deadlines from the slot the 問 goes to', () => {
    expect(item('n1#問1')).toMatchObject({ directorBy: at(d, '18:30'), sectionChiefBy: at(d, '18:00'), concurrenceBy: null, draftBy: at(d, '17:30') });
    expect(item('n2#問1')).toMatchObject({ directorBy: at(d, '19:00'), sectionChiefBy: at(d, '18:30'), concurrenceBy: at(d, '18:00'), draftBy: at(d, '17:30') });
  });

  it('releases a bureau with no 問 at the moment the allocation closes', () => {
    expect(bureau('nenkin')).toMatchObject({
      status: 'released', releaseAt: at(d, '15:10'), reason: 'noItems', expectedFinishAt: null, hoursPastRegularEnd: 0,
      reasonText: '割振り確定 (6/9(火) 15:10) の時点で担当の問がないため待機解除。',
    });
  });

  it('releases a working bureau when its last step is done and its own 夕方レク is over, and counts the time past 18:15', () => {
    // 医政局: its last step (the 合議 for n2) ends 17:40, but its n1#問1 and n1#問2 are briefed in 夕方レク 18:30–19:00,
    // so it stays until 19:00: 18:15 → 19:00 = 0.75 h.
    expect(bureau('isei')).toMatchObject({
      status: 'expected', releaseAt: at(d, '19:00'), expectedFinishAt: at(d, '17:40'), lectureUntil: at(d, '19:00'), reason: 'allApproved',
      draftCount: 2, concurrenceCount: 1, hoursPastRegularEnd: 0.75,
    });
    // 保険局: 局長了 18:40, its n2#問1 in 夕方レク 19:00–19:30 → 18:15 → 19:30 = 1.25 h; × 2 drafters = 2.5 person-hours.
    expect(bureau('hoken')).toMatchObject({
      releaseAt: at(d, '19:30'), expectedFinishAt: at(d, '18:40'), hoursPastRegularEnd: 1.25, staffHoursPastRegularEnd: 2.5, lateNightHours: 0,
      standbyFrom: at(d, '18:15'),
      reasonText: '担当の問 (執筆・合議・メモ出し) がすべて終わる見込み (6/9(火) 18:40) で待機解除の予定。夕方レクに出席 (6/9(火) 19:30 まで) の後に解除。',
    });
  });

  it('fills the slots first come, first served and summarises the day', () => {
    expect(plan.slots.map((s) => [s.id, s.itemIds])).toEqual([
      ['evening-1830', ['n1#問1', 'n1#問2']], ['evening-1900', ['n2#問1']], ['evening-1930', []], ['morning-0730', []],
    ]);
    expect(plan.summary).toMatchObject({ itemCount: 3, eveningCount: 3, morningCount: 0, lastDirectorApprovedAt: at(d, '18:40'), lastDraftStartAt: at(d, '15:10') });
    expect(plan.warnings).toEqual([]);
  });
});

describe('planEvening — too late for the evening', () => {
  it('sends a 問 whose 局長了 falls after the last evening slot to the 07:30 morning slot, with the reason', () => {
    const input = dayA();
    input.sitting = { ...input.sitting, questioners: ['A', 'B', 'C'] };
    input.notices = [...input.notices, notice('n3', 'C', at(d, '18:00'), ['問1'])];
    input.assignments = [...input.assignments, assign('n3', '問1', 'nenkin', '執筆', at(d, '18:10'))];
    const plan = planEvening(input);
    const late = plan.items.find((i) => i.itemId === 'n3#問1')!;
    expect(late).toMatchObject({
      directorApprovedAt: at(d, '21:10'), slotId: 'morning-0730', slotKind: 'morning', slotStartAt: '2026-06-10T07:30:00+09:00', reason: 'tooLateForEvening',
      reasonText: '局長了見込み 6/9(火) 21:10 が最後の夕方レク枠 (6/9(火) 19:30) に間に合いません。朝レク 07:30に回します。',
      // Deadlines now come back from the morning slot.
      directorBy: '2026-06-10T07:30:00+09:00', sectionChiefBy: '2026-06-10T07:00:00+09:00', draftBy: '2026-06-10T06:30:00+09:00',
    });
    // 年金局 works 18:10 → 21:10: 18:15 → 21:10 past regular end (2 h 55 m), none of it after 22:00.
    expect(plan.bureaus.find((b) => b.bureau === 'nenkin')).toMatchObject({ releaseAt: at(d, '21:10'), hoursPastRegularEnd: 2.92, lateNightHours: 0 });
    // The others are released when the allocation closes (18:10), their work ends or their 夕方レク is over, whichever
    // is last: 医政局's 問 are briefed 18:30–19:00.
    expect(plan.bureaus.find((b) => b.bureau === 'isei')!.releaseAt).toBe(at(d, '19:00'));
    expect(plan.summary).toMatchObject({ eveningCount: 3, morningCount: 1 });
  });

  it('counts the late-night band: a notice at 22:00 keeps its bureau until 01:10', () => {
    const input = dayA();
    input.sitting = { ...input.sitting, questioners: ['A', 'B', 'C'] };
    input.notices = [...input.notices, notice('n3', 'C', at(d, '22:00'), ['問1'])];
    input.assignments = [...input.assignments, assign('n3', '問1', 'nenkin', '執筆', at(d, '22:10'))];
    const nenkin = planEvening(input).bureaus.find((b) => b.bureau === 'nenkin')!;
    // 18:15 → 01:10 = 6 h 55 m past regular end; 22:00 → 01:10 = 3 h 10 m late night; × 2 drafters.
    expect(nenkin).toMatchObject({
      releaseAt: '2026-06-10T01:10:00+09:00', hoursPastRegularEnd: 6.92, lateNightHours: 3.17, staffHoursPastRegularEnd: 13.83, lateNightStaffHours: 6.33,
    });
  });

  it('says when a 問 cannot make even the morning slot', () => {
    const input = dayA();
    input.sitting = { ...input.sitting, questioners: ['A', 'B', 'C'] };
    input.notices = [...input.notices, notice('n3', 'C', '2026-06-10T05:00:00+09:00', ['問1'])];
    input.assignments = [...input.assignments, assign('n3', '問1', 'nenkin', '執筆', '2026-06-10T05:10:00+09:00')];
    const late = planEvening(input).items.find((i) => i.itemId === 'n3#問1')!;
    expect(late).toMatchObject({ directorApprovedAt: '2026-06-10T08:10:00+09:00', slotId: null, slotKind: null, reason: 'missesMorning' });
    expect(late.reasonText).toBe(
      '局長了見込み 6/10(水) 08:10 が最後の夕方レク枠 (6/9(火) 19:30) に間に合いません。朝レク 07:30にも間に合わない見込みです (局長了見込み 6/10(水) 08:10)。開会までに答弁を届ける段取りが必要です。',
    );
  });
});

describe('planEvening — slots, capacity and the minister', () => {
  const slotsWith = (change: (s: EveningSlotInput) => EveningSlotInput) => defaultBriefingSlots({ sittingOn: isoDate('2026-06-10') }).map(change);

  it('sends a 問 to the morning when the evening slots it could make are full', () => {
    const plan = planEvening({ ...dayA(), slots: slotsWith((s) => (s.kind === 'evening' ? { ...s, capacity: 1 } : s)) });
    expect(plan.slots.filter((s) => s.kind === 'evening').map((s) => s.itemIds)).toEqual([['n1#問1'], ['n1#問2'], ['n2#問1']]);
    const tight = planEvening({ ...dayA(), slots: slotsWith((s) => (s.kind === 'evening' ? { ...s, capacity: s.id === 'evening-1830' ? 1 : 0 } : s)) });
    expect(tight.items.map((i) => [i.itemId, i.slotId, i.reason])).toEqual([
      ['n1#問1', 'evening-1830', null], ['n1#問2', 'morning-0730', 'eveningFull'], ['n2#問1', 'morning-0730', 'tooLateForEvening'],
    ]);
    expect(tight.items[1]!.reasonText).toBe('間に合う夕方レク枠が満席です。朝レク 07:30に回します。');
  });

  it('uses no evening slot the minister cannot attend', () => {
    const plan = planEvening({ ...dayA(), slots: slotsWith((s) => (s.kind === 'evening' ? { ...s, ministerAvailable: false } : s)) });
    expect(plan.items.every((i) => i.slotId === 'morning-0730' && i.reason === 'noEveningSlot')).toBe(true);
    expect(plan.items[0]!.reasonText).toBe('夕方レク枠がありません (大臣の都合がつきません)。朝レク 07:30に回します。');
  });

  it('adds the briefing lead time before a slot', () => {
    const plan = planEvening({ ...dayA(), rules: { ...defaultEveningRules, briefingLeadMinutes: 30 } });
    // 保険局's 局長了 18:40 + 30 min needs a slot at 19:10 or later → 19:30.
    expect(plan.items.find((i) => i.itemId === 'n2#問1')).toMatchObject({ slotId: 'evening-1930', directorBy: at(d, '19:00') });
  });
});

describe('planEvening — allocation still open', () => {
  it('keeps every bureau waiting while a 問 has only a proposed owner, and says why', () => {
    const input = dayA();
    input.assignments = input.assignments.map((a) => (a.questionKey === 'n2' && a.role === '執筆' ? assign('n2', '問1', 'hoken', '執筆', at(d, '15:10'), 'proposed') : a));
    const plan = planEvening(input);
    expect(plan.allocation).toEqual({
      closed: false, closedAt: null, missingQuestioners: [], unassignedItemIds: ['n2#問1'],
      blockers: [{ kind: 'ownerNotFixed', sitting: '厚生労働委員会@2026-06-10', text: '執筆局未確定の問: 1 件' }],
    });
    expect(plan.items.find((i) => i.itemId === 'n2#問1')).toMatchObject({
      bureau: '', slotId: null, reason: 'ownerNotFixed', reasonText: '執筆局が確定していません (仮割振り: 保険局)。確定するまで計画できません。',
    });
    for (const b of plan.bureaus) {
      expect(b).toMatchObject({ status: 'waiting', releaseAt: null, reason: 'allocationOpen' });
      expect(b.reasonText).toBe('割振りが確定していないため待機を続けます (執筆局未確定の問: 1 件)。');
      // Waiting lasts from 18:15 until the sitting at 09:00: 14 h 45 m, of which 22:00–05:00 = 7 h.
      expect([b.hoursPastRegularEnd, b.lateNightHours]).toEqual([14.75, 7]);
    }
  });

  it('names the questioners who have not given notice', () => {
    const input = dayA();
    input.sitting = { ...input.sitting, questioners: ['A', 'B', 'C', 'D'] };
    const plan = planEvening(input);
    expect(plan.allocation.missingQuestioners).toEqual(['C', 'D']);
    expect(plan.bureaus[0]!.reasonText).toBe('割振りが確定していないため待機を続けます (未通告: C、D)。');
    // The 問 themselves are still planned and placed.
    expect(plan.summary.eveningCount).toBe(3);
  });
});

describe('planEvening — a late notice re-plans only what it touches', () => {
  it('moves only the new 問, its bureau and the slot it takes', () => {
    const before = planEvening(dayA());
    const input = dayA();
    // 追加通告 from A at 20:00 (A is on the list), owned by 年金局 at 20:10.
    input.notices = [...input.notices, notice('n3', 'A', at(d, '20:00'), ['問1'])];
    input.assignments = [...input.assignments, assign('n3', '問1', 'nenkin', '執筆', at(d, '20:10'))];
    const { plan, changes } = replanEvening(before, input);
    expect(changes).toEqual({
      addedItems: ['n3#問1'], removedItems: [], changedItems: [], changedBureaus: ['nenkin'], changedSlots: ['morning-0730'],
      allocationChanged: true, unchanged: false,
    });
    // 年金局 had gone home at 15:10 and is called back: works 20:10 → 23:10.
    expect(plan.bureaus.find((b) => b.bureau === 'nenkin')).toMatchObject({
      releaseAt: at(d, '23:10'), firstReleaseAt: at(d, '15:10'), hoursPastRegularEnd: 3, lateNightHours: 1.17,
      reasonText: '担当の問 (執筆・合議・メモ出し) がすべて終わる見込み (6/9(火) 23:10) で待機解除の予定。6/9(火) 15:10 に一度解除の後、6/9(火) 20:10 に追加通告 (A)で呼び戻し。',
      recalls: [{
        bureau: 'nenkin', at: at(d, '20:10'), until: at(d, '23:10'), reason: '追加通告', by: 'A', itemIds: ['n3#問1'],
        text: '6/9(火) 20:10 に追加通告 (A)で呼び戻し',
      }],
    });
    expect(plan.allocation.closedAt).toBe(at(d, '20:10'));
  });

  it('reports no change when nothing changed, whatever the order of the input', () => {
    const input = dayA();
    const shuffled = { ...input, notices: [...input.notices].reverse(), assignments: [...input.assignments].reverse(), bureaus: [...input.bureaus] };
    const { changes } = replanEvening(planEvening(input), shuffled);
    expect(changes.unchanged).toBe(true);
  });

  it('queues a late 問 behind busy drafters of the same bureau (and only there)', () => {
    const input = dayA();
    input.bureaus = [testBureau('isei', '医政局', { drafters: 1 }), ...testBureaus.slice(1)];
    const before = planEvening(input);
    // n1#問2 waits for the single 医政局 drafter: 12:15 → 14:15.
    expect(before.items.find((i) => i.itemId === 'n1#問2')).toMatchObject({ draftStartAt: at(d, '12:15'), directorApprovedAt: at(d, '15:15') });
    input.notices = [...input.notices, notice('n3', 'B', at(d, '16:00'), ['問1'])];
    input.assignments = [...input.assignments, assign('n3', '問1', 'isei', '執筆', at(d, '16:00'))];
    const { changes, plan } = replanEvening(before, input);
    // n3 takes the drafter at 16:00, so the 合議 for n2 (ready at 17:10) waits until 18:00: n2 moves too.
    expect(changes.changedItems).toEqual(['n2#問1']);
    expect(plan.items.find((i) => i.itemId === 'n2#問1')).toMatchObject({ concurrenceEndAt: at(d, '18:30'), directorApprovedAt: at(d, '19:30') });
    expect(plan.items.filter((i) => i.itemId.startsWith('n1#')).map((i) => i.directorApprovedAt)).toEqual([at(d, '13:15'), at(d, '15:15')]);
  });
});

describe('planEvening — a holiday between notice and sitting', () => {
  // Tue 2026-07-21 sitting; Mon 7/20 is 海の日, so the evening briefing is on Fri 7/17 (previous open day).
  const input: EveningInput = {
    sitting: { id: '厚生労働委員会@2026-07-21', committee: '厚生労働委員会', sittingOn: isoDate('2026-07-21'), startTime: '09:00', questioners: ['A', 'B'] },
    notices: [notice('n1', 'A', at('2026-07-16', '16:00'), ['問1']), notice('n2', 'B', at('2026-07-20', '10:00'), ['問1'])],
    assignments: [assign('n1', '問1', 'isei', '執筆', at('2026-07-16', '16:10')), assign('n2', '問1', 'hoken', '執筆', at('2026-07-20', '10:10'))],
    bureaus: testBureaus,
  };
  const plan = planEvening(input);

  it('holds the evening slots on the previous open day (Fri 7/17), not on the holiday', () => {
    expect(plan.standbyDay).toBe('2026-07-17');
    expect(plan.slots.map((s) => s.startAt)).toEqual([at('2026-07-17', '18:30'), at('2026-07-17', '19:00'), at('2026-07-17', '19:30'), at('2026-07-21', '07:30')]);
  });

  it('drafts an early notice in regular hours only, carrying over to the next open day', () => {
    // Thu 16:10 → 18:10 draft; 課長了 needs 30 min: 5 min left on Thu, 25 min from Fri 09:30 → 09:55; 局長了 10:25.
    expect(plan.items[0]).toMatchObject({ draftEndAt: at('2026-07-16', '18:10'), sectionChiefApprovedAt: at('2026-07-17', '09:55'), directorApprovedAt: at('2026-07-17', '10:25'), slotId: 'evening-1830' });
  });

  it('sends a notice that arrives on the holiday to the morning of the sitting', () => {
    expect(plan.items[1]).toMatchObject({
      directorApprovedAt: at('2026-07-20', '13:10'), slotId: 'morning-0730', reason: 'tooLateForEvening',
      reasonText: '局長了見込み 7/20(月) 13:10 が最後の夕方レク枠 (7/17(金) 19:30) に間に合いません。朝レク 07:30に回します。',
    });
  });

  it('counts the Friday standby night (until 05:00) and holiday work in full', () => {
    const row = (id: string) => plan.bureaus.find((b) => b.bureau === id)!;
    expect(plan.allocation.closedAt).toBe(at('2026-07-20', '10:10'));
    // Waiting for B on Friday: 18:15 → Sat 05:00 = 10.75 h (7 h late night); nobody waits over the weekend.
    expect(row('nenkin')).toMatchObject({ releaseAt: at('2026-07-20', '10:10'), hoursPastRegularEnd: 10.75, lateNightHours: 7 });
    expect(row('isei')).toMatchObject({ releaseAt: at('2026-07-20', '10:10'), hoursPastRegularEnd: 10.75 });
    // 保険局 also works 3 h on the holiday (all of it outside regular hours).
    expect(row('hoken')).toMatchObject({ releaseAt: at('2026-07-20', '13:10'), hoursPastRegularEnd: 13.75, lateNightHours: 7 });
  });
});

describe('planEvening — memos, progress and odd input', () => {
  it('finishes the draft only when the メモ出し is in, and keeps the memo bureau until then', () => {
    const input = dayA();
    input.assignments = [...input.assignments, assign('n1', '問1', 'nenkin', 'メモ出し', at(d, '10:30'))];
    const plan = planEvening(input);
    // Memo 10:30 → 11:30 runs alongside the draft 10:15 → 12:15; draft done 12:15.
    expect(plan.items[0]).toMatchObject({ memoBureaus: ['nenkin'], draftEndAt: at(d, '12:15'), directorApprovedAt: at(d, '13:15') });
    expect(plan.bureaus.find((b) => b.bureau === 'nenkin')).toMatchObject({ memoCount: 1, expectedFinishAt: at(d, '11:30'), releaseAt: at(d, '15:10'), reason: 'allApproved' });
  });

  it('uses reported 局長了 times and marks a bureau released once all its steps are reported', () => {
    const plan = planEvening({
      ...dayA(),
      progress: [
        { itemId: 'n1#問1', directorApprovedAt: at(d, '13:00') },
        { itemId: 'n1#問2', directorApprovedAt: at(d, '13:05') },
        { itemId: 'n2#問1', sectionChiefApprovedAt: at(d, '18:00') },
      ],
    });
    expect(plan.items[0]).toMatchObject({ approved: true, directorApprovedAt: at(d, '13:00') });
    // 合議 of 医政局 is implied done by 保険局's reported 課長了 (18:00); 局長了 is still a forecast (18:30).
    expect(plan.items[2]).toMatchObject({ approved: false, sectionChiefApprovedAt: at(d, '18:00'), directorApprovedAt: at(d, '18:30') });
    expect(plan.bureaus.find((b) => b.bureau === 'isei')).toMatchObject({
      // Everything reported by 18:00; it still attends its 夕方レク 18:30–19:00.
      status: 'released', releaseAt: at(d, '19:00'), reasonText: '担当の問がすべて局長了 (合議・メモ出しも終了) のため待機解除。夕方レクに出席 (6/9(火) 19:00 まで) の後に解除。',
    });
    expect(plan.bureaus.find((b) => b.bureau === 'hoken')!.status).toBe('expected');
    expect(plan.summary.releasedBureaus).toBe(2);
  });

  it('plans bureaus missing from the directory with the defaults and warns in Japanese', () => {
    const input = dayA();
    input.assignments = [...input.assignments, assign('n1', '問1', '老健局', '合議', at(d, '10:15'))];
    input.notices = [...input.notices, notice('n9', 'Z', at(d, '11:00'), ['問1'])];
    const plan = planEvening(input);
    expect(plan.bureaus.map((b) => b.bureau)).toEqual(['isei', 'hoken', 'nenkin', '老健局']);
    expect(plan.warnings).toEqual([
      '局「老健局」は局一覧にないため、既定の設定 (待機要員・作業時間) で計画しました。',
      '質問者一覧にない Z さんの通告 (n9) も計画に含めました。',
    ]);
  });

  it('ignores an objected assignment and warns about assignments to unknown 問', () => {
    const input = dayA();
    input.assignments = [
      assign('n1', '問1', 'hoken', '執筆', at(d, '10:05'), 'objected'),
      ...input.assignments,
      assign('n1', '問9', 'hoken', '執筆', at(d, '10:05')),
    ];
    const plan = planEvening(input);
    expect(plan.items[0]!.bureau).toBe('isei');
    expect(plan.warnings).toEqual(['割振り (n1 問9) に対応する問が通告にありません。']);
  });

  it('reads instants in any offset as JST and refuses an impossible one in Japanese', () => {
    const utc = dayA();
    utc.notices = utc.notices.map((n) => (n.id === 'n1' ? { ...n, receivedAt: jstInstant('2026-06-09T01:00:00Z') } : n));
    expect(planEvening(utc).items).toEqual(planEvening(dayA()).items);
    const bad = dayA();
    bad.notices = bad.notices.map((n) => (n.id === 'n1' ? { ...n, receivedAt: '2026-13-09T10:00:00+09:00' as JstInstant } : n)); // bypasses the parser on purpose: the planner must refuse it
    expect(() => planEvening(bad)).toThrow(DateParseError);
    expect(() => planEvening(bad)).toThrow('「2026-13-09」は存在しない日付です。');
  });

  it('does not change its input', () => {
    const input = dayA();
    const copy = structuredClone(input);
    planEvening(input);
    expect(input).toEqual(copy);
  });
});
