/**
 * @file 待機記録表の行 (ledgerRows): the standby ledger. Rows of the planned standby days come from the plans
 * (standbyEntriesFromPlans: one per bureau and day, 見込み, every recalled hour included, and one per 当番 person for
 * the 当番 hours) and, once the coordinator confirmed a release, the bureau's row counts up to the confirmation (確定); they are updated in place while their sitting is open and stay as written
 * after. Every other row — past days, and 超勤 or 待機 entered by hand — is read back, its hours computed from
 * 開始・終了 when left blank, and validated with standbyEntrySchema; a bad cell is named in 確認 and the row
 * is left out of the tally. Rows never move, so a coordinator typing a new row is not disturbed. Pure.
 */
import {
  type Bureau, type Calendar, type EveningPlan, type EveningRules, type IsoDate, type JstInstant, type StandbyEntry, standbyEntriesFromPlans,
  dutyLedgerId, manualLedgerId, parseDutyLedgerId, parseManualLedgerId, parseStandbyLedgerId, standbyEntrySchema, standbyHours, standbyLedgerId, toEpochMs,
} from '@shared/index';
import { cellAddress } from '../sheet/cell-address';
import { type CellValue, cellDate, cellInstant, cellNumber, cellText } from '../sheet/cell-value';
import { eveningBoardMessages as msg, ledgerLabels } from '../evening-labels';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import { readIndexedRows } from '../sheet/indexed-rows';
import { resolveBureau } from '../settings/resolve-bureau';
import type { StandbyGroup } from './standby-groups';
import type { TableSnapshot } from '../sheet/table-snapshot';
import { type ColumnKey, headerOf } from '../sheet/table-definition';
import { ledgerKindWords } from '../tables/cell-words';
import { type LedgerRow, ledgerTable } from '../tables/workbook-tables';

/** The ledger: rows to write and the valid entries (for the tally). */
export interface Ledger {
  rows: LedgerRow[];
  entries: StandbyEntry[];
}

/** True when the coordinator's confirmation still stands (not withdrawn, not made before a later 呼び戻し). */
export function hasValidConfirmation(g: StandbyGroup): boolean {
  return g.confirmed !== undefined && !g.recalled && !g.staleConfirmation;
}

/**
 * Hours of a confirmed release: from 終業 on the standby day to the confirmation (never less than the plan's). After a
 * 呼び戻し the plan's hours already hold every recalled hour (shared/evening/RULES.md §9.5); the wait from the plan's
 * release to a later confirmation is added to them.
 * @example confirmedHours(group, rules, calendar) //=> { hours: 1.45, lateNightHours: 0 }
 */
export function confirmedHours(g: StandbyGroup, rules: EveningRules, calendar: Calendar): { hours: number; lateNightHours: number } {
  const until = g.confirmed!.releasedAt;
  if (g.recalls.length > 0) {
    if (!g.releaseAt || toEpochMs(until) <= toEpochMs(g.releaseAt)) return { hours: g.hours, lateNightHours: g.lateNightHours };
    const extra = standbyHours(g.releaseAt, until, rules, calendar);
    const round = (n: number) => Math.round(n * 100) / 100;
    return { hours: round(g.hours + extra.hoursPastRegularEnd), lateNightHours: round(g.lateNightHours + extra.lateNightHours) };
  }
  if (toEpochMs(until) <= toEpochMs(g.standbyFrom)) return { hours: g.hours, lateNightHours: g.lateNightHours };
  const actual = standbyHours(g.standbyFrom, until, rules, calendar);
  return actual.hoursPastRegularEnd >= g.hours
    ? { hours: actual.hoursPastRegularEnd, lateNightHours: actual.lateNightHours }
    : { hours: g.hours, lateNightHours: g.lateNightHours };
}

const serialOr = (at: JstInstant | undefined): CellValue => (at ? instantToSerial(at) : '');

function entryRow(e: StandbyEntry, name: string, status: string, id: string): LedgerRow {
  return {
    date: dateToSerial(e.date), bureau: name, person: e.person, kind: ledgerKindWords.write(e.kind),
    from: serialOr(e.from), until: serialOr(e.until), hours: e.hours, lateNight: e.lateNightHours, staff: e.staff, status, source: e.source, check: '', id,
  };
}

/** Reads one row that is not the plans' (a past day, or entered by hand). */
function readRow(
  row: LedgerRow, index: number, headers: readonly string[], directory: readonly Bureau[], rules: EveningRules, calendar: Calendar, id: string,
): { row: LedgerRow; entry?: StandbyEntry } {
  const problems: string[] = [];
  const problem = (key: ColumnKey<typeof ledgerTable>, detail: string) => {
    const header = headerOf(ledgerTable, key);
    problems.push(msg.ledgerRowProblem(cellAddress(ledgerTable, headers, index, header), header, detail));
  };
  let date: IsoDate | undefined;
  try {
    date = cellDate(row.date);
  } catch (error) {
    problem('date', (error as Error).message);
  }
  if (!date && problems.length === 0) problem('date', msg.ledgerDateMissing);
  const bureauText = cellText(row.bureau);
  const bureau = resolveBureau(bureauText, directory);
  if (!bureau) problem('bureau', msg.ledgerBureauUnknown(bureauText));
  const kind = ledgerKindWords.read(row.kind) ?? 'standby';
  const from = cellInstant(row.from);
  const until = cellInstant(row.until);
  let hours = cellNumber(row.hours);
  let lateNight = cellNumber(row.lateNight);
  if (hours === undefined && from && until && toEpochMs(from) <= toEpochMs(until)) {
    const computed = standbyHours(from, until, rules, calendar);
    hours = computed.hoursPastRegularEnd;
    lateNight ??= computed.lateNightHours;
  }
  if (hours === undefined && !(from && until)) problem('hours', msg.ledgerNoHours);
  const out: LedgerRow = {
    ...row, kind: ledgerKindWords.write(kind),
    hours: hours ?? row.hours ?? '', lateNight: lateNight ?? row.lateNight ?? '', staff: cellNumber(row.staff) ?? (cellText(row.staff) === '' ? 1 : row.staff!),
    status: cellText(row.status) || ledgerLabels.entered, id,
  };
  if (problems.length === 0) {
    const parsed = standbyEntrySchema.safeParse({
      bureau: bureau!.id, person: cellText(row.person), date, ...(from ? { from } : {}), ...(until ? { until } : {}),
      hours, lateNightHours: lateNight ?? 0, staff: cellNumber(row.staff) ?? 1, kind, source: cellText(row.source),
    });
    if (parsed.success) return { row: { ...out, check: '' }, entry: parsed.data };
    for (const issue of parsed.error.issues) {
      const key = ({ lateNightHours: 'lateNight', hours: 'hours', staff: 'staff', until: 'until', from: 'from' } as Record<string, ColumnKey<typeof ledgerTable>>)[String(issue.path[0])] ?? 'hours';
      problem(key, issue.message);
    }
  }
  return { row: { ...out, check: problems.join(' / ') } };
}

/**
 * The ledger rows and entries. `groups` carry the confirmations; `table` is the ledger as read.
 * @example ledgerRows(plans, groups, snapshot.get(TABLE.ledger), directory, rules, calendar).entries.length
 */
export function ledgerRows(
  plans: readonly EveningPlan[], groups: readonly StandbyGroup[], table: TableSnapshot | undefined,
  directory: readonly Bureau[], rules: EveningRules, calendar: Calendar,
): Ledger {
  const name = (id: string) => directory.find((b) => b.id === id)?.name ?? id;
  const planned = new Set(plans.map((p) => p.standbyDay));
  const groupById = new Map(groups.map((g) => [standbyLedgerId(g.bureau, g.standbyDay), g]));
  const fresh = new Map<string, { entry: StandbyEntry; status: string }>();
  for (const e of standbyEntriesFromPlans(plans)) {
    const id = e.person === '' ? standbyLedgerId(e.bureau, e.date) : dutyLedgerId(e.bureau, e.date, e.person);
    const g = groupById.get(standbyLedgerId(e.bureau, e.date));
    // 当番 person rows (person set) stay as the plan gives them; the bureau's row counts up to the confirmation.
    if (g && e.person === '' && hasValidConfirmation(g)) {
      const actual = confirmedHours(g, rules, calendar);
      const until = g.confirmed!.releasedAt;
      // Waiting from 終業 until told to go home (or no standby at all when told before 終業); after a 呼び戻し, from the plan's start.
      const from = g.recalls.length > 0 ? e.from : toEpochMs(until) > toEpochMs(g.standbyFrom) ? g.standbyFrom : until;
      fresh.set(id, { entry: { ...e, from, until, hours: actual.hours, lateNightHours: actual.lateNightHours }, status: ledgerLabels.confirmed });
    } else fresh.set(id, { entry: e, status: ledgerLabels.forecast });
  }
  const rows: LedgerRow[] = [];
  const entries: StandbyEntry[] = [];
  const used = new Set<string>();
  const read = readIndexedRows(ledgerTable, table);
  let next = 1;
  for (const { row } of read) {
    const n = parseManualLedgerId(cellText(row.id));
    if (n !== undefined) next = Math.max(next, n + 1);
  }
  for (const { row, index } of read) {
    const id = cellText(row.id);
    const planDay = parseStandbyLedgerId(id)?.day ?? parseDutyLedgerId(id)?.day;
    if (planDay && planned.has(planDay)) {
      const f = fresh.get(id);
      if (!f || used.has(id)) continue;
      used.add(id);
      rows.push(entryRow(f.entry, name(f.entry.bureau), f.status, id));
      entries.push(f.entry);
      continue;
    }
    const r = readRow(row, index, table!.headers, directory, rules, calendar, id || manualLedgerId(next++));
    rows.push(r.row);
    if (r.entry) entries.push(r.entry);
  }
  for (const [id, f] of fresh) {
    if (used.has(id)) continue;
    rows.push(entryRow(f.entry, name(f.entry.bureau), f.status, id));
    entries.push(f.entry);
  }
  return { rows, entries };
}
