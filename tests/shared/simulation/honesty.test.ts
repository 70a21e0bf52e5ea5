/**
 * @file 正直さの条件 (honesty invariants) over many seeded sitting days, for both policies and all three
 * survey scenarios: nothing finishes before its notice and its drafting time, no slot before 局長了, no
 * release before the allocation closes or the bureau's work ends; the numbers the simulation reads from the
 * planner core are planEvening's; comparing a policy with itself gives 0 %; adding a lever never adds
 * late-night hours; the release rule "everyone waits" never shortens a bureau's evening. A failure prints
 * the day and the 問.
 */
import { describe, expect, it } from 'vitest';
import {
  type EveningPlan, analyseScenario, baselinePolicy, defaultCalendar, defaultSimulationAssumptions, generateSittingDay, noticeScenarios,
  planEvening, plannedPolicy, policyInput, runPolicies, runSimulation, seededRandom, simulationBureaus, sittingDates,
} from '@shared/index';
import { computePlan } from '../../../shared/evening/internal/compute-plan';
import { dayOutcome } from '../../../shared/simulation/read-core-plan';

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
    const policies = { baseline: baselinePolicy(assumptions), planned: plannedPolicy(assumptions) };
    const inputs = days.map((day) => ({ day, baseline: policyInput(day, bureaus, policies.baseline, rules), planned: policyInput(day, bureaus, policies.planned, rules) }));
    const plans = inputs.map(({ day, baseline, planned }) => ({ day, baseline: planEvening(baseline), planned: planEvening(planned) }));

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
        const lag = policies[policy].allocationMinutes;
        if (ms(i.ownerFixedAt) !== ms(i.receivedAt) + lag * 60_000) fail(`${i.itemId} ${policy} owner not fixed ${lag} min after its notice`);
        if (policy === 'baseline' && i.slotKind === 'evening') fail(`${i.itemId} baseline used an evening slot`);
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

    it('reads the same numbers from the planner core as planEvening shows (release times, late-night staff-hours, last 局長了)', () => {
      const calendar = defaultCalendar();
      for (const { day, baseline, planned } of inputs) {
        for (const input of [baseline, planned]) {
          const plan = planEvening(input);
          const read = dayOutcome(computePlan(input), day.sitting.sittingOn, calendar);
          const midnight = ms(`${plan.standbyDay}T00:00:00+09:00`);
          expect(read.perBureau.releaseMinutes).toEqual(plan.bureaus.map((b) => (ms(b.releaseAt!) - midnight) / 60_000));
          expect(read.lastDoneMinutes).toBe((ms(plan.summary.lastDirectorApprovedAt!) - midnight) / 60_000);
          expect(read.lastStartMinutes).toBe((ms(plan.summary.lastDraftStartAt!) - midnight) / 60_000);
          expect(read.perBureau.lateNightStaffHours).toBeCloseTo(plan.summary.lateNightStaffHours, 0);
          expect(read.eveningCount).toBe(plan.summary.eveningCount);
        }
      }
    }, 60_000); // 2 × 60 plans formatted by planEvening: a few seconds on a busy machine

    it('never shortens a bureau\'s evening under 全局待機 (every bureau waits for the last 局長了)', () => {
      const calendar = defaultCalendar();
      for (const { day, baseline } of inputs) {
        const read = dayOutcome(computePlan(baseline), day.sitting.sittingOn, calendar);
        read.keepEveryone.releaseMinutes.forEach((m, b) => {
          expect(m).toBeGreaterThanOrEqual(read.perBureau.releaseMinutes[b]!);
          expect(m).toBeGreaterThanOrEqual(read.lastDoneMinutes);
        });
        expect(read.keepEveryone.lateNightStaffHours).toBeGreaterThanOrEqual(read.perBureau.lateNightStaffHours - 1e-9);
        expect(read.keepEveryone.staffHoursPastRegularEnd).toBeGreaterThanOrEqual(read.perBureau.staffHoursPastRegularEnd - 1e-9);
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

describe('honesty of the comparison (all three scenarios, 40 seeded days each)', () => {
  const a = defaultSimulationAssumptions;
  const analyses = noticeScenarios.map((s) => analyseScenario({ scenario: s.id, days: 40, seed: 7 }));

  it('gives exactly 0 % when both sides run the same policy (baseline vs baseline, planned vs planned)', () => {
    for (const s of noticeScenarios) {
      for (const policy of [baselinePolicy(a), plannedPolicy(a)]) {
        const run = runSimulation({ scenario: s.id, days: 15, seed: 5, policies: { baseline: policy, planned: policy } });
        expect(run.summary.plannedOverBaseline).toBe(1);
        expect(run.summary.planned).toEqual(run.summary.baseline);
      }
    }
    for (const x of analyses) expect(x.decomposition.find((r) => r.lever === 'none')!.plannedOverBaseline).toBe(1);
  });

  it('orders the cut range: a faster allocation decision never cuts less (fast ≤ central ≤ slow, as 計画 ÷ 従来)', () => {
    for (const x of analyses) {
      const r = x.cutRange.plannedOverBaseline;
      expect(r.fast).toBeLessThanOrEqual(r.central);
      expect(r.central).toBeLessThanOrEqual(r.slow);
      expect(r.slow).toBeLessThanOrEqual(1);
    }
  });

  it('never adds late-night hours with a lever, and all levers together cut at least as much as any one of them', () => {
    for (const x of analyses) {
      const all = x.decomposition.find((r) => r.lever === 'all')!;
      for (const row of x.decomposition) {
        expect(row.plannedOverBaseline, `${x.run.summary.scenario} ${row.label}`).toBeLessThanOrEqual(1);
        expect(all.plannedOverBaseline).toBeLessThanOrEqual(row.plannedOverBaseline);
      }
    }
  });

  it('finds no standby effect of 夕方レク alone in this planner (release follows 局長了, not the slot) — the report says so', () => {
    for (const x of analyses) {
      const evening = x.decomposition.find((r) => r.lever === 'evening')!;
      expect(evening.plannedOverBaseline).toBe(1);
      expect(evening.eveningBriefedShare).toBeGreaterThan(0.3);
    }
  });

  it('makes the baseline no cheaper when more days keep everyone (0 → 4/17 → 1), and the planned side does not move', () => {
    for (const x of analyses) {
      const rows = x.sensitivity.filter((r) => r.key === 'baselineKeepEveryoneShare');
      expect(rows.map((r) => r.value)).toEqual([0, 4 / 17, 1]);
      expect(rows[0]!.baselineLateNightStaffHours).toBeLessThanOrEqual(rows[1]!.baselineLateNightStaffHours);
      expect(rows[1]!.baselineLateNightStaffHours).toBeLessThanOrEqual(rows[2]!.baselineLateNightStaffHours);
      expect(new Set(rows.map((r) => r.plannedLateNightStaffHours)).size).toBe(1);
    }
  });

  it('leaves the baseline untouched by planned-side assumptions (問取り, decision time): nothing planned can tune it', () => {
    const edited = { ...a, hearingMinutes: 20, plannedDecisionMinutes: { fast: 5, central: 10, slow: 99 } };
    const base = runPolicies({ scenario: '2023', days: 15, seed: 9 }, [baselinePolicy(a)]).outcomes[0];
    const again = runPolicies({ scenario: '2023', days: 15, seed: 9, assumptions: edited }, [baselinePolicy(edited)]).outcomes[0];
    expect(again).toEqual(base);
  });
});
