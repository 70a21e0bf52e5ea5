/**
 * @file 文字と日付の性質 (text and date properties): the mojibake check never flags a real 件名 or name from the
 * saved pages and always flags their UTF-8-read-as-Shift_JIS form; kanji numbers 1–9,999 read back; any
 * 和暦-like text is a date or a DateParseError (never another error, never 令和二十二十年 as a year); Excel
 * cells are cut to the limit keeping their start.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DateParseError, assertIsoDate, parseWareki } from '@shared/index';
import { readNumber } from '../../shared/dates/parse-wareki';
import { EXCEL_CELL_MAX_CHARS, capCellText } from '../../addin/board/sheet/excel-cell-limit';
import { isMojibake } from '../../extension/sites/helpers/mojibake';
import { rng } from './hostile-values';

const EXPECTED = [
  'tests/fixtures/pages/shugiin/kaiji221_l.2026-07-15.expected.json',
  'tests/fixtures/pages/sangiin/syuisyo219.2026-07-14.expected.json',
  'tests/fixtures/pages/sangiin/s219095.expected.json',
  'tests/fixtures/pages/shugiin/b221003.expected.json',
];

/** Every string in the saved pages' expected records (titles, names, 問 texts, remarks). */
function realTexts(): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const file of EXPECTED) walk(JSON.parse(readFileSync(file, 'utf8')));
  return out.filter((t) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(t));
}

const DIGITS = '〇一二三四五六七八九';
/** 1–9,999 in positional kanji (「二千二十六」). */
function kanjiNumber(n: number): string {
  let out = '';
  for (const [unit, sign] of [[1000, '千'], [100, '百'], [10, '十']] as const) {
    const d = Math.floor(n / unit) % 10;
    if (d > 0) out += `${d > 1 ? DIGITS[d] : ''}${sign}`;
  }
  return out + (n % 10 > 0 ? DIGITS[n % 10] : '');
}

describe('mojibake', () => {
  const texts = realTexts();

  it('no real text of the saved pages is flagged; each one read as Shift_JIS from UTF-8 bytes is', () => {
    expect(texts.length).toBeGreaterThan(100);
    const sjis = new TextDecoder('shift_jis');
    for (const text of texts) {
      expect(isMojibake(text), text).toBe(false);
      const garbled = sjis.decode(new TextEncoder().encode(text));
      if ([...text].filter((c) => /[\u3040-\u30ff\u4e00-\u9fff]/.test(c)).length >= 3) expect(isMojibake(garbled), `${text} → ${garbled}`).toBe(true);
    }
  });
});

describe('kanji numbers and 和暦', () => {
  it('reads every positional kanji number 1–9,999', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= 9999; n++) if (readNumber(kanjiNumber(n)) !== n) wrong.push(`${n} ${kanjiNumber(n)}`);
    expect(wrong).toEqual([]);
  });

  it('any 和暦-like text is a valid date or a DateParseError, and repeated units are refused', () => {
    const r = rng(901);
    const parts = ['令和', '平成', '昭和', '明治', '元', '二十', '十', '百', '千', '二十二十', '十百', '〇', '三', '１２', '8', ' ', '年', '月', '日'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let k = r.int(1, 9); k > 0; k--) text += r.pick(parts);
      try {
        const date = parseWareki(text);
        expect(assertIsoDate(date), text).toBe(date);
        expect(text, text).not.toMatch(/二十二十|十百/);
      } catch (error) {
        expect(error, text).toBeInstanceOf(DateParseError);
      }
    }
  });
});

describe('Excel cell limit', () => {
  it('cuts any text to the limit (room for a quote prefix), keeping its start and naming its length', () => {
    const r = rng(902);
    for (let i = 0; i < 60; i++) {
      const length = r.int(EXCEL_CELL_MAX_CHARS - 5, EXCEL_CELL_MAX_CHARS * 3);
      const text = (r.chance(0.5) ? '😀' : '長').repeat(Math.ceil(length / 2)).slice(0, length);
      const cut = capCellText(text);
      expect(cut.length).toBeLessThan(EXCEL_CELL_MAX_CHARS);
      if (cut !== text) {
        expect(cut).toMatch(new RegExp(`…［以下省略: 全 ${text.length} 文字］$`));
        const head = cut.slice(0, cut.indexOf('…［'));
        expect(text.startsWith(head)).toBe(true);
        expect(/[\ud800-\udbff]$/.test(head)).toBe(false);
      }
    }
  });
});
