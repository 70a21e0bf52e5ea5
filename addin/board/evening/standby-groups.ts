/**
 * @file 局ごとの待機 (standbyGroups): one entry per bureau and standby day, from the day's plan (planStandbyDay: its
 * bureau rows are the day's, over every sitting) — status, release, 当番, 呼び戻し and why it is held — and the
 * coordinator's confirmation, i.e. the live 待機解除 record in the workbook's store. Decides 解除可 (released by the
 * plan, not confirmed since its last 呼び戻し, not in the future) and 呼び戻し (confirmed, but the plan no longer
 * releases the bureau, or recalled it after the confirmation: shared/evening/RULES.md §9.5). Pure.
 */
import {
  type BureauRecall, type BureauRelease, type ExchangeBundle, type IsoDate, type JstInstant, type ReleaseStatus, type StandDown,
  type StandbyDayPlan, compareInstants, releaseRecordId, toEpochMs,
} from '@shared/index';

/** One bureau on one standby day. */
export interface StandbyGroup {
  /** 記録 id: releaseRecordId(bureau, standbyDay). */
  id: string;
  standbyDay: IsoDate;
  bureau: string;
  name: string;
  /** The day's status (over every sitting). */
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
  /** The planner's hours (per person, every recalled hour included) and person-hours. */
  hours: number;
  lateNightHours: number;
  staffHours: number;
  /** 待機の起点 (終業 on the standby day). */
  standbyFrom: JstInstant;
  sittings: string[];
  /** 呼び戻し of the day, in order. */
  recalls: BureauRecall[];
  /** 当番 (from, until, who), or null. */
  duty: BureauRelease['duty'];
  /** まだ解除できない理由 (Japanese). */
  holds: string[];
  /** The coordinator's decision that released it before the allocation closed, or null. */
  decision: BureauRelease['decision'];
  /** 確定した待機解除 (the live record), if any. */
  confirmed?: StandDown & { rev: number };
  /** The confirmation was made before the bureau's last 呼び戻し (it no longer holds). */
  staleConfirmation: boolean;
  /** 解除可: released by the plan, not confirmed since its last recall, and not later than `now`. */
  releasable: boolean;
  /** 呼び戻し: confirmed, but the plan no longer releases the bureau, or recalled it after the confirmation. */
  recalled: boolean;
}

function groupOf(day: StandbyDayPlan, b: BureauRelease): StandbyGroup {
  return {
    id: releaseRecordId(b.bureau, day.standbyDay), standbyDay: day.standbyDay, bureau: b.bureau, name: b.name, status: b.status,
    releaseAt: b.releaseAt, finishAt: b.expectedFinishAt, reason: b.reasonText, draftCount: b.draftCount, concurrenceCount: b.concurrenceCount,
    memoCount: b.memoCount, drafters: b.drafters, hours: b.hoursPastRegularEnd, lateNightHours: b.lateNightHours,
    staffHours: b.staffHoursPastRegularEnd, standbyFrom: b.standbyFrom, sittings: day.sittings.map((p) => p.sitting.id), recalls: b.recalls,
    duty: b.duty, holds: b.holds, decision: b.decision, staleConfirmation: false, releasable: false, recalled: false,
  };
}

/**
 * The groups of the planned standby days (days in order, bureaus in directory order).
 * @example standbyGroups(dayPlans, store, now).filter((g) => g.releasable).map((g) => g.name) //=> ['大臣官房', '医政局', …]
 */
export function standbyGroups(days: readonly StandbyDayPlan[], store: ExchangeBundle, now: JstInstant): StandbyGroup[] {
  const nowMs = toEpochMs(now);
  const confirmed = new Map(store.records.releases.flatMap((r) => (r.deleted || !r.data ? [] : [[r.id, { ...r.data, rev: r.rev }] as const])));
  const out: StandbyGroup[] = [];
  for (const day of [...days].sort((a, b) => (a.standbyDay < b.standbyDay ? -1 : a.standbyDay > b.standbyDay ? 1 : 0))) {
    for (const b of day.bureaus) {
      const g = groupOf(day, b);
      g.confirmed = confirmed.get(g.id);
      const lastRecall = g.recalls.filter((r) => toEpochMs(r.at) <= nowMs).at(-1);
      g.staleConfirmation = g.confirmed !== undefined && lastRecall !== undefined && compareInstants(g.confirmed.releasedAt, lastRecall.at) < 0;
      const planReleases = g.status === 'released' && g.releaseAt !== null && toEpochMs(g.releaseAt) <= nowMs;
      g.releasable = planReleases && (!g.confirmed || g.staleConfirmation);
      g.recalled = g.confirmed !== undefined && !g.releasable && (g.status !== 'released' || g.staleConfirmation);
      out.push(g);
    }
  }
  return out;
}
