/**
 * @file 暦と期限の性質 (calendar and deadline properties): for seeded random dates over years 1–9999 and random
 * user rules, the calendar answers (never hangs: every walk is bounded), day numbers round-trip, outside the
 * holiday data the weekday/12-29–1-3 rule holds, and answerDeadline either answers consistently — with the
 * "holiday data has ended" warning exactly when the period leaves the data — or throws CalendarRangeError.
 */
import { describe, expect, it } from 'vitest';
import {
  type IsoDate, CalendarRangeError, addDays, answerDeadline, dateOfDayNumber, dayNumberOf, japanCalendar, jstDateOf, openDayBefore, weekday, ymd,
} from '@shared/index';
import { rng } from './hostile-values';

const CASES = 1500;

function randomDate(r: ReturnType<typeof rng>): IsoDate {
  const year = r.chance(0.6) ? r.int(1940, 2120) : r.int(1, 9999);
  const month = r.int(1, 12);
  const last = new Date(Date.UTC(2001, month, 0)).getUTCDate() + (month === 2 && (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 1 : 0);
  return ymd(year, month, r.int(1, last));
}

describe('calendar over any date', () => {
  it('day numbers round-trip and agree with the weekday for years 1–9999', () => {
    const r = rng(101);
    for (let i = 0; i < CASES; i++) {
      const date = randomDate(r);
      const n = dayNumberOf(date);
      expect(dateOfDayNumber(n), date).toBe(date);
      expect(dateOfDayNumber(n + 1), date).toBe(addDays(date, 1));
      expect(((n + 4) % 7 + 7) % 7, date).toBe(weekday(date));
      if (Number(date.slice(0, 4)) >= 100) expect(n, date).toBe(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000);
    }
  });

  it('outside the holiday data: weekends and 12/29–1/3 closed, other days open, 閣議 on Tue/Fri or shifted', () => {
    const r = rng(102);
    const cal = japanCalendar();
    for (let i = 0; i < CASES; i++) {
      const date = randomDate(r);
      if (cal.coversHolidays(date)) continue;
      const wd = weekday(date);
      const md = date.slice(5);
      const closed = wd === 0 || wd === 6 || md >= '12-29' || md <= '01-03';
      expect(cal.isClosed(date), date).toBe(closed);
      if (cal.isCabinetMeetingDay(date)) {
        expect(closed, date).toBe(false);
        expect([2, 3, 4, 5], date).toContain(wd); // Tue, Fri, or Wed/Thu after a shift
      }
      if (!closed && (wd === 2 || wd === 5)) expect(cal.isCabinetMeetingDay(date), date).toBe(true);
    }
  });

  it('answerDeadline answers or throws CalendarRangeError for any date and any user closures — never hangs', () => {
    const r = rng(103);
    const plain = japanCalendar();
    for (let i = 0; i < CASES; i++) {
      const date = randomDate(r);
      // Sometimes a user closes a whole stretch of days (the walks must still end).
      const closed = r.chance(0.008) ? Array.from({ length: r.int(10, 400) }, (_, k) => addDays(date, k - 200)) : [];
      const cal = closed.length > 0 ? japanCalendar({ extraClosedDays: closed }) : plain;
      let result;
      try {
        result = answerDeadline(date, cal);
      } catch (error) {
        expect(error, date).toBeInstanceOf(CalendarRangeError);
        continue;
      }
      expect(result.lastLegalDay, date).toBe(addDays(date, 6));
      if (result.cabinetMeetingOn) {
        expect(result.cabinetMeetingOn >= date && result.cabinetMeetingOn <= result.lastLegalDay, date).toBe(true);
        for (const m of result.milestones) expect(jstDateOf(m.at!) <= result.cabinetMeetingOn, `${date} ${m.id}`).toBe(true);
      }
      const leavesData = !cal.coversHolidays(date) || !cal.coversHolidays(result.lastLegalDay);
      if (leavesData) expect(result.warnings.some((w) => w.startsWith('祝日データは')), date).toBe(true);
      else if (result.milestones.every((m) => m.at === null || cal.coversHolidays(jstDateOf(m.at)))) {
        expect(result.warnings.some((w) => w.startsWith('祝日データは')), date).toBe(false);
      }
    }
  });

  it('openDayBefore ends for any closures (bounded walk)', () => {
    const r = rng(104);
    // Each case builds a calendar with its own closures (≈ 50 ms), so a dozen.
    for (let i = 0; i < 12; i++) {
      const date = ymd(r.int(1950, 2099), r.int(1, 12), r.int(1, 28));
      const closed = Array.from({ length: r.int(0, 30) }, (_, k) => addDays(date, -k - 1));
      const cal = japanCalendar({ extraClosedDays: closed });
      const before = openDayBefore(date, r.int(0, 5), cal);
      expect(before <= date).toBe(true);
      if (before !== date) expect(cal.isClosed(before), `${date} → ${before}`).toBe(false);
    }
  });
});
