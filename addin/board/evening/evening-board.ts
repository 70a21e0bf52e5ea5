/**
 * @file 夕方レク・待機の計算 (buildEvening): for every standby day of the open sittings, planStandbyDay once on what
 * the workbook says now (every sitting of the day with its notices, stages, 問, the 割振り lines, questioners and
 * state; 設定 with 定例日 and 当番; minister's slots, 実績, レク出席 and the coordinator's decisions), then the rows of
 * 開会 (and 通告段階), 夕方レク (slots, the 問 timeline, レク出席), 待機 (per bureau and standby day, with 当番,
 * 呼び戻し, why it is held and the coordinator's confirmations; the recalls, the allocation blockers and the decisions),
 * the 待機・超勤 ledger and the month's tally against the caps, and the overview the task pane shows. Pure: the same
 * workbook and `now` give the same rows.
 */
import {
  type EveningPlan, type ExchangeBundle, type IsoDate, type JstInstant, type StandbyDayPlan, houseLabels, isoMonthOf, jstAt, jstDateOf, planStandbyDay,
  shortDateTime, tallyStandby,
} from '@shared/index';
import type { AssignmentLine } from '../questions/assignment-lines';
import type { BoardQuestion } from '../questions/board-question';
import type { BoardSettings } from '../settings/board-settings';
import { eveningItemRows } from './evening-item-rows';
import { type SittingInput, eveningSittings } from './evening-sittings';
import { lectureAttendance, lectureRows, readLectureMarks } from './lecture-attendance';
import { confirmedHours, hasValidConfirmation, ledgerRows } from './ledger-rows';
import { readDecisions } from './release-decisions';
import { blockerRows, recallRows } from './recall-rows';
import { sittingRows } from './sitting-rows';
import { slotRows } from './slot-rows';
import { standbyClock } from './standby-clock';
import { type StandbyGroup, standbyGroups } from './standby-groups';
import { recallUntil, standbyRows } from './standby-rows';
import { standDownMessages as sd } from '../stand-down-labels';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { tallyRows } from './tally-rows';
import {
  type BlockerRow, type DecisionRow, type EveningItemRow, type LectureRow, type LedgerRow, type RecallRow, type SittingRow, type SlotRow, type StageRow,
  type StandbyRow, TABLE, type TallyRow,
} from '../tables/workbook-tables';

/** One sitting as the pane lists it. */
export interface SittingOverview {
  id: string;
  /** 「衆議院厚生労働委員会 6/11(木) 09:00」. */
  label: string;
  /** 割振り確定 (short date-time) or null while open. */
  closedAt: string | null;
  missing: string[];
  questioners: number;
  unassigned: number;
  items: number;
  evening: number;
  morning: number;
  unplaced: number;
  /** 中止: the sitting was withdrawn (it blocks nothing). */
  cancelled: boolean;
}

/** One standby day as the pane shows it. */
export interface StandbyDayOverview {
  standbyDay: IsoDate;
  sittings: SittingOverview[];
  /** Bureau names by state: waiting (allocation open, or work not reported done). */
  waiting: string[];
  /** Of those, the ones only waiting for their work to be reported (局長了実績 in the 夕方レク sheet). */
  working: string[];
  releasable: { name: string; since: string }[];
  confirmed: { name: string; at: string; by: string }[];
  recalled: string[];
  /** 割振り確定 of the whole standby day (every sitting), or null while open. */
  closedAt: string | null;
  /** 割振りが確定しない理由 (Japanese), empty once closed. */
  blockers: string[];
  /** Bureaus on 当番 now, with who keeps watch. */
  onDuty: { name: string; people: string }[];
  /** 呼び戻し of the day (「医政局 22:00〜 追加通告 (甲)」). */
  recalls: string[];
  /** The coordinator's decisions of the day (「年金局 — 割振り確定前に解除 (山田、…)」). */
  decisions: string[];
  /** Bureaus still held while the allocation is open: what 「割振り確定前に解除」 offers (names). */
  holdable: string[];
}

/** 夕方レクの概況. */
export interface EveningOverview {
  days: StandbyDayOverview[];
  /** Bureaus 「待機解除を確定」 would record now. */
  releasable: number;
  /** 担当者 recorded with a confirmation ('' = the pane asks once). */
  coordinator: string;
}

/** Everything the evening sheets show. */
export interface EveningView {
  sittings: SittingInput[];
  /** One plan per sitting, in the order of `sittings` (each the sitting's part of its day plan). */
  plans: EveningPlan[];
  /** One plan per standby day (planStandbyDay). */
  days: StandbyDayPlan[];
  groups: StandbyGroup[];
  rows: {
    sittings: SittingRow[]; slots: SlotRow[]; items: EveningItemRow[]; standby: StandbyRow[]; ledger: LedgerRow[]; tally: TallyRow[];
    stages: StageRow[]; lectures: LectureRow[]; recalls: RecallRow[]; blockers: BlockerRow[]; decisions: DecisionRow[];
  };
  overview: EveningOverview;
}

/** What buildEvening reads. */
export interface EveningInputs {
  snapshot: WorkbookSnapshot;
  settings: BoardSettings;
  store: ExchangeBundle;
  questions: readonly BoardQuestion[];
  lines: readonly AssignmentLine[];
  now: JstInstant;
}

function overviewOf(
  sittings: readonly SittingInput[], plans: readonly EveningPlan[], days: readonly StandbyDayPlan[], groups: readonly StandbyGroup[], coordinator: string,
): EveningOverview {
  const overviews = new Map<IsoDate, StandbyDayOverview>();
  const day = (d: IsoDate) => {
    let o = overviews.get(d);
    if (!o) {
      const plan = days.find((p) => p.standbyDay === d);
      overviews.set(d, (o = {
        standbyDay: d, sittings: [], waiting: [], working: [], releasable: [], confirmed: [], recalled: [],
        closedAt: plan?.allocation.closedAt ? shortDateTime(plan.allocation.closedAt) : null,
        blockers: plan?.allocation.blockers.map((b) => b.text) ?? [], onDuty: [], recalls: [], decisions: [], holdable: [],
      }));
    }
    return o;
  };
  plans.forEach((plan, i) => {
    const s = sittings[i]!;
    const cancelled = s.sitting.state === '中止';
    day(plan.standbyDay).sittings.push({
      id: s.sitting.id,
      label: `${houseLabels[s.house]}${s.sitting.committee} ${cancelled ? shortDateTime(jstAt(s.sitting.sittingOn, '00:00')).slice(0, -6) : shortDateTime(jstAt(s.sitting.sittingOn, s.sitting.startTime))}`,
      cancelled,
      closedAt: plan.allocation.closedAt ? shortDateTime(plan.allocation.closedAt) : null,
      missing: s.missing, questioners: s.sitting.questioners.length, unassigned: plan.allocation.unassignedItemIds.length,
      items: plan.summary.itemCount, evening: plan.summary.eveningCount, morning: plan.summary.morningCount, unplaced: plan.summary.unplacedCount,
    });
  });
  for (const g of groups) {
    const o = day(g.standbyDay);
    const clock = (at: JstInstant) => standbyClock(at, g.standbyDay);
    for (const r of g.recalls) o.recalls.push(`${g.name} ${sd.recallLine(clock(r.at), recallUntil(g, r), r.reason, r.by)}`);
    if (g.decision) o.decisions.push(`${g.name} — ${g.decision.by} ${clock(g.decision.at)}: ${g.decision.reason}`);
    if (g.duty && g.duty.until === null && g.status === 'waiting') o.onDuty.push({ name: g.name, people: g.duty.people.join('・') });
    if (g.recalled) o.recalled.push(g.name);
    else if (g.confirmed && !g.staleConfirmation) o.confirmed.push({ name: g.name, at: clock(g.confirmed.releasedAt), by: g.confirmed.by });
    else if (g.releasable) o.releasable.push({ name: g.name, since: clock(g.releaseAt!) });
    else {
      o.waiting.push(g.name);
      if (g.releaseAt) o.working.push(g.name);
    }
    if (o.closedAt === null && g.status === 'waiting' && !g.decision) o.holdable.push(g.name);
  }
  return {
    days: [...overviews.values()].sort((a, b) => (a.standbyDay < b.standbyDay ? -1 : 1)),
    releasable: groups.filter((g) => g.releasable).length,
    coordinator,
  };
}

/**
 * Plans every standby day of the open sittings and maps the rows.
 * @example buildEvening({ snapshot, settings, store, questions, lines, now }).overview.releasable //=> 12
 */
export function buildEvening({ snapshot, settings, store, questions, lines, now }: EveningInputs): EveningView {
  const { sittings, badRows } = eveningSittings(snapshot, settings, store, questions, lines, now);
  const { rules, caps, bureaus, standDown } = settings.evening;
  const marks = readLectureMarks(snapshot, now);
  const decisions = readDecisions(snapshot.get(TABLE.decisions), settings.bureaus);
  const byDay = new Map<IsoDate, SittingInput[]>();
  for (const s of sittings) byDay.set(s.standbyDay, [...(byDay.get(s.standbyDay) ?? []), s]);
  // One plan per standby day: its sittings share the bureaus' drafters, allocation and releases (shared/evening/RULES.md §9.3).
  const days = [...byDay].map(([standbyDay, list]) => planStandbyDay({
    standbyDay, sittings: list.map((s) => s.input), bureaus, rules, calendar: settings.calendar, standDownRules: standDown.rules, duty: standDown.duty,
    lectures: lectureAttendance(marks, list.map((s) => ({ sitting: s.sitting.id, slots: s.input.slots ?? [] }))),
    decisions: decisions.byDay.get(standbyDay) ?? [],
  }));
  const planOf = new Map(days.flatMap((d) => d.sittings.map((p) => [p.sitting.id, p] as const)));
  const plans = sittings.map((s) => planOf.get(s.sitting.id)!);
  const groups = standbyGroups(days, store, now);
  for (const g of groups) {
    if (!hasValidConfirmation(g)) continue;
    const actual = confirmedHours(g, rules, settings.calendar);
    g.hours = actual.hours;
    g.lateNightHours = actual.lateNightHours;
    g.staffHours = Math.round(actual.hours * g.drafters * 100) / 100;
  }
  const names = new Map(settings.bureaus.map((b) => [b.id, b.name]));
  const bureauName = (id: string) => names.get(id) ?? id;
  const ledger = ledgerRows(plans, groups, snapshot.get(TABLE.ledger), settings.bureaus, rules, settings.calendar);
  const tally = tallyStandby(ledger.entries, { month: isoMonthOf(jstDateOf(now)), bureaus: settings.bureaus, caps });
  return {
    sittings, plans, days, groups,
    rows: {
      sittings: sittingRows(sittings, plans, badRows),
      slots: slotRows(plans, store, bureauName),
      items: eveningItemRows(plans, sittings, bureauName),
      standby: standbyRows(groups),
      ledger: ledger.rows,
      tally: tallyRows(tally),
      stages: sittings.flatMap((s) => s.stageRows),
      lectures: lectureRows(plans, marks, bureauName),
      recalls: recallRows(groups, bureauName),
      blockers: blockerRows(days),
      decisions: decisions.rows,
    },
    overview: overviewOf(sittings, plans, days, groups, settings.coordinator),
  };
}
