/**
 * @file 待機解除の記録 (releaseRecords): 「待機解除を確定」 turns every 解除可 bureau into a 待機解除 record of
 * the workbook's store — id releaseRecordId(bureau, standbyDay), of that standby day (a confirmation at 01:30 on the
 * 10th releases the 9th's night, and says so), released at the moment of the confirmation, by the coordinator, with
 * the planner's reason — and a confirmed bureau the plan no longer releases (呼び戻し: a later
 * notice gave it work) gets a tombstone at 版 + 1, so the popups stop saying it may go home. A bureau already
 * confirmed is left as it is, so confirming twice records nothing twice. Pure.
 */
import type { ExchangeBundle, ExchangeRecord, JstInstant } from '@shared/index';
import type { StandbyGroup } from '../evening/standby-groups';

/** What changed. */
export interface ReleaseChanges {
  bundle: ExchangeBundle;
  /** Bureaus recorded now (解除可 → 解除). */
  confirmed: StandbyGroup[];
  /** Bureaus whose confirmed release was withdrawn (呼び戻し). */
  recalled: StandbyGroup[];
}

/**
 * Applies the confirmations (when `by` is given) and the withdrawals to the store.
 * @example releaseRecords(store, groups, now, { by: '山田', producer: '官房総務課', confirm: true }).confirmed.length //=> 12
 */
export function releaseRecords(
  store: ExchangeBundle, groups: readonly StandbyGroup[], now: JstInstant, options: { by: string; producer: string; confirm: boolean },
): ReleaseChanges {
  const records = new Map(store.records.releases.map((r) => [r.id, r]));
  const confirmed: StandbyGroup[] = [];
  const recalled: StandbyGroup[] = [];
  for (const g of groups) {
    const previous = records.get(g.id);
    if (options.confirm && g.releasable) {
      records.set(g.id, {
        id: g.id, rev: (previous?.rev ?? 0) + 1, updatedAt: now, updatedBy: options.producer, deleted: false,
        data: { bureau: g.bureau, date: g.standbyDay, releasedAt: now, reason: g.reason, by: options.by },
      });
      confirmed.push(g);
    } else if (g.recalled && previous && !previous.deleted) {
      records.set(g.id, { id: g.id, rev: previous.rev + 1, updatedAt: now, updatedBy: options.producer, deleted: true });
      recalled.push(g);
    }
  }
  if (confirmed.length === 0 && recalled.length === 0) return { bundle: store, confirmed, recalled };
  const releases = [...records.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) as ExchangeRecord<'releases'>[];
  return { bundle: { ...store, records: { ...store.records, releases } }, confirmed, recalled };
}
