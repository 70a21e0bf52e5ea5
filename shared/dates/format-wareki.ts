/** @file 和暦の表示: formats dates and JST instants the way the office writes them. */
import { eras } from './eras';
import { type IsoDate, assertIsoDate, splitIsoDate, weekdayKanji } from './iso-date';
import { type JstInstant, jstDateOf, jstTimeOf } from './jst';

/**
 * 暦日→和暦: '2026-03-03' → 「令和8年3月3日」; with `weekday` → 「令和8年6月9日(火)」.
 * Dates before 昭和 are returned as written in the Western calendar.
 * @example formatWareki('2019-05-01') //=> '令和元年5月1日'
 */
export function formatWareki(isoDate: IsoDate, options: { weekday?: boolean } = {}): string {
  assertIsoDate(isoDate);
  const { year, month, day } = splitIsoDate(isoDate);
  const era = eras.find((e) => isoDate >= e.startsOn);
  const suffix = options.weekday ? `(${weekdayKanji(isoDate)})` : '';
  if (!era) return `${year}年${month}月${day}日${suffix}`;
  const eraYear = year - Number(era.startsOn.slice(0, 4)) + 1;
  return `${era.name}${eraYear === 1 ? '元' : eraYear}年${month}月${day}日${suffix}`;
}

/** 日時の和暦表示: 「令和8年6月9日(火) 21:10」 for a JST instant. */
export function formatWarekiDateTime(instant: JstInstant): string {
  return `${formatWareki(jstDateOf(instant), { weekday: true })} ${jstTimeOf(instant)}`;
}
