/**
 * @file 内部: 夕方レク出席 — a bureau whose 問 (as 執筆) is briefed in an evening slot attends that slot, so it is
 * held from the moment the 問 reached it until the slot ends, or until the slot was marked 出席不要 for it. Attendance
 * given explicitly (a レク to attend) holds the bureau from when it became known until its end (or its 出席不要).
 */
import type { EveningSlotInput, LectureAttendance } from '../evening-types';
import type { StandDownRules } from '../stand-down-rules';
import type { BureauDirectory } from './bureau-directory';
import type { CoreBureau, CoreItem, CoreSlot } from './core-types';
import type { Interval } from './intervals';
import { toMin } from './minutes';

/** One sitting's evening slots with the 問 placed in them. */
export interface SittingSlots {
  sitting: string;
  evening: readonly CoreSlot[];
  items: ReadonlyMap<string, CoreItem>;
}

/** Holds per bureau, and the end of its last attended slot. */
export interface LectureHolds {
  holds: Map<CoreBureau, Interval[]>;
  until: Map<CoreBureau, number>;
}

/**
 * The レク holds of every bureau.
 * @example lectureHolds([{ sitting, evening, items }], [], directory, rules).until.get(isei) // end of its 18:30 slot
 */
export function lectureHolds(
  sittings: readonly SittingSlots[], lectures: readonly LectureAttendance[], directory: BureauDirectory, rules: StandDownRules,
): LectureHolds {
  const holds = new Map<CoreBureau, Interval[]>();
  const until = new Map<CoreBureau, number>();
  const hold = (b: CoreBureau, from: number, to: number) => {
    holds.set(b, [...(holds.get(b) ?? []), [from, to]]);
    if (to > (until.get(b) ?? -Infinity)) until.set(b, to);
  };
  /** When a slot of the plan was marked 出席不要 for the bureau (-Infinity = always), or Infinity when it was not. */
  const exemptFrom = (b: CoreBureau, sitting: string, slot: EveningSlotInput) => {
    let at = Infinity;
    for (const l of lectures) {
      if (!l.notRequired || l.slotId !== slot.id || (l.sitting && l.sitting !== sitting) || directory.resolve(l.bureau) !== b) continue;
      at = Math.min(at, l.knownAt ? toMin(l.knownAt) : -Infinity);
    }
    return at;
  };
  if (rules.attendEveningSlots) {
    for (const s of sittings) {
      for (const slot of s.evening) {
        const from = new Map<CoreBureau, number>();
        for (const id of slot.used) {
          const item = s.items.get(id);
          if (!item?.writer) continue;
          from.set(item.writer, Math.min(from.get(item.writer) ?? Infinity, item.ready));
        }
        for (const [b, at] of from) {
          const end = Math.min(toMin(slot.s.endAt), exemptFrom(b, s.sitting, slot.s));
          if (end > at) hold(b, at, end);
        }
      }
    }
  }
  for (const l of lectures) {
    if (l.notRequired) continue;
    const from = l.knownAt ? toMin(l.knownAt) : -Infinity;
    const end = Math.min(toMin(l.endAt), l.exemptAt ? toMin(l.exemptAt) : Infinity);
    if (end > from) hold(directory.resolve(l.bureau), from, end);
  }
  return { holds, until };
}
