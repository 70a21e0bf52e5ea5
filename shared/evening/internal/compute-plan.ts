/**
 * @file 内部: the planner's core in whole minutes — scheduling, slot placement, allocation and releases —
 * without formatting. planEvening (plan-evening.ts, which describes the model) formats its result;
 * the simulation reads the numbers directly. Private to shared/evening and shared/simulation.
 *
 * Phases, one function each (typed inputs and outputs):
 * bureauDirectory → buildItems → scheduleItems → placeSlots → allocationWindows → bureauReleases.
 */
import { defaultCalendar } from '../../calendar/default-calendar';
import { defaultBriefingSlots } from '../default-briefing-slots';
import { defaultEveningRules } from '../evening-rules';
import type { EveningInput } from '../evening-types';
import { standbyDay as standbyDayOf } from '../standby-day';
import { allocationWindows } from './allocation-windows';
import { bureauDirectory } from './bureau-directory';
import { buildItems, noticesInOrder } from './build-items';
import { bureauReleases, standbyFrame } from './bureau-releases';
import type { CorePlan } from './core-types';
import { warningList } from './core-types';
import { clockMin, midnightMin } from './minutes';
import { placeSlots, slotList } from './place-slots';
import { scheduleItems } from './schedule-items';

export type { CoreBureau, CoreHelper, CoreInvolvement, CoreItem, CorePlan, CoreRelease, CoreSlot } from './core-types';

/**
 * The planner core. See plan-evening.ts for the model.
 * @example computePlan(input).releases[0].releaseAt //=> 29_683_275 (epoch minutes: 2026-06-09 18:15 JST)
 */
export function computePlan(input: EveningInput): CorePlan {
  const rules = input.rules ?? defaultEveningRules;
  const calendar = input.calendar ?? defaultCalendar();
  const { sitting } = input;
  const warnings = warningList();
  const day = standbyDayOf(sitting.sittingOn, calendar);
  const sittingStart = midnightMin(sitting.sittingOn, calendar) + clockMin(sitting.startTime);

  const directory = bureauDirectory(input.bureaus, rules, warnings);
  const notices = noticesInOrder(input.notices);
  const items = buildItems({ notices, assignments: input.assignments, progress: input.progress ?? [], questioners: sitting.questioners }, directory, rules, warnings);
  const { scheduled, work } = scheduleItems(items, day, calendar, rules);
  const slotInputs = slotList(input.slots ?? defaultBriefingSlots(sitting, calendar, rules), sittingStart, warnings);
  const { slots, evening, morning } = placeSlots(scheduled, items, slotInputs, rules);
  const allocation = allocationWindows(sitting.questioners, notices, items, warnings);
  const frame = standbyFrame(day, sitting.sittingOn, sittingStart, work.standbyStart, rules, calendar);
  const releases = bureauReleases(directory.bureaus, allocation.closed, frame, rules, calendar);

  return {
    standbyDay: day, sittingStart, standbyFrom: frame.standbyFrom, items, scheduled, slots, evening, morning, closedAt: allocation.closedAt,
    missingQuestioners: allocation.missingQuestioners, unassigned: items.filter((i) => !i.writer), releases, warnings: warnings.list, rules,
  };
}
