/** @file 和暦の読み取り: reads a Japanese date as printed on Diet pages into 'YYYY-MM-DD'. */
import { DateParseError } from '../errors';
import { messages } from '../messages';
import { quoteValue } from '../text/quote-value';
import { eras } from './eras';
import { type IsoDate, isValidYmd, ymd } from './iso-date';

const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const KANJI_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** Full-width digits to ASCII; drops every kind of space. */
function normalise(text: string): string {
  return text
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '');
}

/** A number written in ASCII digits or kanji: 「8」「八」「十七」「二十」「二〇二六」「千二」. NaN when unreadable. */
export function readNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text === '元') return 1;
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(text)) return Number.NaN;
  if (!/[十百千]/.test(text)) return Number([...text].map((c) => KANJI_DIGITS[c]).join(''));
  // Positional kanji: each unit (千 > 百 > 十) at most once, in falling order, with at most one digit before it
  // and digits never twice in a row — so 「二十二十」 or 「十百」 is unreadable (NaN), not a sum.
  let total = 0;
  let current: number | undefined;
  let lastUnit = Infinity;
  for (const c of text) {
    const unit = UNITS[c];
    if (unit !== undefined) {
      if (unit >= lastUnit) return Number.NaN;
      total += (current ?? 1) * unit;
      current = undefined;
      lastUnit = unit;
    } else {
      if (current !== undefined) return Number.NaN;
      current = KANJI_DIGITS[c]!;
    }
  }
  return total + (current ?? 0);
}

const WAREKI = /^(令和|平成|昭和|[^\d〇零一二三四五六七八九十百千元年月日]{1,3})([\d〇零一二三四五六七八九十百千]+|元)年([\d〇零一二三四五六七八九十百千]+)月([\d〇零一二三四五六七八九十百千]+)日$/;
const SEIREKI = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/;

/**
 * 和暦→暦日: reads 「令和 8年 3月 3日」, 「令和七年十二月十七日」, 「平成元年1月8日」 or '2026-03-03'.
 * Throws DateParseError with a Japanese message for empty, unreadable (「令和二十二十年」), impossible dates, an
 * unknown era — and for a value that is not text at all (a number, an object: never a bare TypeError).
 * @example parseWareki('令和 8年 3月 3日') //=> '2026-03-03'
 */
export function parseWareki(text: string): IsoDate {
  if (text === undefined || text === null) throw new DateParseError(messages.emptyDate, '');
  // Not String(text): an object with a non-function toString would throw a TypeError right here.
  if (typeof text !== 'string') throw new DateParseError(messages.unparseableDate(text), quoteValue(text));
  const src = normalise(text);
  if (src === '') throw new DateParseError(messages.emptyDate, text);
  const west = SEIREKI.exec(src);
  if (west) return checked(Number(west[1]), Number(west[2]), Number(west[3]), text);
  const m = WAREKI.exec(src);
  if (!m) throw new DateParseError(messages.unparseableDate(text), text);
  const era = eras.find((e) => e.name === m[1]);
  if (!era) throw new DateParseError(messages.unknownEra(m[1]!), text);
  const eraYear = readNumber(m[2]!);
  const month = readNumber(m[3]!);
  const day = readNumber(m[4]!);
  if ([eraYear, month, day].some(Number.isNaN)) throw new DateParseError(messages.unparseableDate(text), text);
  const year = Number(era.startsOn.slice(0, 4)) + eraYear - 1;
  const date = checked(year, month, day, text);
  const next = eras[eras.indexOf(era) - 1];
  if (eraYear < 1 || date < era.startsOn || (next && date >= next.startsOn)) {
    throw new DateParseError(messages.eraOutOfRange(text), text);
  }
  return date;
}

function checked(year: number, month: number, day: number, text: string): IsoDate {
  if (!isValidYmd(year, month, day)) throw new DateParseError(messages.impossibleDate(text), text);
  return ymd(year, month, day);
}
