/**
 * @file 内部: 作業計画 — runs every step of the owned 問 (執筆 with メモ出し alongside → 合議 → 課長了 → 局長了)
 * on the bureaus' drafters, first come, first served by readiness across all bureaus, inside the work
 * windows. Fills the 問's times and each bureau's involvements.
 */
import type { Calendar } from '../../calendar/calendar';
import type { IsoDate } from '../../dates/iso-date';
import type { Role } from '../../model/assignment';
import type { EveningRules } from '../evening-rules';
import type { CoreItem } from './core-types';
import { dateOfMin } from './minutes';
import { type Task, TaskHeap } from './task-heap';
import { type WorkWindows, workWindows } from './work-windows';

/** The scheduled 問 (owner fixed) in the order they were served, and the work windows used. */
export interface Schedule {
  scheduled: CoreItem[];
  work: WorkWindows;
}

/**
 * Schedules every 問 with a fixed owner; work before the standby day happens in regular hours only.
 * @example scheduleItems(items, '2026-06-09', calendar, rules).scheduled[0].director
 */
export function scheduleItems(items: readonly CoreItem[], standbyDay: IsoDate, calendar: Calendar, rules: EveningRules): Schedule {
  let firstReceived = Infinity;
  for (const i of items) if (i.received < firstReceived) firstReceived = i.received;
  const firstDay = firstReceived === Infinity ? standbyDay : dateOfMin(firstReceived);
  const work = workWindows(firstDay < standbyDay ? firstDay : standbyDay, standbyDay, calendar, rules);
  const scheduled = items.filter((i) => i.writer).sort((a, b) => a.ready - b.ready || a.received - b.received || a.order - b.order);
  const heap = new TaskHeap();
  for (const item of scheduled) {
    item.prepPending = 1 + item.memo.length;
    heap.push(item.ready, item, { bureau: item.writer!, ready: item.ready }, '執筆');
    for (const m of item.memo) heap.push(m.ready, item, m, 'メモ出し');
  }
  for (let task = heap.pop(); task; task = heap.pop()) runTask(task, work, heap);
  return { scheduled, work };
}

/**
 * Progress reported for a step: later steps imply the earlier ones are done — unless the report is older than the
 * moment the step was asked for (a 合議 requested after the 局長了 is not done by that 局長了).
 */
function reportedFor(item: CoreItem, role: Role, asked: number): number | undefined {
  const p = item.progress;
  if (!p) return undefined;
  const reports = role === '合議' ? [p.sectionChief, p.director] : [p.draft, p.sectionChief, p.director];
  return reports.find((at) => at !== undefined && at >= asked);
}

/** Runs one step on the bureau's earliest free drafter and queues what follows it. */
function runTask(task: Task, w: WorkWindows, heap: TaskHeap): void {
  const { item, helper, role } = task;
  const b = helper.bureau;
  let k = 0;
  for (let d = 1; d < b.free.length; d++) if (b.free[d]! < b.free[k]!) k = d;
  let start = w.next(Math.max(task.ready, b.free[k]!));
  const reported = reportedFor(item, role, helper.ready);
  const end = reported ?? w.add(start, b.settings.roleMinutes[role]);
  if (reported !== undefined) start = Math.min(start, end);
  b.free[k] = Math.max(b.free[k]!, end);
  if (role !== '執筆') {
    b.involvements.push({ role, ready: helper.ready, done: end, reported: reported !== undefined, item });
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

/**
 * 課長了 and 局長了 after the last 合議 (or the draft). A 合議 asked after the writer's reported 課長了/局長了 reopens
 * them (a report older than the request does not cover it, as in reportedFor): the approvals run again after the
 * 合議, and the writer — who asked for it — is busy again from the request (a second involvement, so a writer
 * released before it is recalled, and its hours from the request are counted: shared/evening/RULES.md §9.5).
 */
function finishItem(item: CoreItem, concEnd: number, w: WorkWindows): void {
  const writer = item.writer!;
  item.concEnd = concEnd;
  const lastAsk = item.concurrence.reduce((at, c) => Math.max(at, c.ready), -Infinity);
  const current = (at: number | undefined) => (at !== undefined && at >= lastAsk ? at : undefined);
  const sectionChief = current(item.progress?.sectionChief);
  const director = current(item.progress?.director);
  item.sectionChief = sectionChief ?? director ?? w.add(concEnd, writer.settings.sectionChiefMinutes);
  item.director = director ?? w.add(item.sectionChief, writer.settings.directorMinutes);
  const stale = item.progress?.director ?? item.progress?.sectionChief;
  if (stale !== undefined && director === undefined && stale < lastAsk) {
    // Approved once before the late 合議: that first stretch of work ended with the stale approval; the second runs
    // from the request to the first approval reported after it (as a 合議 is done by one: reportedFor), or, with
    // none yet, to the planned 局長了.
    writer.involvements.push({ role: '執筆', ready: item.ready, done: stale, reported: true, item });
    const reapproved = sectionChief;
    writer.involvements.push({
      role: '執筆', ready: lastAsk, done: reapproved ?? item.director, reported: reapproved !== undefined, item, reopenedByConcurrence: true,
    });
  } else {
    writer.involvements.push({ role: '執筆', ready: item.ready, done: item.director, reported: director !== undefined, item });
  }
  writer.counts.執筆++;
}
