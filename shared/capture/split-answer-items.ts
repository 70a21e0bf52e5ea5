/**
 * @file 答弁の分割 (splitAnswerItems): splits the body of a 答弁書 into 「…について」 items and links
 * each to the 問 it names (extension/sites/PAGES.md §4: 「一の１について」, 「四の1及び3について」, 「二及び三について」).
 */
import type { z } from 'zod';
import { readNumber } from '../dates/parse-wareki';
import type { answerItemSchema } from '../model/written-question';

type AnswerItem = z.infer<typeof answerItemSchema>;

/** Label of text printed before the first heading. */
export const PREAMBLE_LABEL = '前文';
/** Label of an answer printed without any 「…について」 heading. */
export const WHOLE_ANSWER_LABEL = '全体';

const KANJI = '[一二三四五六七八九十百]+';
const DIGITS = '[0-9０-９]+';
/** One reference: 「一」「一の１」「一から三まで」「一の１から３まで」「３」「１から３まで」. */
const REF = new RegExp(`^(?:(${KANJI})(?:の(${DIGITS}))?|(${DIGITS}))(?:から(?:(${KANJI})(?:の(${DIGITS}))?|(${DIGITS}))まで)?`);
const SEPARATOR = /^(?:及び|並びに|、|，)/;

/**
 * 答弁の分割: reads body lines (after the 「…に対する答弁書」 title) into answer items. A heading line
 * is 「<references>について」 alone on its line; its label is the references as printed and
 * `questionLabels` the 問 they name in the canonical form of splitQuestionItems (「一の１」).
 * Text before the first heading becomes 「前文」; an answer with no heading at all becomes one item 「全体」.
 * Blank lines are dropped; paragraphs keep their leading U+3000.
 * @example splitAnswerItems(['一及び二について', '　お尋ねの件は…。']).items
 * //=> [{ label: '一及び二', text: '　お尋ねの件は…。', questionLabels: ['一', '二'] }]
 */
export function splitAnswerItems(lines: readonly string[]): { items: AnswerItem[] } {
  const items: AnswerItem[] = [];
  const preamble: string[] = [];
  let current: { label: string; questionLabels: string[]; lines: string[] } | null = null;
  const flush = (): void => {
    if (current) items.push({ label: current.label, text: current.lines.join('\n'), questionLabels: current.questionLabels });
  };
  for (const raw of lines) {
    const line = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (line.replace(/\u3000/g, '') === '') continue;
    const heading = parseAnswerHeading(line);
    if (heading) {
      flush();
      current = { label: heading.label, questionLabels: heading.questionLabels, lines: [] };
    } else if (current) {
      current.lines.push(line);
    } else {
      preamble.push(line);
    }
  }
  flush();
  if (preamble.length > 0) {
    items.unshift({ label: items.length > 0 ? PREAMBLE_LABEL : WHOLE_ANSWER_LABEL, text: preamble.join('\n'), questionLabels: [] });
  }
  return { items };
}

/** Reads 「四の1及び3について」 → { label: '四の1及び3', questionLabels: ['四の１', '四の３'] }; null when not a heading. */
function parseAnswerHeading(line: string): { label: string; questionLabels: string[] } | null {
  const m = /^(.+)について$/.exec(line.replace(/^\u3000+/, ''));
  if (!m || m[1]!.length > 60) return null;
  const label = m[1]!;
  const labels: string[] = [];
  let rest = label;
  let parent: string | null = null;
  for (;;) {
    const ref = REF.exec(rest);
    if (!ref || ref[0] === '') return null;
    const [, kanji, sub, digits, toKanji, toSub, toDigits] = ref;
    if (kanji !== undefined) parent = kanji;
    else if (parent === null) parent = '';
    const fromSub = sub ?? digits;
    if (toKanji !== undefined || toSub !== undefined || toDigits !== undefined) {
      const range = expandRange(parent, fromSub, toKanji, toSub ?? toDigits);
      if (!range) return null;
      labels.push(...range);
      if (toKanji !== undefined) parent = toKanji;
    } else {
      labels.push(itemLabel(parent, fromSub));
    }
    rest = rest.slice(ref[0].length);
    if (rest === '') break;
    const sep = SEPARATOR.exec(rest);
    if (!sep) return null;
    rest = rest.slice(sep[0].length);
  }
  return { label, questionLabels: labels };
}

/** 「一から三まで」, 「五の１から３まで」, 「一の２から二の１まで」 (the last cannot be expanded, so it names both ends). */
function expandRange(parent: string, fromSub: string | undefined, toKanji: string | undefined, toSub: string | undefined): string[] | null {
  if (fromSub === undefined && toSub === undefined && toKanji !== undefined) {
    const from = readNumber(parent);
    const to = readNumber(toKanji);
    if (!(from >= 1 && to > from && to - from < 100)) return null;
    return Array.from({ length: to - from + 1 }, (_, i) => kanjiNumeral(from + i));
  }
  if (fromSub !== undefined && toSub !== undefined && (toKanji === undefined || toKanji === parent)) {
    const from = Number(halfWidth(fromSub));
    const to = Number(halfWidth(toSub));
    if (!(to > from && to - from < 100)) return null;
    return Array.from({ length: to - from + 1 }, (_, i) => itemLabel(parent, String(from + i)));
  }
  if (toKanji !== undefined) return [itemLabel(parent, fromSub), itemLabel(toKanji, toSub)];
  return null;
}

function itemLabel(parent: string, sub: string | undefined): string {
  if (sub === undefined) return parent;
  const digits = halfWidth(sub).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
  return parent === '' ? digits : `${parent}の${digits}`;
}

function halfWidth(digits: string): string {
  return digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** 1–99 as printed in item labels: 一 … 十, 十一, 二十, 二十一. */
function kanjiNumeral(n: number): string {
  const d = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
  if (n < 10) return d[n]!;
  const tens = Math.floor(n / 10);
  return `${tens === 1 ? '' : d[tens]}十${d[n % 10]}`;
}
