/**
 * @file 待機解除の設定の読み取り (readStandDownSettings): the 設定 sheet's 定例日表 and 当番表 → the shared
 * StandDownRules (定例日 over the product's other defaults) and one DutyRota per bureau, validated with the shared
 * zod schemas (shared/evening/RULES.md §9.2, §9.4). A bad cell is named in Japanese (「設定シート AW3「曜日」: …」).
 * Where a 定例日 row is partly readable the safer reading is used (an unknown 院 counts for both houses); a row
 * that cannot be read at all is reported and left out. Pure.
 */
import {
  type Bureau, type DutyRota, type EveningRules, type RegularSitting, type StandDownRules, defaultStandDownRules, dutyRotaSchema, standDownRulesSchema,
} from '@shared/index';
import { standDownMessages as msg } from '../stand-down-labels';
import { cellProblem } from '../sheet/cell-problem';
import { cellText, cellTime } from '../sheet/cell-value';
import { readIndexedRows } from '../sheet/indexed-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { houseWords } from '../tables/cell-words';
import { readWeekdays } from '../tables/weekday-words';
import { TABLE, dutyTable, regularSittingTable } from '../tables/workbook-tables';
import { resolveBureau } from './resolve-bureau';

/** 待機解除の設定. */
export interface StandDownSettings {
  rules: StandDownRules;
  duty: DutyRota[];
}

/** 定例日 rows; a missing table (an older workbook) means the product's defaults. */
function readRegularSittings(snapshot: WorkbookSnapshot, issues: string[]): RegularSitting[] {
  const table = snapshot.get(TABLE.regularSittings);
  if (!table) return defaultStandDownRules.regularSittings.map((r) => ({ ...r, weekdays: [...r.weekdays] }));
  const out: RegularSitting[] = [];
  for (const { row, index } of readIndexedRows(regularSittingTable, table)) {
    const problem = cellProblem(regularSittingTable, table, index, msg.regularProblem, issues);
    const houseText = cellText(row.house);
    const house = houseWords.read(row.house);
    if (houseText !== '' && !house) problem('house', msg.regularHouseUnknown(houseText));
    const committee = cellText(row.committee);
    if (!committee) { problem('committee', msg.regularCommitteeMissing); continue; }
    const { weekdays, unknown } = readWeekdays(cellText(row.weekdays));
    if (weekdays.length === 0) { problem('weekdays', msg.regularWeekdaysMissing(cellText(row.weekdays))); continue; }
    if (unknown.length > 0) problem('weekdays', msg.regularWeekdaysPartly(unknown.join('')));
    out.push({ ...(house ? { house } : {}), committee, weekdays, source: cellText(row.source) });
  }
  return out;
}

/** 当番 rows, one per bureau of the directory (the first row of a bureau wins). */
function readDuty(snapshot: WorkbookSnapshot, directory: readonly Bureau[], rules: EveningRules, issues: string[]): DutyRota[] {
  const table = snapshot.get(TABLE.duty);
  if (!table) return [];
  const out: DutyRota[] = [];
  for (const { row, index } of readIndexedRows(dutyTable, table)) {
    const problem = cellProblem(dutyTable, table, index, msg.dutyProblem, issues);
    const name = cellText(row.name);
    const peopleText = cellText(row.people);
    if (!name && !peopleText) continue;
    const bureau = resolveBureau(name, directory);
    if (!bureau) { problem('name', msg.dutyBureauUnknown(name)); continue; }
    if (out.some((d) => d.bureau === bureau.id)) { problem('name', msg.dutyDuplicate(bureau.name)); continue; }
    const people = peopleText.split(/[、,，・\n]/).map((p) => p.trim()).filter(Boolean);
    if (people.length === 0) { problem('people', msg.dutyPeopleMissing); continue; }
    const fromText = cellText(row.from);
    const from = fromText === '' ? rules.regularEnd : cellTime(row.from);
    if (!from) { problem('from', msg.dutyTimeUnreadable(fromText)); continue; }
    const parsed = dutyRotaSchema.safeParse({ bureau: bureau.id, people, from });
    if (!parsed.success) { problem('from', parsed.error.issues[0]!.message); continue; }
    out.push(parsed.data);
  }
  return out;
}

/**
 * Reads the stand-down settings.
 * @example readStandDownSettings(snapshot, bureaus, rules, issues).rules.regularSittings[0].weekdays //=> [3, 5]
 */
export function readStandDownSettings(snapshot: WorkbookSnapshot, directory: readonly Bureau[], rules: EveningRules, issues: string[]): StandDownSettings {
  const candidate: StandDownRules = { ...defaultStandDownRules, regularSittings: readRegularSittings(snapshot, issues) };
  // The rows were checked one by one above; the schema is the last word on the whole.
  const parsed = standDownRulesSchema.safeParse(candidate);
  const standDown = parsed.success ? (parsed.data as StandDownRules) : defaultStandDownRules;
  return { rules: standDown, duty: readDuty(snapshot, directory, rules, issues) };
}
