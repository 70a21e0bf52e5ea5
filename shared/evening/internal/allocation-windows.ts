/**
 * @file 内部: 割振り確定の区間 — when the allocation is open (before every listed questioner gave notice, and
 * while a received 問 has no fixed owner) and closed, as minute intervals; closedAt is the start of the last
 * closed interval when it lasts.
 */
import { eveningMessages as msg } from '../evening-messages';
import type { CoreItem, Warnings } from './core-types';
import { type Interval, unionIntervals } from './intervals';
import type { TimedNotice } from './build-items';

/** The allocation over time. */
export interface AllocationWindows {
  /** Sorted, disjoint intervals in which the allocation is closed. */
  closed: Interval[];
  /** Start of the final (unbounded) closed interval, or null while open. */
  closedAt: number | null;
  /** 未通告の質問者. */
  missingQuestioners: string[];
}

/** The closed intervals: the complement of the union of the open ones. */
export function complementOf(open: readonly Interval[]): Interval[] {
  const closed: Interval[] = [];
  let from = -Infinity;
  for (const [a, b] of unionIntervals(open)) {
    if (a > from) closed.push([from, a]);
    from = b;
  }
  if (from < Infinity) closed.push([from, Infinity]);
  return closed;
}

/**
 * Allocation windows of one sitting.
 * @example allocationWindows(['A', 'B'], notices, items, warnings).closedAt //=> epoch minutes of the last owner fixed
 */
export function allocationWindows(
  questionerList: readonly string[], notices: readonly TimedNotice[], items: readonly CoreItem[], warnings: Warnings,
): AllocationWindows {
  const questioners = [...new Set(questionerList)];
  if (questioners.length === 0) warnings.add(msg.emptyQuestioners);
  const firstNotice = new Map<string, number>();
  for (const { n, at } of notices) if (!firstNotice.has(n.member)) firstNotice.set(n.member, at);
  const missingQuestioners = questioners.filter((q) => !firstNotice.has(q));
  const open: Interval[] = [];
  if (questioners.length === 0 || missingQuestioners.length > 0) open.push([-Infinity, Infinity]);
  else open.push([-Infinity, Math.max(...questioners.map((q) => firstNotice.get(q)!))]);
  for (const item of items) open.push([item.received, item.ready]);
  const closed = complementOf(open);
  const lastClosed = closed[closed.length - 1];
  const closedAt = lastClosed && lastClosed[1] === Infinity ? lastClosed[0] : null;
  return { closed, closedAt, missingQuestioners };
}
