import { describe, expect, it } from 'vitest';
import { CalendarRangeError, type IsoDate, japanCalendar } from '@shared/index';
import { isoDate } from '../../helpers/dates';

describe('japanCalendar', () => {
  const cal = japanCalendar();

  it('closes weekends, national holidays and 12/29–1/3 (行政機関の休日に関する法律 第1条)', () => {
    expect(cal.isClosed(isoDate('2026-06-13'))).toBe(true); // Sat
    expect(cal.isClosed(isoDate('2026-06-14'))).toBe(true); // Sun
    expect(cal.isClosed(isoDate('2026-09-22'))).toBe(true); // 国民の休日
    expect(cal.holidayName(isoDate('2026-09-22'))).toBe('休日');
    for (const d of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) expect(cal.isClosed(isoDate(d)), d).toBe(true);
    expect(cal.isClosed(isoDate('2026-12-28'))).toBe(false);
    expect(cal.isClosed(isoDate('2027-01-04'))).toBe(false);
  });

  it('holds 閣議 on Tue and Fri, Tue holiday → Wed, Fri holiday → Thu', () => {
    expect(cal.isCabinetMeetingDay(isoDate('2026-06-09'))).toBe(true); // Tue
    expect(cal.isCabinetMeetingDay(isoDate('2026-06-12'))).toBe(true); // Fri
    expect(cal.isCabinetMeetingDay(isoDate('2026-06-10'))).toBe(false);
    expect(cal.isCabinetMeetingDay(isoDate('2025-02-12'))).toBe(true); // Tue 2/11 建国記念の日 → Wed
    expect(cal.isCabinetMeetingDay(isoDate('2026-03-19'))).toBe(true); // Fri 3/20 春分の日 → Thu
    expect(cal.isCabinetMeetingDay(isoDate('2026-03-20'))).toBe(false);
  });

  it('has no meeting when the shifted day is closed too, and says so', () => {
    expect(cal.isCabinetMeetingDay(isoDate('2026-09-22'))).toBe(false);
    expect(cal.isCabinetMeetingDay(isoDate('2026-09-23'))).toBe(false);
    expect(cal.missedRegularMeetings(isoDate('2026-09-21'), isoDate('2026-09-27'))).toEqual(['2026-09-22']);
    expect(cal.missedRegularMeetings(isoDate('2026-12-28'), isoDate('2027-01-03'))).toEqual(['2026-12-29', '2027-01-01']);
  });

  it('warns about a week with open days but no usable 閣議', () => {
    const summerGap = japanCalendar({ removedCabinetMeetings: [isoDate('2026-08-12'), isoDate('2026-08-14')] });
    expect(summerGap.weeksWithoutCabinetMeeting(isoDate('2026-08-03'), isoDate('2026-08-23'))).toEqual(['2026-08-10']);
    expect(cal.weeksWithoutCabinetMeeting(isoDate('2026-08-03'), isoDate('2026-08-23'))).toEqual([]);
    expect(cal.isCabinetMeetingDay(isoDate('2026-08-12'))).toBe(true); // Tue 8/11 山の日 → Wed
  });

  it('lets users add a 臨時閣議 and remove a day, and change the shift rule', () => {
    const edited = japanCalendar({ addedCabinetMeetings: [{ date: isoDate('2026-06-10'), note: '臨時閣議' }], removedCabinetMeetings: [isoDate('2026-06-12')], cabinetHolidayShift: { 2: -1, 5: -1 } });
    expect(edited.isCabinetMeetingDay(isoDate('2026-06-10'))).toBe(true);
    expect(edited.isCabinetMeetingDay(isoDate('2026-06-12'))).toBe(false);
    expect(edited.isCabinetMeetingDay(isoDate('2025-02-10'))).toBe(true); // Tue holiday now moves to Monday
  });

  it('answers outside the holiday data by the weekday, 12/29–1/3 and 閣議 rules, and says the data does not cover it', () => {
    expect(cal.coversHolidays(isoDate('2051-01-05'))).toBe(false);
    expect(cal.coversHolidays(isoDate('2026-06-08'))).toBe(true);
    expect(cal.isClosed(isoDate('2051-01-05'))).toBe(false); // Thu
    expect(cal.isClosed(isoDate('2051-01-02'))).toBe(true); // 1/1–1/3
    expect(cal.isClosed(isoDate('2051-01-07'))).toBe(true); // Sat
    expect(cal.isCabinetMeetingDay(isoDate('2051-01-06'))).toBe(true); // Fri
    expect(cal.isCabinetMeetingDay(isoDate('2051-01-10'))).toBe(true); // Tue
    expect(cal.isClosed(isoDate('1969-12-31'))).toBe(true); // 12/29–1/3
    expect(cal.isCabinetMeetingDay(isoDate('1969-12-26'))).toBe(true); // Fri
    expect(cal.isClosed(isoDate('0050-03-01'))).toBe(false); // Mon in year 50 (not 1950)
    expect(cal.dateOf(cal.dayNumber(isoDate('0050-03-01')))).toBe('0050-03-01');
  });

  it('refuses text that is not a date, and a range too long to walk, with CalendarRangeError', () => {
    expect(() => cal.isClosed('2026/06/08' as IsoDate)).toThrow(CalendarRangeError);
    expect(() => cal.missedRegularMeetings(isoDate('2000-01-01'), isoDate('2099-12-31'))).toThrow(/長すぎます/);
  });
});

describe('calendar rules and lead times as validated, editable data', () => {
  it('accepts the defaults and rejects malformed user edits with Japanese messages', async () => {
    const { calendarRulesSchema, defaultCalendarRules, defaultLeadTimes, leadTimesSchema } = await import('@shared/index');
    expect(calendarRulesSchema.safeParse(defaultCalendarRules).success).toBe(true);
    expect(leadTimesSchema.safeParse(defaultLeadTimes).success).toBe(true);
    const badClosure = calendarRulesSchema.safeParse({ ...defaultCalendarRules, closure: { from: '12/29', to: '01-03' } });
    expect(badClosure.error?.issues[0]?.message).toBe('月日は MM-DD 形式です');
    const badTime = leadTimesSchema.safeParse([{ ...defaultLeadTimes[0]!, time: '25:00' }]);
    expect(badTime.error?.issues[0]?.message).toBe('時刻は HH:MM 形式です');
  });
});
