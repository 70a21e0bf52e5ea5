/**
 * @file 割振り確定前の解除 (解除判断表): the coordinator's decisions to release bureaus before the allocation of their
 * standby day closes — when, which standby day, which bureaus (or 全局), who and why (shared/evening/RULES.md §9.3).
 * Read into the planner's ReleaseDecision per standby day; a row missing its time, day, bureaus, name or reason is
 * named in 確認 and not used (an unused decision releases nobody — the safe side); a bureau name the directory does
 * not know is named and left out. The pane's 「割振り確定前に解除」 appends one row (decisionRow). Pure.
 */
import { type Bureau, type IsoDate, type JstInstant, type ReleaseDecision } from '@shared/index';
import { standDownMessages as msg } from '../stand-down-labels';
import { cellProblem } from '../sheet/cell-problem';
import { cellDate, cellInstant, cellText } from '../sheet/cell-value';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import { readIndexedRows } from '../sheet/indexed-rows';
import type { TableSnapshot } from '../sheet/table-snapshot';
import { resolveBureau } from '../settings/resolve-bureau';
import { type DecisionRow, decisionTable } from '../tables/workbook-tables';

/** The decisions as read. */
export interface ReleaseDecisions {
  /** Usable decisions by standby day. */
  byDay: Map<IsoDate, ReleaseDecision[]>;
  /** The rows with 確認 filled (written back). */
  rows: DecisionRow[];
}

/**
 * Reads the 解除判断表.
 * @example readDecisions(snapshot.get(TABLE.decisions), bureaus).byDay.get('2026-06-10') //=> [{ at, bureaus: ['nenkin'], by: '山田', reason: '…' }]
 */
export function readDecisions(table: TableSnapshot | undefined, directory: readonly Bureau[]): ReleaseDecisions {
  const byDay = new Map<IsoDate, ReleaseDecision[]>();
  const rows: DecisionRow[] = [];
  for (const { row, index } of readIndexedRows(decisionTable, table)) {
    const problems: string[] = [];
    const problem = cellProblem(decisionTable, table!, index, msg.decisionProblem, problems);
    const at = cellInstant(row.at);
    if (!at) problem('at', msg.decisionAtMissing);
    let day: IsoDate | undefined;
    try {
      day = cellDate(row.standbyDay);
    } catch (error) {
      problem('standbyDay', (error as Error).message);
    }
    if (!day && cellText(row.standbyDay) === '') problem('standbyDay', msg.decisionDayMissing);
    const names = cellText(row.bureaus).split(/[、,，・\s\u3000]+/).filter(Boolean);
    let bureaus: string[] | 'all' = [];
    if (names.length === 1 && names[0] === msg.allBureaus) bureaus = 'all';
    else {
      const unknown = names.filter((n) => !resolveBureau(n, directory));
      if (unknown.length > 0) problem('bureaus', msg.decisionBureauUnknown(unknown.join('、')));
      bureaus = names.flatMap((n) => resolveBureau(n, directory)?.id ?? []);
      if (bureaus.length === 0 && unknown.length === 0) problem('bureaus', msg.decisionBureausMissing);
    }
    const by = cellText(row.by);
    if (!by) problem('by', msg.decisionByMissing);
    const reason = cellText(row.reason);
    if (!reason) problem('reason', msg.decisionReasonMissing);
    rows.push({ ...row, check: problems.join(' / ') });
    const usable = at && day && by && reason && (bureaus === 'all' || bureaus.length > 0);
    if (usable) byDay.set(day!, [...(byDay.get(day!) ?? []), { at: at!, bureaus, by, reason }]);
  }
  return { byDay, rows };
}

/**
 * The row 「割振り確定前に解除」 appends.
 * @example decisionRow(now, '2026-06-10', ['年金局'], '山田', '当省への質問なしと国対から連絡') //=> { at: 46183.8…, bureaus: '年金局', … }
 */
export function decisionRow(at: JstInstant, standbyDay: IsoDate, bureaus: readonly string[] | 'all', by: string, reason: string): DecisionRow {
  return {
    at: instantToSerial(at), standbyDay: dateToSerial(standbyDay), bureaus: bureaus === 'all' ? msg.allBureaus : bureaus.join('、'), by, reason, check: '',
  };
}
