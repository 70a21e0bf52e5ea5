/**
 * @file 条件付き書式の規則 (highlight rules) as data: each rule has the Excel formula written by 「ブックを準備」
 * and the same test in JS for the preview workbook. Rules on one column are mutually exclusive, so
 * their order in Excel does not matter.
 */
import { defaultBureauRules, eveningMessages } from '@shared/index';
import { type CellValue, cellText } from './cell-value';
import { slotKindLabels, standbyStateLabels } from '../evening-labels';

/** 規則 id. */
export type HighlightRuleId =
  | 'overdue' | 'dueToday' | 'dueSoon' | 'dateOverdue' | 'dateToday' | 'dateTomorrow' | 'flagged' | 'rowFlagged'
  | 'objection' | 'morningRow' | 'unplacedRow' | 'standbyWaiting' | 'standbyReleasable' | 'standbyReleased' | 'standbyRecalled' | 'capNear' | 'capOver';

/** 条件付き書式の規則. */
export interface HighlightRule {
  id: HighlightRuleId;
  /** 凡例 shown in the task pane. */
  label: string;
  /**
   * Words written before the cell's value where the cell itself (a date) would otherwise say it only by colour
   * (JIS X 8341-3 / WCAG 1.4.1): by the preview, and in Excel by the rule's own number format (markedFormat);
   * row rules need none, their row already says it (区分, 状態, 確認).
   */
  mark?: string;
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

/** The word a 局の回答 cell starts with for an objection (responseText: 「異議 (他局: 保険局)」). */
export const OBJECTION_WORD = '異議';

/** 「24時間以内」: the same window as the bureaus' badge (shared/exchange/bureau-rules.ts). */
const DUE_SOON_DAYS = defaultBureauRules.dueSoonMinutes / 1440;

const isSerial = (v: CellValue): v is number => typeof v === 'number';

/** Colours: Excel's 「濃い赤の文字、明るい赤の背景」 family, so they read as Excel's own presets. */
export const highlightRules: Readonly<Record<HighlightRuleId, HighlightRule>> = {
  overdue: {
    id: 'overdue', label: '期限超過', mark: '期限超過', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=AND(ISNUMBER(${c}),${c}<NOW())`,
    test: (v, _r, now) => isSerial(v) && v < now,
  },
  dueToday: {
    id: 'dueToday', label: '本日期限', mark: '本日', fill: '#FFEB9C', font: '#9C5700',
    formula: (c) => `=AND(ISNUMBER(${c}),${c}>=NOW(),INT(${c})=TODAY())`,
    test: (v, _r, now) => isSerial(v) && v >= now && Math.floor(v) === Math.floor(now),
  },
  dueSoon: {
    id: 'dueSoon', label: '24時間以内', mark: '24時間以内', fill: '#DDEBF7', font: '#1F4E78',
    formula: (c) => `=AND(ISNUMBER(${c}),INT(${c})>TODAY(),${c}-NOW()<=${DUE_SOON_DAYS})`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) > Math.floor(now) && v - now <= DUE_SOON_DAYS,
  },
  dateOverdue: {
    id: 'dateOverdue', label: '期限超過', mark: '期限超過', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=AND(ISNUMBER(${c}),${c}<TODAY())`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) < Math.floor(now),
  },
  dateToday: {
    id: 'dateToday', label: '本日期限', mark: '本日', fill: '#FFEB9C', font: '#9C5700',
    formula: (c) => `=AND(ISNUMBER(${c}),INT(${c})=TODAY())`,
    test: (v, _r, now) => isSerial(v) && Math.floor(v) === Math.floor(now),
  },
  dateTomorrow: {
    id: 'dateTomorrow', label: '24時間以内', mark: '24時間以内', fill: '#DDEBF7', font: '#1F4E78',
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
  // 割振り表 局の回答: a bureau's 異議 (the coordinator reassigns the 問; the words say 「異議」 too).
  objection: {
    id: 'objection', label: '局から異議', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=LEFT(${c},${OBJECTION_WORD.length})="${OBJECTION_WORD}"`,
    test: (v) => cellText(v).startsWith(OBJECTION_WORD),
  },
  // 夕方レク問表: the row's 区分 (kind) column — 朝レク amber, なし / 未確定 red — so the timeline reads at a glance.
  morningRow: {
    id: 'morningRow', label: '朝レクに回る', fill: '#FFEB9C', font: '#9C5700',
    formula: (_c, column) => `=${column('kind')}="${slotKindLabels.morning}"`,
    test: (_v, row) => cellText(row('kind')) === slotKindLabels.morning,
  },
  unplacedRow: {
    id: 'unplacedRow', label: 'レク枠なし', fill: '#FFC7CE', font: '#9C0006',
    formula: (_c, column) => `=OR(${column('kind')}="${slotKindLabels.none}",${column('kind')}="${slotKindLabels.unfixed}")`,
    test: (_v, row) => { const k = cellText(row('kind')); return k === slotKindLabels.none || k === slotKindLabels.unfixed; },
  },
  // 待機表 状態: 待機中 amber, 解除可 blue, 解除 green (Excel's 「良い」), 呼び戻し red.
  standbyWaiting: {
    id: 'standbyWaiting', label: '待機中', fill: '#FFEB9C', font: '#9C5700',
    formula: (c) => `=LEFT(${c},${standbyStateLabels.waiting.length})="${standbyStateLabels.waiting}"`,
    test: (v) => cellText(v).startsWith(standbyStateLabels.waiting),
  },
  standbyReleasable: {
    id: 'standbyReleasable', label: '解除可 (未確定)', fill: '#DDEBF7', font: '#1F4E78',
    formula: (c) => `=LEFT(${c},${standbyStateLabels.releasable.length})="${standbyStateLabels.releasable}"`,
    test: (v) => cellText(v).startsWith(standbyStateLabels.releasable),
  },
  standbyReleased: {
    id: 'standbyReleased', label: '待機解除済み', fill: '#C6EFCE', font: '#006100',
    formula: (c) => `=LEFT(${c},${standbyStateLabels.released.length + 1})="${standbyStateLabels.released} "`,
    test: (v) => cellText(v).startsWith(`${standbyStateLabels.released} `),
  },
  standbyRecalled: {
    id: 'standbyRecalled', label: '呼び戻し', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=LEFT(${c},${standbyStateLabels.recalled.length})="${standbyStateLabels.recalled}"`,
    test: (v) => cellText(v).startsWith(standbyStateLabels.recalled),
  },
  // 超勤集計表 状態 (tallyStandby's labels).
  capNear: {
    id: 'capNear', label: '上限に接近', fill: '#FFEB9C', font: '#9C5700',
    formula: (c) => `=${c}="${eveningMessages.statusNear}"`,
    test: (v) => cellText(v) === eveningMessages.statusNear,
  },
  capOver: {
    id: 'capOver', label: '上限超過', fill: '#FFC7CE', font: '#9C0006',
    formula: (c) => `=${c}="${eveningMessages.statusOver}"`,
    test: (v) => cellText(v) === eveningMessages.statusOver,
  },
};

/** The rules for a deadline column holding instants (締切日時). */
export const instantDueRules: readonly HighlightRuleId[] = ['overdue', 'dueToday', 'dueSoon'];
/** The rules for a deadline column holding dates (答弁期限). */
export const dateDueRules: readonly HighlightRuleId[] = ['dateOverdue', 'dateToday', 'dateTomorrow'];
