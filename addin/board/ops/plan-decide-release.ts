/**
 * @file 「割振り確定前に解除」 (planDecideRelease): records the coordinator's decision to release some bureaus (or 全局)
 * of a standby day before its allocation closes (shared/evening/RULES.md §9.3: nobody is released before, except by
 * such a decision, recorded with who and why) — one row of the 解除判断表, at the minute, by the 担当者 (asked once,
 * then kept in 基本設定) — and re-plans the evening with it, so the bureaus named become 解除可 (to be recorded with
 * 「待機解除を確定」 and published). Refuses without a reason or a bureau. Pure.
 */
import { type IsoDate, type JstInstant, jstTimeOf } from '@shared/index';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { eveningWrites } from '../evening/evening-writes';
import { decisionRow } from '../evening/release-decisions';
import { eveningBoardMessages } from '../evening-labels';
import { standDownMessages as msg } from '../stand-down-labels';
import { resolveBureau } from '../settings/resolve-bureau';
import { minuteStamp } from '../sheet/minute-stamp';
import { readRows, toTableWrite } from '../sheet/table-rows';
import type { TableSnapshot, TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { TABLE, decisionTable } from '../tables/workbook-tables';
import { generalWrite, startOperation } from './board-operation';

/** What the pane asks for. */
export interface ReleaseDecisionRequest {
  standbyDay: IsoDate;
  /** 局名 (as the pane lists them), or 'all' (全局). */
  bureaus: readonly string[] | 'all';
  reason: string;
  /** The coordinator's name when the pane had to ask for it. */
  name?: string;
}

/** 判断の記録の計画. */
export interface DecisionPlan {
  writes: TableWrite[];
  /** No name known and none given: nothing was done; the pane asks once. */
  needsName: boolean;
  /** Why nothing was recorded (no reason, no bureau), in Japanese. */
  problem?: string;
  /** Who was recorded, and the bureaus (names, or 全局). */
  by: string;
  bureaus: string[];
  /** The notice for the pane. */
  notice?: string;
  evening: EveningOverview;
}

/**
 * Plans the decision at `now`.
 * @example planDecideRelease(snapshot, now, { standbyDay, bureaus: ['年金局'], reason: '当省への質問なしと国対から連絡' }).bureaus //=> ['年金局']
 */
export function planDecideRelease(snapshot: WorkbookSnapshot, now: JstInstant, request: ReleaseDecisionRequest): DecisionPlan {
  const state = startOperation(snapshot, now);
  const { settings, lines } = state;
  const inputs = { settings, questions: state.questions, lines, now, store: state.store };
  const nothing = (patch: Partial<DecisionPlan>): DecisionPlan => ({
    writes: [], needsName: false, by: '', bureaus: [], evening: buildEvening({ ...inputs, snapshot }).overview, ...patch,
  });
  if (!snapshot.has(TABLE.decisions)) return nothing({ problem: eveningBoardMessages.eveningSheetsMissing });
  const reason = request.reason.trim();
  if (!reason) return nothing({ problem: msg.decisionNeedsReason });
  const names = request.bureaus === 'all' ? 'all' : request.bureaus.flatMap((n) => resolveBureau(n, settings.bureaus)?.name ?? []);
  if (names !== 'all' && names.length === 0) return nothing({ problem: msg.decisionNeedsBureaus });
  const by = request.name?.trim() || settings.coordinator;
  if (!by) return nothing({ needsName: true });

  const at = minuteStamp(now);
  const rows = [...readRows(decisionTable, snapshot.get(TABLE.decisions)), decisionRow(at, request.standbyDay, names, by, reason)];
  const write = toTableWrite(decisionTable, snapshot.get(TABLE.decisions), rows);
  const written: TableSnapshot = { headers: write.headers, rows: write.rows.map((r) => r.map((c) => c ?? '')) };
  const next: WorkbookSnapshot = new Map(snapshot).set(TABLE.decisions, written);
  const after = buildEvening({ ...inputs, snapshot: next });
  const writes = [write];
  if (by !== settings.coordinator && snapshot.has(TABLE.general)) writes.push(generalWrite(snapshot, { coordinator: by }));
  writes.push(...eveningWrites(next, after, true));
  const listed = names === 'all' ? [msg.allBureaus] : names;
  return {
    writes, needsName: false, by, bureaus: listed, notice: msg.decisionRecorded(listed.join('、'), by, jstTimeOf(at)),
    evening: { ...after.overview, coordinator: by },
  };
}
