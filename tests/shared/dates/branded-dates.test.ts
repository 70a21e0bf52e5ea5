/**
 * Branded dates (shared/dates): IsoDate and JstInstant are made only by the parsers — which accept real days and
 * readable instants and refuse the rest in Japanese — and the helpers that replace string slicing give the JST
 * date, time, month, file stamp and datetime-local value of any offset.
 */
import { describe, expect, it } from 'vitest';
import {
  DateParseError, instantSchema, isInstant, isIsoDate, isoDateSchema, isoMonthOf, jstDateOf, jstDateTimeLocal, jstStamp, jstTimeOf, parseInstant,
  toJst,
} from '@shared/index';

describe('IsoDate parsers', () => {
  it('accepts real days only', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    for (const text of ['2026-02-29', '2026-13-01', '2026/06/08', '2026-6-8', '']) expect(isIsoDate(text), text).toBe(false);
  });

  it('the zod schema gives the same text back (as an IsoDate) and refuses what is no date', () => {
    expect(isoDateSchema.parse('2026-06-08')).toBe('2026-06-08');
    expect(isoDateSchema.safeParse('2026/06/08').success).toBe(false);
  });
});

describe('JstInstant parsers', () => {
  it('parseInstant keeps readable text as written and refuses the rest with a DateParseError', () => {
    expect(parseInstant('2026-06-08T03:00:00Z')).toBe('2026-06-08T03:00:00Z');
    expect(() => parseInstant('2026-06-08 12:00')).toThrow(DateParseError);
    expect(isInstant('2026-06-08T12:00:00+09:00')).toBe(true);
    expect(isInstant('2026-06-08T12:00')).toBe(false);
  });

  it('toJst normalises any offset to +09:00; the zod schema keeps the text', () => {
    expect(toJst('2026-06-08T03:00:00Z')).toBe('2026-06-08T12:00:00+09:00');
    expect(instantSchema.parse('2026-06-08T03:00:00Z')).toBe('2026-06-08T03:00:00Z');
  });
});

describe('JST parts of an instant (instead of slicing its text)', () => {
  const lateUtc = parseInstant('2026-06-30T15:30:00Z'); // 2026-07-01 00:30 in JST

  it('takes the JST date, time and month, not the text\'s', () => {
    expect(jstDateOf(lateUtc)).toBe('2026-07-01');
    expect(jstTimeOf(lateUtc)).toBe('00:30');
    expect(isoMonthOf(jstDateOf(lateUtc))).toBe('2026-07');
  });

  it('writes the file-name stamp and the datetime-local value in JST', () => {
    expect(jstStamp(lateUtc)).toBe('202607010030');
    expect(jstDateTimeLocal(lateUtc)).toBe('2026-07-01T00:30');
  });
});
