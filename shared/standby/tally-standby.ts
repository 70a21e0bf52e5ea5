/**
 * @file 待機・超勤の集計 (tallyStandby): monthly, 年度 and rolling 12-month hours per bureau (and per person
 * where entered), checked against the overtime caps as data (自律 45/360; 他律 <100, 720, 2–6 month
 * average 80, at most 6 months over 45), with Japanese warnings before a cap is reached. Pure.
 */
import { isoMonthOf } from '../dates/iso-date';
import { eveningMessages as msg } from '../evening/evening-messages';
import { bureauPersonKey } from '../exchange/record-ids';
import type { Bureau } from '../model/bureau';
import { type OvertimeCaps, defaultOvertimeCaps } from './overtime-caps';
import type { StandbyEntry } from './standby-entry';

/** 集計の指定. */
export interface TallyOptions {
  /** 対象月 'YYYY-MM'. */
  month: string;
  /** 局一覧: decides 自律/他律; unknown bureaus count as 他律 (Diet work). */
  bureaus: readonly Pick<Bureau, 'id' | 'name' | 'otherDirected'>[];
  caps?: OvertimeCaps;
}

/** 状態. */
export type CapStatus = 'ok' | 'near' | 'over';

/** 集計の 1 行: one bureau (person '') or one person. Hours are per person. */
export interface StandbyTally {
  bureau: string;
  name: string;
  person: string;
  otherDirected: boolean;
  /** 自律部署 / 他律部署. */
  unitLabel: string;
  month: string;
  /** 当月: hours, late-night hours, person-hours (hours × staff), days with a record. */
  monthHours: number;
  monthLateNightHours: number;
  monthStaffHours: number;
  days: number;
  /** 年度 (April start by default) up to and including the month. */
  fiscalYear: number;
  yearHours: number;
  /** 直近12か月 (rolling, including the month). */
  rolling12Hours: number;
  /** 年度内で月45時間を超えた月数 (up to the month). */
  monthsOver: number;
  /** 他律: the highest 2–6 month average ending with the month, and over how many months. */
  worstAverage: { months: number; hours: number } | null;
  /** 直近6か月 (oldest first) for the sheet. */
  recentMonths: { month: string; hours: number }[];
  status: CapStatus;
  statusLabel: string;
  warnings: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** 'YYYY-MM' shifted by k months. */
function addMonths(month: string, k: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + k;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/**
 * Tallies the entries for the month: bureau rows first (directory order), then person rows.
 * @example tallyStandby(entries, { month: '2026-06', bureaus: defaultBureaus })[0].monthHours //=> 12.5
 */
export function tallyStandby(entries: readonly StandbyEntry[], options: TallyOptions): StandbyTally[] {
  const caps = options.caps ?? defaultOvertimeCaps;
  const directory = new Map<string, Pick<Bureau, 'id' | 'name' | 'otherDirected'>>();
  for (const b of options.bureaus) { directory.set(b.id, b); if (!directory.has(b.name)) directory.set(b.name, b); }
  const order = new Map(options.bureaus.map((b, i) => [b.id, i]));
  // Subject → month → sums.
  const subjects = new Map<string, { bureau: string; person: string; months: Map<string, { hours: number; late: number; staffHours: number; days: Set<string> }> }>();
  for (const e of entries) {
    const bureau = directory.get(e.bureau)?.id ?? e.bureau;
    const key = bureauPersonKey(bureau, e.person);
    let s = subjects.get(key);
    if (!s) subjects.set(key, (s = { bureau, person: e.person, months: new Map() }));
    const month = isoMonthOf(e.date);
    let m = s.months.get(month);
    if (!m) s.months.set(month, (m = { hours: 0, late: 0, staffHours: 0, days: new Set() }));
    m.hours += e.hours;
    m.late += e.lateNightHours;
    m.staffHours += e.hours * e.staff;
    if (e.hours > 0) m.days.add(e.date);
  }
  const fyStartMonth = caps.yearStartMonth;
  const fiscalYearOf = (month: string) => Number(month.slice(0, 4)) - (Number(month.slice(5, 7)) < fyStartMonth ? 1 : 0);
  const fiscalYear = fiscalYearOf(options.month);
  const fyFirst = `${fiscalYear}-${String(fyStartMonth).padStart(2, '0')}`;
  const rows: StandbyTally[] = [];
  for (const s of subjects.values()) {
    const known = directory.get(s.bureau);
    const otherDirected = known?.otherDirected ?? true;
    const hoursIn = (month: string) => s.months.get(month)?.hours ?? 0;
    const cur = s.months.get(options.month);
    const monthHours = round2(cur?.hours ?? 0);
    let yearHours = 0;
    let monthsOver = 0;
    for (let m = fyFirst; m <= options.month; m = addMonths(m, 1)) {
      yearHours += hoursIn(m);
      if (hoursIn(m) > caps.otherDirected.overThreshold) monthsOver++;
    }
    let rolling12 = 0;
    for (let k = 0; k < 12; k++) rolling12 += hoursIn(addMonths(options.month, -k));
    const recentMonths = Array.from({ length: 6 }, (_, i) => addMonths(options.month, i - 5)).map((month) => ({ month, hours: round2(hoursIn(month)) }));
    const warnings: string[] = [];
    let status: CapStatus = 'ok';
    const check = (what: string, value: number, cap: number, strict: boolean) => {
      const v = round2(value);
      const capText = strict ? msg.capHoursBelow(cap) : msg.capHours(cap);
      if (strict ? v >= cap : v > cap) { warnings.push(msg.capExceeded(what, v, capText)); status = 'over'; }
      else if (v >= cap * caps.warnShare) { warnings.push(msg.capNear(what, v, capText, caps.warnShare)); if (status === 'ok') status = 'near'; }
    };
    let worstAverage: StandbyTally['worstAverage'] = null;
    if (otherDirected) {
      const t = caps.otherDirected;
      check(msg.monthlyLabel, monthHours, t.monthlyBelow, true);
      check(msg.yearlyLabel, yearHours, t.yearlyMax, false);
      for (let k = t.averageMonths.from; k <= t.averageMonths.to; k++) {
        let sum = 0;
        for (let i = 0; i < k; i++) sum += hoursIn(addMonths(options.month, -i));
        const avg = round2(sum / k);
        if (!worstAverage || avg > worstAverage.hours) worstAverage = { months: k, hours: avg };
      }
      if (worstAverage) check(msg.averageLabel(worstAverage.months), worstAverage.hours, t.averageMax, false);
      if (monthsOver > t.monthsOverMax) { warnings.push(msg.monthsOverExceeded(monthsOver, t.monthsOverMax, t.overThreshold)); status = 'over'; }
      else if (monthsOver >= Math.ceil(t.monthsOverMax * caps.warnShare)) {
        warnings.push(msg.monthsOverNear(monthsOver, t.monthsOverMax, t.overThreshold));
        if (status === 'ok') status = 'near';
      }
    } else {
      check(msg.monthlyLabel, monthHours, caps.autonomous.monthlyMax, false);
      check(msg.yearlyLabel, yearHours, caps.autonomous.yearlyMax, false);
    }
    rows.push({
      bureau: s.bureau,
      name: known?.name ?? s.bureau,
      person: s.person,
      otherDirected,
      unitLabel: otherDirected ? msg.otherDirected : msg.autonomous,
      month: options.month,
      monthHours,
      monthLateNightHours: round2(cur?.late ?? 0),
      monthStaffHours: round2(cur?.staffHours ?? 0),
      days: cur?.days.size ?? 0,
      fiscalYear,
      yearHours: round2(yearHours),
      rolling12Hours: round2(rolling12),
      monthsOver,
      worstAverage,
      recentMonths,
      status,
      statusLabel: status === 'over' ? msg.statusOver : status === 'near' ? msg.statusNear : msg.statusOk,
      warnings,
    });
  }
  return rows.sort((a, b) =>
    (a.person === '' ? 0 : 1) - (b.person === '' ? 0 : 1)
    || (order.get(a.bureau) ?? Infinity) - (order.get(b.bureau) ?? Infinity)
    || (a.bureau < b.bureau ? -1 : a.bureau > b.bureau ? 1 : 0)
    || (a.person < b.person ? -1 : a.person > b.person ? 1 : 0));
}
