/**
 * @file 残り時間の欄 (settleCountdowns): the cells whose text changes with the clock alone — 割振り 「異議まで」
 * (あと N 分) and 期限 「残り」. In a shared workbook several panes recompute the same cells, each on its own clock;
 * a pane whose clock is a little behind must not write back an older countdown over the one a pane a little ahead
 * just wrote (they would rewrite each other every minute, each write waking the other pane). So a cell that already
 * shows the countdown of a moment up to SKEW_MINUTES ahead of this pane's `now` is left as it is; and, as for every
 * cell of a recompute, a countdown equal to the sheet's is not written at all (sparse writes). Pure.
 */
import { type JstInstant, addMinutes, formatTimeLeft, minutesBetween } from '@shared/index';
import { boardMessages } from '../board-messages';
import { cellKey, cellText } from '../sheet/cell-value';
import { serialToInstant } from '../sheet/excel-serial';
import { readRows } from '../sheet/table-rows';
import type { TableSnapshot } from '../sheet/table-snapshot';
import { type AssignmentRow, type DeadlineRow, assignmentTable, deadlineTable } from '../tables/workbook-tables';

/**
 * How far ahead another pane's clock may be and still win. Source: product choice — office PCs synchronise with
 * the domain's time server to within seconds; two minutes covers a late minute tick as well.
 */
export const SKEW_MINUTES = 2;

/** 「異議まで」 for `minutesLeft` minutes left (build-board's and this file's one wording). */
export function objectionLeftText(minutesLeft: number): string {
  return minutesLeft > 0 ? `あと ${minutesLeft} 分` : boardMessages.objectionClosed;
}

/** The texts the cell may show when another pane is up to SKEW_MINUTES ahead. */
function aheadTexts(text: (at: JstInstant) => string, now: JstInstant): Set<string> {
  const out = new Set<string>();
  for (let m = 1; m <= SKEW_MINUTES; m++) out.add(text(addMinutes(now, m)));
  return out;
}

/**
 * 割振り rows with each 「異議まで」 kept where the sheet shows a newer countdown (same 割振りID, same 異議期限).
 * @example settleObjectionCountdowns(view.assignments, snapshot.get(TABLE.assignments), now)
 */
export function settleObjectionCountdowns(rows: readonly AssignmentRow[], before: TableSnapshot | undefined, now: JstInstant): AssignmentRow[] {
  const sheet = new Map(readRows(assignmentTable, before).map((r) => [cellKey(r.id), r]));
  return rows.map((row) => {
    const old = sheet.get(cellKey(row.id));
    if (!old || typeof row.objectionUntil !== 'number' || old.objectionUntil !== row.objectionUntil) return row;
    const until = serialToInstant(row.objectionUntil);
    const shown = cellText(old.objectionLeft);
    return shown !== row.objectionLeft && aheadTexts((at) => objectionLeftText(Math.max(0, minutesBetween(at, until))), now).has(shown)
      ? { ...row, objectionLeft: old.objectionLeft! } : row;
  });
}

/**
 * 期限 rows with each 「残り」 kept where the sheet shows a newer countdown (same row: 質問キー, 締切, 期限日時).
 * @example settleDeadlineCountdowns(view.deadlines, snapshot.get(TABLE.deadlines), now)
 */
export function settleDeadlineCountdowns(rows: readonly DeadlineRow[], before: TableSnapshot | undefined, now: JstInstant): DeadlineRow[] {
  const sheet = readRows(deadlineTable, before);
  return rows.map((row, i) => {
    const old = sheet[i];
    if (!old || typeof row.dueAt !== 'number' || old.dueAt !== row.dueAt || cellKey(old.questionKey) !== cellKey(row.questionKey) || cellText(old.milestone) !== cellText(row.milestone)) return row;
    const dueAt = serialToInstant(row.dueAt);
    const shown = cellText(old.left);
    return shown !== row.left && aheadTexts((at) => formatTimeLeft(dueAt, at), now).has(shown) ? { ...row, left: old.left! } : row;
  });
}
