/**
 * @file 「待機解除を確定」 (planConfirmReleases): records every bureau the plan releases and nobody confirmed yet
 * — when (now) and who (the 担当者 of 基本設定, or the name the pane asked for once, then kept there) — in the
 * workbook's store, withdraws confirmed releases a later notice undid (呼び戻し), and rewrites the 待機 and
 * 待機・超勤 sheets to count up to the confirmation. Idempotent: a second click finds nothing new. Pure.
 */
import { type JstInstant } from '@shared/index';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { eveningWrites } from '../evening/evening-writes';
import { storeRows } from '../store/exchange-store';
import { releaseRecords } from '../store/release-records';
import { toTableWrite } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { TABLE, storeTable } from '../tables/workbook-tables';
import { generalWrite, startOperation } from './board-operation';

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
  const state = startOperation(snapshot, now);
  const { settings, lines } = state;
  const inputs = { snapshot, settings, questions: state.questions, lines, now };
  const before = buildEvening({ ...inputs, store: state.store });
  const by = name?.trim() || settings.coordinator;
  if (!by) return { writes: [], needsName: true, by: '', confirmed: [], recalled: [], evening: before.overview };

  const changes = releaseRecords(state.store, before.groups, now, { by, producer: settings.producer, confirm: true });
  const after = changes.bundle === state.store ? before : buildEvening({ ...inputs, store: changes.bundle });
  const writes: TableWrite[] = [];
  if (changes.bundle !== state.store) writes.push(toTableWrite(storeTable, snapshot.get(TABLE.store), storeRows(changes.bundle)));
  if (by !== settings.coordinator && snapshot.has(TABLE.general)) writes.push(generalWrite(snapshot, { coordinator: by }));
  writes.push(...eveningWrites(snapshot, after, true));
  return {
    writes, needsName: false, by,
    confirmed: changes.confirmed.map((g) => g.name), recalled: changes.recalled.map((g) => g.name),
    evening: { ...after.overview, coordinator: by },
  };
}
