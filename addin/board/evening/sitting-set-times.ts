/**
 * @file 委員会セット日時 (readSittingSetTimes): the セット日時 the coordinator typed in the 開会 sheet, per sitting
 * (院・委員会・開会日), for the notices' lateness and the 通告月報. Pure.
 */
import type { House, IsoDate, JstInstant } from '@shared/index';
import { cellDate, cellInstant, cellText } from '../sheet/cell-value';
import { readRows } from '../sheet/table-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { houseWords } from '../tables/cell-words';
import { TABLE, sittingTable } from '../tables/workbook-tables';

/** Key of a sitting day for its セット日時. */
export function sittingSetKey(house: House, committee: string, sittingOn: IsoDate): string {
  return `${house}\u0000${committee.replace(/[\s\u3000]/g, '')}\u0000${sittingOn}`;
}

/**
 * セット日時 by sitting key; rows without a readable date or time are skipped (the 開会 row shows its own problem).
 * @example readSittingSetTimes(snapshot).get(sittingSetKey('shugiin', '厚生労働委員会', '2026-06-10'))
 */
export function readSittingSetTimes(snapshot: WorkbookSnapshot): Map<string, JstInstant> {
  const out = new Map<string, JstInstant>();
  for (const row of readRows(sittingTable, snapshot.get(TABLE.sittings))) {
    const house = houseWords.read(row.house);
    const setAt = cellInstant(row.setAt);
    let sittingOn: IsoDate | undefined;
    try {
      sittingOn = cellDate(row.sittingOn);
    } catch {
      continue;
    }
    if (house && sittingOn && setAt) out.set(sittingSetKey(house, cellText(row.committee), sittingOn), setAt);
  }
  return out;
}
