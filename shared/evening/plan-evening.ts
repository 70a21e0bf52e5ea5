/**
 * @file 夕方レク計画 (planEvening): for one sitting, schedules every 問 (draft → 合議 → 課長了 → 局長了),
 * places it in an evening slot (the day before) or the morning slot with the reason, and computes each
 * bureau's 待機解除 with its hours past 18:15 and in the late-night band. Pure and deterministic.
 *
 * Model (rules are data, see evening-rules.ts):
 * - A 問 can be drafted once its notice arrived AND its 執筆 owner is fixed (了承/確定).
 * - Each bureau has `drafters` people; a step (執筆, メモ出し, 合議) takes one drafter for its minutes.
 *   Steps are served first come, first served by the time they became ready (ties: notice order), so a
 *   later notice never delays work that was ready before it, except by occupying a drafter it waits for.
 * - メモ出し runs alongside the draft (the draft is done when both are); 合議 follows the draft;
 *   課長了 and 局長了 follow as elapsed durations of the drafting bureau.
 * - Before the standby day, work happens only in regular hours of open days; from the start of the
 *   standby day it goes on until done.
 * - Slots are given first come, first served in the same order: each 問 takes the earliest evening
 *   slot that starts after its 局長了 (+ briefing lead) and has room; otherwise the morning slot.
 * - Allocation closes when every listed questioner has given notice and every 問 has a fixed owner. A
 *   bureau is released at the first moment the allocation is closed and it has no unfinished step;
 *   once released it stays released unless a later notice gives it work (呼び戻し).
 */
import { eveningMessages as msg, shortDateTime } from './evening-messages';
import type { AllocationState, BureauRelease, EveningInput, EveningPlan, PlannedItem, PlannedSlot } from './evening-types';
import { type CoreItem, type CorePlan, type CoreRelease, computePlan } from './internal/compute-plan';
import { fromMin } from './internal/minutes';

/**
 * 夕方レク計画: see the file header for the model.
 * @example planEvening({ sitting, notices, assignments, bureaus }).items[0].slotId //=> 'evening-1830'
 */
export function planEvening(input: EveningInput): EveningPlan {
  const core = computePlan(input);
  const allocation: AllocationState = {
    closed: core.closedAt !== null,
    closedAt: core.closedAt === null ? null : fromMin(core.closedAt),
    missingQuestioners: core.missingQuestioners,
    unassignedItemIds: core.unassigned.map((i) => i.itemId),
  };
  const bureaus = core.releases.map((r) => releaseRow(r, core));
  const items = core.items.map((i) => itemRow(i, core));
  const slots: PlannedSlot[] = core.slots.map((x) => ({ ...x.s, itemIds: x.used }));
  let lastDirector = -Infinity;
  let lastReady = -Infinity;
  for (const i of core.scheduled) {
    if (i.director > lastDirector) lastDirector = i.director;
    if (i.ready > lastReady) lastReady = i.ready;
  }
  const sum = (f: (b: BureauRelease) => number) => round2(bureaus.reduce((acc, b) => acc + f(b), 0));
  return {
    sitting: input.sitting,
    standbyDay: core.standbyDay,
    allocation,
    items,
    bureaus,
    slots,
    summary: {
      itemCount: items.length,
      eveningCount: items.filter((i) => i.slotKind === 'evening').length,
      morningCount: items.filter((i) => i.slotKind === 'morning').length,
      unplacedCount: items.filter((i) => i.slotKind === null).length,
      lastDirectorApprovedAt: core.scheduled.length ? fromMin(lastDirector) : null,
      lastDraftStartAt: core.scheduled.length ? fromMin(lastReady) : null,
      releasedBureaus: bureaus.filter((b) => b.status === 'released').length,
      staffHoursPastRegularEnd: sum((b) => b.staffHoursPastRegularEnd),
      lateNightStaffHours: sum((b) => b.lateNightStaffHours),
    },
    warnings: core.warnings,
  };
}

function releaseRow(r: CoreRelease, core: CorePlan): BureauRelease {
  const b = r.bureau;
  const reason = r.firstRelease === null ? 'allocationOpen' : b.involvements.length === 0 ? 'noItems' : 'allApproved';
  let reasonText =
    reason === 'allocationOpen' ? msg.allocationOpen(core.missingQuestioners, core.unassigned.length)
    : reason === 'noItems' ? msg.releasedNoItems(shortDateTime(fromMin(r.firstRelease!)))
    : r.released ? msg.releasedAllApproved : msg.expectedAllApproved(shortDateTime(fromMin(r.lastDone)));
  if (r.recalled) reasonText += msg.recalled(shortDateTime(fromMin(r.firstRelease!)));
  const drafters = b.settings.drafters;
  return {
    bureau: b.settings.id,
    name: b.settings.name,
    draftCount: b.counts.執筆,
    concurrenceCount: b.counts.合議,
    memoCount: b.counts.メモ出し,
    status: r.releaseAt === null ? 'waiting' : r.released ? 'released' : 'expected',
    releaseAt: r.releaseAt === null ? null : fromMin(r.releaseAt),
    firstReleaseAt: r.recalled ? fromMin(r.firstRelease!) : null,
    reason,
    reasonText,
    expectedFinishAt: r.lastDone === -Infinity ? null : fromMin(r.lastDone),
    drafters,
    hoursPastRegularEnd: round2(r.overtime.pastRegular / 60),
    lateNightHours: round2(r.overtime.lateNight / 60),
    staffHoursPastRegularEnd: round2((r.overtime.pastRegular / 60) * drafters),
    lateNightStaffHours: round2((r.overtime.lateNight / 60) * drafters),
    standbyFrom: fromMin(core.standbyFrom),
  };
}

function itemRow(item: CoreItem, core: CorePlan): PlannedItem {
  const base = {
    itemId: item.itemId, questionKey: item.questionKey, itemLabel: item.label, member: item.member, receivedAt: fromMin(item.received),
  };
  const writer = item.writer;
  if (!writer) {
    return {
      ...base, bureau: '', concurrenceBureaus: [], memoBureaus: [], ownerFixedAt: null,
      draftStartAt: null, draftEndAt: null, concurrenceEndAt: null, sectionChiefApprovedAt: null, directorApprovedAt: null,
      draftBy: null, concurrenceBy: null, sectionChiefBy: null, directorBy: null, approved: false,
      slotId: null, slotKind: null, slotStartAt: null, reason: 'ownerNotFixed', reasonText: msg.ownerNotFixed(item.proposedText),
    };
  }
  // Deadlines back from the slot (or the morning slot it missed, or the sitting itself).
  const lead = core.rules.briefingLeadMinutes;
  const target = item.slot?.start ?? core.morning[0]?.start ?? core.sittingStart;
  const s = writer.settings;
  const directorBy = target - lead;
  const sectionChiefBy = directorBy - s.directorMinutes;
  const concurrenceBy = item.concurrence.length ? sectionChiefBy - s.sectionChiefMinutes : null;
  let longestConcurrence = 0;
  for (const c of item.concurrence) longestConcurrence = Math.max(longestConcurrence, c.bureau.settings.roleMinutes.合議);
  const draftBy = concurrenceBy !== null ? concurrenceBy - longestConcurrence : sectionChiefBy - s.sectionChiefMinutes;
  return {
    ...base,
    bureau: s.id,
    concurrenceBureaus: item.concurrence.map((c) => c.bureau.settings.id),
    memoBureaus: item.memo.map((m) => m.bureau.settings.id),
    ownerFixedAt: fromMin(item.ready),
    draftStartAt: fromMin(item.draftStart),
    draftEndAt: fromMin(item.draftEnd),
    concurrenceEndAt: fromMin(item.concEnd),
    sectionChiefApprovedAt: fromMin(item.sectionChief),
    directorApprovedAt: fromMin(item.director),
    draftBy: fromMin(draftBy),
    concurrenceBy: concurrenceBy === null ? null : fromMin(concurrenceBy),
    sectionChiefBy: fromMin(sectionChiefBy),
    directorBy: fromMin(directorBy),
    approved: item.progress?.director !== undefined,
    slotId: item.slot?.s.id ?? null,
    slotKind: item.slot?.s.kind ?? null,
    slotStartAt: item.slot?.s.startAt ?? null,
    reason: item.reason,
    reasonText: reasonText(item, core),
  };
}

/** 理由: why not evening, then where it goes (or that it misses the morning too). */
function reasonText(item: CoreItem, core: CorePlan): string {
  if (!item.eveningWhy) return '';
  const done = shortDateTime(fromMin(item.director));
  const lastEvening = core.evening[core.evening.length - 1];
  const why = item.eveningWhy === 'noEveningSlot' ? msg.noEveningSlot
    : item.eveningWhy === 'tooLateForEvening' ? msg.tooLateForEvening(done, shortDateTime(lastEvening!.s.startAt))
    : msg.eveningFull;
  if (item.slot) return why + msg.toSlot(item.slot.s.label);
  const lastMorning = core.morning[core.morning.length - 1];
  const need = item.director + core.rules.briefingLeadMinutes;
  return why + (!lastMorning ? msg.noMorningSlot : need > lastMorning.start ? msg.missesMorning(done, lastMorning.s.label) : msg.morningFull);
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
