/**
 * @file 内部締切の順序 (orderMilestones): milestones never out of order. Each one is at or after the one before it
 * and at or after the transfer; when the time between 転送 and 閣議 is short the earlier ones are pulled forward (a
 * later milestone is anchored on the 閣議 and cannot move), then anything before the transfer is pushed to it.
 * Works on JST wall minutes (day number × 1440 + minutes), so it is integer work. Pure.
 */
import { dateOfDayNumber, dayNumberOf } from '../dates/day-number';
import { shortJstDateTime } from '../dates/short-date';
import { type JstInstant, toEpochMs } from '../dates/jst';
import { messages } from '../messages';

const JST_MINUTES = 9 * 60;

/** One milestone in the order the work happens; `at` null when it has no instant (no 閣議 to anchor it). */
export interface OrderedMilestoneInput<T> {
  item: T;
  label: string;
  /** JST wall minutes, or null. */
  at: number | null;
}

/** Result: the minutes in the same order, which ones moved, and the warning (empty when nothing moved). */
export interface OrderedMilestones {
  at: (number | null)[];
  moved: boolean[];
  warnings: string[];
}

/** 'YYYY-MM-DDTHH:MM:00+09:00' of JST wall minutes. */
export function instantOfWallMinutes(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  return `${dateOfDayNumber(day)}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+09:00`;
}

/** JST wall minutes of a date at 'HH:MM'. */
export function wallMinutes(date: string, time: string): number {
  return dayNumberOf(date) * 1440 + Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** JST wall minutes of any ISO instant (whatever its offset). */
export function wallMinutesOfInstant(instant: JstInstant): number {
  return Math.floor(toEpochMs(instant) / 60_000) + JST_MINUTES;
}

/**
 * Orders milestones: backward pass (each ≤ the next) then forward pass (each ≥ the previous and ≥ `floor`).
 * Null entries are skipped. The warning lists every moved milestone 「原案 7/17(金) 18:00 → 7/16(木) 18:00」.
 * @example orderMilestones([{ item: 'draft', label: '原案', at: d2 }, { item: 'concurrence', label: '合議了', at: d1 }], d0).at //=> [d1, d1]
 */
export function orderMilestones<T>(milestones: readonly OrderedMilestoneInput<T>[], floor: number): OrderedMilestones {
  const at = milestones.map((m) => m.at);
  let next = Number.POSITIVE_INFINITY;
  for (let i = at.length - 1; i >= 0; i--) {
    const v = at[i];
    if (v === null || v === undefined) continue;
    if (v > next) at[i] = next;
    next = at[i]!;
  }
  let previous = floor;
  for (let i = 0; i < at.length; i++) {
    const v = at[i];
    if (v === null || v === undefined) continue;
    if (v < previous) at[i] = previous;
    previous = at[i]!;
  }
  const moved = at.map((v, i) => v !== milestones[i]!.at);
  const changes = milestones.flatMap((m, i) =>
    moved[i] && m.at !== null ? [`${m.label} ${shortJstDateTime(instantOfWallMinutes(m.at))} → ${shortJstDateTime(instantOfWallMinutes(at[i]!))}`] : []);
  return { at, moved, warnings: changes.length > 0 ? [messages.milestonesCompressed(changes.join('、'))] : [] };
}
