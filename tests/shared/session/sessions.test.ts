/**
 * 会期表: the shipped sessions 211–221 against the saved 参議院 list page's 国会回次 selector (tests/fixtures/pages/
 * sangiin/syuisyo219.2026-07-14.htm, read here as text: the selector's option labels), the label parser, lookups and merge.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  builtinSessions, mergeSessions, parseSessionLabel, sessionByNumber, sessionListSchema, sessionOn, sessionPeriodSchema,
} from '@shared/index';
import { isoDate } from '../../helpers/dates';

const page = readFileSync('tests/fixtures/pages/sangiin/syuisyo219.2026-07-14.htm', 'utf8');
const optionLabels = [...page.matchAll(/<option[^>]*>([^<]+)<\/option>/g)].map((m) => m[1]!);

describe('builtinSessions', () => {
  it('ships 211–221, valid, and 211–219 exactly as the saved selector prints them', () => {
    expect(builtinSessions.map((s) => s.number)).toEqual([211, 212, 213, 214, 215, 216, 217, 218, 219, 220, 221]);
    expect(sessionListSchema.safeParse(builtinSessions).success).toBe(true);
    expect(optionLabels).toHaveLength(196); // 219 down to 1, without the sessions that had no 質問主意書 (56, 50 …)
    for (const s of builtinSessions.filter((x) => x.number <= 219)) {
      const label = optionLabels.find((l) => l.startsWith(`第${s.number}回国会`))!;
      const parsed = parseSessionLabel(label, 'test');
      expect(parsed.ok && { ...parsed.session, source: '' }, label).toEqual({ ...s, source: '' });
      expect(s.source).toContain(label);
    }
  });

  it('marks the rows not read from a saved selector (220 inferred, 221 from the later page) with their source', () => {
    expect(sessionByNumber(builtinSessions, 220)!.source).toMatch(/^推定/);
    expect(sessionByNumber(builtinSessions, 221)!.source).toContain('第221回国会（特別会）（令和8年2月18日～令和8年7月25日）');
  });

  it('finds the session in progress on a date, and none between sessions', () => {
    expect(sessionOn(builtinSessions, isoDate('2025-06-20'))?.number).toBe(217);
    expect(sessionOn(builtinSessions, isoDate('2025-07-15'))).toBeUndefined();
  });
});

describe('parseSessionLabel', () => {
  it('reads every one of the 196 options of the saved selector (昭和・平成・令和, 元年)', () => {
    const parsed = optionLabels.map((l) => parseSessionLabel(l, 'p'));
    expect(parsed.filter((p) => !p.ok)).toEqual([]);
    const first = parsed.at(-1)!;
    expect(first.ok && first.session).toMatchObject({ number: 1, kind: '特別会', start: isoDate('1947-05-20'), end: isoDate('1947-12-09') });
    const reiwa1 = parsed.map((p) => (p.ok ? p.session : undefined)).find((s) => s?.number === 200);
    expect(reiwa1).toMatchObject({ kind: '臨時会', start: isoDate('2019-10-04'), end: isoDate('2019-12-09') });
  });

  it.each([
    ['第221回国会（特別会）（令和8年2月18日～令和8年7月25日）', true],
    ['第221回国会(特別会)(令和8年2月18日〜令和8年7月25日)', true],
    ['第221回国会（特別会）', false],
    ['第221回国会（緊急集会）（令和8年2月18日～令和8年7月25日）', false],
    ['第221回国会（特別会）（令和8年2月30日～令和8年7月25日）', false],
    ['第221回国会（特別会）（令和8年7月25日～令和8年2月18日）', false],
  ])('%s → ok %s (with a Japanese reason when not)', (label, ok) => {
    const r = parseSessionLabel(label, 's');
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.reason).toMatch(/[ぁ-ん]/);
  });
});

describe('mergeSessions and the schema', () => {
  it('replaces rows by 回次, keeps a known 会期延長 that still fits, sorts by 回次', () => {
    const base = [{ number: 221, kind: '特別会' as const, start: isoDate('2026-02-18'), end: isoDate('2026-07-25'), extensions: [{ from: isoDate('2026-07-17'), until: isoDate('2026-07-25') }], source: 'a' }];
    const merged = mergeSessions(base, [
      { number: 222, kind: '臨時会', start: isoDate('2026-09-01'), end: isoDate('2026-09-30'), extensions: [], source: 'b' },
      { number: 221, kind: '特別会', start: isoDate('2026-02-18'), end: isoDate('2026-07-25'), extensions: [], source: 'c' },
    ]);
    expect(merged.map((s) => [s.number, s.source, s.extensions.length])).toEqual([[221, 'c', 1], [222, 'b', 0]]);
  });

  it('refuses an end before the start, an extension outside the session and a duplicate 回次, in Japanese', () => {
    const row = { number: 221, kind: '特別会', start: isoDate('2026-02-18'), end: isoDate('2026-07-25'), extensions: [], source: '' };
    expect(sessionPeriodSchema.safeParse({ ...row, end: isoDate('2026-02-01') }).error?.issues[0]?.message).toBe('会期終了日が召集日より前です');
    expect(sessionPeriodSchema.safeParse({ ...row, extensions: [{ from: isoDate('2026-07-17'), until: isoDate('2026-08-25') }] }).error?.issues[0]?.message).toBe('会期延長の日付が会期の外です');
    expect(sessionPeriodSchema.safeParse({ ...row, kind: '通常会' }).success).toBe(false);
    expect(sessionListSchema.safeParse([row, row]).error?.issues[0]?.message).toBe('同じ回次が二度あります');
  });
});
