/**
 * @file 作業の共通部分 (startOperation, generalWrite): what every board operation (取り込み, 再計算, 配信,
 * 「待機解除を確定」) does the same way — read the board state, tell which questions are still open, interpret
 * the 割振り rows (adding an empty line for every open 問 nobody owns) — and the one way an operation updates
 * 基本設定 (配信元, 配信版, 最終配信, 担当者). Pure.
 */
import { type JstInstant, isOtherMinistry } from '@shared/index';
import { type AssignmentLine, assignmentLines, withOpenItems } from '../questions/assignment-lines';
import { isOpenQuestion } from '../questions/board-question';
import { cellText } from '../sheet/cell-value';
import { toTableWrite, readRows } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { GENERAL, TABLE, generalTable } from '../tables/workbook-tables';
import { type BoardState, readBoardState } from './board-state';

/** What an operation starts from. */
export interface OperationStart extends BoardState {
  /** True while a question still needs work from us (isOpenQuestion at `now`, and not marked 他省庁). */
  isOpen: (questionKey: string) => boolean;
  /** The 割振り rows interpreted, as the sheet has them. */
  sheetLines: AssignmentLine[];
  /** `sheetLines` plus an empty line for every 問 of an open question that has none, in sheet order. */
  lines: AssignmentLine[];
}

/**
 * Reads the board and interprets the 割振り sheet at `now`. Throws BoardNotPreparedError when a needed table is missing.
 * @example const { settings, store, questions, lines } = startOperation(snapshot, now)
 */
export function startOperation(snapshot: WorkbookSnapshot, now: JstInstant): OperationStart {
  const state = readBoardState(snapshot, now);
  const open = new Set(state.questions.filter((q) => isOpenQuestion(q, now) && !isOtherMinistry(state.jurisdictions.get(q.key))).map((q) => q.key));
  const isOpen = (key: string) => open.has(key);
  const sheetLines = assignmentLines(state.assignmentRows, state.questions, state.store, state.settings.bureaus, now);
  return { ...state, isOpen, sheetLines, lines: withOpenItems(sheetLines, state.questions, isOpen, 'keep') };
}

/** 基本設定の項目 (配信元, 配信版, 最終配信, 担当者). */
export type GeneralItem = keyof typeof GENERAL;

/**
 * The write of 基本設定表 with `values` set (an item missing from the sheet is appended; other rows are kept).
 * @example generalWrite(snapshot, { revision: '8', publishedAt: '令和8年6月10日(水) 17:00' })
 */
export function generalWrite(snapshot: WorkbookSnapshot, values: Partial<Record<GeneralItem, string>>): TableWrite {
  const rows = readRows(generalTable, snapshot.get(TABLE.general));
  for (const [item, value] of Object.entries(values) as [GeneralItem, string][]) {
    const row = rows.find((r) => cellText(r.item) === GENERAL[item]);
    if (row) row.value = value;
    else rows.push({ item: GENERAL[item], value });
  }
  return toTableWrite(generalTable, snapshot.get(TABLE.general), rows);
}
