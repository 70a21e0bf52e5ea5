/**
 * @file 内部: 夕方レク出席 — a bureau whose 問 (as 執筆) is briefed in an evening slot attends that slot, so it is
 * held from the moment the 問 reached it until the slot ends, unless the slot is marked 出席不要 for it. Attendance
 * given explicitly (a レク to attend) holds the bureau from when it became known until its end.
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
  const exempt = (b: CoreBureau, sitting: string, slot: EveningSlotInput) => lectures.some((l) =>
    l.notRequired && l.slotId === slot.id && (!l.sitting || l.sitting === sitting) && directory.resolve(l.bureau) === b);
  if (rules.attendEveningSlots) {
    for (const s of sittings) {
      for (const slot of s.evening) {
        const from = new Map<CoreBureau, number>();
        for (const id of slot.used) {
          const item = s.items.get(id);
          if (!item?.writer) continue;
          from.set(item.writer, Math.min(from.get(item.writer) ?? Infinity, item.ready));
        }
        for (const [b, at] of from) if (!exempt(b, s.sitting, slot.s)) hold(b, at, toMin(slot.s.endAt));
      }
    }
  }
  for (const l of lectures) {
    if (l.notRequired) continue;
    hold(directory.resolve(l.bureau), l.knownAt ? toMin(l.knownAt) : -Infinity, toMin(l.endAt));
  }
  return { holds, until };
}
