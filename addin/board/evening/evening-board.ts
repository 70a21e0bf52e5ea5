/**
 * @file 夕方レク・待機の計算 (buildEvening): for every open sitting, planEvening on what the workbook says now
 * (notices, 問, the 割振り lines, questioners, 設定, minister's slots, 実績), then the rows of 開会, 夕方レク
 * (slots and the 問 timeline), 待機 (per bureau and standby day, with the coordinator's confirmations), the
 * 待機・超勤 ledger and the month's tally against the caps, and the overview the task pane shows. Pure: the
 * same workbook and `now` give the same rows.
 */
import {
  type EveningPlan, type ExchangeBundle, type IsoDate, type JstInstant, houseLabels, isoMonthOf, jstAt, jstDateOf, planEvening, shortDateTime, tallyStandby,
} from '@shared/index';
import type { AssignmentLine } from '../questions/assignment-lines';
import type { BoardQuestion } from '../questions/board-question';
import type { BoardSettings } from '../settings/board-settings';
import { eveningItemRows } from './evening-item-rows';
import { type SittingInput, eveningSittings } from './evening-sittings';
import { confirmedHours, ledgerRows } from './ledger-rows';
import { sittingRows } from './sitting-rows';
import { slotRows } from './slot-rows';
import { standbyClock } from './standby-clock';
import { type StandbyGroup, standbyGroups } from './standby-groups';
import { standbyRows } from './standby-rows';
import type { WorkbookSnapshot } from '../sheet/table-snapshot';
import { tallyRows } from './tally-rows';
import {
  type EveningItemRow, type LedgerRow, type SittingRow, type SlotRow, type StandbyRow, TABLE, type TallyRow,
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
  plans: EveningPlan[];
  groups: StandbyGroup[];
  rows: { sittings: SittingRow[]; slots: SlotRow[]; items: EveningItemRow[]; standby: StandbyRow[]; ledger: LedgerRow[]; tally: TallyRow[] };
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

function overviewOf(sittings: readonly SittingInput[], plans: readonly EveningPlan[], groups: readonly StandbyGroup[], coordinator: string): EveningOverview {
  const days = new Map<IsoDate, StandbyDayOverview>();
  const day = (d: IsoDate) => {
    let o = days.get(d);
    if (!o) days.set(d, (o = { standbyDay: d, sittings: [], waiting: [], working: [], releasable: [], confirmed: [], recalled: [] }));
    return o;
  };
  plans.forEach((plan, i) => {
    const s = sittings[i]!;
    day(plan.standbyDay).sittings.push({
      id: s.sitting.id,
      label: `${houseLabels[s.house]}${s.sitting.committee} ${shortDateTime(jstAt(s.sitting.sittingOn, s.sitting.startTime))}`,
      closedAt: plan.allocation.closedAt ? shortDateTime(plan.allocation.closedAt) : null,
      missing: plan.allocation.missingQuestioners, questioners: s.sitting.questioners.length, unassigned: plan.allocation.unassignedItemIds.length,
      items: plan.summary.itemCount, evening: plan.summary.eveningCount, morning: plan.summary.morningCount, unplaced: plan.summary.unplacedCount,
    });
  });
  for (const g of groups) {
    const o = day(g.standbyDay);
    if (g.recalled) o.recalled.push(g.name);
    else if (g.confirmed) o.confirmed.push({ name: g.name, at: standbyClock(g.confirmed.releasedAt, g.standbyDay), by: g.confirmed.by });
    else if (g.releasable) o.releasable.push({ name: g.name, since: standbyClock(g.releaseAt!, g.standbyDay) });
    else {
      o.waiting.push(g.name);
      if (g.releaseAt) o.working.push(g.name);
    }
  }
  return {
    days: [...days.values()].sort((a, b) => (a.standbyDay < b.standbyDay ? -1 : 1)),
    releasable: groups.filter((g) => g.releasable).length,
    coordinator,
  };
}

/**
 * Plans every open sitting and maps the rows.
 * @example buildEvening({ snapshot, settings, store, questions, lines, now }).overview.releasable //=> 12
 */
export function buildEvening({ snapshot, settings, store, questions, lines, now }: EveningInputs): EveningView {
  const { sittings, badRows } = eveningSittings(snapshot, settings, store, questions, lines, now);
  const plans = sittings.map((s) => planEvening(s.input));
  const groups = standbyGroups(plans, store, now);
  const { rules, caps } = settings.evening;
  for (const g of groups) {
    if (!g.confirmed || g.recalled) continue;
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
    sittings, plans, groups,
    rows: {
      sittings: sittingRows(sittings, plans, badRows),
      slots: slotRows(plans, store, bureauName),
      items: eveningItemRows(plans, sittings, bureauName),
      standby: standbyRows(groups),
      ledger: ledger.rows,
      tally: tallyRows(tally),
    },
    overview: overviewOf(sittings, plans, groups, settings.coordinator),
  };
}
