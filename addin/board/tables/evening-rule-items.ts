/**
 * @file 夕方レク規則・超勤上限の項目 (rule items): each row of the 設定 sheet's 夕方レク規則表 and 超勤上限表 —
 * its label, where it goes in the shared rules (EveningRules / OvertimeCaps), how its cell is read and
 * written, and its source. The defaults and their sources are the shared core's (evening-rules.ts,
 * overtime-caps.ts); this file only lays them out as rows a coordinator can edit. Pure data.
 */
import { type AssignmentState, defaultEveningRules, defaultOvertimeCaps } from '@shared/index';
import type { CellValue } from '../sheet/cell-value';
import { stateWords } from './cell-words';

/** How a value cell is read: 'HH:MM', whole minutes / a number, states listed with 「、」, a percentage. */
export type RuleItemKind = 'time' | 'number' | 'states' | 'percent';

/** One 項目 row. */
export interface RuleItem {
  /** 項目 as written in the sheet (the row's key). */
  label: string;
  /** Where the value sits in the rules object. */
  path: readonly string[];
  kind: RuleItemKind;
  /** 根拠 shown beside the value. */
  source: string;
}

const S54 = 'shared/evening/RULES.md §5 (勤務終了 18:15、9:30–18:15)';
const LATE = '深夜の定義は資料になし。22:00–05:00 (給与・労働法の深夜帯) を仮定';
const SLOT = 'JOURNEYS.md §2.4 (夕方レク 18:30–20:00、朝レク 07:30)';
const STEP = 'shared/evening/RULES.md §6 (着手→完了 約7時間) の内訳を仮定。局の実数は局の待機設定表へ';

/** 夕方レク規則表 rows. */
export const eveningRuleItems: readonly RuleItem[] = [
  { label: '始業', path: ['regularStart'], kind: 'time', source: S54 },
  { label: '終業', path: ['regularEnd'], kind: 'time', source: `${S54}。待機・超勤はここから数えます` },
  { label: '深夜帯の開始', path: ['lateNight', 'from'], kind: 'time', source: LATE },
  { label: '深夜帯の終了', path: ['lateNight', 'to'], kind: 'time', source: LATE },
  { label: '割振り確定とみなす状態', path: ['ownerFixedStates'], kind: 'states', source: '了承 (局が引き受けた) か 確定 (取りまとめが決めた)' },
  { label: 'レク準備(分)', path: ['briefingLeadMinutes'], kind: 'number', source: '局長了から枠の開始までに要る時間 (印刷・届け)。仮定 0 分' },
  { label: '夕方レクの開始', path: ['slots', 'evening', 'from'], kind: 'time', source: SLOT },
  { label: '夕方レクの終了', path: ['slots', 'evening', 'to'], kind: 'time', source: SLOT },
  { label: '夕方レク枠の長さ(分)', path: ['slots', 'evening', 'slotMinutes'], kind: 'number', source: '30 分ごとの枠 (仮定)' },
  { label: '夕方レク枠の定員', path: ['slots', 'evening', 'capacityPerSlot'], kind: 'number', source: '朝レク約1時間で約120問 (shared/evening/RULES.md §4) から 1 枠 60 問と仮定' },
  { label: '朝レクの時刻', path: ['slots', 'morning', 'at'], kind: 'time', source: `${SLOT}、shared/evening/RULES.md §4 (大臣レク 07:30)` },
  { label: '朝レクの長さ(分)', path: ['slots', 'morning', 'minutes'], kind: 'number', source: '1 時間 (仮定)' },
  { label: '朝レクの定員', path: ['slots', 'morning', 'capacity'], kind: 'number', source: '受け皿として大きく (仮定)' },
  { label: '既定の待機要員', path: ['bureauDefaults', 'drafters'], kind: 'number', source: '局あたり 30 人 (仮定。tests/simulation の較正)' },
  { label: '既定の執筆(分)', path: ['bureauDefaults', 'roleMinutes', '執筆'], kind: 'number', source: STEP },
  { label: '既定の合議(分)', path: ['bureauDefaults', 'roleMinutes', '合議'], kind: 'number', source: STEP },
  { label: '既定のメモ出し(分)', path: ['bureauDefaults', 'roleMinutes', 'メモ出し'], kind: 'number', source: STEP },
  { label: '既定の課長了(分)', path: ['bureauDefaults', 'sectionChiefMinutes'], kind: 'number', source: STEP },
  { label: '既定の局長了(分)', path: ['bureauDefaults', 'directorMinutes'], kind: 'number', source: STEP },
];

const RULE = '人事院規則15-14 第16条の2の2 (shared/standby/RULES.md §1)';

/** 超勤上限表 rows. */
export const capItems: readonly RuleItem[] = [
  { label: '自律部署 月の上限(時間)', path: ['autonomous', 'monthlyMax'], kind: 'number', source: RULE },
  { label: '自律部署 年の上限(時間)', path: ['autonomous', 'yearlyMax'], kind: 'number', source: RULE },
  { label: '他律部署 月の上限(時間未満)', path: ['otherDirected', 'monthlyBelow'], kind: 'number', source: RULE },
  { label: '他律部署 年の上限(時間)', path: ['otherDirected', 'yearlyMax'], kind: 'number', source: RULE },
  { label: '他律部署 平均の上限(時間)', path: ['otherDirected', 'averageMax'], kind: 'number', source: `${RULE} (2〜6か月平均)` },
  { label: '平均をとる月数(から)', path: ['otherDirected', 'averageMonths', 'from'], kind: 'number', source: RULE },
  { label: '平均をとる月数(まで)', path: ['otherDirected', 'averageMonths', 'to'], kind: 'number', source: RULE },
  { label: '月45時間超の基準(時間)', path: ['otherDirected', 'overThreshold'], kind: 'number', source: RULE },
  { label: '月45時間超の月数の上限', path: ['otherDirected', 'monthsOverMax'], kind: 'number', source: `${RULE} (年6か月まで)` },
  { label: '警告の割合(%)', path: ['warnShare'], kind: 'percent', source: '上限の 80% で警告 (仮定)' },
  { label: '年の始まり(月)', path: ['yearStartMonth'], kind: 'number', source: '4 = 年度 (4月1日から)。人事課に確認する前提' },
];

/** The value at `path` in an object. */
export function valueAt(root: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], root);
}

/** A rule value as its cell text: times as 'HH:MM', states as labels joined by 「、」, shares as percentages. */
export function itemCellText(item: RuleItem, value: unknown): string {
  if (item.kind === 'states') return (value as AssignmentState[]).map((s) => stateWords.write(s)).join('、');
  if (item.kind === 'percent') return String(Math.round((value as number) * 100));
  return String(value);
}

/** The seed rows (項目, 値, 根拠) of a rule table, from the shared defaults. */
export function seedItemRows(items: readonly RuleItem[]): CellValue[][] {
  const defaults = items === capItems ? defaultOvertimeCaps : defaultEveningRules;
  return items.map((item) => [item.label, itemCellText(item, valueAt(defaults, item.path)), item.source]);
}
