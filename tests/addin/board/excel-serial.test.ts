/** Excel serials ↔ JST dates and instants (pure; the same under TZ=UTC). */
import { describe, expect, it } from 'vitest';
import { dateToSerial, instantToSerial, serialToDate, serialToInstant } from '../../../addin/board/sheet/excel-serial';
import { displayValue, numberFormats } from '../../../addin/board/sheet/number-formats';
import { isoDate, jstInstant } from '../../helpers/dates';

describe('Excel serials', () => {
  it('maps dates the way Excel’s 1900 date system does', () => {
    expect(dateToSerial(isoDate('1900-03-01'))).toBe(61);
    expect(dateToSerial(isoDate('2026-03-02'))).toBe(46083);
    expect(serialToDate(46083.99)).toBe('2026-03-02');
  });

  it('stores an instant as its JST wall time', () => {
    expect(instantToSerial(jstInstant('2026-03-02T12:00:00+09:00'))).toBe(46083.5);
    expect(instantToSerial(jstInstant('2026-03-02T03:00:00Z'))).toBe(46083.5);
    expect(serialToInstant(46083.75)).toBe('2026-03-02T18:00:00+09:00');
  });

  it('rounds binary fractions back to the minute', () => {
    expect(serialToInstant(instantToSerial(jstInstant('2026-03-05T11:00:00+09:00')) + 1e-9)).toBe('2026-03-05T11:00:00+09:00');
  });

  it('displays dates in 和暦 with the weekday, and instants with the time', () => {
    expect(displayValue(46083, numberFormats.date)).toBe('令和8年3月2日(月)');
    expect(displayValue(46083.7083333333, numberFormats.datetime)).toBe('令和8年3月2日(月) 17:00');
    expect(displayValue('', numberFormats.date)).toBe('');
  });
});
