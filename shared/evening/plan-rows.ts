/**
 * @file 計画の行: formats the planner core (whole minutes) as the flat rows of EveningPlan — one per 問, per bureau
 * and per slot — with the Japanese reasons. Used by planStandbyDay; pure.
 */
import { eveningMessages as msg, shortDateTime } from './evening-messages';
import type { AllocationState, BureauRecall, BureauRelease, EveningSummary, PlannedItem } from './evening-types';
import type { CoreDay, CoreSittingPlan } from './internal/compute-day';
import type { CoreBlocker, CoreItem, CoreRecall, CoreRelease } from './internal/core-types';
import { fromMin } from './internal/minutes';

const round2 = (n: number) => Math.round(n * 100) / 100;
const at = (minutes: number) => shortDateTime(fromMin(minutes));

/** The day's allocation, with this sitting's missing questioners and unowned 問 (all sittings when omitted). */
export function allocationRow(day: CoreDay, sitting?: CoreSittingPlan): AllocationState {
  const sittings = sitting ? [sitting] : day.sittings;
  return {
    closed: day.closedAt !== null,
    closedAt: day.closedAt === null ? null : fromMin(day.closedAt),
    missingQuestioners: sittings.flatMap((s) => s.missingQuestioners),
    unassignedItemIds: sittings.flatMap((s) => s.unassigned.map((i) => i.itemId)),
    blockers: day.blockers.map(({ count: _count, ...b }) => b),
  };
}

/** 「割振りが確定していないため待機を続けます (未通告: C、D、甲委員の通告が要旨のみ（問取り未了）、執筆局未確定の問: 1 件)。」 */
export function allocationOpenText(blockers: readonly CoreBlocker[]): string {
  const missing = blockers.filter((b) => b.kind === 'stage' && b.stage === '通告待ち').map((b) => b.questioner!);
  const parts = missing.length ? [msg.missingList([...new Set(missing)])] : [];
  for (const b of blockers) if (b.kind !== 'ownerNotFixed' && !(b.kind === 'stage' && b.stage === '通告待ち')) parts.push(b.text);
  const unowned = blockers.reduce((n, b) => n + (b.kind === 'ownerNotFixed' ? b.count ?? 0 : 0), 0);
  if (unowned > 0) parts.push(msg.unassignedCount(unowned));
  return msg.allocationOpenBecause(parts);
}

/** 呼び戻し row. */
export function recallRow(bureau: string, r: CoreRecall): BureauRecall {
  return {
    bureau, at: fromMin(r.at), until: r.until === null ? null : fromMin(r.until), reason: r.reason, by: r.by, itemIds: r.itemIds,
    text: msg.recallText(at(r.at), r.reason, r.by),
  };
}

/** 局ごとの待機解除 row. */
export function releaseRow(r: CoreRelease, day: CoreDay): BureauRelease {
  const b = r.bureau;
  const reason = r.releaseAt === null ? 'allocationOpen' : r.decision ? 'decision' : b.involvements.length === 0 ? 'noItems' : 'allApproved';
  const holds: string[] = [];
  if (r.releaseAt === null) {
    if (day.closedAt === null) holds.push(allocationOpenText(day.blockers));
    if (b.involvements.some((v) => !v.reported)) holds.push(msg.holdWork);
    if (r.lectureUntil !== null) holds.push(msg.holdLecture(at(r.lectureUntil)));
  }
  let reasonText =
    reason === 'allocationOpen' ? holds[0] ?? ''
    : reason === 'decision' ? msg.releasedByDecision(r.decision!.by, r.decision!.reason)
    : reason === 'noItems' ? msg.releasedNoItems(at(r.firstRelease!))
    : r.released ? msg.releasedAllApproved : msg.expectedAllApproved(at(r.lastDone));
  if (r.releaseAt !== null && r.lectureUntil !== null && r.releaseAt === r.lectureUntil && reason === 'allApproved') reasonText += msg.afterLecture(at(r.lectureUntil));
  if (r.duty) reasonText += msg.onDuty(at(r.duty.from), r.duty.people);
  const recalls = r.recalls.map((x) => recallRow(b.settings.id, x));
  if (recalls.length) reasonText += msg.recalledBy(r.firstRelease === null ? null : at(r.firstRelease), recalls.map((x) => x.text));
  const drafters = b.settings.drafters;
  const dutyPeople = r.duty?.people.length ?? 0;
  const hours = r.overtime.pastRegular / 60;
  const late = r.overtime.lateNight / 60;
  const dutyHours = r.dutyOvertime.pastRegular / 60;
  const dutyLate = r.dutyOvertime.lateNight / 60;
  return {
    bureau: b.settings.id,
    name: b.settings.name,
    draftCount: b.counts.執筆,
    concurrenceCount: b.counts.合議,
    memoCount: b.counts.メモ出し,
    status: r.releaseAt === null ? 'waiting' : r.released ? 'released' : 'expected',
    releaseAt: r.releaseAt === null ? null : fromMin(r.releaseAt),
    firstReleaseAt: r.recalled && r.firstRelease !== null ? fromMin(r.firstRelease) : null,
    reason,
    reasonText,
    expectedFinishAt: r.lastDone === -Infinity ? null : fromMin(r.lastDone),
    drafters,
    hoursPastRegularEnd: round2(hours),
    lateNightHours: round2(late),
    staffHoursPastRegularEnd: round2(hours * drafters + dutyHours * dutyPeople),
    lateNightStaffHours: round2(late * drafters + dutyLate * dutyPeople),
    standbyFrom: fromMin(day.standbyFrom),
    recalls,
    duty: r.duty ? { from: fromMin(r.duty.from), until: r.duty.until === null ? null : fromMin(r.duty.until), people: [...r.duty.people] } : null,
    dutyHoursPastRegularEnd: round2(dutyHours),
    dutyLateNightHours: round2(dutyLate),
    decision: r.decision ? { at: r.decision.at, by: r.decision.by, reason: r.decision.reason } : null,
    lectureUntil: r.lectureUntil === null ? null : fromMin(r.lectureUntil),
    holds,
  };
}

/** 計画された問 row. */
export function itemRow(item: CoreItem, p: CoreSittingPlan, day: CoreDay): PlannedItem {
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
  const lead = day.rules.briefingLeadMinutes;
  const target = item.slot?.start ?? p.morning[0]?.start ?? p.sittingStart;
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
    reasonText: itemReasonText(item, p, day),
  };
}

/** 理由: why not evening, then where it goes (or that it misses the morning too). */
function itemReasonText(item: CoreItem, p: CoreSittingPlan, day: CoreDay): string {
  if (!item.eveningWhy) return '';
  const done = at(item.director);
  const lastEvening = p.evening[p.evening.length - 1];
  const why = item.eveningWhy === 'noEveningSlot' ? msg.noEveningSlot
    : item.eveningWhy === 'tooLateForEvening' ? msg.tooLateForEvening(done, shortDateTime(lastEvening!.s.startAt))
    : msg.eveningFull;
  if (item.slot) return why + msg.toSlot(item.slot.s.label);
  const lastMorning = p.morning[p.morning.length - 1];
  const need = item.director + day.rules.briefingLeadMinutes;
  return why + (!lastMorning ? msg.noMorningSlot : need > lastMorning.start ? msg.missesMorning(done, lastMorning.s.label) : msg.morningFull);
}

/** 計画の集計 of one sitting (bureau totals are the day's). */
export function summaryRow(items: readonly PlannedItem[], p: CoreSittingPlan, bureaus: readonly BureauRelease[]): EveningSummary {
  let lastDirector = -Infinity;
  let lastReady = -Infinity;
  for (const i of p.scheduled) {
    if (i.director > lastDirector) lastDirector = i.director;
    if (i.ready > lastReady) lastReady = i.ready;
  }
  const sum = (f: (b: BureauRelease) => number) => round2(bureaus.reduce((acc, b) => acc + f(b), 0));
  return {
    itemCount: items.length,
    eveningCount: items.filter((i) => i.slotKind === 'evening').length,
    morningCount: items.filter((i) => i.slotKind === 'morning').length,
    unplacedCount: items.filter((i) => i.slotKind === null).length,
    lastDirectorApprovedAt: p.scheduled.length ? fromMin(lastDirector) : null,
    lastDraftStartAt: p.scheduled.length ? fromMin(lastReady) : null,
    releasedBureaus: bureaus.filter((b) => b.status === 'released').length,
    staffHoursPastRegularEnd: sum((b) => b.staffHoursPastRegularEnd),
    lateNightStaffHours: sum((b) => b.lateNightStaffHours),
  };
}
