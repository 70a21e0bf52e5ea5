/**
 * @file 夕方レクへの出席 (レク出席表): which bureau attends which evening slot — read before planning as the
 * planner's 出席不要 marks (LectureAttendance with the slot id, known from the minute it was marked: 不要の時刻,
 * stamped at the minute), and written after planning as one row per evening slot and bureau whose 問 (as 執筆)
 * are briefed in it (shared/evening/RULES.md §9.6: such a bureau is released only after its slot, unless 不要). Pure.
 */
import {
  type EveningPlan, type EveningSlotInput, type JstInstant, type LectureAttendance, lectureRowId, parseLectureRowId, slotRecordId,
} from '@shared/index';
import { type CellValue, cellInstant, cellText } from '../sheet/cell-value';
import { instantToSerial } from '../sheet/excel-serial';
import { minuteStamp } from '../sheet/minute-stamp';
import { readRows } from '../sheet/table-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { attendanceWords } from '../tables/cell-words';
import { type LectureRow, TABLE, lectureTable } from '../tables/workbook-tables';

/** The marks as read: 出席不要 per row id, with when it was marked. */
export type LectureMarks = Map<string, { notRequired: boolean; exemptAt?: JstInstant }>;

/**
 * Reads the 出席 column (blank = 要). A 不要 without its time is stamped now (to the minute).
 * @example readLectureMarks(snapshot, now).get(lectureRowId(sitting, 'evening-1830', 'isei')) //=> { notRequired: true, exemptAt: … }
 */
export function readLectureMarks(snapshot: WorkbookSnapshot, now: JstInstant): LectureMarks {
  const marks: LectureMarks = new Map();
  for (const row of readRows(lectureTable, snapshot.get(TABLE.lectures))) {
    const attend = attendanceWords.read(row.attend) ?? true;
    marks.set(cellText(row.id), attend ? { notRequired: false } : { notRequired: true, exemptAt: cellInstant(row.exemptAt) ?? minuteStamp(now) });
  }
  return marks;
}

/**
 * The planner's 出席不要 entries for the slots of some sittings (marks of slots no longer offered are dropped).
 * @example lectureAttendance(marks, [{ sitting: id, slots }]) //=> [{ bureau: 'isei', slotId: 'evening-1830', notRequired: true, … }]
 */
export function lectureAttendance(marks: LectureMarks, sittings: readonly { sitting: string; slots: readonly EveningSlotInput[] }[]): LectureAttendance[] {
  const out: LectureAttendance[] = [];
  const slots = new Map(sittings.flatMap((s) => s.slots.map((slot) => [slotRecordId(s.sitting, slot.id), slot] as const)));
  for (const [id, mark] of marks) {
    if (!mark.notRequired) continue;
    const parsed = parseLectureRowId(id);
    const slot = parsed && slots.get(slotRecordId(parsed.sitting, parsed.slotId));
    if (!parsed || !slot) continue;
    out.push({
      bureau: parsed.bureau, startAt: slot.startAt, endAt: slot.endAt, notRequired: true, slotId: slot.id, sitting: parsed.sitting,
      ...(mark.exemptAt ? { knownAt: mark.exemptAt } : {}),
    });
  }
  return out;
}

/**
 * One row per evening slot and 執筆 bureau of its 問, in slot order, with the marks kept.
 * @example lectureRows(plans, marks, bureauName)[0] //=> { slot: '夕方レク 18:30', bureau: '医政局', items: 2, attend: '要', … }
 */
export function lectureRows(plans: readonly EveningPlan[], marks: LectureMarks, bureauName: (id: string) => string): LectureRow[] {
  const rows: LectureRow[] = [];
  for (const plan of plans) {
    const writer = new Map(plan.items.map((i) => [i.itemId, i.bureau]));
    for (const slot of plan.slots) {
      if (slot.kind !== 'evening') continue;
      const counts = new Map<string, number>();
      for (const itemId of slot.itemIds) {
        const bureau = writer.get(itemId);
        if (bureau) counts.set(bureau, (counts.get(bureau) ?? 0) + 1);
      }
      for (const [bureau, items] of counts) {
        const id = lectureRowId(plan.sitting.id, slot.id, bureau);
        const mark = marks.get(id);
        const exemptAt: CellValue = mark?.exemptAt ? instantToSerial(mark.exemptAt) : '';
        rows.push({
          sitting: plan.sitting.id, slot: slot.label, startAt: instantToSerial(slot.startAt), endAt: instantToSerial(slot.endAt),
          bureau: bureauName(bureau), items, attend: attendanceWords.write(!mark?.notRequired), exemptAt, id,
        });
      }
    }
  }
  return rows;
}
