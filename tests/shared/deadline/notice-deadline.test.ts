import { describe, expect, it } from 'vitest';
import { classifyNotice, noticeBands, noticeDeadline, noticeReference } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

// shared/deadline/RULES.md §6 worked examples (前々日正午, counted in open days).
describe('noticeDeadline (shared/deadline/RULES.md §6)', () => {
  it.each([
    [isoDate('2026-06-10'), jstInstant('2026-06-08T12:00:00+09:00'), 'normal week (Wed sitting → Mon noon)'],
    [isoDate('2026-06-12'), jstInstant('2026-06-10T12:00:00+09:00'), 'Fri sitting → Wed noon'],
    [isoDate('2026-05-12'), jstInstant('2026-05-08T12:00:00+09:00'), 'skips the weekend'],
    [isoDate('2026-05-07'), jstInstant('2026-04-30T12:00:00+09:00'), 'skips Golden Week 5/2–5/6'],
    [isoDate('2026-09-25'), jstInstant('2026-09-18T12:00:00+09:00'), 'skips 9/19–9/23 (敬老の日, 国民の休日, 秋分の日)'],
  ])('sitting %s → %s (%s)', (sitting, deadline) => {
    expect(noticeDeadline(isoDate(sitting))).toBe(deadline);
  });

  it('also skips the 12/29–1/3 government closure', () => {
    expect(noticeDeadline(isoDate('2027-01-05'))).toBe(jstInstant('2026-12-28T12:00:00+09:00'));
  });
});

describe('classifyNotice (内閣人事局 survey bands)', () => {
  const sitting = isoDate('2026-06-11'); // Thu: 前々日 = Tue 6/9, 前日 = Wed 6/10
  it.each([
    [jstInstant('2026-06-09T12:00:00+09:00'), 'byTwoDaysBefore'],
    [jstInstant('2026-06-09T23:59:00+09:00'), 'byTwoDaysBefore'], // 「前々日まで」 is the whole 前々日
    [jstInstant('2026-06-10T00:00:00+09:00'), 'byTwoDaysBefore'],
    [jstInstant('2026-06-10T00:01:00+09:00'), 'byPrevNoon'],
    [jstInstant('2026-06-10T11:59:00+09:00'), 'byPrevNoon'],
    [jstInstant('2026-06-10T15:40:00+09:00'), 'byPrev18'],
    [jstInstant('2026-06-10T18:00:00+09:00'), 'byPrev18'],
    [jstInstant('2026-06-10T18:01:00+09:00'), 'later'],
    [jstInstant('2026-06-10T09:30:00Z'), 'later'],
  ])('received %s → %s', (at, band) => {
    expect(classifyNotice(jstInstant(at), sitting)).toBe(band);
  });

  it('treats the preceding open day as 前日 when the day before is a weekend', () => {
    expect(classifyNotice(jstInstant('2026-06-12T17:00:00+09:00'), isoDate('2026-06-15'))).toBe('byPrev18');
  });
});

describe('survey bands and the reference after a late 委員会セット', () => {
  it('prints the 内閣人事局 survey categories', () => {
    expect(noticeBands.map((b) => b.label)).toEqual(['前々日まで', '前日正午まで', '前日18時まで', 'それ以降']);
  });

  it('uses 前々日正午 while the sitting was set before it, and セット + 3 時間 when set later', () => {
    expect(noticeReference(isoDate('2026-06-10'), undefined)).toEqual({ at: jstInstant('2026-06-08T12:00:00+09:00'), basis: 'agreement', agreementDeadline: jstInstant('2026-06-08T12:00:00+09:00') });
    expect(noticeReference(isoDate('2026-06-10'), jstInstant('2026-06-05T17:00:00+09:00')).basis).toBe('agreement');
    expect(noticeReference(isoDate('2026-06-10'), jstInstant('2026-06-08T12:00:00+09:00')).basis).toBe('agreement');
    // Set on the day before (Tue 6/9 10:00) for Wed 6/10: on-time notice by Mon noon was impossible.
    expect(noticeReference(isoDate('2026-06-10'), jstInstant('2026-06-09T10:00:00+09:00'))).toEqual({
      at: jstInstant('2026-06-09T13:00:00+09:00'), basis: 'set', agreementDeadline: jstInstant('2026-06-08T12:00:00+09:00'),
    });
    expect(noticeReference(isoDate('2026-06-10'), jstInstant('2026-06-09T01:00:00Z'), undefined, 60).at).toBe(jstInstant('2026-06-09T11:00:00+09:00'));
  });
});
