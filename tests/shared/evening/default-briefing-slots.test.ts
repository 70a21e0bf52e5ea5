import { describe, expect, it } from 'vitest';
import { defaultBriefingSlots, defaultEveningRules, standbyDay } from '@shared/index';
import { isoDate } from '../../helpers/dates';

describe('standbyDay (the day before = the previous open day)', () => {
  it.each([
    ['2026-06-10', '2026-06-09', 'Wed sitting → Tue'],
    ['2026-06-15', '2026-06-12', 'Mon sitting → Fri (weekend skipped)'],
    ['2026-07-21', '2026-07-17', 'Tue after 海の日 → Fri'],
    ['2026-05-07', '2026-05-01', 'after Golden Week 5/2–5/6'],
    ['2027-01-04', '2026-12-28', 'after the 12/29–1/3 closure'],
  ])('sitting %s → %s (%s)', (sitting, expected) => {
    expect(standbyDay(isoDate(sitting))).toBe(expected);
  });
});

describe('defaultBriefingSlots', () => {
  it('offers 30-minute evening slots 18:30–20:00 the day before and the 07:30 morning slot', () => {
    expect(defaultBriefingSlots({ sittingOn: isoDate('2026-06-15') }).map((s) => [s.id, s.kind, s.label, s.startAt, s.endAt, s.capacity])).toEqual([
      ['evening-1830', 'evening', '夕方レク 18:30', '2026-06-12T18:30:00+09:00', '2026-06-12T19:00:00+09:00', 60],
      ['evening-1900', 'evening', '夕方レク 19:00', '2026-06-12T19:00:00+09:00', '2026-06-12T19:30:00+09:00', 60],
      ['evening-1930', 'evening', '夕方レク 19:30', '2026-06-12T19:30:00+09:00', '2026-06-12T20:00:00+09:00', 60],
      ['morning-0730', 'morning', '朝レク 07:30', '2026-06-15T07:30:00+09:00', '2026-06-15T08:30:00+09:00', 300],
    ]);
  });

  it('follows edited rules (a 17:30 start, 45-minute slots, the last one cut at the end)', () => {
    const rules = { ...defaultEveningRules, slots: { ...defaultEveningRules.slots, evening: { from: '17:30', to: '19:00', slotMinutes: 45, capacityPerSlot: 10 } } };
    expect(defaultBriefingSlots({ sittingOn: isoDate('2026-06-10') }, undefined, rules).filter((s) => s.kind === 'evening').map((s) => [s.startAt.slice(11, 16), s.endAt.slice(11, 16)])).toEqual([
      ['17:30', '18:15'], ['18:15', '19:00'],
    ]);
  });
});
