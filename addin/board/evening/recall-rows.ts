/**
 * @file 呼び戻し表・割振り未確定の理由表の行 (recallRows, blockerRows): one row per 呼び戻し of a bureau — when the
 * new work reached it, when it could go home again, why (追加通告 / 合議依頼 / 更問い), who brought it and which 問
 * (shared/evening/RULES.md §9.5) — and one row per reason that keeps a standby day's allocation open (§9.3). Pure.
 */
import { type StandbyDayPlan, parseExchangeItemId, recallRecordId } from '@shared/index';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import type { BlockerRow, RecallRow } from '../tables/workbook-tables';
import type { StandbyGroup } from './standby-groups';

/**
 * @example recallRows(groups, bureauName)[0] //=> { bureau: '医政局', at: 46183.91…, reason: '追加通告', by: '甲', items: '問3', … }
 */
export function recallRows(groups: readonly StandbyGroup[], bureauName: (id: string) => string): RecallRow[] {
  return groups.flatMap((g) => g.recalls.map((r): RecallRow => ({
    standbyDay: dateToSerial(g.standbyDay), bureau: bureauName(g.bureau), at: instantToSerial(r.at), until: r.until ? instantToSerial(r.until) : '',
    reason: r.reason, by: r.by, items: r.itemIds.map((id) => parseExchangeItemId(id)?.label ?? id).join('、'), text: r.text,
    id: recallRecordId(g.bureau, g.standbyDay, r.at),
  })));
}

/** @example blockerRows(days)[0] //=> { standbyDay: 46183, sitting: '衆議院厚生労働委員会@2026-06-11 09:00', text: '乙委員の通告が要旨のみ（問取り未了）' } */
export function blockerRows(days: readonly StandbyDayPlan[]): BlockerRow[] {
  return days.flatMap((d) => d.allocation.blockers.map((b): BlockerRow => ({ standbyDay: dateToSerial(d.standbyDay), sitting: b.sitting, text: b.text })));
}
