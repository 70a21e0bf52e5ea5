/**
 * @file 待機表の行 (standbyRows): one row per bureau and standby day — 状態 (待機中 (割振り未確定) / 待機中
 * (解除見込み 23:40) / 解除可 19:05〜 / 解除 19:42 / 呼び戻し), role counts, expected finish, when the plan
 * releases it, the confirmation (when and who), the reason, and the hours past 18:15. Pure.
 */
import type { JstInstant } from '@shared/index';
import type { CellValue } from '../sheet/cell-value';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import { eveningBoardMessages as msg } from '../evening-labels';
import { standbyClock } from './standby-clock';
import type { StandbyGroup } from './standby-groups';
import type { StandbyRow } from '../tables/workbook-tables';

/** 状態 of one bureau on its standby day. @example standbyState(group) //=> '解除 19:42' */
export function standbyState(g: StandbyGroup): string {
  const clock = (at: JstInstant) => standbyClock(at, g.standbyDay);
  if (g.recalled) return msg.recalled(clock(g.confirmed!.releasedAt));
  if (g.confirmed) return msg.released(clock(g.confirmed.releasedAt));
  if (g.releasable) return msg.releasable(clock(g.releaseAt!));
  if (g.releaseAt) return msg.waitingExpected(clock(g.releaseAt));
  return msg.waitingAllocation;
}

const serialAt = (at: JstInstant | null | undefined): CellValue => (at ? instantToSerial(at) : '');

/**
 * @example standbyRows(groups)[0] //=> { bureau: '大臣官房', state: '解除可 19:05〜', … }
 */
export function standbyRows(groups: readonly StandbyGroup[]): StandbyRow[] {
  return groups.map((g) => ({
    standbyDay: dateToSerial(g.standbyDay), bureau: g.name, state: standbyState(g),
    draft: g.draftCount, concurrence: g.concurrenceCount, memo: g.memoCount,
    finishAt: serialAt(g.finishAt), releasableAt: serialAt(g.releaseAt),
    confirmedAt: serialAt(g.confirmed?.releasedAt), confirmedBy: g.confirmed?.by ?? '',
    reason: g.recalled ? `${msg.recalledReason} ${g.reason}` : g.reason,
    drafters: g.drafters, hours: g.hours, lateNight: g.lateNightHours, staffHours: g.staffHours,
    sittings: g.sittings.join('、'), id: g.id,
  }));
}
