/**
 * @file 運用を同じ日で走らせる (runPolicies): generates the sitting days of a scenario once (seeded) and runs
 * every given policy on the same days through the planner core. Policies that differ only in their release
 * rule share one planner run (the rule is applied afterwards, read-core-plan.ts), so a lever costs nothing
 * when it does not change the planner's input. Pure and seeded.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { defaultBriefingSlots } from '../evening/default-briefing-slots';
import { type BureauSettings, type EveningRules, defaultEveningRules } from '../evening/evening-rules';
import { computePlan } from '../evening/internal/compute-plan';
import { seededRandom } from '../random/seeded-random';
import { generateSittingDay } from './generate-sitting-day';
import { type NoticeScenario, noticeScenarios } from './notice-scenarios';
import { policyInput } from './policy-input';
import { dayOutcome } from './read-core-plan';
import { type SimulationAssumptions, defaultSimulationAssumptions } from './simulation-assumptions';
import { simulationBureaus } from './simulation-bureaus';
import { simulationMessages as msg } from './simulation-messages';
import type { SimulationPolicy } from './simulation-policy';
import type { DayOutcome } from './simulation-types';
import { sittingDates } from './sitting-dates';

/** 実行の指定: which days (scenario, count, seed) under which assumptions and rules. */
export interface SimulationOptions {
  /** シナリオ id ('2022' | '2023' | '2025') or a scenario object. */
  scenario: string | NoticeScenario;
  days: number;
  seed: number;
  assumptions?: SimulationAssumptions;
  /** Base rules (slots, role minutes …); drafters and 執筆 are set by simulationBureaus. */
  rules?: EveningRules;
  calendar?: Calendar;
}

/** runPolicies の結果: the resolved setting and one list of day outcomes per policy (same order). */
export interface PolicyRuns {
  scenario: NoticeScenario;
  assumptions: SimulationAssumptions;
  rules: EveningRules;
  bureaus: BureauSettings[];
  outcomes: DayOutcome[][];
}

/**
 * @example runPolicies({ scenario: '2025', days: 100, seed: 1 }, [baselinePolicy(a), plannedPolicy(a)]).outcomes[1][0].perBureau.lateNightStaffHours
 */
export function runPolicies(options: SimulationOptions, policies: readonly SimulationPolicy[]): PolicyRuns {
  const scenario = typeof options.scenario === 'string' ? findScenario(options.scenario) : options.scenario;
  const assumptions = options.assumptions ?? defaultSimulationAssumptions;
  const calendar = options.calendar ?? defaultCalendar();
  const { rules, bureaus } = simulationBureaus(scenario, assumptions, options.rules ?? defaultEveningRules);
  const ids = bureaus.map((b) => b.id);
  const random = seededRandom(options.seed);
  const keys = policies.map((p) => `${p.allocationMinutes}|${p.eveningBriefing}|${p.attendLectures === true}`);
  const outcomes: DayOutcome[][] = policies.map(() => []);
  for (const sittingOn of sittingDates(options.days, assumptions.firstSittingOn, assumptions.sittingWeekdays, calendar)) {
    const day = generateSittingDay(random, scenario, sittingOn, ids, assumptions, calendar);
    const slots = defaultBriefingSlots(day.sitting, calendar, rules);
    const planned = new Map<string, DayOutcome>();
    policies.forEach((policy, i) => {
      let outcome = planned.get(keys[i]!);
      if (!outcome) {
        outcome = dayOutcome(computePlan(policyInput(day, bureaus, policy, rules, calendar, slots)), sittingOn, calendar);
        planned.set(keys[i]!, outcome);
      }
      outcomes[i]!.push(outcome);
    });
  }
  return { scenario, assumptions, rules, bureaus, outcomes };
}

/** The scenario of an id, or a Japanese error naming the known ones. */
export function findScenario(id: string): NoticeScenario {
  const found = noticeScenarios.find((s) => s.id === id);
  if (!found) throw new RangeError(msg.unknownScenario(id, noticeScenarios.map((s) => s.id)));
  return found;
}
