/**
 * @file 深夜待機シミュレーション (runSimulation): generates sitting days from a survey scenario and runs the
 * baseline and the planned policy through the same planner (planEvening) on the same days, then
 * summarises late-night staff-hours, release times, last answer times and the evening-briefed share.
 * Pure and seeded: the same options give the same result on every machine.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type EveningRules, defaultEveningRules } from '../evening/evening-rules';
import { type CorePlan, computePlan } from '../evening/internal/compute-plan';
import { midnightMin } from '../evening/internal/minutes';
import { eveningMessages as msg } from '../evening/evening-messages';
import { seededRandom } from '../random/seeded-random';
import { baselineInput } from './baseline-input';
import { formatClockMinutes } from './format-clock-minutes';
import { generateSittingDay } from './generate-sitting-day';
import { type NoticeScenario, noticeScenarios } from './notice-scenarios';
import { plannedInput } from './planned-input';
import { simulationBureaus } from './simulation-bureaus';
import { type SimulationAssumptions, defaultSimulationAssumptions } from './simulation-assumptions';
import type { DayOutcome, PolicyMetrics, SimulationRun } from './simulation-types';
import { sittingDates } from './sitting-dates';

/** runSimulation の指定. */
export interface SimulationOptions {
  /** シナリオ id ('2022' | '2023' | '2025') or a scenario object. */
  scenario: string | NoticeScenario;
  days: number;
  seed: number;
  assumptions?: SimulationAssumptions;
  rules?: EveningRules;
  calendar?: Calendar;
}

/** 22:00 after the standby day's midnight, in minutes. */
const TEN_PM = 22 * 60;

/**
 * Runs both policies on the same generated days.
 * @example runSimulation({ scenario: '2025', days: 200, seed: 1 }).summary.planned.lateNightStaffHours
 */
export function runSimulation(options: SimulationOptions): SimulationRun {
  const scenario = typeof options.scenario === 'string' ? findScenario(options.scenario) : options.scenario;
  const assumptions = options.assumptions ?? defaultSimulationAssumptions;
  const calendar = options.calendar ?? defaultCalendar();
  const { rules, bureaus } = simulationBureaus(scenario, options.rules ?? defaultEveningRules);
  const draftMinutes = rules.bureauDefaults.roleMinutes.執筆;
  const ids = bureaus.map((b) => b.id);
  const random = seededRandom(options.seed);
  const baselineDays: DayOutcome[] = [];
  const plannedDays: DayOutcome[] = [];
  for (const sittingOn of sittingDates(options.days, assumptions.firstSittingOn, assumptions.sittingWeekdays, calendar)) {
    const day = generateSittingDay(random, scenario, sittingOn, ids, assumptions, calendar);
    baselineDays.push(outcome(computePlan(baselineInput(day, bureaus, assumptions, rules, calendar)), sittingOn, calendar));
    plannedDays.push(outcome(computePlan(plannedInput(day, bureaus, assumptions, rules, calendar)), sittingOn, calendar));
  }
  const { evening, morning } = rules.slots;
  return {
    summary: {
      scenario: scenario.id,
      scenarioLabel: scenario.label,
      days: options.days,
      seed: options.seed,
      baseline: metrics(baselineDays),
      planned: metrics(plannedDays),
      assumptions: {
        scenarioSource: scenario.source,
        noticeBands: scenario.bands.map((b) => ({ label: b.label, share: b.share })),
        survey: scenario.survey,
        drafting: {
          執筆: draftMinutes,
          合議: rules.bureauDefaults.roleMinutes.合議,
          メモ出し: rules.bureauDefaults.roleMinutes.メモ出し,
          課長了: rules.bureauDefaults.sectionChiefMinutes,
          局長了: rules.bureauDefaults.directorMinutes,
          draftersPerBureau: rules.bureauDefaults.drafters,
        },
        regularStart: rules.regularStart,
        regularEnd: rules.regularEnd,
        lateNight: `${rules.lateNight.from}–${rules.lateNight.to}`,
        eveningSlots: `${evening.from}–${evening.to} (${evening.slotMinutes}分枠 × 定員${evening.capacityPerSlot})`,
        morningSlot: `${morning.at} (定員${morning.capacity})`,
        bureaus: bureaus.length,
        simulation: assumptions,
        policies: { baseline: msg.policyBaseline, planned: msg.policyPlanned },
      },
    },
    baselineDays,
    plannedDays,
  };
}

function findScenario(id: string): NoticeScenario {
  const found = noticeScenarios.find((s) => s.id === id);
  if (!found) throw new RangeError(msg.unknownScenario(id, noticeScenarios.map((s) => s.id)));
  return found;
}

/** The day's numbers, read from the planner core (the same model planEvening formats). */
function outcome(plan: CorePlan, sittingOn: string, calendar: Calendar): DayOutcome {
  const midnight = midnightMin(plan.standbyDay, calendar);
  let lastDone = -Infinity;
  let lastStart = -Infinity;
  for (const i of plan.scheduled) {
    if (i.director > lastDone) lastDone = i.director;
    if (i.ready > lastStart) lastStart = i.ready;
  }
  let late = 0;
  let past = 0;
  for (const r of plan.releases) {
    late += (r.overtime.lateNight / 60) * r.bureau.settings.drafters;
    past += (r.overtime.pastRegular / 60) * r.bureau.settings.drafters;
  }
  return {
    sittingOn,
    releaseMinutes: plan.releases.map((r) => (r.releaseAt === null ? NaN : r.releaseAt - midnight)),
    lastDoneMinutes: lastDone - midnight,
    lastStartMinutes: lastStart - midnight,
    lateNightStaffHours: late,
    staffHoursPastRegularEnd: past,
    itemCount: plan.items.length,
    eveningCount: plan.items.filter((i) => i.slot?.s.kind === 'evening').length,
    missedMorningCount: plan.items.filter((i) => i.reason === 'missesMorning').length,
  };
}

function median(values: readonly number[]): number {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

function metrics(days: readonly DayOutcome[]): PolicyMetrics {
  const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
  const releases = days.flatMap((d) => d.releaseMinutes);
  const items = days.reduce((a, d) => a + d.itemCount, 0);
  const lateTotal = days.reduce((a, d) => a + d.lateNightStaffHours, 0);
  const releaseMedian = Math.round(median(releases));
  const doneMedian = Math.round(median(days.map((d) => d.lastDoneMinutes)));
  return {
    lateNightStaffHours: round(lateTotal / Math.max(1, days.length), 1),
    lateNightStaffHoursTotal: round(lateTotal, 1),
    staffHoursPastRegularEnd: round(days.reduce((a, d) => a + d.staffHoursPastRegularEnd, 0) / Math.max(1, days.length), 1),
    releaseTimeMedian: formatClockMinutes(releaseMedian),
    releaseTimeMedianMinutes: releaseMedian,
    releasedBy2200Share: round(releases.filter((m) => m <= TEN_PM).length / Math.max(1, releases.length), 3),
    lastAnswerDoneMedian: formatClockMinutes(doneMedian),
    lastAnswerDoneMedianMinutes: doneMedian,
    lastAnswerStartMedian: formatClockMinutes(Math.round(median(days.map((d) => d.lastStartMinutes)))),
    eveningBriefedShare: round(days.reduce((a, d) => a + d.eveningCount, 0) / Math.max(1, items), 3),
    missedMorningShare: round(days.reduce((a, d) => a + d.missedMorningCount, 0) / Math.max(1, items), 3),
  };
}
