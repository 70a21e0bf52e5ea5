/**
 * @file 記録への反映 (captureRecords): turns what the sheet now says into exchange records with 版 —
 * changed assignments and milestones get 版 + 1, new ones 版 1, removed ones a tombstone at 版 + 1;
 * unchanged records keep their 版. A line with issues keeps its last accepted record. Pure.
 */
import {
  type Assignment, type ExchangeBundle, type ExchangeMilestone, type ExchangeRecord, type JstInstant, type Jurisdiction, deadlineMilestoneId, stableJson,
} from '@shared/index';
import type { JurisdictionEdit } from '../questions/question-jurisdiction';
import { type AssignmentLine, lineAssignment } from '../questions/assignment-lines';
import type { DueMilestone } from '../questions/question-deadline';

/** 変更件数. */
export interface CaptureCounts {
  created: number;
  changed: number;
  deleted: number;
}

type Rec<T> = { id: string; rev: number; updatedAt: string; updatedBy: string; deleted: boolean; data?: T };

/** Applies `wanted` (id → data; absent = should not exist) to the current records of one kind. */
function reconcile<T>(current: readonly Rec<T>[], wanted: ReadonlyMap<string, T>, keep: ReadonlySet<string>, now: JstInstant, by: string, counts: CaptureCounts): Rec<T>[] {
  const out: Rec<T>[] = [];
  const seen = new Set<string>();
  for (const record of current) {
    seen.add(record.id);
    const data = wanted.get(record.id);
    if (data === undefined) {
      if (record.deleted || keep.has(record.id)) { out.push(record); continue; }
      out.push({ id: record.id, rev: record.rev + 1, updatedAt: now, updatedBy: by, deleted: true });
      counts.deleted++;
      continue;
    }
    if (!record.deleted && stableJson(record.data) === stableJson(data)) { out.push(record); continue; }
    out.push({ id: record.id, rev: record.rev + 1, updatedAt: now, updatedBy: by, deleted: false, data });
    counts.changed++;
  }
  for (const [id, data] of wanted) {
    if (seen.has(id)) continue;
    out.push({ id, rev: 1, updatedAt: now, updatedBy: by, deleted: false, data });
    counts.created++;
  }
  return out.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The store with the sheet's assignments applied. Lines with issues keep their previous record
 * (never deleted, never replaced by the unaccepted value).
 * @example captureAssignments(store, lines, now, '官房総務課').bundle.records.assignments
 */
export function captureAssignments(store: ExchangeBundle, lines: readonly AssignmentLine[], now: JstInstant, by: string): { bundle: ExchangeBundle; counts: CaptureCounts } {
  const counts: CaptureCounts = { created: 0, changed: 0, deleted: 0 };
  const wanted = new Map<string, Assignment>();
  const keep = new Set<string>();
  for (const line of lines) {
    const a = lineAssignment(line, by);
    if (a) wanted.set(a.id, a);
    else if (line.id && line.issues.length > 0) keep.add(line.id);
  }
  const assignments = reconcile(store.records.assignments, wanted, keep, now, by, counts) as ExchangeRecord<'assignments'>[];
  return { bundle: { ...store, records: { ...store.records, assignments } }, counts };
}

/**
 * The store with the computed milestones applied (id deadlineMilestoneId: `${questionKey}@${milestone id}`); milestones of
 * questions no longer open become tombstones so that bureaus stop showing them.
 */
export function captureMilestones(store: ExchangeBundle, milestones: ReadonlyMap<string, readonly DueMilestone[]>, now: JstInstant, by: string): { bundle: ExchangeBundle; counts: CaptureCounts } {
  const counts: CaptureCounts = { created: 0, changed: 0, deleted: 0 };
  const wanted = new Map<string, ExchangeMilestone>();
  for (const [questionKey, list] of milestones) {
    for (const m of list) wanted.set(deadlineMilestoneId(questionKey, m.id), { questionKey, kind: m.id, label: m.label, dueAt: m.at });
  }
  const records = reconcile(store.records.milestones, wanted, new Set(), now, by, counts) as ExchangeRecord<'milestones'>[];
  return { bundle: { ...store, records: { ...store.records, milestones: records } }, counts };
}

/**
 * The store with the 当省分 the sheet says applied: a changed marking gets 版 + 1, a new one 版 1, a cleared cell
 * (未確認) a tombstone at 版 + 1. Questions the sheet has no readable 当省分 for keep their record as it is.
 * @example captureJurisdictions(store, state.edits, now, '官房総務課').bundle.records.jurisdictions
 */
export function captureJurisdictions(
  store: ExchangeBundle,
  edits: ReadonlyMap<string, { jurisdiction?: JurisdictionEdit }>,
  now: JstInstant,
  by: string,
): { bundle: ExchangeBundle; counts: CaptureCounts } {
  const counts: CaptureCounts = { created: 0, changed: 0, deleted: 0 };
  const records = new Map(store.records.jurisdictions.map((r) => [r.id, r]));
  for (const [questionKey, edit] of edits) {
    const j = edit.jurisdiction;
    if (!j || !('marking' in j)) continue;
    const current = records.get(questionKey);
    const live = current && !current.deleted ? current.data : undefined;
    const data = j.marking.scope === 'none' ? undefined : ({ questionKey, ...j.marking } as Jurisdiction);
    if (stableJson(live) === stableJson(data)) continue;
    const rev = (current?.rev ?? 0) + 1;
    if (data) {
      records.set(questionKey, { id: questionKey, rev, updatedAt: now, updatedBy: by, deleted: false, data });
      if (current) counts.changed++;
      else counts.created++;
    } else {
      records.set(questionKey, { id: questionKey, rev, updatedAt: now, updatedBy: by, deleted: true });
      counts.deleted++;
    }
  }
  const jurisdictions = [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) as ExchangeRecord<'jurisdictions'>[];
  return { bundle: { ...store, records: { ...store.records, jurisdictions } }, counts };
}
