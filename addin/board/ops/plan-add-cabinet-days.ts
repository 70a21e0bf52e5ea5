/**
 * @file 臨時閣議の追加 (planAddCabinetDays): the 閣議日の確認 offer — every captured 答弁書受領日 or 延期 date that is no
 * 閣議 day of the calendar becomes a 「臨時閣議」 row of the 設定 sheet's 閣議日程表, with where it was seen as its メモ.
 * Rows already there are kept as they are. Pure.
 */
import { type IsoDate, type JstInstant, offCalendarCabinetDays } from '@shared/index';
import { readBoardState } from './board-state';
import { dateToSerial } from '../sheet/excel-serial';
import { readRows, toTableWrite } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { TABLE, calendarTable } from '../tables/workbook-tables';

/** The 閣議日程表 write and the dates added. */
export interface AddCabinetDaysPlan {
  writes: TableWrite[];
  added: IsoDate[];
}

/**
 * Plans the rows to add.
 * @example planAddCabinetDays(snapshot, now).added //=> ['2023-11-20']
 */
export function planAddCabinetDays(snapshot: WorkbookSnapshot, now: JstInstant): AddCabinetDaysPlan {
  const state = readBoardState(snapshot, now);
  const written = state.questions.flatMap((q) => (q.written ? [q.written] : []));
  const off = offCalendarCabinetDays(written, state.settings.calendar);
  if (off.length === 0) return { writes: [], added: [] };
  const rows = readRows(calendarTable, snapshot.get(TABLE.calendar));
  const added = off.map((o) => ({ date: dateToSerial(o.date), kind: '臨時閣議', note: o.note }));
  return { writes: [toTableWrite(calendarTable, snapshot.get(TABLE.calendar), [...rows, ...added])], added: off.map((o) => o.date) };
}
