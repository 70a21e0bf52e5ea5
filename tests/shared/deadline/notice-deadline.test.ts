import { describe, expect, it } from 'vitest';
import { classifyNotice, noticeDeadline } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

// shared/deadline/RULES.md §6 worked examples (前々日正午, counted in open days).
describe('noticeDeadline (shared/deadline/RULES.md §6)', () => {
  it.each([
    ['2026-06-10', '2026-06-08T12:00:00+09:00', 'normal week (Wed sitting → Mon noon)'],
    ['2026-06-12', '2026-06-10T12:00:00+09:00', 'Fri sitting → Wed noon'],
    ['2026-05-12', '2026-05-08T12:00:00+09:00', 'skips the weekend'],
    ['2026-05-07', '2026-04-30T12:00:00+09:00', 'skips Golden Week 5/2–5/6'],
    ['2026-09-25', '2026-09-18T12:00:00+09:00', 'skips 9/19–9/23 (敬老の日, 国民の休日, 秋分の日)'],
  ])('sitting %s → %s (%s)', (sitting, deadline) => {
    expect(noticeDeadline(isoDate(sitting))).toBe(deadline);
  });

  it('also skips the 12/29–1/3 government closure', () => {
    expect(noticeDeadline(isoDate('2027-01-05'))).toBe('2026-12-28T12:00:00+09:00');
  });
});

describe('classifyNotice (内閣人事局 survey bands)', () => {
  const sitting = isoDate('2026-06-11'); // Thu: 前々日 = Tue 6/9, 前日 = Wed 6/10
  it.each([
    ['2026-06-09T12:00:00+09:00', 'byTwoDaysNoon'],
    ['2026-06-09T12:00:01+09:00', 'byPrevNoon'],
    ['2026-06-10T11:59:00+09:00', 'byPrevNoon'],
    ['2026-06-10T15:40:00+09:00', 'byPrev18'],
    ['2026-06-10T18:00:00+09:00', 'byPrev18'],
    ['2026-06-10T18:01:00+09:00', 'later'],
    ['2026-06-10T09:30:00Z', 'later'],
  ])('received %s → %s', (at, band) => {
    expect(classifyNotice(jstInstant(at), sitting)).toBe(band);
  });

  it('treats the preceding open day as 前日 when the day before is a weekend', () => {
    expect(classifyNotice(jstInstant('2026-06-12T17:00:00+09:00'), isoDate('2026-06-15'))).toBe('byPrev18');
  });
});
