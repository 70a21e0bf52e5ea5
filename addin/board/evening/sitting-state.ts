/**
 * @file 開会の状態 (readSittingState): a 開会表 row's 状態, セット日時 (委員会セット) and 中止の時刻 → the planner's
 * sitting state and its history (shared/evening/RULES.md §9.2), and the cells to write back. A blank 状態 is セット済み
 * since always (a sitting known from its notices, or typed with its questioners; its セット日時 is kept as typed, for the
 * notices' lateness and the 通告月報: sitting-set-times.ts). While a sitting is 予定 its セット日時 cell
 * says 未セット, so the change to セット済み / 開会確定 is seen and stamped at the minute (before it the sitting was
 * 予定 and kept the allocation open); 中止 is stamped the same way and was, before its time, the state it had. Pure.
 */
import { type EveningSitting, type JstInstant, type SittingState, compareInstants } from '@shared/index';
import { standDownMessages as msg } from '../stand-down-labels';
import { type CellValue, cellInstant, cellText } from '../sheet/cell-value';
import { instantToSerial } from '../sheet/excel-serial';
import { minuteStamp } from '../sheet/minute-stamp';
import { headerOf } from '../sheet/table-definition';
import { sittingStateWords } from '../tables/cell-words';
import { type SittingRow, sittingTable } from '../tables/workbook-tables';

/** A sitting's state as read, for the planner and for the sheet. */
export interface SittingStateRead {
  /** The planner's fields (none = セット済み since always). */
  planner: Pick<EveningSitting, 'state' | 'setAt' | 'states'>;
  /** Cells to write back (状態 as typed, stamps filled or cleared). */
  cells: Pick<SittingRow, 'state' | 'setAt' | 'cancelledAt'>;
  /** Problems (Japanese), shown in 注意. */
  problems: string[];
}

/** A stamp cell: its instant, a fresh stamp when it is blank (or unreadable, reported), or undefined when `stamp` is false. */
function stampCell(value: CellValue | undefined, now: JstInstant, header: string, problems: string[]): JstInstant {
  const at = cellInstant(value);
  if (at) return at;
  if (cellText(value) !== '' && cellText(value) !== msg.notSetYet) problems.push(msg.stampUnreadable(header, cellText(value)));
  return minuteStamp(now);
}

/**
 * @example readSittingState({ state: 'セット済み', setAt: '未セット' }, now).planner //=> { state: 'セット済み', setAt: now (to the minute) }
 */
export function readSittingState(row: Pick<SittingRow, 'state' | 'setAt' | 'cancelledAt'> | undefined, now: JstInstant): SittingStateRead {
  const problems: string[] = [];
  const text = cellText(row?.state);
  if (text === '') return { planner: {}, cells: { state: '', setAt: row?.setAt ?? '', cancelledAt: '' }, problems };
  let state: SittingState | undefined = sittingStateWords.read(row?.state);
  if (!state) {
    problems.push(msg.stateUnknown(text));
    state = '予定';
  }
  const written = (s: SittingState) => (sittingStateWords.read(row?.state) ? sittingStateWords.write(s) : text);
  if (state === '予定') return { planner: { state }, cells: { state: written(state), setAt: msg.notSetYet, cancelledAt: '' }, problems };

  const setText = cellText(row?.setAt);
  // 委員会セット: stamped when the sitting leaves 予定 (its cell says 未セット); blank = set since always.
  const setAt = setText === '' ? undefined : stampCell(row?.setAt, now, headerOf(sittingTable, 'setAt'), problems);
  const setCell: CellValue = setAt ? instantToSerial(setAt) : '';
  if (state !== '中止') return { planner: { state, ...(setAt ? { setAt } : {}) }, cells: { state: written(state), setAt: setCell, cancelledAt: '' }, problems };

  const cancelledAt = stampCell(row?.cancelledAt, now, headerOf(sittingTable, 'cancelledAt'), problems);
  // Before its 中止 the sitting was set (since 委員会セット, 予定 before it) — it kept the allocation open until then.
  const before: { at: JstInstant | null; state: SittingState }[] = setAt && compareInstants(setAt, cancelledAt) < 0
    ? [{ at: null, state: '予定' }, { at: setAt, state: 'セット済み' }]
    : [{ at: null, state: setAt ? '予定' : 'セット済み' }];
  return {
    planner: { state, states: [...before, { at: cancelledAt, state }] },
    cells: { state: written(state), setAt: setCell, cancelledAt: instantToSerial(cancelledAt) },
    problems,
  };
}
