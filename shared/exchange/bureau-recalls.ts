/**
 * @file 自局の呼び戻し (bureauRecalls): the 呼び戻し records (shared/evening/RULES.md §9.5) of one bureau for tonight —
 * recalls whose standby night is in force (begun, and the night past midnight not ended: inStandbyNight) — in
 * order, and whether the bureau is recalled now (the last recall has begun and has not ended). A recall later than
 * today's stand-down withdraws it: the popup must never say 「本日の待機は解除されました」 while the bureau is called
 * back. Pure.
 */
import { compareInstants } from '../dates/compare-instants';
import { type JstInstant, jstTimeOf, toEpochMs } from '../dates/jst';
import type { Bureau } from '../model/bureau';
import { type BureauRules, defaultBureauRules } from './bureau-rules';
import type { ExchangeRecords, Recall, StandDown } from './bundle-schema';
import { inStandbyNight } from './standby-night';

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
export function bureauRecalls(
  records: ExchangeRecords,
  bureau: Pick<Bureau, 'id' | 'name'>,
  now: JstInstant,
  rules: Pick<BureauRules, 'standbyNightEndsAt'> = defaultBureauRules,
): BureauRecalls {
  // The standby night runs past midnight: until it ends, last evening's recalls are still tonight's.
  const nowMs = toEpochMs(now);
  const recalls = records.recalls
    .flatMap((r) => (r.deleted || !r.data ? [] : [{ ...r.data, id: r.id }]))
    .filter((r) => named(r.bureau, bureau) && inStandbyNight(r.date, r.at, now, rules))
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
