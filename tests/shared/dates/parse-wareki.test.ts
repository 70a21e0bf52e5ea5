import { describe, expect, it } from 'vitest';
import { DateParseError, formatWareki, formatWarekiDateTime, parseWareki } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

describe('parseWareki', () => {
  it.each([
    ['令和 8年 3月 3日', '2026-03-03'],
    ['令和８年２月１９日', '2026-02-19'],
    ['令和七年十二月十七日', '2025-12-17'],
    ['令和八年三月六日', '2026-03-06'],
    ['平成元年1月8日', '1989-01-08'],
    ['平成31年4月30日', '2019-04-30'],
    ['令和元年5月1日', '2019-05-01'],
    ['昭和64年1月7日', '1989-01-07'],
    ['令和　８年　３月　３日', '2026-03-03'],
    ['2026-03-03', '2026-03-03'],
    ['2026年3月3日', '2026-03-03'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseWareki(text)).toBe(iso);
  });

  it.each([
    ['', '日付が空です'],
    ['令和8年2月30日', '存在しない日付'],
    ['大正5年1月1日', '元号「大正」には対応していません'],
    ['明日', '読み取れません'],
    ['令和8年13月1日', '存在しない日付'],
    ['平成32年1月1日', '元号の期間外'],
    ['令和0年5月1日', '元号の期間外'],
  ])('rejects %j with a named error and a Japanese message (%s)', (text, fragment) => {
    let caught: unknown;
    try { parseWareki(text); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(DateParseError);
    expect((caught as Error).name).toBe('DateParseError');
    expect((caught as Error).message).toContain(fragment);
  });
});

describe('formatWareki', () => {
  it('writes 元年 for the first year and the weekday on request', () => {
    expect(formatWareki(isoDate('2019-05-01'))).toBe('令和元年5月1日');
    expect(formatWareki(isoDate('2026-06-09'), { weekday: true })).toBe('令和8年6月9日(火)');
    expect(formatWareki(isoDate('1989-01-07'))).toBe('昭和64年1月7日');
  });
  it('formats a JST instant with 24-hour time', () => {
    expect(formatWarekiDateTime(jstInstant('2026-06-09T12:10:00Z'))).toBe('令和8年6月9日(火) 21:10');
  });
  it('round-trips every day of 2026 through parseWareki', () => {
    for (let d = new Date(Date.UTC(2026, 0, 1)); d.getUTCFullYear() === 2026; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = isoDate(d.toISOString().slice(0, 10));
      expect(parseWareki(formatWareki(iso))).toBe(iso);
    }
  });
});
