/**
 * @file 待機表の行 (standbyRows): one row per bureau and standby day — 状態 (待機中 (割振り未確定) / 待機中
 * (解除見込み 23:40) / 待機中 (当番 山田・佐藤) / 解除可 19:05〜 / 解除 19:42 / 呼び戻し中 22:00〜 / 呼び戻し), role
 * counts, expected finish, when the plan releases it, the confirmation (when and who), the reason, the hours past
 * 18:15 (every recalled hour included), its 当番 (who, from, until), its 呼び戻し and why it is still held
 * (shared/evening/RULES.md §9). Pure.
 */
import type { JstInstant } from '@shared/index';
import type { CellValue } from '../sheet/cell-value';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import { eveningBoardMessages as msg } from '../evening-labels';
import { standDownMessages as sd } from '../stand-down-labels';
import { standbyClock } from './standby-clock';
import type { StandbyGroup } from './standby-groups';
import type { StandbyRow } from '../tables/workbook-tables';

/** 状態 of one bureau on its standby day. @example standbyState(group) //=> '解除 19:42' */
export function standbyState(g: StandbyGroup): string {
  const clock = (at: JstInstant) => standbyClock(at, g.standbyDay);
  if (g.recalled) return msg.recalled(clock(g.confirmed!.releasedAt));
  if (g.confirmed && !g.staleConfirmation) return msg.released(clock(g.confirmed.releasedAt));
  const open = g.recalls.at(-1);
  if (open && open.until === null && g.status === 'waiting') return sd.recalledNow(clock(open.at), open.reason);
  if (g.releasable) return msg.releasable(clock(g.releaseAt!));
  if (g.releaseAt) return msg.waitingExpected(clock(g.releaseAt));
  if (g.duty && g.duty.until === null) return sd.onDuty(g.duty.people.join('・'));
  return msg.waitingAllocation;
}

/** 「翌04:05 (見込み)」: a recall's end, said as a forecast unless the bureau's release rests on reported facts. */
export function recallUntil(g: StandbyGroup, r: StandbyGroup['recalls'][number]): string {
  return r.until ? sd.recallUntil(standbyClock(r.until, g.standbyDay), g.status !== 'released' && r === g.recalls.at(-1)) : '';
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
    reason: g.recalled ? `${msg.recalledReason} ${g.reason}` : g.staleConfirmation ? `${sd.staleConfirmation(standbyClock(g.confirmed!.releasedAt, g.standbyDay))} ${g.reason}` : g.reason,
    drafters: g.drafters, hours: g.hours, lateNight: g.lateNightHours, staffHours: g.staffHours,
    sittings: g.sittings.join('、'), id: g.id,
    dutyPeople: g.duty?.people.join('、') ?? '', dutyFrom: serialAt(g.duty?.from), dutyUntil: serialAt(g.duty?.until),
    recalls: g.recalls.map((r) => sd.recallLine(standbyClock(r.at, g.standbyDay), recallUntil(g, r), r.reason, r.by)).join('、'),
    holds: g.holds.join(' '),
  }));
}
