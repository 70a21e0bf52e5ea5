/**
 * @file 待機の記録 from plans (勤務状況の見える化): one row per bureau and standby day — standby start
 * (終業 18:15, or the release when it came earlier), release, hours past 18:15 and in 22:00–05:00 — ready for the 待機・超勤 sheet and the tally.
 */
import type { EveningPlan } from '../evening/evening-types';
import { bureauDayKey } from '../exchange/record-ids';
import type { StandbyEntry } from './standby-entry';

/**
 * Bureau rows from the plans. A bureau in several sittings on the same day gets one row: the longest
 * standby (they overlap from 18:15), with every sitting in `source`.
 * @example standbyEntriesFromPlans([plan])[0] //=> { bureau: 'isei', date: '2026-06-09', hours: 0.42, … }
 */
export function standbyEntriesFromPlans(plans: readonly EveningPlan[]): StandbyEntry[] {
  const rows = new Map<string, StandbyEntry>();
  for (const plan of plans) {
    for (const b of plan.bureaus) {
      const key = bureauDayKey(b.bureau, plan.standbyDay);
      // Released before 終業: no standby at all (start = release, 0 h).
      const from = b.releaseAt !== null && b.releaseAt < b.standbyFrom ? b.releaseAt : b.standbyFrom;
      const row: StandbyEntry = {
        bureau: b.bureau, person: '', date: plan.standbyDay, from, ...(b.releaseAt ? { until: b.releaseAt } : {}),
        hours: b.hoursPastRegularEnd, lateNightHours: b.lateNightHours, staff: b.drafters, kind: 'standby', source: plan.sitting.id,
      };
      const had = rows.get(key);
      if (!had) { rows.set(key, row); continue; }
      const keep = row.hours > had.hours ? row : had;
      rows.set(key, { ...keep, source: `${had.source}、${row.source}` });
    }
  }
  return [...rows.values()];
}
