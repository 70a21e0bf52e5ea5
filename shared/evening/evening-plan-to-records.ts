/**
 * @file 計画 → 交換バンドルの記録 (eveningPlanToRecords): the slots with their 問, the stand-downs and the
 * per-問 deadlines (原案, 合議了, メモ出し, 課長了, 局長了) of one or more plans, as exchange records the
 * popup and the add-in already read (bundle-schema.ts, format version 1 — unchanged). Pure.
 *
 * 版 (rev): a record equal to the previous one keeps its 版 and updatedAt; a changed one gets 版 + 1; a
 * previous record of the same sittings that is no longer produced becomes a tombstone at 版 + 1, so merging
 * never resurrects it (bundle.md). Releases are announcements: only bureaus actually released (facts) are
 * published unless `includeExpectedReleases` is set.
 */
import { compareInstants } from '../dates/compare-instants';
import type { IsoDate } from '../dates/iso-date';
import type { JstInstant } from '../dates/jst';
import { jstDateOf } from '../dates/jst';
import {
  type BriefingSlot, type ExchangeMilestone, type ExchangeRecord, type ExchangeRecords, type Recall, type StandDown,
} from '../exchange/bundle-schema';
import { stableJson } from '../exchange/merge-bundle';
import { bureauDayKey, eveningMilestoneId, eveningMilestoneKinds, recallRecordId, releaseRecordId, slotRecordId } from '../exchange/record-ids';
import type { EveningPlan } from './evening-types';

/** 締切の種別 ids this converter writes (milestone `kind`) and their labels (defined with the ids, record-ids.ts). */
export { eveningMilestoneKinds };

/** Options. */
export interface PlanRecordsOptions {
  /** 更新日時 and 更新者 written on new or changed records. */
  updatedAt: JstInstant;
  updatedBy: string;
  /** Records published before (from the last bundle), to keep 版 and write tombstones. */
  previous?: Partial<Pick<ExchangeRecords, 'slots' | 'releases' | 'milestones' | 'recalls'>>;
  /** Also publish forecast releases (default false: only bureaus actually released). */
  includeExpectedReleases?: boolean;
}

/** The records: slots, releases, milestones and recalls. */
export type PlanRecords = Pick<ExchangeRecords, 'slots' | 'releases' | 'milestones' | 'recalls'>;

/**
 * Converts plans (one per sitting) to exchange records. A bureau in several sittings on the same standby
 * day gets one release: the latest, and only when every sitting released it.
 * @example eveningPlanToRecords([plan], { updatedAt: now, updatedBy: 'scheduler' }).releases[0].id //=> 'release:nenkin:2026-06-09'
 */
export function eveningPlanToRecords(plans: readonly EveningPlan[], options: PlanRecordsOptions): PlanRecords {
  const slots: { id: string; data: BriefingSlot }[] = [];
  const milestones: { id: string; data: ExchangeMilestone }[] = [];
  for (const plan of plans) {
    for (const s of plan.slots) {
      if (!s.ministerAvailable) continue;
      slots.push({
        id: slotRecordId(plan.sitting.id, s.id),
        data: { sitting: plan.sitting.id, startAt: s.startAt, endAt: s.endAt, label: s.label, capacity: s.capacity, itemIds: [...s.itemIds] },
      });
    }
    for (const i of plan.items) {
      if (!i.bureau || !i.draftBy || !i.sectionChiefBy || !i.directorBy) continue;
      const m = (kind: keyof typeof eveningMilestoneKinds, bureau: string, dueAt: JstInstant, own?: string) => milestones.push({
        id: eveningMilestoneId(i.itemId, kind, own),
        data: { questionKey: i.questionKey, itemLabel: i.itemLabel, bureau, kind, label: eveningMilestoneKinds[kind], dueAt },
      });
      m('answerDraft', i.bureau, i.draftBy);
      for (const b of i.memoBureaus) m('answerMemo', b, i.draftBy, b);
      for (const b of i.concurrenceBureaus) m('answerConcurrence', b, i.concurrenceBy ?? i.sectionChiefBy, b);
      m('sectionChiefApproval', i.bureau, i.sectionChiefBy);
      m('directorApproval', i.bureau, i.directorBy);
    }
  }
  const releases = combineReleases(plans, options);
  const recalls = recallRecords(plans);
  // Scope for tombstones: what these plans own.
  const sittings = new Set(plans.map((p) => p.sitting.id));
  const notices = new Set(plans.flatMap((p) => p.items.map((i) => i.questionKey)));
  const releaseIds = new Set(plans.flatMap((p) => p.bureaus.map((b) => releaseRecordId(b.bureau, p.standbyDay))));
  const kinds = new Set<string>(Object.keys(eveningMilestoneKinds));
  const recallScope = new Set(plans.flatMap((p) => p.bureaus.map((b) => bureauDayKey(b.bureau, p.standbyDay))));
  return {
    recalls: withRevisions(recalls, options.previous?.recalls, (r) => r.data !== undefined && recallScope.has(bureauDayKey(r.data.bureau, r.data.date)), options),
    slots: withRevisions(slots, options.previous?.slots, (r) => r.data !== undefined && sittings.has(r.data.sitting), options),
    releases: withRevisions(releases, options.previous?.releases, (r) => releaseIds.has(r.id), options),
    milestones: withRevisions(milestones, options.previous?.milestones, (r) => r.data !== undefined && notices.has(r.data.questionKey) && kinds.has(r.data.kind), options),
  };
}

/**
 * 呼び戻し of every bureau (once per bureau, standby day and time, over all plans). A recall is a fact (the work
 * reached the bureau); its end is published only when known — when the bureau is released on reported facts, or when
 * a later recall followed it.
 */
function recallRecords(plans: readonly EveningPlan[]): { id: string; data: Recall }[] {
  const out = new Map<string, { id: string; data: Recall }>();
  for (const plan of plans) {
    for (const b of plan.bureaus) {
      b.recalls.forEach((r, k) => {
        const id = recallRecordId(b.bureau, plan.standbyDay, r.at);
        const last = k === b.recalls.length - 1;
        const until = b.status === 'released' || !last ? r.until : null;
        out.set(id, { id, data: { bureau: b.bureau, date: plan.standbyDay, at: r.at, until, reason: r.reason, by: r.by, itemIds: [...r.itemIds], text: r.text } });
      });
    }
  }
  return [...out.values()];
}

/** One stand-down per bureau and standby day over all plans (latest release; none while any plan waits). */
function combineReleases(plans: readonly EveningPlan[], options: PlanRecordsOptions): { id: string; data: StandDown }[] {
  const groups = new Map<string, { bureau: string; day: IsoDate; rows: EveningPlan['bureaus'] }>();
  for (const plan of plans) {
    for (const b of plan.bureaus) {
      const key = bureauDayKey(b.bureau, plan.standbyDay);
      const g = groups.get(key) ?? { bureau: b.bureau, day: plan.standbyDay, rows: [] };
      g.rows.push(b);
      groups.set(key, g);
    }
  }
  const out: { id: string; data: StandDown }[] = [];
  for (const g of groups.values()) {
    if (g.rows.some((r) => r.releaseAt === null)) continue;
    if (!options.includeExpectedReleases && g.rows.some((r) => r.status !== 'released')) continue;
    const latest = g.rows.reduce((a, b) => (compareInstants(b.releaseAt!, a.releaseAt!) > 0 ? b : a));
    out.push({
      id: releaseRecordId(g.bureau, g.day),
      data: { bureau: g.bureau, date: jstDateOf(latest.releaseAt!), releasedAt: latest.releaseAt!, reason: latest.reasonText, by: options.updatedBy },
    });
  }
  return out;
}

/** Keeps 版 for unchanged records, bumps changed ones, tombstones vanished ones in scope. */
function withRevisions<T>(
  next: readonly { id: string; data: T }[],
  previous: readonly ExchangeRecord[] | undefined,
  inScope: (r: { id: string; data?: T }) => boolean,
  options: PlanRecordsOptions,
): { id: string; rev: number; updatedAt: JstInstant; updatedBy: string; deleted: boolean; data?: T }[] {
  const prev = new Map((previous ?? []).map((r) => [r.id, r as unknown as { id: string; rev: number; updatedAt: JstInstant; updatedBy: string; deleted: boolean; data?: T }]));
  const out: { id: string; rev: number; updatedAt: JstInstant; updatedBy: string; deleted: boolean; data?: T }[] = [];
  const produced = new Set<string>();
  for (const r of next) {
    produced.add(r.id);
    const p = prev.get(r.id);
    if (p && !p.deleted && stableJson(p.data) === stableJson(r.data)) out.push(p);
    else out.push({ id: r.id, rev: (p?.rev ?? 0) + 1, updatedAt: options.updatedAt, updatedBy: options.updatedBy, deleted: false, data: r.data });
  }
  for (const p of prev.values()) {
    if (produced.has(p.id) || p.deleted || !inScope(p)) continue;
    out.push({ id: p.id, rev: p.rev + 1, updatedAt: options.updatedAt, updatedBy: options.updatedBy, deleted: true });
  }
  return out;
}
