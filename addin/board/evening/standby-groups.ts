/**
 * @file 局ごとの待機 (standbyGroups): one entry per bureau and standby day over every planned sitting — the
 * planner's release combined the way the exchange records are (eveningPlanToRecords: waiting while any sitting
 * waits, released only when every sitting released it, at the latest release) — and the coordinator's
 * confirmation, i.e. the live 待機解除 record in the workbook's store. Decides 解除可 (released by the plan,
 * not yet confirmed, not in the future) and 呼び戻し (confirmed, but the plan no longer releases it). Pure.
 */
import {
  type EveningPlan, type ExchangeBundle, type IsoDate, type JstInstant, type ReleaseStatus, type StandDown, compareInstants, releaseRecordId, toEpochMs,
} from '@shared/index';

/** One bureau on one standby day. */
export interface StandbyGroup {
  /** 記録 id: releaseRecordId(bureau, standbyDay). */
  id: string;
  standbyDay: IsoDate;
  bureau: string;
  name: string;
  /** Combined over the sittings of the day. */
  status: ReleaseStatus;
  /** 解除可能: when the plan releases the bureau (null while waiting). */
  releaseAt: JstInstant | null;
  /** 作業終了見込み. */
  finishAt: JstInstant | null;
  reason: string;
  draftCount: number;
  concurrenceCount: number;
  memoCount: number;
  drafters: number;
  /** The planner's hours (per person) and person-hours; the longest over the sittings (they overlap from 18:15). */
  hours: number;
  lateNightHours: number;
  staffHours: number;
  /** 待機の起点 (終業 on the standby day). */
  standbyFrom: JstInstant;
  sittings: string[];
  /** 確定した待機解除 (the live record), if any. */
  confirmed?: StandDown & { rev: number };
  /** 解除可: released by the plan, not confirmed, and not later than `now`. */
  releasable: boolean;
  /** 呼び戻し: confirmed, but the plan no longer releases the bureau (a later notice gave it work). */
  recalled: boolean;
}

/**
 * Groups the plans' bureau rows by standby day and bureau (days in order, bureaus in directory order).
 * @example standbyGroups([plan], store, now).filter((g) => g.releasable).map((g) => g.name) //=> ['大臣官房', '医政局', …]
 */
export function standbyGroups(plans: readonly EveningPlan[], store: ExchangeBundle, now: JstInstant): StandbyGroup[] {
  const nowMs = toEpochMs(now);
  const confirmed = new Map(store.records.releases.flatMap((r) => (r.deleted || !r.data ? [] : [[r.id, { ...r.data, rev: r.rev }] as const])));
  const groups = new Map<string, StandbyGroup>();
  const order: string[] = [];
  for (const plan of plans) {
    for (const b of plan.bureaus) {
      const id = releaseRecordId(b.bureau, plan.standbyDay);
      const g = groups.get(id);
      if (!g) {
        groups.set(id, {
          id, standbyDay: plan.standbyDay, bureau: b.bureau, name: b.name, status: b.status, releaseAt: b.releaseAt, finishAt: b.expectedFinishAt,
          reason: b.reasonText, draftCount: b.draftCount, concurrenceCount: b.concurrenceCount, memoCount: b.memoCount, drafters: b.drafters,
          hours: b.hoursPastRegularEnd, lateNightHours: b.lateNightHours, staffHours: b.staffHoursPastRegularEnd, standbyFrom: b.standbyFrom,
          sittings: [plan.sitting.id], releasable: false, recalled: false,
        });
        order.push(id);
        continue;
      }
      g.sittings.push(plan.sitting.id);
      g.draftCount += b.draftCount;
      g.concurrenceCount += b.concurrenceCount;
      g.memoCount += b.memoCount;
      if (b.expectedFinishAt && (!g.finishAt || compareInstants(b.expectedFinishAt, g.finishAt) > 0)) g.finishAt = b.expectedFinishAt;
      if (b.hoursPastRegularEnd > g.hours) {
        g.hours = b.hoursPastRegularEnd;
        g.lateNightHours = b.lateNightHours;
        g.staffHours = b.staffHoursPastRegularEnd;
      }
      if (g.status === 'waiting') continue;
      if (b.status === 'waiting') { g.status = 'waiting'; g.releaseAt = null; g.reason = b.reasonText; continue; }
      if (b.status === 'expected') g.status = 'expected';
      if (b.releaseAt && (!g.releaseAt || compareInstants(b.releaseAt, g.releaseAt) > 0)) { g.releaseAt = b.releaseAt; g.reason = b.reasonText; }
    }
  }
  const out = order.map((id) => groups.get(id)!);
  for (const g of out) {
    g.confirmed = confirmed.get(g.id);
    g.recalled = g.confirmed !== undefined && g.status !== 'released';
    g.releasable = !g.confirmed && g.status === 'released' && g.releaseAt !== null && toEpochMs(g.releaseAt) <= nowMs;
  }
  return out.sort((a, b) => (a.standbyDay < b.standbyDay ? -1 : a.standbyDay > b.standbyDay ? 1 : 0));
}
