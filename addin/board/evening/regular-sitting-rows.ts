/**
 * @file 定例日の開会の行 (regularSittingRows): for each planned standby day, the committees whose regular sitting day
 * (定例日, 設定シート) is the next open day and that nobody has typed in the 開会 sheet — the planner keeps the
 * allocation open for them (shared/evening/RULES.md §9.2). The board offers each as a row to complete in the 開会
 * sheet (院・委員会・開会日 filled): the coordinator types its time and questioners, or sets 状態 to 中止. Pure.
 */
import { type Calendar, type House, type IsoDate, type StandDownRules, weekday } from '@shared/index';

/** A committee sitting that can still happen on its 定例日. */
export interface RegularSittingDue {
  /** 院, or undefined when the rule is for either house. */
  house?: House;
  committee: string;
  sittingOn: IsoDate;
}

/**
 * The 定例日 sittings not typed for `days` (standby days), given the sittings known (typed or noticed, in any state).
 * @example regularSittingsDue(['2026-06-10'], [{ house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-11' }], rules, calendar)
 *   //=> [{ house: 'sangiin', committee: '厚生労働委員会', sittingOn: '2026-06-11' }] (参議院's Thursday)
 */
export function regularSittingsDue(
  days: readonly IsoDate[], known: readonly { house?: House; committee: string; sittingOn?: IsoDate }[], rules: StandDownRules, calendar: Calendar,
): RegularSittingDue[] {
  const out: RegularSittingDue[] = [];
  for (const day of days) {
    let next = calendar.dayNumber(day) + 1;
    while (calendar.isClosed(calendar.dateOf(next))) next++;
    const sittingOn = calendar.dateOf(next);
    for (const r of rules.regularSittings) {
      if (!r.weekdays.includes(weekday(sittingOn))) continue;
      const typed = known.some((k) => k.sittingOn === sittingOn && k.committee === r.committee && (!r.house || !k.house || k.house === r.house));
      const listed = out.some((o) => o.sittingOn === sittingOn && o.committee === r.committee && o.house === r.house);
      if (!typed && !listed) out.push({ ...(r.house ? { house: r.house } : {}), committee: r.committee, sittingOn });
    }
  }
  return out;
}
