/** @file 短い日付表示 (shortDate): 「7/22(水)」 and 「7/22(水) 12:00」 for reasons and warnings. Pure. */
import { dayNumberOf, weekdayOfDayNumber } from './day-number';
import type { IsoDate } from './iso-date';

/** 「M/D(曜)」 of a valid 'YYYY-MM-DD'. @example shortDate('2026-07-22') //=> '7/22(水)' */
export function shortDate(date: IsoDate | string): string {
  return `${Number(date.slice(5, 7))}/${Number(date.slice(8, 10))}(${'日月火水木金土'[weekdayOfDayNumber(dayNumberOf(date))]})`;
}

/** 「M/D(曜) HH:MM」 of a JST instant written with +09:00 ('2026-07-22T12:00:00+09:00'). */
export function shortJstDateTime(instant: string): string {
  return `${shortDate(instant.slice(0, 10))} ${instant.slice(11, 16)}`;
}
