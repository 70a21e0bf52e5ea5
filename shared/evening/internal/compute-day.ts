/**
 * @file 内部: the planner's core for one standby day in whole minutes — every sitting whose standby day it is,
 * scheduled together (the bureaus' drafters are shared), each sitting's slots, the day's allocation, the レク
 * holds, and each bureau's timeline (release, 当番, 呼び戻し) with its hours. planStandbyDay and planEvening format
 * it; the simulation reads it through computePlan.
 *
 * Phases, one function each: bureauDirectory → buildItems (per sitting) → scheduleItems (all) → placeSlots (per
 * sitting) → dayAllocation → lectureHolds → releaseTimeline (per bureau) → presence and overtime.
 */
import type { Calendar } from '../../calendar/calendar';
import { defaultCalendar } from '../../calendar/default-calendar';
import type { IsoDate } from '../../dates/iso-date';
import { defaultBriefingSlots } from '../default-briefing-slots';
import { eveningMessages as msg } from '../evening-messages';
import { type EveningRules, defaultEveningRules } from '../evening-rules';
import type { EveningSitting, ReleaseDecision, SittingDayInput, StandbyDayInput } from '../evening-types';
import { type StandDownRules, defaultStandDownRules } from '../stand-down-rules';
import { standbyDay as standbyDayOf } from '../standby-day';
import { type BureauDirectory, bureauDirectory } from './bureau-directory';
import { buildItems, noticesInOrder } from './build-items';
import type { CoreBlocker, CoreBureau, CoreItem, CoreRelease, CoreSlot } from './core-types';
import { warningList } from './core-types';
import { dayAllocation } from './day-allocation';
import { type Interval, complementOf, intersectIntervals, unionIntervals } from './intervals';
import { lectureHolds } from './lecture-holds';
import { clockMin, midnightMin, midnightOfDayNumber, toMin } from './minutes';
import { overtimeMinutes } from './overtime-minutes';
import { placeSlots, slotList } from './place-slots';
import { type Timeline, releaseTimeline } from './release-timeline';
import { scheduleItems } from './schedule-items';

/** One sitting of the day, planned. */
export interface CoreSittingPlan {
  input: SittingDayInput;
  sitting: EveningSitting;
  sittingStart: number;
  items: CoreItem[];
  /** Its 問 with a fixed owner, in the order they were served. */
  scheduled: CoreItem[];
  slots: CoreSlot[];
  evening: CoreSlot[];
  morning: CoreSlot[];
  unassigned: CoreItem[];
  missingQuestioners: string[];
}

/** The whole day. */
export interface CoreDay {
  standbyDay: IsoDate;
  /** 終業 (18:15) on the standby day. */
  standbyFrom: number;
  /** End of waiting for the allocation (the first sitting if next day, else 05:00 after the standby day). */
  waitEnd: number;
  sittings: CoreSittingPlan[];
  closed: Interval[];
  closedAt: number | null;
  blockers: CoreBlocker[];
  releases: CoreRelease[];
  /** Every scheduled 問 of the day in the order served. */
  scheduled: CoreItem[];
  warnings: string[];
  rules: EveningRules;
  standDownRules: StandDownRules;
}

/**
 * Plans the standby day.
 * @example computeStandbyDay({ sittings: [sittingInput], bureaus }).releases[0].firstRelease
 */
export function computeStandbyDay(input: StandbyDayInput): CoreDay {
  const rules = input.rules ?? defaultEveningRules;
  const standDownRules = input.standDownRules ?? defaultStandDownRules;
  const calendar = input.calendar ?? defaultCalendar();
  const warnings = warningList();
  const first = input.sittings[0];
  if (!input.standbyDay && !first) throw new RangeError(msg.noStandbyDay);
  const day = input.standbyDay ?? standbyDayOf(first!.sitting.sittingOn, calendar);
  const sittingInputs = input.sittings.filter((s) => {
    if (standbyDayOf(s.sitting.sittingOn, calendar) === day) return true;
    warnings.add(msg.otherStandbyDay(s.sitting.id, day));
    return false;
  });

  const directory = bureauDirectory(input.bureaus, rules, warnings);
  const built = sittingInputs.map((s) => {
    const notices = noticesInOrder(s.notices);
    const items = buildItems(
      { notices, assignments: s.assignments, progress: s.progress ?? [], questioners: s.sitting.questioners, sitting: s.sitting.id }, directory, rules, warnings,
    );
    return { s, notices, items };
  });
  const allItems = built.flatMap((b) => b.items);
  allItems.forEach((item, k) => { item.order = k; });
  const { scheduled, work } = scheduleItems(allItems, day, calendar, rules);

  const sittings: CoreSittingPlan[] = built.map(({ s, items }) => {
    const sittingStart = midnightMin(s.sitting.sittingOn, calendar) + clockMin(s.sitting.startTime);
    const mine = scheduled.filter((i) => i.sitting === s.sitting.id);
    const slotInputs = slotList(s.slots ?? defaultBriefingSlots(s.sitting, calendar, rules), sittingStart, warnings);
    const placed = placeSlots(mine, items, slotInputs, rules);
    return {
      input: s, sitting: s.sitting, sittingStart, items, scheduled: mine, ...placed, unassigned: items.filter((i) => !i.writer), missingQuestioners: [],
    };
  });
  const allocation = dayAllocation(
    day, built.map((b) => ({ sitting: b.s.sitting, notices: b.notices, stages: b.s.stages ?? [], items: b.items })), standDownRules, calendar, warnings,
  );
  for (const p of sittings) p.missingQuestioners = allocation.missing.get(p.sitting.id) ?? [];
  const lectures = lectureHolds(
    sittings.map((p) => ({ sitting: p.sitting.id, evening: p.evening, items: new Map(p.items.map((i) => [i.itemId, i])) })),
    input.lectures ?? [], directory, standDownRules,
  );

  const standbyFrom = midnightMin(day, calendar) + clockMin(rules.regularEnd);
  const nextDay = calendar.dayNumber(day) + 1;
  const nightEnd = midnightOfDayNumber(nextDay) + clockMin(rules.lateNight.to);
  let waitEnd = sittings.length ? -Infinity : nightEnd;
  for (const p of sittings) {
    const end = calendar.dayNumber(p.sitting.sittingOn) === nextDay ? Math.max(p.sittingStart, standbyFrom) : nightEnd;
    waitEnd = Math.max(waitEnd, end);
  }
  const decisions = decisionsByBureau(input.decisions ?? [], directory);
  const duty = new Map<CoreBureau, { from: number; people: string[] }>();
  for (const d of input.duty ?? []) duty.set(directory.resolve(d.bureau), { from: midnightMin(day, calendar) + clockMin(d.from), people: [...d.people] });
  const asOf = input.asOf ? toMin(input.asOf) : Infinity;
  const dayStart = midnightMin(day, calendar);

  const releases = directory.bureaus.map((b): CoreRelease => {
    const base = {
      closed: allocation.closed, involvements: b.involvements, lectures: lectures.holds.get(b) ?? [],
      decisions: decisions.get(b) ?? [], duty: duty.get(b) ?? null,
    };
    const tl = cutAt(releaseTimeline({ ...base, reportedOnly: input.reportedOnly === true }), asOf, dayStart);
    const facts = input.reportedOnly ? tl : cutAt(releaseTimeline({ ...base, reportedOnly: true }), asOf, dayStart);
    let lastDone = -Infinity;
    for (const v of b.involvements) if (v.done > lastDone) lastDone = v.done;
    const cap = (start: number, end: number) => (end === Infinity ? Math.max(waitEnd, start) : end);
    const whole: Interval[] = tl.held.map(([a, e]) => (a === -Infinity ? [standbyFrom, Math.min(e, waitEnd)] : [a, cap(a, e)]));
    const busy = b.involvements.map((v) => [v.ready, cap(v.ready, input.reportedOnly && !v.reported ? Infinity : v.done)] as const);
    whole.push(...intersectIntervals(unionIntervals(busy), [[work.standbyStart, Infinity]]));
    const horizon: Interval[] = [[-Infinity, asOf]];
    const wholePresence = intersectIntervals(unionIntervals(whole), horizon);
    const dutyPresence = intersectIntervals(
      intersectIntervals(unionIntervals(tl.onDuty.map(([a, e]) => [a, Math.min(e, Math.max(waitEnd, a))] as const)), complementOf(wholePresence)),
      horizon,
    );
    return {
      bureau: b,
      firstRelease: tl.firstRelease,
      releaseAt: tl.releaseAt,
      lastDone,
      released: facts.releaseAt !== null,
      recalled: tl.recalls.length > 0,
      overtime: overtimeMinutes(wholePresence, rules, calendar),
      dutyOvertime: overtimeMinutes(dutyPresence, rules, calendar),
      recalls: tl.recalls,
      duty: tl.duty,
      decision: tl.decision,
      lectureUntil: lectures.until.get(b) ?? null,
    };
  });

  return {
    standbyDay: day, standbyFrom, waitEnd, sittings, closed: allocation.closed, closedAt: allocation.closedAt, blockers: allocation.blockers,
    releases, scheduled, warnings: warnings.list, rules, standDownRules,
  };
}

/** The decisions that name each bureau (or all), by time. */
function decisionsByBureau(decisions: readonly ReleaseDecision[], directory: BureauDirectory) {
  const out = new Map<CoreBureau, { at: number; decision: ReleaseDecision }[]>();
  const sorted = decisions.map((decision) => ({ at: toMin(decision.at), decision })).sort((a, b) => a.at - b.at);
  for (const d of sorted) {
    const named = d.decision.bureaus === 'all' ? directory.bureaus : d.decision.bureaus.map((x) => directory.resolve(x));
    for (const b of named) out.set(b, [...(out.get(b) ?? []), d]);
  }
  return out;
}

/**
 * Drops what happens after `asOf` (事後検証 up to a moment) and places a release at -Infinity (nothing was ever
 * open) at the start of the standby day.
 */
function cutAt(tl: Timeline, asOf: number, dayStart: number): Timeline {
  const at = (t: number | null) => (t === null || t > asOf ? null : Math.max(t, dayStart));
  const recalls = tl.recalls.filter((r) => r.at <= asOf).map((r) => ({ ...r, until: at(r.until) }));
  const releases = tl.releases.filter((r) => r <= asOf).map((r) => Math.max(r, dayStart));
  const lastRelease = releases[releases.length - 1];
  const lastRecall = recalls[recalls.length - 1]?.at ?? -Infinity;
  return {
    ...tl,
    firstRelease: releases[0] ?? null,
    releaseAt: lastRelease !== undefined && lastRelease >= lastRecall ? lastRelease : null,
    releases,
    recalls,
    duty: tl.duty && tl.duty.from <= asOf ? { ...tl.duty, until: at(tl.duty.until) } : null,
  };
}
