/** @file Benchmarks of the evening planner and the late-night simulation. */
import {
  type EveningInput, type EveningSlotInput, addMinutes, defaultEveningRules, eveningPlanToRecords, planEvening, runSimulation, seededRandom,
} from '../../shared/index';
import { defineBench } from './bench-case';

/** 300 問 from 20 members, 20 bureaus (some 合議 and メモ出し), 39 evening slots + the morning slot. */
function bigDay(): EveningInput {
  const random = seededRandom(6);
  const d = '2026-06-09';
  const bureaus = Array.from({ length: 20 }, (_, i) => ({ id: `b${i + 1}`, name: `第${i + 1}局`, otherDirected: true, ...defaultEveningRules.bureauDefaults, drafters: 6 }));
  const members = Array.from({ length: 20 }, (_, i) => `質問者${i + 1}`);
  const notices = members.map((member, m) => ({
    id: `n${m + 1}`, member, receivedAt: addMinutes(`${d}T09:30:00+09:00`, Math.floor(random() * 600)),
    items: Array.from({ length: 15 }, (_, k) => ({ label: `問${k + 1}` })),
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
    const startAt = addMinutes(`${d}T16:00:00+09:00`, i * 10);
    return { id: `e${i}`, kind: 'evening', label: `夕方レク ${i}`, startAt, endAt: addMinutes(startAt, 10), capacity: 6, ministerAvailable: i % 7 !== 3 };
  });
  slots.push({ id: 'm', kind: 'morning', label: '朝レク 07:30', startAt: '2026-06-10T07:30:00+09:00', endAt: '2026-06-10T08:30:00+09:00', capacity: 300, ministerAvailable: true });
  return {
    sitting: { id: '厚生労働委員会@2026-06-10', committee: '厚生労働委員会', sittingOn: '2026-06-10', startTime: '09:00', questioners: members },
    notices, assignments, bureaus, slots,
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
    operation: 'eveningPlanToRecords (slots, releases, milestones)',
    size: '300 問 plan',
    targetMs: 50,
    setup: () => planEvening(bigDay()),
    run: (plan) => eveningPlanToRecords([plan as ReturnType<typeof planEvening>], { updatedAt: '2026-06-09T20:00:00+09:00', updatedBy: 'bench' }),
  },
  {
    operation: 'runSimulation (baseline + planned, scenario 2025)',
    size: '1,000 sitting days',
    targetMs: 5000,
    iterations: 3,
    run: () => runSimulation({ scenario: '2025', days: 1000, seed: 1 }),
  },
]);
