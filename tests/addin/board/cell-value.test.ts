/** Reading what coordinators type into cells. */
import { describe, expect, it } from 'vitest';
import { cellDate, cellInstant, cellNumber, cellText, cellTime } from '../../../addin/board/sheet/cell-value';

describe('cell readers', () => {
  it('reads text trimmed and numbers with full-width digits', () => {
    expect(cellText(' 医政局 ')).toBe('医政局');
    expect(cellNumber('３')).toBe(3);
    expect(cellNumber('三')).toBeUndefined();
    expect(cellNumber('')).toBeUndefined();
  });

  it('reads a date from a serial, 2026/3/5, 2026-03-05 or 和暦', () => {
    expect(cellDate(46086)).toBe('2026-03-05');
    expect(cellDate('2026/3/5')).toBe('2026-03-05');
    expect(cellDate('令和8年3月5日')).toBe('2026-03-05');
    expect(cellDate('')).toBeUndefined();
    expect(() => cellDate('来週')).toThrow();
  });

  it('reads times typed as text or as a day fraction', () => {
    expect(cellTime('9:30')).toBe('09:30');
    expect(cellTime('17：00')).toBe('17:00');
    expect(cellTime(0.75)).toBe('18:00');
    expect(cellTime('夕方')).toBeUndefined();
  });

  it('reads instants from serials or ISO text only', () => {
    expect(cellInstant(46083.5)).toBe('2026-03-02T12:00:00+09:00');
    expect(cellInstant('2026-03-02T12:00:00+09:00')).toBe('2026-03-02T12:00:00+09:00');
    expect(cellInstant('昼')).toBeUndefined();
  });
});
