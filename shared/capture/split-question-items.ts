/**
 * @file 問の分割 (splitQuestionItems): splits the body of a 質問主意書 into its 問 as printed
 * (extension/sites/PAGES.md §4): 「一　…」 items, 「１　…」 sub-items, a preamble before the first item, and
 * the closing 「右質問する。」.
 */
import type { QuestionItem } from '../model/primitives';

/** 問 headline: a kanji numeral then a full-width (or half-width) space, 「十二　…」. */
const ITEM = /^([一二三四五六七八九十百]+)[\u3000 ]+(.*)$/;
/** Sub-item: arabic digits (full- or half-width) then a space, 「１　…」 / 「1 …」 (参議院 s197037). */
const SUB_ITEM = /^([0-9０-９]+)[\u3000 ]+(.*)$/;
/** End of the question: 「右質問する。」 (indented with U+3000 on both houses). */
const CLOSING = /^右質問する。?$/;

/** The question body split into 問. */
export interface SplitQuestion {
  /** 前文: lines before the first 問, joined with '\n' ('' when none). */
  preamble: string;
  /** 問 in printed order; a parent with sub-items is represented by its sub-items (`heading` = parent text). */
  items: QuestionItem[];
  /** True when the closing 「右質問する。」 was found. */
  closed: boolean;
}

/**
 * 問の分割: reads body lines (after the repeated title) into a preamble and 問 items. Sub-items are
 * labelled as answers cite them, 「一の１」 (digits always full-width), and carry the parent's own
 * text as `heading`. A body without any numbered 問 becomes one item 「全体」. Blank lines are
 * dropped; lines keep their printed indentation.
 * @example splitQuestionItems(['一　甲か。', '二　乙か。', '　　右質問する。']).items
 * //=> [{ label: '一', text: '甲か。' }, { label: '二', text: '乙か。' }]
 */
export function splitQuestionItems(lines: readonly string[]): SplitQuestion {
  const preamble: string[] = [];
  const items: QuestionItem[] = [];
  let parent: { label: string; lines: string[]; emitted: boolean } | null = null;
  let current: { label: string; lines: string[]; heading?: string } | null = null;
  let closed = false;

  const flush = (): void => {
    if (!current) return;
    const item: QuestionItem = { label: current.label, text: current.lines.join('\n') };
    if (current.heading !== undefined) item.heading = current.heading;
    items.push(item);
    current = null;
  };
  const flushParent = (): void => {
    if (parent && !parent.emitted) items.push({ label: parent.label, text: parent.lines.join('\n') });
    parent = null;
  };

  for (const raw of lines) {
    const line = raw.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
    if (line.replace(/\u3000/g, '') === '') continue;
    if (CLOSING.test(line.replace(/^\u3000+/, ''))) { closed = true; break; }
    const item = ITEM.exec(line);
    if (item) {
      flush();
      flushParent();
      parent = { label: item[1]!, lines: [item[2]!], emitted: false };
      continue;
    }
    const sub = SUB_ITEM.exec(line);
    if (sub) {
      flush();
      const digits = toFullWidthDigits(sub[1]!);
      if (parent) {
        current = { label: `${parent.label}の${digits}`, lines: [sub[2]!], heading: parent.lines.join('\n') };
        parent.emitted = true;
      } else {
        current = { label: digits, lines: [sub[2]!] };
      }
      continue;
    }
    if (current) current.lines.push(line);
    else if (parent) parent.lines.push(line);
    else preamble.push(line);
  }
  flush();
  flushParent();
  // A question printed without numbered 問 is one 問 as a whole.
  if (items.length === 0 && preamble.length > 0) return { preamble: '', items: [{ label: '全体', text: preamble.join('\n') }], closed };
  return { preamble: preamble.join('\n'), items, closed };
}

function toFullWidthDigits(digits: string): string {
  return digits.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}
