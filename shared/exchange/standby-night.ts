/**
 * @file 待機の夜 (inStandbyNight): whether a stand-down or a 呼び戻し of a standby day is still in force at a moment.
 * A standby night runs past midnight — the surveys' staff waited until 2–3 a.m. (shared/evening/RULES.md §3) — so at
 * 01:30 on the 10th a release recorded then for the 9th is tonight's stand-down, and the 9th's 呼び戻し are tonight's.
 * A record is in force from its time until the night's end (`standbyNightEndsAt`, the 始業 of the next working day:
 * BureauRules) that follows both its standby day and its time: a release of the 9th's night at 19:42 holds until
 * 09:30 on the 10th; one confirmed on Saturday 10:00 for Friday's standby (a Monday sitting) holds until Sunday 09:30,
 * as the people waiting that Saturday are told at once. Pure.
 */
import { compareInstants } from '../dates/compare-instants';
import { type IsoDate, addDays } from '../dates/iso-date';
import { type JstInstant, jstAt, jstDateOf, jstTimeOf } from '../dates/jst';
import type { BureauRules } from './bureau-rules';

/**
 * The end of the standby night a record of standby day `date` made at `at` belongs to: the night's end after the
 * standby day, or the first one after `at` when that is later.
 * @example standbyNightEnd('2026-06-09', '2026-06-10T01:30:00+09:00', rules) //=> '2026-06-10T09:30:00+09:00'
 */
export function standbyNightEnd(date: IsoDate, at: JstInstant, rules: Pick<BureauRules, 'standbyNightEndsAt'>): JstInstant {
  const endsAt = rules.standbyNightEndsAt;
  const afterDay = jstAt(addDays(date, 1), endsAt);
  const atDay = jstDateOf(at);
  const afterAt = jstAt(jstTimeOf(at) < endsAt ? atDay : addDays(atDay, 1), endsAt);
  return compareInstants(afterAt, afterDay) > 0 ? afterAt : afterDay;
}

/**
 * True when a record of standby day `date` made at `at` is in force at `now`: its time has come (a time still ahead
 * is a plan) and its night has not ended.
 * @example inStandbyNight('2026-06-09', '2026-06-09T19:42:00+09:00', '2026-06-10T08:00:00+09:00', rules) //=> true
 */
export function inStandbyNight(date: IsoDate, at: JstInstant, now: JstInstant, rules: Pick<BureauRules, 'standbyNightEndsAt'>): boolean {
  return compareInstants(at, now) <= 0 && compareInstants(now, standbyNightEnd(date, at, rules)) < 0;
}
