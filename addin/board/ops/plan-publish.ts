/**
 * @file 配信 (planPublish): builds the assignment bundle bureaus' extensions read — every record the
 * workbook holds, with the sheet's assignments and the computed milestones applied at their next 版, and
 * for the planned sittings the evening records of eveningPlanToRecords (夕方レク枠 with their 問, the per-問
 * 原案 / 合議了 / メモ出し / 課長了 / 局長了 deadlines) and the 待機解除 the coordinator confirmed (only
 * those; a confirmed release the plan no longer gives is withdrawn) — stamps it with the next revision and
 * the time, validates it with the shared schema, and plans the writes that record the new 版 in the
 * workbook. Lines with issues are not published. Pure.
 */
import {
  type ExchangeBundle, type ExchangeRecord, type JstInstant, eveningPlanToRecords, formatWarekiDateTime, isEveningMilestoneKind, jstStamp, parseMilestoneId,
  validateBundle,
} from '@shared/index';
import { type BoardSummary, type LineIssue, buildBoard } from '../questions/build-board';
import { type CaptureCounts, captureAssignments, captureJurisdictions, captureMilestones } from '../store/capture-records';
import { type EveningOverview, buildEvening } from '../evening/evening-board';
import { eveningWrites } from '../evening/evening-writes';
import { storeRows } from '../store/exchange-store';
import { releaseRecords } from '../store/release-records';
import { toTableWrite } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { TABLE, assignmentTable, deadlineTable, questionTable, storeTable } from '../tables/workbook-tables';
import { generalWrite, startOperation } from './board-operation';

/** 配信計画. */
export interface PublishPlan {
  bundle: ExchangeBundle;
  /** The bundle as JSON text (what is downloaded or copied). */
  text: string;
  /** Suggested file name: kokkai-assign-<yyyymmddhhmm>-r<版>.json. */
  fileName: string;
  writes: TableWrite[];
  summary: BoardSummary;
  /** Lines left out because of their issues (unknown bureau …). */
  skipped: LineIssue[];
  assignments: CaptureCounts;
  milestones: CaptureCounts;
  evening: EveningOverview;
  /** Bureaus whose confirmed 待機解除 was withdrawn in this publish (呼び戻し). */
  recalled: string[];
}

/**
 * True for a milestone the evening planner owns (原案, 合議了, メモ出し, 課長了, 局長了 per 問): a live record by its
 * `kind`; a tombstone, which has no data, by its id read back with record-ids' parser (eveningMilestoneId).
 */
function isEveningMilestone(r: ExchangeRecord<'milestones'>): boolean {
  return r.data ? isEveningMilestoneKind(r.data.kind) : parseMilestoneId(r.id)?.owner === 'evening';
}

/** `records` with the ones of `replaced` (same id) swapped in, and the new ones appended. */
function withRecords<T extends { id: string }>(records: readonly T[], replaced: readonly T[]): T[] {
  const byId = new Map(replaced.map((r) => [r.id, r]));
  const out = records.map((r) => byId.get(r.id) ?? r);
  const have = new Set(records.map((r) => r.id));
  for (const r of replaced) if (!have.has(r.id)) out.push(r);
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Plans a publish at `now`.
 * @example const plan = planPublish(snapshot, clock.now()); download(plan.fileName, plan.text)
 */
export function planPublish(snapshot: WorkbookSnapshot, now: JstInstant): PublishPlan {
  const state = startOperation(snapshot, now);
  const { settings, lines } = state;
  const view = buildBoard({
    settings, store: state.store, questions: state.questions, lines, edits: state.edits, jurisdictions: state.jurisdictions, now, setTimes: state.setTimes,
  });
  // 当省分 typed (or filled down) in the 質問 sheet travel as jurisdiction records.
  const marked = captureJurisdictions(state.store, state.edits, now, settings.producer).bundle;
  const assignments = captureAssignments(marked, lines, now, settings.producer);
  // The deadline engine's milestones and the planner's are reconciled separately: neither tombstones the other's.
  const stored = assignments.bundle.records.milestones;
  const planners = stored.filter(isEveningMilestone);
  const own = { ...assignments.bundle, records: { ...assignments.bundle.records, milestones: stored.filter((r) => !isEveningMilestone(r)) } };
  const milestones = captureMilestones(own, view.milestones, now, settings.producer);
  const evening = buildEvening({ snapshot, settings, store: state.store, questions: state.questions, lines, now });
  // A withdrawn sitting (中止) publishes no slots or deadlines (its day's releases and recalls come with the other sittings).
  const planned = eveningPlanToRecords(evening.plans.filter((p) => p.sitting.state !== '中止'), {
    updatedAt: now, updatedBy: settings.producer,
    previous: { slots: state.store.records.slots, milestones: planners, recalls: state.store.records.recalls },
  });
  const releases = releaseRecords(state.store, evening.groups, now, { by: settings.coordinator, producer: settings.producer, confirm: false });
  const records = milestones.bundle.records;
  const store: ExchangeBundle = {
    ...milestones.bundle,
    records: {
      ...records,
      slots: withRecords(records.slots, planned.slots as ExchangeRecord<'slots'>[]),
      milestones: withRecords([...records.milestones, ...planners], planned.milestones as ExchangeRecord<'milestones'>[]),
      releases: releases.bundle.records.releases,
      // 呼び戻し (shared/evening/RULES.md §9.5): published so the bureaus' popups can show them.
      recalls: withRecords(records.recalls, planned.recalls as ExchangeRecord<'recalls'>[]),
    },
  };
  const revision = settings.revision + 1;
  // 会期表: the coordinator's (built-in rows replaced by the 設定 sheet's), so every copy predicts 延期 alike.
  const bundle = validateBundle({
    ...store, producer: `addin:${settings.producer}`, producedAt: now, revision, sessions: settings.sessions,
  });
  const after = releases.recalled.length > 0 ? buildEvening({ snapshot, settings, store, questions: state.questions, lines, now }) : evening;

  const stamp = jstStamp(now);
  return {
    bundle,
    text: JSON.stringify(bundle),
    fileName: `kokkai-assign-${stamp}-r${revision}.json`,
    writes: [
      toTableWrite(questionTable, snapshot.get(TABLE.questions), view.questions),
      toTableWrite(assignmentTable, snapshot.get(TABLE.assignments), view.assignments),
      toTableWrite(deadlineTable, snapshot.get(TABLE.deadlines), view.deadlines),
      toTableWrite(storeTable, snapshot.get(TABLE.store), storeRows(store)),
      generalWrite(snapshot, { producer: settings.producer, revision: String(revision), publishedAt: formatWarekiDateTime(now) }),
      ...eveningWrites(snapshot, after, true),
    ],
    summary: view.summary,
    skipped: view.summary.issues,
    assignments: assignments.counts,
    milestones: milestones.counts,
    evening: after.overview,
    recalled: releases.recalled.map((g) => g.name),
  };
}
