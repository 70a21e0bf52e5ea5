/**
 * @file 計画から1日の結果へ (dayOutcome): reads one planner result into the day's numbers under both release
 * rules. This is the simulation's only reader of the planner core (shared/evening/internal/compute-plan.ts,
 * the model planEvening formats): the simulation runs the core directly because formatting every plan as
 * text would make 1,000 days × many variants several times slower. tests/shared/simulation checks that these
 * numbers agree with planEvening's on the same days, so a change of the planner shows up there.
 */
import type { Calendar } from '../calendar/calendar';
import type { CorePlan } from '../evening/internal/compute-plan';
import { midnightMin } from '../evening/internal/minutes';
import { nightMinutes } from './internal/night-minutes';
import type { DayOutcome } from './simulation-types';

/**
 * @example dayOutcome(computePlan(policyInput(day, bureaus, policy, rules)), day.sitting.sittingOn, calendar).lastDoneMinutes //=> 1531
 */
export function dayOutcome(plan: CorePlan, sittingOn: string, calendar: Calendar): DayOutcome {
  const midnight = midnightMin(plan.standbyDay, calendar);
  let lastDone = -Infinity;
  let lastStart = -Infinity;
  for (const i of plan.scheduled) {
    if (i.director > lastDone) lastDone = i.director;
    if (i.ready > lastStart) lastStart = i.ready;
  }
  const done = lastDone - midnight;
  const standbyFrom = plan.standbyFrom - midnight;
  const own = { releaseMinutes: [] as number[], lateNightStaffHours: 0, staffHoursPastRegularEnd: 0 };
  const all = { releaseMinutes: [] as number[], lateNightStaffHours: 0, staffHoursPastRegularEnd: 0 };
  for (const r of plan.releases) {
    const people = r.bureau.settings.drafters;
    const release = r.releaseAt === null ? NaN : r.releaseAt - midnight;
    own.releaseMinutes.push(release);
    own.lateNightStaffHours += (r.overtime.lateNight / 60) * people;
    own.staffHoursPastRegularEnd += (r.overtime.pastRegular / 60) * people;
    // 全局待機: present from 終業 until the later of its own release and the sitting's last 局長了.
    const until = Math.max(Number.isFinite(release) ? release : -Infinity, done);
    const night = nightMinutes(standbyFrom, until, plan.rules);
    all.releaseMinutes.push(until);
    all.lateNightStaffHours += (Math.max(night.lateNight, r.overtime.lateNight) / 60) * people;
    all.staffHoursPastRegularEnd += (Math.max(night.pastRegular, r.overtime.pastRegular) / 60) * people;
  }
  return {
    sittingOn,
    perBureau: own,
    keepEveryone: all,
    lastDoneMinutes: done,
    lastStartMinutes: lastStart - midnight,
    itemCount: plan.items.length,
    eveningCount: plan.items.filter((i) => i.slot?.s.kind === 'evening').length,
    missedMorningCount: plan.items.filter((i) => i.reason === 'missesMorning').length,
  };
}
