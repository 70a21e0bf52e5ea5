/**
 * @file 自局の呼び戻し (bureauRecalls): the 呼び戻し records (shared/evening/RULES.md §9.5) of one bureau for tonight —
 * recalls of the standby day that is today, or, until noon, of yesterday's (the standby night runs past midnight) — in
 * order, and whether the bureau is recalled now (the last recall has begun and has not ended). A recall later than
 * today's stand-down withdraws it: the popup must never say 「本日の待機は解除されました」 while the bureau is called
 * back. Pure.
 */
import { compareInstants } from '../dates/compare-instants';
import { addDays } from '../dates/iso-date';
import { type JstInstant, jstDateOf, jstTimeOf, toEpochMs } from '../dates/jst';
import type { Bureau } from '../model/bureau';
import type { ExchangeRecords, Recall, StandDown } from './bundle-schema';

/** A bureau's recalls tonight. */
export interface BureauRecalls {
  /** Tonight's recalls, in order of time. */
  recalls: (Recall & { id: string })[];
  /** The recall in force now (begun, not ended), if any. */
  active?: Recall & { id: string };
}

const named = (value: string, bureau: Pick<Bureau, 'id' | 'name'>) => value === bureau.id || value === bureau.name;

/**
 * @example bureauRecalls(records, { id: 'isei', name: '医政局' }, now).active?.reason //=> '追加通告'
 */
export function bureauRecalls(records: ExchangeRecords, bureau: Pick<Bureau, 'id' | 'name'>, now: JstInstant): BureauRecalls {
  const today = jstDateOf(now);
  // The standby night runs past midnight: until noon, last evening's recalls are still tonight's.
  const lastEvening = jstTimeOf(now) < '12:00' ? addDays(today, -1) : undefined;
  const nowMs = toEpochMs(now);
  const recalls = records.recalls
    .flatMap((r) => (r.deleted || !r.data ? [] : [{ ...r.data, id: r.id }]))
    .filter((r) => named(r.bureau, bureau) && (r.date === today || r.date === lastEvening) && toEpochMs(r.at) <= nowMs)
    .sort((a, b) => compareInstants(a.at, b.at));
  const last = recalls.at(-1);
  const active = last && (last.until === null || toEpochMs(last.until) > nowMs) ? last : undefined;
  return { recalls, ...(active ? { active } : {}) };
}

/** True when a recall came after the stand-down (so the stand-down no longer holds). */
export function recallWithdraws(release: StandDown, recall: Recall | undefined): boolean {
  return recall !== undefined && compareInstants(recall.at, release.releasedAt) > 0;
}

/**
 * 「呼び戻し 22:00 追加通告 (甲委員)」: what the popup and the notification say of a recall.
 * @example recallTitle({ at: '2026-06-09T22:00:00+09:00', reason: '追加通告', by: '甲' }) //=> '呼び戻し 22:00 追加通告 (甲委員)'
 */
export function recallTitle(recall: Pick<Recall, 'at' | 'reason' | 'by'>): string {
  const by = recall.by === '' ? '' : recall.reason === '合議依頼' ? ` (${recall.by}から)` : ` (${recall.by}委員)`;
  return `呼び戻し ${jstTimeOf(recall.at)} ${recall.reason}${by}`;
}
