/** @file 開会日の列: the committee's regular weekdays that are open days, from a first date on. */
import { type Calendar, MAX_CALENDAR_SCAN_DAYS } from '../calendar/calendar';
import { CalendarRangeError } from '../errors';
import { messages } from '../messages';
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
  // Bounded: a week per date plus the calendar's scan limit, so closures covering every day cannot loop forever.
  const maxWalk = count * 7 + MAX_CALENDAR_SCAN_DAYS;
  for (let d = first, walked = 0; out.length < count; d = addDays(d, 1), walked++) {
    if (walked > maxWalk) throw new CalendarRangeError(messages.openDaysNotFound(firstOn, count, maxWalk));
    if (weekdays.includes(weekday(d)) && !calendar.isClosed(d)) out.push(d);
  }
  return out;
}
