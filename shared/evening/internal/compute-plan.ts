/**
 * @file 内部: the planner's core in whole minutes — scheduling, slot placement, allocation and releases —
 * without formatting. planEvening (plan-evening.ts, which describes the model) formats its result;
 * the simulation reads the numbers directly. Private to shared/evening and shared/simulation.
 */
import type { Calendar } from '../../calendar/calendar';
import { defaultCalendar } from '../../calendar/default-calendar';
import type { IsoDate } from '../../dates/iso-date';
import { exchangeItemId } from '../../exchange/bundle-schema';
import type { Role } from '../../model/assignment';
import { defaultBriefingSlots } from '../default-briefing-slots';
import { eveningMessages as msg } from '../evening-messages';
import { type BureauSettings, type EveningRules, defaultEveningRules } from '../evening-rules';
import type { EveningAssignment, EveningInput, EveningProgress, EveningSlotInput, ItemReason } from '../evening-types';
import { standbyDay as standbyDayOf } from '../standby-day';
import { type Interval, intersectIntervals, unionIntervals } from './intervals';
import { clockMin, dateOfMin, midnightMin, midnightOfDayNumber, toMin } from './minutes';
import { type OvertimeMinutes, overtimeMinutes } from './overtime-minutes';
import { type WorkWindows, workWindows } from './work-windows';

/** One bureau's part in one 問. */
export interface CoreInvolvement {
  role: Role;
  ready: number;
  done: number;
  reported: boolean;
}

/** A bureau while planning. */
export interface CoreBureau {
  settings: BureauSettings;
  free: number[];
  involvements: CoreInvolvement[];
  counts: Record<Role, number>;
}

/** A helper bureau (合議 / メモ出し) of one 問. */
export interface CoreHelper {
  bureau: CoreBureau;
  /** When this bureau was asked (max of the 問's owner-fixed time and its own assignment time). */
  ready: number;
}

/** A slot while placing. */
export interface CoreSlot {
  s: EveningSlotInput;
  start: number;
  used: string[];
}

/** One 問 while planning (times in epoch minutes; NaN = not scheduled). */
export interface CoreItem {
  itemId: string;
  questionKey: string;
  label: string;
  member: string;
  received: number;
  order: number;
  writer?: CoreBureau;
  /** 仮割振り bureau names (when not fixed). */
  proposedText: string;
  ready: number;
  concurrence: CoreHelper[];
  memo: CoreHelper[];
  progress?: { draft?: number; sectionChief?: number; director?: number };
  draftStart: number;
  prepEnd: number;
  prepPending: number;
  draftEnd: number;
  concEnd: number;
  concPending: number;
  sectionChief: number;
  director: number;
  slot?: CoreSlot;
  reason: ItemReason | null;
  /** Why not evening, when it did not make one (for the text). */
  eveningWhy?: Exclude<ItemReason, 'missesMorning' | 'ownerNotFixed'>;
}

/** A bureau's release in minutes. */
export interface CoreRelease {
  bureau: CoreBureau;
  firstRelease: number | null;
  releaseAt: number | null;
  lastDone: number;
  released: boolean;
  recalled: boolean;
  overtime: OvertimeMinutes;
}

/** The whole core result. */
export interface CorePlan {
  standbyDay: IsoDate;
  sittingStart: number;
  standbyFrom: number;
  items: CoreItem[];
  scheduled: CoreItem[];
  slots: CoreSlot[];
  evening: CoreSlot[];
  morning: CoreSlot[];
  closedAt: number | null;
  missingQuestioners: string[];
  unassigned: CoreItem[];
  releases: CoreRelease[];
  warnings: string[];
  rules: EveningRules;
}

interface Task {
  ready: number;
  seq: number;
  item: CoreItem;
  helper: CoreHelper;
  role: Role;
}

/**
 * The planner core. See plan-evening.ts for the model.
 * @example computePlan(input).releases[0].releaseAt //=> 29_683_275 (epoch minutes: 2026-06-09 18:15 JST)
 */
export function computePlan(input: EveningInput): CorePlan {
  const rules = input.rules ?? defaultEveningRules;
  const calendar = input.calendar ?? defaultCalendar();
  const { sitting } = input;
  const warnings: string[] = [];
  const warn = (text: string) => { if (!warnings.includes(text)) warnings.push(text); };
  const day = standbyDayOf(sitting.sittingOn, calendar);
  const sittingStart = midnightMin(sitting.sittingOn, calendar) + clockMin(sitting.startTime);

  // 局一覧 (directory): assignments name a bureau by id or by name.
  const bureaus: CoreBureau[] = [];
  const byKey = new Map<string, CoreBureau>();
  const addBureau = (settings: BureauSettings): CoreBureau => {
    const state: CoreBureau = {
      settings,
      free: new Array<number>(Math.max(1, settings.drafters)).fill(-Infinity),
      involvements: [],
      counts: { 執筆: 0, 合議: 0, メモ出し: 0 },
    };
    bureaus.push(state);
    if (!byKey.has(settings.id)) byKey.set(settings.id, state);
    if (!byKey.has(settings.name)) byKey.set(settings.name, state);
    return state;
  };
  for (const b of input.bureaus) if (!byKey.has(b.id)) addBureau(b);
  const resolve = (text: string): CoreBureau => {
    const known = byKey.get(text);
    if (known) return known;
    warn(msg.unknownBureau(text));
    return addBureau({ id: text, name: text, otherDirected: true, ...rules.bureauDefaults });
  };

  // 問 in notice order; assignments grouped per 問.
  const notices = input.notices
    .map((n, i) => ({ n, i, at: toMin(n.receivedAt) }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  const byItem = new Map<string, EveningAssignment[]>();
  for (const a of input.assignments) {
    const key = exchangeItemId(a.questionKey, a.itemLabel);
    const list = byItem.get(key);
    if (list) list.push(a);
    else byItem.set(key, [a]);
  }
  const progressById = new Map<string, EveningProgress>();
  for (const p of input.progress ?? []) progressById.set(p.itemId, p);
  const fixedStates = new Set(rules.ownerFixedStates);
  const listed = new Set(sitting.questioners);
  const seenNotices = new Set<string>();
  const items: CoreItem[] = [];

  const buildItem = (
    itemId: string, questionKey: string, label: string, member: string, received: number,
    assignments: readonly EveningAssignment[], progress: EveningProgress | undefined,
  ): CoreItem => {
    let writerAt = Infinity;
    let writerText = '';
    let proposedText = '';
    for (const a of assignments) {
      if (a.role !== '執筆' || a.state === 'objected') continue;
      if (!fixedStates.has(a.state)) { proposedText += (proposedText ? '、' : '') + resolve(a.bureau).settings.name; continue; }
      const at = toMin(a.decidedAt ?? a.proposedAt);
      if (writerText && resolve(writerText) !== resolve(a.bureau)) warn(msg.severalOwners(itemId, `${writerText}、${a.bureau}`));
      if (at < writerAt || (at === writerAt && a.bureau < writerText)) { writerAt = at; writerText = a.bureau; }
    }
    const writer = writerText ? resolve(writerText) : undefined;
    const ready = writer ? Math.max(received, writerAt) : Infinity;
    const concurrence: CoreHelper[] = [];
    const memo: CoreHelper[] = [];
    if (writer) {
      for (const a of assignments) {
        if (a.role === '執筆' || a.state === 'objected') continue;
        const bureau = resolve(a.bureau);
        const list = a.role === '合議' ? concurrence : memo;
        if (bureau === writer || list.some((h) => h.bureau === bureau)) continue;
        list.push({ bureau, ready: Math.max(ready, toMin(a.decidedAt ?? a.proposedAt)) });
      }
    }
    const p = progress && {
      draft: progress.draftedAt ? toMin(progress.draftedAt) : undefined,
      sectionChief: progress.sectionChiefApprovedAt ? toMin(progress.sectionChiefApprovedAt) : undefined,
      director: progress.directorApprovedAt ? toMin(progress.directorApprovedAt) : undefined,
    };
    return {
      itemId, questionKey, label, member, received, order: items.length, writer, proposedText, ready, concurrence, memo, progress: p,
      draftStart: NaN, prepEnd: -Infinity, prepPending: 0, draftEnd: NaN, concEnd: -Infinity, concPending: 0, sectionChief: NaN, director: NaN,
      reason: null,
    };
  };

  for (const { n, at } of notices) {
    if (seenNotices.has(n.id)) { warn(msg.duplicateNotice(n.id)); continue; }
    seenNotices.add(n.id);
    if (!listed.has(n.member)) warn(msg.noticeFromUnlisted(n.member, n.id));
    const seenLabels = new Set<string>();
    for (const it of n.items) {
      const itemId = exchangeItemId(n.id, it.label);
      if (seenLabels.has(it.label)) { warn(msg.duplicateItem(itemId)); continue; }
      seenLabels.add(it.label);
      items.push(buildItem(itemId, n.id, it.label, n.member, at, byItem.get(itemId) ?? [], progressById.get(itemId)));
      byItem.delete(itemId);
    }
  }
  for (const list of byItem.values()) warn(msg.assignmentWithoutItem(list[0]!.questionKey, list[0]!.itemLabel));

  // Scheduling: steps served in order of readiness across all bureaus.
  let firstReceived = Infinity;
  for (const i of items) if (i.received < firstReceived) firstReceived = i.received;
  const firstDay = firstReceived === Infinity ? day : dateOfMin(firstReceived);
  const work = workWindows(firstDay < day ? firstDay : day, day, calendar, rules);
  const scheduled = items.filter((i) => i.writer).sort((a, b) => a.ready - b.ready || a.received - b.received || a.order - b.order);
  const heap = new TaskHeap();
  for (const item of scheduled) {
    item.prepPending = 1 + item.memo.length;
    heap.push(item.ready, item, { bureau: item.writer!, ready: item.ready }, '執筆');
    for (const m of item.memo) heap.push(m.ready, item, m, 'メモ出し');
  }
  for (let task = heap.pop(); task; task = heap.pop()) runTask(task, work, heap);

  // Slots: first come, first served in the same order.
  const slotInputs: EveningSlotInput[] = [];
  const slotIds = new Set<string>();
  for (const s of input.slots ?? defaultBriefingSlots(sitting, calendar, rules)) {
    if (slotIds.has(s.id)) { warn(msg.duplicateSlot(s.id)); continue; }
    slotIds.add(s.id);
    slotInputs.push(s);
    if (toMin(s.endAt) > sittingStart) warn(msg.slotAfterSitting(s.label));
  }
  const slots: CoreSlot[] = slotInputs
    .map((s) => ({ s, start: toMin(s.startAt), used: [] as string[] }))
    .sort((a, b) => a.start - b.start || (a.s.id < b.s.id ? -1 : a.s.id > b.s.id ? 1 : 0));
  const usable = (kind: 'evening' | 'morning') => slots.filter((x) => x.s.kind === kind && x.s.ministerAvailable && x.s.capacity > 0);
  const evening = usable('evening');
  const morning = usable('morning');
  const lastEvening = evening[evening.length - 1];
  for (const item of scheduled) {
    const need = item.director + rules.briefingLeadMinutes;
    const fits = (x: CoreSlot) => x.start >= need && x.used.length < x.s.capacity;
    const ev = evening.find(fits);
    if (ev) { ev.used.push(item.itemId); item.slot = ev; continue; }
    item.eveningWhy = !lastEvening ? 'noEveningSlot' : need > lastEvening.start ? 'tooLateForEvening' : 'eveningFull';
    const mo = morning.find(fits);
    if (mo) { mo.used.push(item.itemId); item.slot = mo; item.reason = item.eveningWhy; continue; }
    item.reason = 'missesMorning';
  }
  const unassigned = items.filter((i) => !i.writer);
  for (const item of unassigned) item.reason = 'ownerNotFixed';

  // Allocation: open before every listed questioner gave notice, and while a received 問 has no owner.
  const questioners = [...new Set(sitting.questioners)];
  if (questioners.length === 0) warn(msg.emptyQuestioners);
  const firstNotice = new Map<string, number>();
  for (const { n, at } of notices) if (!firstNotice.has(n.member)) firstNotice.set(n.member, at);
  const missingQuestioners = questioners.filter((q) => !firstNotice.has(q));
  const open: Interval[] = [];
  if (questioners.length === 0 || missingQuestioners.length > 0) open.push([-Infinity, Infinity]);
  else open.push([-Infinity, Math.max(...questioners.map((q) => firstNotice.get(q)!))]);
  for (const item of items) open.push([item.received, item.ready]);
  const openUnion = unionIntervals(open);
  const closed: Interval[] = [];
  for (let i = 0; i < openUnion.length; i++) {
    const from = openUnion[i]![1];
    const to = openUnion[i + 1]?.[0] ?? Infinity;
    if (from < to) closed.push([from, to]);
  }
  const lastClosed = closed[closed.length - 1];
  const closedAt = lastClosed && lastClosed[1] === Infinity ? lastClosed[0] : null;

  // Releases and hours: waiting from 終業 on the standby day until the first release (at most through the
  // standby night), plus the bureau's own work from the start of the standby day.
  const standbyFrom = midnightMin(day, calendar) + clockMin(rules.regularEnd);
  const nextDay = calendar.dayNumber(day) + 1;
  const waitEnd = calendar.dayNumber(sitting.sittingOn) === nextDay
    ? Math.max(sittingStart, standbyFrom)
    : midnightOfDayNumber(nextDay) + clockMin(rules.lateNight.to);
  const releases: CoreRelease[] = bureaus.map((b) => {
    const busy = unionIntervals(b.involvements.map((v) => [v.ready, v.done] as const));
    const firstRelease = earliestFree(closed, busy);
    let lastDone = -Infinity;
    for (const v of b.involvements) if (v.done > lastDone) lastDone = v.done;
    const releaseAt = firstRelease === null ? null : Math.max(firstRelease, lastDone);
    const presence = unionIntervals([
      [standbyFrom, Math.min(waitEnd, firstRelease ?? Infinity)],
      ...intersectIntervals(busy, [[work.standbyStart, Infinity]]),
    ]);
    return {
      bureau: b,
      firstRelease,
      releaseAt,
      lastDone,
      released: releaseAt !== null && b.involvements.every((v) => v.reported),
      recalled: releaseAt !== null && releaseAt > firstRelease!,
      overtime: overtimeMinutes(presence, rules, calendar),
    };
  });

  return {
    standbyDay: day, sittingStart, standbyFrom, items, scheduled, slots, evening, morning, closedAt,
    missingQuestioners, unassigned, releases, warnings, rules,
  };
}

/** Progress reported for a step: later steps imply the earlier ones are done. */
function reportedFor(item: CoreItem, role: Role): number | undefined {
  const p = item.progress;
  if (!p) return undefined;
  return role === '合議' ? p.sectionChief ?? p.director : p.draft ?? p.sectionChief ?? p.director;
}

/** Runs one step on the bureau's earliest free drafter and queues what follows it. */
function runTask(task: Task, w: WorkWindows, heap: TaskHeap): void {
  const { item, helper, role } = task;
  const b = helper.bureau;
  let k = 0;
  for (let d = 1; d < b.free.length; d++) if (b.free[d]! < b.free[k]!) k = d;
  let start = w.next(Math.max(task.ready, b.free[k]!));
  const reported = reportedFor(item, role);
  const end = reported ?? w.add(start, b.settings.roleMinutes[role]);
  if (reported !== undefined) start = Math.min(start, end);
  b.free[k] = Math.max(b.free[k]!, end);
  if (role !== '執筆') {
    b.involvements.push({ role, ready: helper.ready, done: end, reported: reported !== undefined });
    b.counts[role]++;
  }
  if (role === '合議') {
    item.concEnd = Math.max(item.concEnd, end);
    if (--item.concPending === 0) finishItem(item, item.concEnd, w);
    return;
  }
  if (role === '執筆') item.draftStart = start;
  item.prepEnd = Math.max(item.prepEnd, end);
  if (--item.prepPending > 0) return;
  item.draftEnd = item.prepEnd;
  if (item.concurrence.length === 0) { finishItem(item, item.draftEnd, w); return; }
  item.concPending = item.concurrence.length;
  for (const c of item.concurrence) heap.push(Math.max(item.draftEnd, c.ready), item, c, '合議');
}

/** 課長了 and 局長了 after the last 合議 (or the draft). */
function finishItem(item: CoreItem, concEnd: number, w: WorkWindows): void {
  const writer = item.writer!;
  item.concEnd = concEnd;
  item.sectionChief = item.progress?.sectionChief ?? item.progress?.director ?? w.add(concEnd, writer.settings.sectionChiefMinutes);
  item.director = item.progress?.director ?? w.add(item.sectionChief, writer.settings.directorMinutes);
  writer.involvements.push({ role: '執筆', ready: item.ready, done: item.director, reported: item.progress?.director !== undefined });
  writer.counts.執筆++;
}

/** The earliest instant inside a closed interval and outside every busy interval, or null. */
function earliestFree(closed: readonly Interval[], busy: readonly Interval[]): number | null {
  let j = 0;
  for (const [from, to] of closed) {
    let at = from;
    while (j < busy.length && busy[j]![1] <= at) j++;
    for (let k = j; k < busy.length && busy[k]![0] <= at; k++) at = Math.max(at, busy[k]![1]);
    if (at < to) return at;
  }
  return null;
}

/** Binary min-heap of steps by (ready, insertion order): deterministic ties. */
class TaskHeap {
  private readonly tasks: Task[] = [];
  private seq = 0;

  push(ready: number, item: CoreItem, helper: CoreHelper, role: Role): void {
    const a = this.tasks;
    a.push({ ready, seq: this.seq++, item, helper, role });
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): Task | undefined {
    const a = this.tasks;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l]!, a[m]!)) m = l;
        if (r < a.length && before(a[r]!, a[m]!)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m]!, a[i]!];
        i = m;
      }
    }
    return top;
  }
}

function before(x: Task, y: Task): boolean {
  return x.ready < y.ready || (x.ready === y.ready && x.seq < y.seq);
}
