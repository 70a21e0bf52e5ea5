/**
 * @file 正直さの条件 (honesty invariants) over many seeded sitting days, for both policies and all three
 * survey scenarios: nothing finishes before its notice and its drafting time, no slot before 局長了, no
 * release before the allocation closes or the bureau's work ends. A failure prints the day and the 問.
 */
import { describe, expect, it } from 'vitest';
import {
  type EveningPlan, baselineInput, defaultSimulationAssumptions, generateSittingDay, noticeScenarios, planEvening, plannedInput,
  seededRandom, simulationBureaus, sittingDates,
} from '@shared/index';

const DAYS_PER_SCENARIO = 60;
const ms = (instant: string) => Date.parse(instant);
const minutes = (a: string, b: string) => (ms(b) - ms(a)) / 60_000;

for (const scenario of noticeScenarios) {
  describe(`honesty invariants — scenario ${scenario.id} (${DAYS_PER_SCENARIO} seeded days)`, () => {
    const { rules, bureaus } = simulationBureaus(scenario);
    const settings = new Map(bureaus.map((b) => [b.id, b]));
    const assumptions = defaultSimulationAssumptions;
    const random = seededRandom(Number(scenario.id));
    const days = sittingDates(DAYS_PER_SCENARIO, '2026-04-01', assumptions.sittingWeekdays).map((sittingOn) =>
      generateSittingDay(random, scenario, sittingOn, bureaus.map((b) => b.id), assumptions));
    const plans = days.map((day) => ({
      day,
      baseline: planEvening(baselineInput(day, bureaus, assumptions, rules)),
      planned: planEvening(plannedInput(day, bureaus, assumptions, rules)),
    }));

    /** Checks every 問 and bureau of one plan; returns the broken rules as readable lines. */
    function violations(plan: EveningPlan, policy: 'baseline' | 'planned'): string[] {
      const out: string[] = [];
      const fail = (what: string) => out.push(`${plan.sitting.sittingOn} ${policy}: ${what}`);
      const lastNotice = Math.max(...plan.items.map((i) => ms(i.receivedAt)));
      for (const i of plan.items) {
        const s = settings.get(i.bureau)!;
        if (!i.ownerFixedAt || !i.draftStartAt || !i.draftEndAt || !i.concurrenceEndAt || !i.sectionChiefApprovedAt || !i.directorApprovedAt) { fail(`${i.itemId} not scheduled`); continue; }
        if (ms(i.ownerFixedAt) < ms(i.receivedAt)) fail(`${i.itemId} owner fixed before its notice`);
        if (ms(i.draftStartAt) < ms(i.ownerFixedAt)) fail(`${i.itemId} drafted before its owner was fixed`);
        if (minutes(i.draftStartAt, i.draftEndAt) < s.roleMinutes.執筆) fail(`${i.itemId} drafted in less than ${s.roleMinutes.執筆} min`);
        if (i.memoBureaus.length && minutes(i.ownerFixedAt, i.draftEndAt) < s.roleMinutes.メモ出し) fail(`${i.itemId} draft done before its memo could be written`);
        const concurrence = i.concurrenceBureaus.length ? s.roleMinutes.合議 : 0;
        if (minutes(i.draftEndAt, i.concurrenceEndAt) < concurrence) fail(`${i.itemId} 合議 shorter than ${concurrence} min`);
        if (minutes(i.concurrenceEndAt, i.sectionChiefApprovedAt) < s.sectionChiefMinutes) fail(`${i.itemId} 課長了 too soon`);
        if (minutes(i.sectionChiefApprovedAt, i.directorApprovedAt) < s.directorMinutes) fail(`${i.itemId} 局長了 too soon`);
        if (minutes(i.receivedAt, i.directorApprovedAt) < s.roleMinutes.執筆 + concurrence + s.sectionChiefMinutes + s.directorMinutes) fail(`${i.itemId} done faster than the work takes`);
        if (i.slotStartAt && ms(i.slotStartAt) < ms(i.directorApprovedAt) + rules.briefingLeadMinutes * 60_000) fail(`${i.itemId} briefed before 局長了`);
        if (policy === 'baseline') {
          if (ms(i.ownerFixedAt) !== lastNotice + assumptions.baselineAllocationMinutes * 60_000) fail(`${i.itemId} baseline allocated before all notices + latency`);
          if (i.slotKind === 'evening') fail(`${i.itemId} baseline used an evening slot`);
        } else if (ms(i.ownerFixedAt) !== ms(i.receivedAt) + assumptions.plannedAssignmentMinutes * 60_000) fail(`${i.itemId} planned owner not fixed ${assumptions.plannedAssignmentMinutes} min after notice`);
      }
      const placed = new Set<string>();
      for (const slot of plan.slots) {
        if (slot.itemIds.length > slot.capacity) fail(`${slot.id} over capacity`);
        for (const id of slot.itemIds) {
          if (placed.has(id)) fail(`${id} in two slots`);
          placed.add(id);
          if (plan.items.find((i) => i.itemId === id)?.slotId !== slot.id) fail(`${id} slot mismatch`);
        }
      }
      if (!plan.allocation.closedAt || ms(plan.allocation.closedAt) < lastNotice) fail('allocation closed before the last notice');
      for (const b of plan.bureaus) {
        if (!b.releaseAt) { fail(`${b.bureau} never released`); continue; }
        if (ms(b.releaseAt) < ms(plan.allocation.closedAt!)) fail(`${b.bureau} released before the allocation closed`);
        if (b.expectedFinishAt && ms(b.releaseAt) < ms(b.expectedFinishAt)) fail(`${b.bureau} released before its work ended`);
        if (b.hoursPastRegularEnd < 0 || b.lateNightHours < 0 || b.lateNightHours > b.hoursPastRegularEnd) fail(`${b.bureau} impossible hours`);
        if (ms(b.releaseAt) <= ms(b.standbyFrom) && b.hoursPastRegularEnd !== 0) fail(`${b.bureau} counted hours after an early release`);
        if (ms(b.releaseAt) > ms(b.standbyFrom) && Math.abs(b.hoursPastRegularEnd - minutes(b.standbyFrom, b.releaseAt) / 60) > 0.01 && ms(b.releaseAt) < ms(b.standbyFrom) + 10 * 3_600_000) {
          fail(`${b.bureau} hours ≠ 18:15 → release`);
        }
      }
      return out;
    }

    it('never finishes work before the notice, the owner and the drafting time (both policies)', () => {
      const broken = plans.flatMap((p) => [...violations(p.baseline, 'baseline'), ...violations(p.planned, 'planned')]);
      expect(broken, 'the model finished something faster than allowed — see the lines above').toEqual([]);
      expect(plans.reduce((n, p) => n + p.planned.items.length, 0)).toBeGreaterThan(DAYS_PER_SCENARIO * 40);
    });

    it('closes the allocation no later with the planned policy, and releases idle bureaus no later', () => {
      for (const { baseline, planned } of plans) {
        expect(ms(planned.allocation.closedAt!)).toBeLessThanOrEqual(ms(baseline.allocation.closedAt!));
        for (const b of planned.bureaus) {
          const old = baseline.bureaus.find((x) => x.bureau === b.bureau)!;
          if (b.reason === 'noItems') expect(ms(b.releaseAt!)).toBeLessThanOrEqual(ms(old.releaseAt!));
        }
      }
    });

    it('generates notices inside the surveyed window, one per questioner, with one 執筆 per 問', () => {
      for (const { day, planned } of plans) {
        expect(day.notices.map((n) => n.member)).toEqual(day.sitting.questioners);
        const from = ms(`${planned.standbyDay}T09:30:00+09:00`) - 7 * 86_400_000; // 前々日 may be days earlier around holidays
        const until = ms(`${planned.standbyDay}T00:30:00+09:00`) + 86_400_000; // 前日 24:30
        for (const n of day.notices) {
          expect(ms(n.receivedAt)).toBeGreaterThanOrEqual(from);
          expect(ms(n.receivedAt)).toBeLessThanOrEqual(until);
        }
        for (const i of planned.items) {
          expect(day.roles.filter((r) => r.questionKey === i.questionKey && r.itemLabel === i.itemLabel && r.role === '執筆')).toHaveLength(1);
          expect(i.concurrenceBureaus).not.toContain(i.bureau);
        }
      }
    });
  });
}
