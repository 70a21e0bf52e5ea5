/** @file Benchmarks of the evening planner and the late-night simulation. */
import {
  type EveningInput, type EveningSlotInput, type StandbyDayInput, addMinutes, defaultEveningRules, eveningPlanToRecords, planEvening, planStandbyDay,
  runSimulation, seededRandom,
} from '../../shared/index';
import { defineBench } from './bench-case';
import { isoDate, jstInstant } from '../helpers/dates';

/** 300 問 from 20 members, 20 bureaus (some 合議 and メモ出し), 39 evening slots + the morning slot. */
function bigDay(): EveningInput {
  const random = seededRandom(6);
  const d = '2026-06-09';
  const bureaus = Array.from({ length: 20 }, (_, i) => ({ id: `b${i + 1}`, name: `第${i + 1}局`, otherDirected: true, ...defaultEveningRules.bureauDefaults, drafters: 6 }));
  const members = Array.from({ length: 20 }, (_, i) => `質問者${i + 1}`);
  const notices = members.map((member, m) => ({
    id: `n${m + 1}`, member, receivedAt: addMinutes(jstInstant(`${d}T09:30:00+09:00`), Math.floor(random() * 600)),
    items: Array.from({ length: 15 }, (_, k) => ({ label: `問${k + 1}` })), stage: '問取り完了' as const,
  }));
  const assignments = notices.flatMap((n) => n.items.flatMap((it) => {
    const at = addMinutes(n.receivedAt, 15);
    const pick = () => bureaus[Math.floor(random() * bureaus.length)]!.id;
    const out = [{ questionKey: n.id, itemLabel: it.label, bureau: pick(), role: '執筆' as const, state: 'final' as const, proposedAt: at, decidedAt: at }];
    if (random() < 0.2) out.push({ ...out[0]!, bureau: pick(), role: '合議' as never });
    if (random() < 0.1) out.push({ ...out[0]!, bureau: pick(), role: 'メモ出し' as never });
    return out;
  }));
  const slots: EveningSlotInput[] = Array.from({ length: 39 }, (_, i) => {
    const startAt = addMinutes(jstInstant(`${d}T16:00:00+09:00`), i * 10);
    return { id: `e${i}`, kind: 'evening', label: `夕方レク ${i}`, startAt, endAt: addMinutes(startAt, 10), capacity: 6, ministerAvailable: i % 7 !== 3 };
  });
  slots.push({ id: 'm', kind: 'morning', label: '朝レク 07:30', startAt: jstInstant('2026-06-10T07:30:00+09:00'), endAt: jstInstant('2026-06-10T08:30:00+09:00'), capacity: 300, ministerAvailable: true });
  return {
    sitting: { id: '厚生労働委員会@2026-06-10', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'), startTime: '09:00', questioners: members },
    notices, assignments, bureaus, slots,
  };
}

/**
 * The same 300 問 as two sittings of one standby day (衆 厚生労働委員会 and 予算委員会), with the issue-12 inputs: every
 * member goes 要旨のみ → 問取り中 before the notice; 5 more bureaus without 問 go to 当番 at 18:15 (one is released by a
 * coordinator's decision at 17:00); 出席不要 for one bureau's slots; 20 合議 requests after 21:00 to the idle bureaus
 * (recalls).
 */
function bigStandbyDay(): StandbyDayInput {
  const day = bigDay();
  const idle = Array.from({ length: 5 }, (_, i) => ({ ...day.bureaus[0]!, id: `c${i + 1}`, name: `待機局${i + 1}` }));
  const half = (k: number) => day.notices.filter((_, i) => i % 2 === k);
  const stages = (notices: EveningInput['notices']) => notices.flatMap((n) => [
    { questioner: n.member, stage: '要旨のみ' as const, at: addMinutes(n.receivedAt, -120) },
    { questioner: n.member, stage: '問取り中' as const, at: addMinutes(n.receivedAt, -60) },
  ]);
  const sitting = (id: string, committee: string, notices: EveningInput['notices']) => ({
    sitting: { id, committee, house: 'shugiin' as const, sittingOn: isoDate('2026-06-10'), startTime: '09:00', questioners: notices.map((n) => n.member) },
    notices, stages: stages(notices), slots: day.slots!.map((s) => ({ ...s })),
    assignments: [
      ...day.assignments.filter((a) => notices.some((n) => n.id === a.questionKey)),
      ...notices.slice(0, 10).map((n, i) => ({
        questionKey: n.id, itemLabel: '問1', bureau: idle[i % 5]!.id, role: '合議' as const, state: 'final' as const,
        proposedAt: jstInstant(`2026-06-09T21:${String(i * 5).padStart(2, '0')}:00+09:00`), decidedAt: jstInstant(`2026-06-09T21:${String(i * 5).padStart(2, '0')}:00+09:00`),
      })),
    ],
  });
  return {
    sittings: [sitting('厚生労働委員会@2026-06-10', '厚生労働委員会', half(0)), sitting('予算委員会@2026-06-10', '予算委員会', half(1))],
    bureaus: [...day.bureaus, ...idle],
    duty: idle.map((b) => ({ bureau: b.id, people: ['当番A', '当番B'], from: '18:15' })),
    lectures: day.slots!.filter((s) => s.kind === 'evening').map((s) => ({ bureau: 'b7', slotId: s.id, startAt: s.startAt, endAt: s.endAt, notRequired: true })),
    decisions: [{ at: jstInstant('2026-06-09T17:00:00+09:00'), bureaus: ['c1'], by: '調整担当', reason: 'bench' }],
  };
}

export default defineBench([
  {
    operation: 'planEvening (schedule, slots, releases, rows)',
    size: '300 問 × 40 slots × 20 bureaus',
    targetMs: 50,
    setup: () => bigDay(),
    run: (input) => planEvening(input as EveningInput),
  },
  {
    operation: 'planStandbyDay (2 sittings, stages, 当番, レク, 合議 recalls)',
    size: '300 問 × 40 slots × 25 bureaus',
    targetMs: 50,
    setup: () => bigStandbyDay(),
    run: (input) => planStandbyDay(input as StandbyDayInput),
  },
  {
    operation: 'eveningPlanToRecords (slots, releases, milestones)',
    size: '300 問 plan',
    targetMs: 50,
    setup: () => planEvening(bigDay()),
    run: (plan) => eveningPlanToRecords([plan as ReturnType<typeof planEvening>], { updatedAt: jstInstant('2026-06-09T20:00:00+09:00'), updatedBy: 'bench' }),
  },
  {
    operation: 'runSimulation (baseline + planned, scenario 2025)',
    size: '1,000 sitting days',
    targetMs: 5000,
    iterations: 3,
    run: () => runSimulation({ scenario: '2025', days: 1000, seed: 1 }),
  },
]);
