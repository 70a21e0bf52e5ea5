/**
 * @file 取り込んだ会期 (importSessions): the 会期表 a bundle carries (read from 参議院 list pages by the extension) into the
 * 設定 sheet's 会期表 — a 回次 the sheet lacks is added; a 回次 it has is kept as the coordinator left it, and a difference
 * is reported (the workbook is the coordinator's truth; the bundle file still holds the other version). Pure.
 */
import { type SessionPeriod, shortDate } from '@shared/index';
import { cellNumber } from '../sheet/cell-value';
import { dateToSerial } from '../sheet/excel-serial';
import { readRows, toTableWrite } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { type SessionRow, TABLE, sessionTable } from '../tables/workbook-tables';

/** The 会期表 write (undefined when nothing is added) and the differences, in Japanese. */
export interface SessionImport {
  write?: TableWrite;
  added: number[];
  notes: string[];
}

const span = (s: Pick<SessionPeriod, 'kind' | 'start' | 'end'>) => `${s.kind} ${shortDate(s.start)}〜${shortDate(s.end)}`;

/**
 * Plans the 会期表 update for `incoming` against the sheet (`sheetSessions` = the settings as read).
 * @example importSessions(snapshot, settings.sessions, bundle.sessions).added //=> [222]
 */
export function importSessions(snapshot: WorkbookSnapshot, sheetSessions: readonly SessionPeriod[], incoming: readonly SessionPeriod[]): SessionImport {
  const table = snapshot.get(TABLE.sessions);
  if (!table || incoming.length === 0) return { added: [], notes: [] };
  const rows = readRows(sessionTable, table);
  const inSheet = new Set(rows.map((r) => cellNumber(r.number)));
  const known = new Map(sheetSessions.map((s) => [s.number, s]));
  const added: SessionRow[] = [];
  const numbers: number[] = [];
  const notes: string[] = [];
  for (const s of incoming) {
    if (!inSheet.has(s.number)) {
      added.push({
        number: s.number, kind: s.kind, start: dateToSerial(s.start), end: dateToSerial(s.end),
        plannedEnd: s.extensions[0] ? dateToSerial(s.extensions[0].from) : '', source: s.source,
      });
      numbers.push(s.number);
      continue;
    }
    const mine = known.get(s.number);
    if (mine && (mine.kind !== s.kind || mine.start !== s.start || mine.end !== s.end)) {
      notes.push(`会期表の第${s.number}回 (${span(mine)}) は取り込んだデータ (${span(s)}) と違います。設定シートの行をそのまま使います。必要なら直してください。`);
    }
  }
  if (added.length === 0) return { added: [], notes };
  const all = [...rows, ...added].sort((a, b) => (cellNumber(a.number) ?? 0) - (cellNumber(b.number) ?? 0));
  return { write: toTableWrite(sessionTable, table, all), added: numbers, notes };
}
