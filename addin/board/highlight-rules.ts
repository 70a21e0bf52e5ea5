/**
 * @file 条件付き書式の規則 (highlight rules) as data: each rule has the Excel formula written by 「ブックを準備」
 * and the same test in JS for the preview workbook. Rules on one column are mutually exclusive, so
 * their order in Excel does not matter.
 */
import { defaultBureauRules } from '@shared/index';
import { type CellValue, cellText } from './cell-value';

/** 規則 id. */
export type HighlightRuleId = 'overdue' | 'dueToday' | 'dueSoon' | 'dateOverdue' | 'dateToday' | 'dateTomorrow' | 'flagged' | 'rowFlagged';

/** 条件付き書式の規則. */
export interface HighlightRule {
  id: HighlightRuleId;
  /** 凡例 shown in the task pane. */
  label: string;
  fill: string;
  font: string;
  /**
   * Excel formula for the first data cell; `cell` is its relative reference (K2), `column(key)` the
   * reference of another column of the same row ($P2).
   */
  formula(cell: string, column: (key: string) => string): string;
  /** The same test in JS; `nowSerial` is the JST wall clock as an Excel serial (NOW()). */
  test(value: CellValue, row: (key: string) => CellValue, nowSerial: number): boolean;
}

/** 「24時間以内」: the same window as the bureaus' badge (shared/exchange/bureau-rules.ts). */
const DUE_SOON_DAYS = defaultBureauRules.dueSoonMinutes / 1440;

const isSerial = (v: CellValue): v is number => typeof v === 'number';

/** Colours: Excel's 「濃い赤の文字、明るい赤の背景」 family, so they read as Excel's own presets. */
export const highlightRules: Readonly<Record<HighlightRuleId, HighlightRule>> = {
  overdue: {
    id: 'overdue', label: '期限超過', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=AND(ISNUMBER(${c}),${c}<NOW())`,
    test: (v, _r, now) => isSerial(v) && v < now,
  },
  dueToday: {
    id: 'dueToday', label: '本日期限', fill: '#FFEB9C', font: '#9C5700',
    formula: (c) => `=AND(ISNUMBER(${c}),${c}>=NOW(),INT(${c})=TODAY())`,
    test: (v, _r, now) => isSerial(v) && v >= now && Math.floor(v) === Math.floor(now),
  },
  dueSoon: {
    id: 'dueSoon', label: '24時間以内', fill: '#DDEBF7', font: '#1F4E78',
    formula: (c) => `=AND(ISNUMBER(${c}),INT(${c})>TODAY(),${c}-NOW()<=${DUE_SOON_DAYS})`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) > Math.floor(now) && v - now <= DUE_SOON_DAYS,
  },
  dateOverdue: {
    id: 'dateOverdue', label: '期限超過', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=AND(ISNUMBER(${c}),${c}<TODAY())`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) < Math.floor(now),
  },
  dateToday: {
    id: 'dateToday', label: '本日期限', fill: '#FFEB9C', font: '#9C5700',
    formula: (c) => `=AND(ISNUMBER(${c}),INT(${c})=TODAY())`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) === Math.floor(now),
  },
  dateTomorrow: {
    id: 'dateTomorrow', label: '24時間以内', fill: '#DDEBF7', font: '#1F4E78',
    formula: (c) => `=AND(ISNUMBER(${c}),INT(${c})=TODAY()+1)`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) === Math.floor(now) + 1,
  },
  flagged: {
    id: 'flagged', label: '要確認', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=LEN(TRIM(${c}))>0`,
    test: (v) => cellText(v) !== '',
  },
  rowFlagged: {
    id: 'rowFlagged', label: '要確認', fill: '#FFC7CE', font: '#9C0006',
    formula: (_c, column) => `=LEN(TRIM(${column('check')}))>0`,
    test: (_v, row) => cellText(row('check')) !== '',
  },
};

/** The rules for a deadline column holding instants (締切日時). */
export const instantDueRules: readonly HighlightRuleId[] = ['overdue', 'dueToday', 'dueSoon'];
/** The rules for a deadline column holding dates (答弁期限). */
export const dateDueRules: readonly HighlightRuleId[] = ['dateOverdue', 'dateToday', 'dateTomorrow'];
