/**
 * @file カードの並び (card order): after urgency, cards go by 院, 回次 and 号 as numbers (第1号, 第2号 … 第10号,
 * never 第1号, 第10号, 第100号 as text), then by the 問's own number (一, 二 … 十一; 問1 … 問10). Pure.
 */
import type { House } from '../model/primitives';

/** 院・回次・号 of a 質問主意書, or the 院 and 開会日 of a 質問通告 (notices after the 主意書 of their 院). */
export type QuestionNumber =
  | { kind: 'written'; house: House; session: number; number: number }
  | { kind: 'notice'; house: House; sittingOn: string; member: string };

const houseRank: Record<House, number> = { shugiin: 0, sangiin: 1 };

/** Compares two questions by 院, then 回次 and 号 numerically; notices by 開会日 and 質問者. Undefined (unknown) last. */
export function compareQuestionNumbers(a: QuestionNumber | undefined, b: QuestionNumber | undefined): number {
  if (!a || !b) return (a ? 0 : 1) - (b ? 0 : 1);
  if (a.house !== b.house) return houseRank[a.house] - houseRank[b.house];
  if (a.kind !== b.kind) return a.kind === 'written' ? -1 : 1;
  if (a.kind === 'written' && b.kind === 'written') return a.session - b.session || a.number - b.number;
  const x = a as Extract<QuestionNumber, { kind: 'notice' }>;
  const y = b as Extract<QuestionNumber, { kind: 'notice' }>;
  return x.sittingOn < y.sittingOn ? -1 : x.sittingOn > y.sittingOn ? 1 : x.member < y.member ? -1 : x.member > y.member ? 1 : 0;
}

const KANJI_DIGITS: Record<string, number> = { 〇: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a kanji numeral up to 九百九十九 (「十一」 → 11, 「二十」 → 20); NaN when it is not one. */
function kanjiNumber(text: string): number {
  let total = 0;
  let digit = -1;
  for (const ch of text) {
    if (ch in KANJI_DIGITS) digit = KANJI_DIGITS[ch]!;
    else if (ch === '十' || ch === '百') {
      total += (digit < 0 ? 1 : digit) * (ch === '十' ? 10 : 100);
      digit = -1;
    } else return Number.NaN;
  }
  return total + Math.max(0, digit);
}

/**
 * The numbers a 問 label is made of, outermost first: 「二の１」 → [2, 1], 「問10」 → [10], 「十一」 → [11];
 * full-width digits count as digits. [] when the label has no number.
 * @example labelNumbers('問(2)') //=> [2]
 */
export function labelNumbers(label: string): number[] {
  const text = label.normalize('NFKC');
  const out: number[] = [];
  for (const m of text.matchAll(/\d+|[〇一二三四五六七八九十百]+/g)) {
    const n = /\d/.test(m[0]) ? Number(m[0]) : kanjiNumber(m[0]);
    if (!Number.isNaN(n)) out.push(n);
  }
  return out;
}

/** Compares two 問 labels by their numbers, then as text. @example compareItemLabels('十', '二') //=> 1 */
export function compareItemLabels(a: string, b: string): number {
  const x = labelNumbers(a);
  const y = labelNumbers(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  if (x.length !== y.length) return x.length - y.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * 問の呼び方 in a sentence: 「一」 → 「問一」; a label that already says it (「問1」) or the whole question (「全体」) as is.
 * @example itemName('二の１') //=> '問二の１'
 */
export function itemName(label: string): string {
  return /^(問|全体)/.test(label) ? label : `問${label}`;
}
