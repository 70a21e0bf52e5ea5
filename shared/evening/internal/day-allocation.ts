/**
 * @file 内部: 割振り確定 of a standby day over time. The allocation is open while any of these holds, and closed
 * otherwise:
 * - a committee's 定例日 (regular sitting day) is the next open day and no sitting of it has been typed in yet
 *   (in any state, 中止 included) — a sitting that can still happen is not known;
 * - a sitting is 予定 (not yet fixed by its 委員会セット), or fixed with an empty questioner list;
 * - in a fixed sitting, a questioner's stage is not complete (通告待ち, 要旨のみ, 問取り中, or 不明 for a notice
 *   that carries no stage) — a later 追加通告 that is not complete reopens it;
 * - a received 問 has no fixed 執筆 owner.
 * What still holds at the end of what is known is returned as blockers with their Japanese texts.
 */
import type { Calendar } from '../../calendar/calendar';
import type { IsoDate } from '../../dates/iso-date';
import { jstAt } from '../../dates/jst';
import { houseLabels } from '../../model/primitives';
import { eveningMessages as msg, shortDateTime } from '../evening-messages';
import type { EveningSitting, QuestionerStage } from '../evening-types';
import type { NoticeStage, SittingState, StandDownRules } from '../stand-down-rules';
import type { TimedNotice } from './build-items';
import type { CoreBlocker, CoreItem, Warnings } from './core-types';
import { type Interval, complementOf, intersectIntervals, unionIntervals } from './intervals';
import { dateOfDayNumber, fromMin, midnightOfDayNumber, toMin, weekdayOfDayNumber } from './minutes';

/** What the allocation reads of one sitting. */
export interface SittingFacts {
  sitting: EveningSitting;
  notices: readonly TimedNotice[];
  stages: readonly QuestionerStage[];
  items: readonly CoreItem[];
}

/** The day's allocation over time. */
export interface DayAllocation {
  /** Sorted, disjoint intervals in which the allocation is closed. */
  closed: Interval[];
  /** Start of the final (unbounded) closed interval, or null while open. */
  closedAt: number | null;
  /** What keeps it open at the end (empty when closed). */
  blockers: CoreBlocker[];
  /** 未通告 (listed, still 通告待ち) per sitting id. */
  missing: Map<string, string[]>;
}

/** A value that holds from `from` until the next entry. */
interface Step<T> {
  from: number;
  value: T;
}

/** The intervals of a step function where `test` holds. */
function where<T>(steps: readonly Step<T>[], test: (value: T) => boolean): Interval[] {
  const out: Interval[] = [];
  steps.forEach((s, i) => {
    if (test(s.value)) out.push([s.from, steps[i + 1]?.from ?? Infinity]);
  });
  return unionIntervals(out);
}

/**
 * 開会の状態 over time; before the first entry the sitting is unknown. Without a history, a set sitting with its
 * 委員会セット time (`setAt`) was 予定 before it.
 */
function sittingSteps(sitting: EveningSitting): Step<SittingState>[] {
  if (!sitting.states || sitting.states.length === 0) {
    const state = sitting.state ?? 'セット済み';
    if (sitting.setAt && (state === 'セット済み' || state === '開会確定')) return [{ from: -Infinity, value: '予定' }, { from: toMin(sitting.setAt), value: state }];
    return [{ from: -Infinity, value: state }];
  }
  return sitting.states.map((s, i) => ({ from: s.at === null ? -Infinity : toMin(s.at), value: s.state, i })).sort((a, b) => a.from - b.from || a.i - b.i);
}

/** Each questioner's stage over time: listed ones start at 通告待ち; notices without a stage count as 不明. */
function stageSteps(facts: SittingFacts): Map<string, Step<NoticeStage>[]> {
  const events: { who: string; at: number; order: number; stage: NoticeStage }[] = [];
  facts.notices.forEach(({ n, at }, k) => {
    if (n.followUp && !n.stage) return;
    events.push({ who: n.member, at, order: k, stage: n.stage ?? '不明' });
  });
  facts.stages.forEach((s, k) => events.push({ who: s.questioner, at: toMin(s.at), order: facts.notices.length + k, stage: s.stage }));
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  const out = new Map<string, Step<NoticeStage>[]>();
  for (const q of facts.sitting.questioners) if (!out.has(q)) out.set(q, [{ from: -Infinity, value: '通告待ち' }]);
  for (const e of events) {
    const list = out.get(e.who) ?? [];
    list.push({ from: e.at, value: e.stage });
    out.set(e.who, list);
  }
  return out;
}

/**
 * The allocation of the standby day over all its sittings.
 * @example dayAllocation('2026-06-09', [facts], rules, calendar, warnings).closedAt
 */
export function dayAllocation(
  standbyDay: IsoDate, sittings: readonly SittingFacts[], rules: StandDownRules, calendar: Calendar, warnings: Warnings,
): DayAllocation {
  const open: Interval[] = [];
  const blockers: CoreBlocker[] = [];
  const missing = new Map<string, string[]>();
  const complete = new Set<NoticeStage>(rules.completeStages);
  const fixed = new Set<SittingState>(rules.fixedSittingStates);
  const cancelled = new Set<SittingState>(rules.cancelledSittingStates);

  // 定例日: sittings that can still happen on the next open day.
  let next = calendar.dayNumber(standbyDay) + 1;
  while (calendar.isClosed(calendar.dateOf(next))) next++;
  const nextDate = dateOfDayNumber(next);
  const weekday = weekdayOfDayNumber(next);
  for (const r of rules.regularSittings) {
    if (!r.weekdays.includes(weekday)) continue;
    let knownAt = Infinity;
    for (const f of sittings) {
      const s = f.sitting;
      if (s.sittingOn !== nextDate || s.committee !== r.committee || (s.house && r.house && s.house !== r.house)) continue;
      knownAt = Math.min(knownAt, sittingSteps(s)[0]!.from);
    }
    if (knownAt > -Infinity) open.push([-Infinity, knownAt]);
    if (knownAt === Infinity) {
      const label = `${r.house ? houseLabels[r.house] : ''}${r.committee}`;
      blockers.push({ kind: 'regularSitting', sitting: '', text: msg.regularSittingMissing(label, shortDateTime(fromMin(midnightOfDayNumber(next))).slice(0, -6)) });
    }
  }

  for (const f of sittings) {
    const s = f.sitting;
    const label = sittingLabel(s);
    const steps = sittingSteps(s);
    const last = steps[steps.length - 1]!.value;
    // 予定: not fixed yet, its questioner list may still change.
    open.push(...where(steps, (v) => !fixed.has(v) && !cancelled.has(v)));
    if (!fixed.has(last) && !cancelled.has(last)) blockers.push({ kind: 'sittingPlanned', sitting: s.id, text: msg.sittingPlanned(label) });
    const fixedIntervals = where(steps, (v) => fixed.has(v));
    const lastFixed = fixed.has(last);
    const questioners = [...new Set(s.questioners)];
    if (questioners.length === 0) {
      // A sitting withdrawn (中止) before anyone listed its questioners needs none.
      if (lastFixed) warnings.add(msg.emptyQuestioners);
      open.push(...fixedIntervals);
      if (lastFixed) blockers.push({ kind: 'noQuestioners', sitting: s.id, text: msg.noQuestioners(label) });
    }
    const missingHere: string[] = [];
    for (const [who, list] of stageSteps(f)) {
      open.push(...intersectIntervals(where(list, (v) => !complete.has(v)), fixedIntervals));
      const stage = list[list.length - 1]!.value;
      if (stage === '通告待ち' && questioners.includes(who)) missingHere.push(who);
      if (lastFixed && !complete.has(stage)) blockers.push({ kind: 'stage', sitting: s.id, questioner: who, stage, text: msg.stageOpen(who, stage) });
    }
    missing.set(s.id, missingHere);
    let unowned = 0;
    for (const item of f.items) {
      open.push([item.received, item.ready]);
      if (item.ready === Infinity) unowned++;
    }
    if (unowned > 0) blockers.push({ kind: 'ownerNotFixed', sitting: s.id, count: unowned, text: msg.unassignedCount(unowned) });
  }
  const closed = complementOf(open);
  const lastClosed = closed[closed.length - 1];
  const closedAt = lastClosed && lastClosed[1] === Infinity ? lastClosed[0] : null;
  return { closed, closedAt, blockers: closedAt === null ? blockers : [], missing };
}

/** 「厚生労働委員会 6/10(水) 09:00」 for messages. */
function sittingLabel(s: EveningSitting): string {
  return `${s.house ? houseLabels[s.house] : ''}${s.committee} ${shortDateTime(jstAt(s.sittingOn, s.startTime))}`;
}
