/**
 * @file 「待機解除を確定」 (planConfirmReleases): records every bureau the plan releases and nobody confirmed yet
 * — when (now) and who (the 担当者 of 基本設定, or the name the pane asked for once, then kept there) — in the
 * workbook's store, withdraws confirmed releases a later notice undid (呼び戻し), and rewrites the 待機 and
 * 待機・超勤 sheets to count up to the confirmation. Idempotent: a second click finds nothing new. Pure.
 */
import { type JstInstant } from '@shared/index';
import { assignmentLines, withOpenItems } from '../questions/assignment-lines';
import { isOpenQuestion } from '../questions/board-question';
import { readBoardState } from './board-state';
import { cellText } from '../sheet/cell-value';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { eveningWrites } from '../evening/evening-writes';
import { storeRows } from '../store/exchange-store';
import { releaseRecords } from '../store/release-records';
import { readRows, toTableWrite } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { GENERAL, TABLE, generalTable, storeTable } from '../tables/workbook-tables';

/** 確定の計画. */
export interface ConfirmPlan {
  writes: TableWrite[];
  /** No name known and none given: nothing was done; the pane asks once. */
  needsName: boolean;
  /** Who was recorded. */
  by: string;
  /** Bureau names recorded now, and withdrawn (呼び戻し). */
  confirmed: string[];
  recalled: string[];
  evening: EveningOverview;
}

/**
 * Plans the confirmation at `now`; `name` is the coordinator's name when the pane had to ask for it.
 * @example planConfirmReleases(snapshot, now).confirmed //=> ['大臣官房', '医政局', …]
 */
export function planConfirmReleases(snapshot: WorkbookSnapshot, now: JstInstant, name?: string): ConfirmPlan {
  const state = readBoardState(snapshot, now);
  const { settings } = state;
  const open = new Set(state.questions.filter((q) => isOpenQuestion(q, now)).map((q) => q.key));
  const lines = withOpenItems(assignmentLines(state.assignmentRows, state.questions, state.store, settings.bureaus, now), state.questions, (k) => open.has(k), 'keep');
  const inputs = { snapshot, settings, questions: state.questions, lines, now };
  const before = buildEvening({ ...inputs, store: state.store });
  const by = name?.trim() || settings.coordinator;
  if (!by) return { writes: [], needsName: true, by: '', confirmed: [], recalled: [], evening: before.overview };

  const changes = releaseRecords(state.store, before.groups, now, { by, producer: settings.producer, confirm: true });
  const after = changes.bundle === state.store ? before : buildEvening({ ...inputs, store: changes.bundle });
  const writes: TableWrite[] = [];
  if (changes.bundle !== state.store) writes.push(toTableWrite(storeTable, snapshot.get(TABLE.store), storeRows(changes.bundle)));
  if (by !== settings.coordinator && snapshot.has(TABLE.general)) {
    const general = readRows(generalTable, snapshot.get(TABLE.general));
    const row = general.find((r) => cellText(r.item) === GENERAL.coordinator);
    if (row) row.value = by;
    else general.push({ item: GENERAL.coordinator, value: by });
    writes.push(toTableWrite(generalTable, snapshot.get(TABLE.general), general));
  }
  writes.push(...eveningWrites(snapshot, after, true));
  return {
    writes, needsName: false, by,
    confirmed: changes.confirmed.map((g) => g.name), recalled: changes.recalled.map((g) => g.name),
    evening: { ...after.overview, coordinator: by },
  };
}
