/**
 * @file 計画の差分 (diffEveningPlans): which 問, bureaus and slots changed between two plans of the same
 * sitting — what the coordinator sees after a new notice or assignment, and what the tests use to prove a
 * late notice re-plans only what it touches.
 */
import { stableJson } from '../exchange/merge-bundle';
import type { EveningPlan } from './evening-types';

/** 変更点. */
export interface EveningPlanChanges {
  /** 問 ids new in `after`, gone from it, or with any field changed (times, slot, reason). */
  addedItems: string[];
  removedItems: string[];
  changedItems: string[];
  /** 局 ids whose release row changed (time, status, reason, hours). */
  changedBureaus: string[];
  /** 枠 ids whose list of 問 changed. */
  changedSlots: string[];
  /** 割振り確定 changed (closed/open, time, missing questioners, unassigned 問). */
  allocationChanged: boolean;
  /** Nothing changed at all. */
  unchanged: boolean;
}

function changedKeys<T>(before: readonly T[], after: readonly T[], key: (x: T) => string) {
  const old = new Map(before.map((x) => [key(x), stableJson(x)]));
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const x of after) {
    const k = key(x);
    seen.add(k);
    const was = old.get(k);
    if (was === undefined) added.push(k);
    else if (was !== stableJson(x)) changed.push(k);
  }
  return { added, changed, removed: [...old.keys()].filter((k) => !seen.has(k)) };
}

/**
 * Compares two plans row by row.
 * @example diffEveningPlans(before, after).changedItems //=> ['n3#問1']
 */
export function diffEveningPlans(before: EveningPlan, after: EveningPlan): EveningPlanChanges {
  const items = changedKeys(before.items, after.items, (i) => i.itemId);
  const bureaus = changedKeys(before.bureaus, after.bureaus, (b) => b.bureau);
  const slots = changedKeys(before.slots.map((s) => ({ id: s.id, itemIds: s.itemIds })), after.slots.map((s) => ({ id: s.id, itemIds: s.itemIds })), (s) => s.id);
  const allocationChanged = stableJson(before.allocation) !== stableJson(after.allocation);
  const changedBureaus = [...bureaus.added, ...bureaus.changed, ...bureaus.removed];
  const changedSlots = [...slots.added, ...slots.changed, ...slots.removed];
  return {
    addedItems: items.added,
    removedItems: items.removed,
    changedItems: items.changed,
    changedBureaus,
    changedSlots,
    allocationChanged,
    unchanged: items.added.length + items.removed.length + items.changed.length + changedBureaus.length + changedSlots.length === 0 && !allocationChanged,
  };
}
