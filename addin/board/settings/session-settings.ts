/**
 * @file 会期表の読み取り (readSessions): the 設定 sheet's 会期表 over the built-in 会期表. A row that cannot be read is
 * reported naming its cell (「設定シート AL5「召集日」: …」) and that 回次 keeps the built-in row; nothing half-read is
 * used. Pure.
 */
import { type SessionPeriod, builtinSessions, mergeSessions, sessionPeriodSchema } from '@shared/index';
import { cellAddress } from '../sheet/cell-address';
import { cellDate, cellNumber, cellText } from '../sheet/cell-value';
import { boardMessages as msg } from '../board-messages';
import { readIndexedRows } from '../sheet/indexed-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { TABLE, sessionTable } from '../tables/workbook-tables';

const headerOf = (key: string) => sessionTable.columns.find((c) => c.key === key)!.header;

/**
 * The 会期表: built-in rows, replaced per 回次 by readable sheet rows. Problems go to `issues` in Japanese.
 * @example readSessions(snapshot, issues).find((s) => s.number === 221)?.end //=> '2026-07-25'
 */
export function readSessions(snapshot: WorkbookSnapshot, issues: string[]): SessionPeriod[] {
  const table = snapshot.get(TABLE.sessions);
  if (!table) return [...builtinSessions];
  const rows: SessionPeriod[] = [];
  const seen = new Set<number>();
  for (const { row, index } of readIndexedRows(sessionTable, table)) {
    const address = (key: string) => cellAddress(sessionTable, table.headers, index, headerOf(key));
    const problem = (key: string, detail: string, number?: number) =>
      issues.push(msg.settingRowProblem(address(key), headerOf(key), detail, number === undefined ? msg.sessionRowSkipped : msg.sessionRowBuiltin(number)));
    const number = cellNumber(row.number);
    if (number === undefined || !Number.isInteger(number) || number < 1) { problem('number', msg.notSessionNumber(cellText(row.number))); continue; }
    if (seen.has(number)) { problem('number', msg.sessionDuplicate(number), number); continue; }
    seen.add(number);
    const dates: Record<string, string | undefined> = {};
    let unreadable = false;
    for (const key of ['start', 'end', 'plannedEnd'] as const) {
      try {
        dates[key] = cellDate(row[key]);
      } catch (error) {
        problem(key, (error as Error).message, number);
        unreadable = true;
        break;
      }
    }
    if (unreadable) continue;
    const candidate = {
      number, kind: cellText(row.kind), start: dates.start, end: dates.end,
      extensions: dates.plannedEnd ? [{ from: dates.plannedEnd, until: dates.end }] : [], source: cellText(row.source),
    };
    const parsed = sessionPeriodSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const key = issue.path[0] === 'extensions' ? 'plannedEnd' : String(issue.path[0] ?? 'number');
      const column = sessionTable.columns.some((c) => c.key === key) ? key : 'number';
      problem(column, issue.path[0] === 'kind' ? msg.notSessionKind(cellText(row.kind)) : issue.message, number);
      continue;
    }
    rows.push(parsed.data);
  }
  return mergeSessions(builtinSessions, rows);
}
