/**
 * @file 夕方レクの設定の読み取り (readEveningSettings): the 設定 sheet's 夕方レク規則表, 局の待機設定表 and
 * 超勤上限表 → the shared EveningRules, BureauSettings per bureau of the directory, and OvertimeCaps (and, through
 * stand-down-settings.ts, the 定例日表 and 当番表),
 * validated with the shared zod schemas. A bad cell is named in Japanese (「設定シート AC6「終業」: …」) and
 * only that value falls back to its default; nothing unvalidated is used. Pure.
 */
import {
  type Bureau, type BureauSettings, type EveningRules, type OvertimeCaps, bureauSettingsSchema, defaultEveningRules, defaultOvertimeCaps,
  eveningRulesSchema, overtimeCapsSchema,
} from '@shared/index';
import type { z } from 'zod';
import { resolveBureau } from './resolve-bureau';
import { type StandDownSettings, readStandDownSettings } from './stand-down-settings';
import { cellAddress } from '../sheet/cell-address';
import { type CellValue, cellNumber, cellText, cellTime } from '../sheet/cell-value';
import { eveningBoardMessages as msg } from '../evening-labels';
import { type RuleItem, capItems, eveningRuleItems, valueAt } from '../tables/evening-rule-items';
import { readIndexedRows } from '../sheet/indexed-rows';
import { type ColumnKey, type TableDefinition, headerOf } from '../sheet/table-definition';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { stateWords } from '../tables/cell-words';
import { TABLE, bureauStandbyTable, capTable, eveningRuleTable } from '../tables/workbook-tables';

/** 夕方レクの設定. */
export interface EveningSettings {
  rules: EveningRules;
  /** One entry per bureau of the directory, with its standby settings (defaults where blank). */
  bureaus: BureauSettings[];
  caps: OvertimeCaps;
  /** 待機解除の設定: 定例日 and 当番 (shared/evening/RULES.md §9). */
  standDown: StandDownSettings;
}

function setAt(root: Record<string, unknown>, path: readonly string[], value: unknown): void {
  let o = root;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  o[path.at(-1)!] = value;
}

/** A value cell read for its item, or an error text. Blank = undefined (the default). */
function readItemValue(item: RuleItem, cell: CellValue | undefined): { value?: unknown; error?: string } {
  const text = cellText(cell);
  if (text === '') return {};
  if (item.kind === 'time') {
    const time = cellTime(cell);
    return time ? { value: time } : { error: msg.notTime(text) };
  }
  if (item.kind === 'states') {
    const states = text.split(/[、,，\s]+/).filter(Boolean).map((l) => stateWords.read(l));
    return states.every((s) => s !== undefined) ? { value: states } : { error: msg.unknownStates(text) };
  }
  const n = cellNumber(cell);
  if (n === undefined) return { error: msg.notNumber(text) };
  return { value: item.kind === 'percent' ? n / 100 : n };
}

/** The item a zod issue path points at (the item's own path, or a parent object refined as a whole). */
function itemOfPath(items: readonly RuleItem[], path: readonly PropertyKey[]): RuleItem | undefined {
  const key = path.map(String).join('.');
  return items.find((i) => i.path.join('.') === key)
    ?? items.find((i) => i.path.join('.').startsWith(`${key}.`))
    ?? items.find((i) => key.startsWith(`${i.path.join('.')}.`));
}

/**
 * Reads a 項目/値 table onto a copy of `defaults`, validated by `schema`; every problem is pushed to
 * `issues` naming the cell, and the value concerned goes back to its default.
 */
function readItems<T>(
  def: TableDefinition, snapshot: WorkbookSnapshot, items: readonly RuleItem[], defaults: T, schema: z.ZodType<T>, issues: string[],
): T {
  const table = snapshot.get(def.table);
  if (!table) return defaults;
  const headers = table.headers;
  const candidate = structuredClone(defaults) as Record<string, unknown>;
  const where = new Map<RuleItem, string>();
  for (const { row, index } of readIndexedRows(def, table)) {
    const item = items.find((i) => i.label === cellText(row.item));
    if (!item) continue;
    const address = cellAddress(def, headers, index, '値');
    where.set(item, address);
    const read = readItemValue(item, row.value);
    if (read.error) issues.push(msg.settingProblem(address, item.label, read.error));
    else if (read.value !== undefined) setAt(candidate, item.path, read.value);
  }
  const edited = (i: RuleItem) => JSON.stringify(valueAt(candidate, i.path)) !== JSON.stringify(valueAt(defaults, i.path));
  for (let round = 0; round < items.length; round++) {
    const parsed = schema.safeParse(candidate);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0]!;
    const item = itemOfPath(items, issue.path);
    if (!item) break;
    // A rule across fields (終了 after 開始) names one field; the value to fall back is the one the user changed.
    const parent = item.path.slice(0, -1).join('.');
    const siblings = items.filter((i) => i.path.slice(0, -1).join('.') === parent && edited(i));
    const culprits = edited(item) ? [item] : siblings;
    if (culprits.length === 0) break;
    issues.push(msg.settingProblem(where.get(culprits[0]!) ?? def.table, culprits[0]!.label, issue.message));
    for (const c of culprits) setAt(candidate, c.path, structuredClone(valueAt(defaults, c.path)));
  }
  return defaults;
}

const standbyColumns: readonly { key: ColumnKey<typeof bureauStandbyTable>; path: readonly string[] }[] = [
  { key: 'drafters', path: ['drafters'] },
  { key: 'draft', path: ['roleMinutes', '執筆'] },
  { key: 'concurrence', path: ['roleMinutes', '合議'] },
  { key: 'memo', path: ['roleMinutes', 'メモ出し'] },
  { key: 'sectionChief', path: ['sectionChiefMinutes'] },
  { key: 'director', path: ['directorMinutes'] },
];

/** Standby settings per bureau of the directory: the table's numbers over the rules' defaults. */
function readBureauStandby(snapshot: WorkbookSnapshot, directory: readonly Bureau[], rules: EveningRules, issues: string[]): BureauSettings[] {
  const base = (b: Bureau): BureauSettings => ({ id: b.id, name: b.name, otherDirected: b.otherDirected, ...structuredClone(rules.bureauDefaults) });
  const settings = new Map(directory.map((b) => [b.id, base(b)]));
  const table = snapshot.get(TABLE.bureauStandby);
  for (const { row, index } of readIndexedRows(bureauStandbyTable, table)) {
    const address = (key: ColumnKey<typeof bureauStandbyTable>) => cellAddress(bureauStandbyTable, table!.headers, index, headerOf(bureauStandbyTable, key));
    const name = cellText(row.name);
    const bureau = resolveBureau(name, directory);
    if (!bureau) {
      if (name) issues.push(msg.unknownStandbyBureau(address('name'), name));
      continue;
    }
    const candidate = base(bureau) as unknown as Record<string, unknown>;
    for (const column of standbyColumns) {
      const text = cellText(row[column.key]);
      if (text === '') continue;
      const n = cellNumber(row[column.key]);
      if (n === undefined) issues.push(msg.settingProblem(address(column.key), headerOf(bureauStandbyTable, column.key), msg.notNumber(text)));
      else setAt(candidate, column.path, n);
    }
    for (let round = 0; round <= standbyColumns.length; round++) {
      const parsed = bureauSettingsSchema.safeParse(candidate);
      if (parsed.success) { settings.set(bureau.id, parsed.data); break; }
      const issue = parsed.error.issues[0]!;
      const key = issue.path.map(String).join('.');
      const column = standbyColumns.find((c) => c.path.join('.') === key);
      if (!column) break;
      issues.push(msg.settingProblem(address(column.key), headerOf(bureauStandbyTable, column.key), issue.message));
      setAt(candidate, column.path, valueAt(base(bureau), column.path));
    }
  }
  return directory.map((b) => settings.get(b.id)!);
}

/**
 * Reads the evening settings. Missing tables (a workbook prepared before these sheets existed) mean defaults.
 * @example readEveningSettings(snapshot, bureaus, issues).rules.regularEnd //=> '18:15'
 */
export function readEveningSettings(snapshot: WorkbookSnapshot, directory: readonly Bureau[], issues: string[]): EveningSettings {
  const rules = readItems(eveningRuleTable, snapshot, eveningRuleItems, defaultEveningRules, eveningRulesSchema as z.ZodType<EveningRules>, issues);
  const caps = readItems(capTable, snapshot, capItems, defaultOvertimeCaps, overtimeCapsSchema as z.ZodType<OvertimeCaps>, issues);
  return { rules, caps, bureaus: readBureauStandby(snapshot, directory, rules, issues), standDown: readStandDownSettings(snapshot, directory, rules, issues) };
}
