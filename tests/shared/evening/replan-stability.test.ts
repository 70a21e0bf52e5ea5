/**
 * @file 再計画の安定性 (property): on many seeded days, a late 追加通告 never changes a 問 that was already
 * signed off (局長了) before the new 問 could start, nor its slot — re-planning only moves what it touches.
 */
import { describe, expect, it } from 'vitest';
import {
  addMinutes, defaultSimulationAssumptions, generateSittingDay, noticeScenarios, planEvening, plannedPolicy, policyInput, replanEvening,
  seededRandom, simulationBureaus, sittingDates,
} from '@shared/index';

describe('replanEvening — stability under a late notice (property, 40 seeded days)', () => {
  const scenario = noticeScenarios[2]!;
  const { rules, bureaus } = simulationBureaus(scenario);
  const random = seededRandom(2025);
  const dates = sittingDates(40, '2026-09-02', defaultSimulationAssumptions.sittingWeekdays);

  // 40 plans and re-plans: ≈ 3 s alone, more on a loaded 2-core machine. The limit only stops a hang; speed is
  // measured in the benchmarks (npm run bench), not here.
  it('keeps every 問 signed off before the new 問 was ready exactly as it was', { timeout: 30_000 }, () => {
    let checked = 0;
    for (const sittingOn of dates) {
      const day = generateSittingDay(random, scenario, sittingOn, bureaus.map((b) => b.id), defaultSimulationAssumptions);
      const input = policyInput(day, bureaus, plannedPolicy(defaultSimulationAssumptions), rules);
      const before = planEvening(input);
      // 追加通告: a listed member sends 2 more 問 after the last notice, to a random bureau.
      const last = day.notices.reduce((a, n) => (n.receivedAt > a ? n.receivedAt : a), day.notices[0]!.receivedAt);
      const receivedAt = addMinutes(last, 30 + Math.floor(random() * 240));
      const fixed = addMinutes(receivedAt, plannedPolicy(defaultSimulationAssumptions).allocationMinutes);
      const bureau = bureaus[Math.floor(random() * bureaus.length)]!.id;
      const extra = { id: `${sittingOn}-extra`, member: day.sitting.questioners[0]!, receivedAt, items: [{ label: '問1' }, { label: '問2' }], stage: '問取り完了' as const };
      const { plan, changes } = replanEvening(before, {
        ...input,
        notices: [...input.notices, extra],
        assignments: [...input.assignments, ...extra.items.map((it) => ({ questionKey: extra.id, itemLabel: it.label, bureau, role: '執筆' as const, state: 'final' as const, proposedAt: fixed, decidedAt: fixed }))],
      });
      expect(changes.addedItems).toEqual([`${extra.id}#問1`, `${extra.id}#問2`]);
      expect(changes.removedItems).toEqual([]);
      const after = new Map(plan.items.map((i) => [i.itemId, i]));
      for (const i of before.items) {
        if (Date.parse(i.directorApprovedAt!) > Date.parse(fixed)) continue;
        expect(after.get(i.itemId), `${i.itemId} moved although it was signed off before the late notice`).toEqual(i);
        checked++;
      }
      // Bureaus that got nothing new and had finished before the late notice keep their release.
      for (const b of before.bureaus) {
        if (b.bureau === bureau || !b.releaseAt || Date.parse(b.releaseAt) >= Date.parse(receivedAt)) continue; // strictly before: a release at the same minute is not yet announced
        expect(plan.bureaus.find((x) => x.bureau === b.bureau)!.releaseAt).toBe(b.releaseAt);
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
