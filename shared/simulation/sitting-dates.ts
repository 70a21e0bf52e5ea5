/** @file 開会日の列: the committee's regular weekdays that are open days, from a first date on. */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate, addDays, assertIsoDate, weekday } from '../dates/iso-date';

/**
 * `count` sitting dates on the given weekdays, skipping closed days (holidays, 12/29–1/3).
 * @example sittingDates(2, '2026-01-07', [3, 5]) //=> ['2026-01-07', '2026-01-09']
 */
export function sittingDates(count: number, firstOn: string, weekdays: readonly number[], calendar: Calendar = defaultCalendar()): IsoDate[] {
  const first = assertIsoDate(firstOn);
  const out: IsoDate[] = [];
  if (!weekdays.some((w) => w >= 1 && w <= 5)) return out; // Weekends are always closed: nothing would ever match.
  for (let d = first; out.length < count; d = addDays(d, 1)) {
    if (weekdays.includes(weekday(d)) && !calendar.isClosed(d)) out.push(d);
  }
  return out;
}
