/**
 * @file 元号 (Japanese eras) the product reads and writes, as data.
 * Source: 元号法 and the 改元 政令 (昭和 1926-12-25, 平成 1989-01-08, 令和 2019-05-01).
 */
import { type IsoDate, ymd } from './iso-date';

/** 元号: one era with its first day; year 1 (元年) is the Gregorian year of `startsOn`. */
export interface Era {
  name: string;
  startsOn: IsoDate;
}

/** Newest first, so the first era whose start is on or before a date is that date's era. */
export const eras: readonly Era[] = [
  { name: '令和', startsOn: ymd(2019, 5, 1) },
  { name: '平成', startsOn: ymd(1989, 1, 8) },
  { name: '昭和', startsOn: ymd(1926, 12, 25) },
];
