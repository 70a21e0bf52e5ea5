/**
 * @file 待機の記録 from plans (勤務状況の見える化): one row per bureau and standby day — standby start (終業 18:15,
 * the earlier release, or the first 呼び戻し when the bureau went home before 終業), final release, hours past 18:15
 * and in 22:00–05:00 (every recalled hour included) for all its standby staff — plus, when the bureau went to 当番,
 * one row per duty person for the 当番 hours (the ledger counts N duty people, not the whole bureau, for that time).
 * Ready for the 待機・超勤 sheet and the tally.
 */
import { compareInstants } from '../dates/compare-instants';
import type { JstInstant } from '../dates/jst';
import type { BureauRelease, EveningPlan } from '../evening/evening-types';
import { bureauDayKey, bureauDayPersonKey } from '../exchange/record-ids';
import type { StandbyEntry } from './standby-entry';

/**
 * Where the bureau's standby starts: 18:15; its release when it went home before 18:15 for good (0 h); its first
 * recall when it went home before 18:15 and was called back later.
 */
function standbyStart(b: BureauRelease): JstInstant {
  const first = b.firstReleaseAt ?? b.releaseAt;
  if (first === null || compareInstants(first, b.standbyFrom) >= 0) return b.standbyFrom;
  const recall = b.recalls[0]?.at;
  if (recall === undefined) return first;
  return compareInstants(recall, b.standbyFrom) < 0 ? b.standbyFrom : recall;
}

/**
 * Bureau rows (and 当番 person rows) from the plans. A bureau in several sittings on the same day gets one row: the
 * longest standby (they overlap from 18:15), with every sitting in `source`.
 * @example standbyEntriesFromPlans([plan])[0] //=> { bureau: 'isei', date: '2026-06-09', hours: 0.75, … }
 */
export function standbyEntriesFromPlans(plans: readonly EveningPlan[]): StandbyEntry[] {
  const rows = new Map<string, StandbyEntry>();
  const put = (key: string, row: StandbyEntry) => {
    const had = rows.get(key);
    if (!had) { rows.set(key, row); return; }
    if (had.source.split('、').includes(row.source)) return;
    const keep = row.hours > had.hours ? row : had;
    rows.set(key, { ...keep, source: `${had.source}、${row.source}` });
  };
  for (const plan of plans) {
    for (const b of plan.bureaus) {
      const key = bureauDayKey(b.bureau, plan.standbyDay);
      put(key, {
        bureau: b.bureau, person: '', date: plan.standbyDay, from: standbyStart(b), ...(b.releaseAt ? { until: b.releaseAt } : {}),
        hours: b.hoursPastRegularEnd, lateNightHours: b.lateNightHours, staff: b.drafters, kind: 'standby', source: plan.sitting.id,
      });
      if (!b.duty || b.dutyHoursPastRegularEnd <= 0) continue;
      for (const person of b.duty.people) {
        put(bureauDayPersonKey(b.bureau, plan.standbyDay, person), {
          bureau: b.bureau, person, date: plan.standbyDay, from: b.duty.from, ...(b.duty.until ? { until: b.duty.until } : {}),
          hours: b.dutyHoursPastRegularEnd, lateNightHours: b.dutyLateNightHours, staff: 1, kind: 'standby', source: plan.sitting.id,
        });
      }
    }
  }
  return [...rows.values()];
}
