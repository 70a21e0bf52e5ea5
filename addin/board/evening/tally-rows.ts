/**
 * @file 超勤集計表の行 (tallyRows): tallyStandby's result for the month — per bureau (and per person entered by
 * hand) the month's hours, late-night hours, person-hours, 年度 and rolling 12-month totals, months over 45 h, the
 * worst 2–6 month average (他律), the 状態 and its Japanese warnings before a cap is reached. Pure.
 */
import type { StandbyTally } from '@shared/index';
import type { TallyRow } from '../tables/workbook-tables';

/** @example tallyRows(tallyStandby(entries, { month: '2026-06', bureaus }))[0].status //=> '上限に接近' */
export function tallyRows(tallies: readonly StandbyTally[]): TallyRow[] {
  return tallies.map((t) => ({
    bureau: t.name, person: t.person, unit: t.unitLabel, month: t.month, monthHours: t.monthHours, lateNight: t.monthLateNightHours,
    staffHours: t.monthStaffHours, days: t.days, yearHours: t.yearHours, rolling: t.rolling12Hours, monthsOver: t.monthsOver,
    average: t.worstAverage ? `${t.worstAverage.hours} (${t.worstAverage.months}か月)` : '', status: t.statusLabel, warnings: t.warnings.join(' / '),
  }));
}
