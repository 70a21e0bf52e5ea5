/**
 * @file 問への分割 (splitNoticeItems): splits the text of a 質問通告 into its 問. Pure.
 *
 * Numbering styles seen in notices (line start, after any indentation): 問1 / 問１ / 【問１】 / 問一,
 * 1. / １． / 1) / 1、, (1) / （１） / ⑴, ① … ⑳, 一、 / 一． / 「一　」 (主意書 style), （一）.
 * The style of the first numbered line is the top level; lines numbered in another style — (1) under
 * 問1 — stay inside their 問 as printed, and so does a top-level-style number that does not increase
 * (a quoted 「1.」 inside an item). Text before the first item is the preamble (heading, member, date).
 */
import { readNumber } from '../dates/parse-wareki';
import type { QuestionItem } from '../model/primitives';

/** 分割の結果. */
export interface SplitNotice {
  preamble: string;
  items: QuestionItem[];
  /** True when the text had no line breaks (context-menu text) and was split at inline numbers. */
  reflowed: boolean;
}

type Style = 'mon' | 'paren' | 'circled' | 'kanjiParen' | 'digit' | 'kanji';

interface Marker {
  style: Style;
  n: number;
  label: string;
  rest: string;
}

const KANJI = '一二三四五六七八九十';
const toAscii = (s: string) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const SPACE = '[\\s\\u3000]';

const patterns: { style: Style; re: RegExp; label: (token: string) => string; n: (token: string) => number }[] = [
  {
    style: 'mon',
    // 「問1医師…」 needs no separator after digits; 「問一」 needs one (「問一般…」 is not an item).
    re: new RegExp(`^[【\\[]?問${SPACE}*([0-9０-９]+|[${KANJI}]+(?=[】\\].．、:：)）\\s\\u3000]|$))[】\\]]?[.．、:：)）]?${SPACE}*(.*)$`),
    label: (t) => `問${toAscii(t)}`,
    n: (t) => readNumber(toAscii(t)),
  },
  { style: 'paren', re: new RegExp(`^[（(]([0-9０-９]+)[)）]${SPACE}*(.*)$`), label: (t) => `(${toAscii(t)})`, n: (t) => Number(toAscii(t)) },
  {
    style: 'paren',
    re: new RegExp(`^([\\u2474-\\u2487])${SPACE}*(.*)$`),
    label: (t) => `(${t.charCodeAt(0) - 0x2473})`,
    n: (t) => t.charCodeAt(0) - 0x2473,
  },
  { style: 'circled', re: new RegExp(`^([\\u2460-\\u2473])${SPACE}*(.*)$`), label: (t) => t, n: (t) => t.charCodeAt(0) - 0x245f },
  { style: 'kanjiParen', re: new RegExp(`^[（(]([${KANJI}]+)[)）]${SPACE}*(.*)$`), label: (t) => `(${t})`, n: readNumber },
  // 「1.」「１．」 but not 「1.5倍」; 「1)」「1、」; or a number followed by a space 「1 衆議院先例集…」.
  {
    style: 'digit',
    re: new RegExp(`^([0-9０-９]{1,3})(?:[.．](?![0-9０-９])|[)）、]|${SPACE})${SPACE}*(.*)$`),
    label: toAscii,
    n: (t) => Number(toAscii(t)),
  },
  // 「一、」「一．」「一　」 but not 「一方、」「十分に」.
  { style: 'kanji', re: new RegExp(`^([${KANJI}]{1,3})(?:[、．.]|${SPACE})${SPACE}*(.*)$`), label: (t) => t, n: readNumber },
];

function markerOf(line: string): Marker | undefined {
  const text = line.replace(/^[\s\u3000]+/, '');
  for (const p of patterns) {
    const m = p.re.exec(text);
    if (!m) continue;
    const n = p.n(m[1]!);
    if (!Number.isFinite(n) || n <= 0) continue;
    return { style: p.style, n, label: p.label(m[1]!), rest: m[2] ?? '' };
  }
  return undefined;
}

/**
 * Text copied through the context menu loses its line breaks (Chromium crbug.com/116429): put a break
 * back before each unambiguous inline number (問N, ①, (N), N．, 一、) that follows a space.
 */
function reflow(text: string): string {
  return text.replace(
    new RegExp(`${SPACE}+(?=[【\\[]?問${SPACE}*[0-9０-９${KANJI}]|[\\u2460-\\u2487]|[（(][0-9０-９${KANJI}]+[)）]|[0-9０-９]{1,3}[.．](?![0-9０-９])|[${KANJI}]{1,3}、)`, 'g'),
    '\n',
  );
}

/**
 * Splits a notice into 問 with labels normalised to half-width digits (「問１」→「問1」, 「（２）」→「(2)」).
 * A text without any numbering is one item labelled 「全文」.
 * @example splitNoticeItems('問１　医師の働き方改革について\n問２　介護報酬について').items.map((i) => i.label) //=> ['問1', '問2']
 */
export function splitNoticeItems(input: string): SplitNotice {
  let text = input.replace(/\r\n?/g, '\n').trim();
  const reflowed = text !== '' && !text.includes('\n');
  if (reflowed) text = reflow(text);
  const preamble: string[] = [];
  const items: { label: string; lines: string[] }[] = [];
  let top: Style | undefined;
  let last = 0;
  for (const line of text.split('\n')) {
    const marker = markerOf(line);
    if (marker && (top === undefined || (marker.style === top && marker.n > last))) {
      top = marker.style;
      last = marker.n;
      items.push({ label: marker.label, lines: marker.rest.trim() ? [marker.rest.trim()] : [] });
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '') continue;
    (items.at(-1)?.lines ?? preamble).push(trimmed);
  }
  if (items.length === 0) {
    return { preamble: '', items: preamble.length > 0 ? [{ label: '全文', text: preamble.join('\n') }] : [], reflowed };
  }
  return { preamble: preamble.join('\n'), items: items.map((i) => ({ label: i.label, text: i.lines.join('\n') })), reflowed };
}
