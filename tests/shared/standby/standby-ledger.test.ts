import { describe, expect, it } from 'vitest';
import {
  type StandbyEntry, defaultOvertimeCaps, overtimeCapsSchema, planEvening, standbyEntriesFromPlans, standbyEntrySchema, standbyHours, tallyStandby,
} from '@shared/index';
import { dayA } from '../evening/evening-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const bureaus = [
  { id: 'isei', name: '医政局', otherDirected: true },
  { id: 'hoken', name: '保険局', otherDirected: true },
  { id: 'jinzai', name: '人材開発統括官', otherDirected: false },
];

/** One standby row per listed date, `hours` each. */
function rows(bureau: string, dates: string[], hours: number, person = '', lateNightHours = 0): StandbyEntry[] {
  return dates.map((date) => ({ bureau, person, date: isoDate(date), hours, lateNightHours, staff: person ? 1 : 4, kind: 'standby' as const, source: '' }));
}
/** `count` days in a month, 'YYYY-MM' → ['YYYY-MM-01', …]. */
const days = (month: string, count: number) => Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);

describe('standbyHours', () => {
  it.each([
    ['2026-06-09T18:15:00+09:00', '2026-06-10T01:00:00+09:00', 6.75, 3, 'a weeknight until 01:00'],
    ['2026-06-09T17:00:00+09:00', '2026-06-09T19:00:00+09:00', 0.75, 0, 'only the part after 18:15 counts'],
    ['2026-06-09T18:15:00+09:00', '2026-06-10T10:00:00+09:00', 15.25, 7, 'through the night into the next morning (09:30 on is regular)'],
    ['2026-07-20T10:00:00+09:00', '2026-07-20T13:00:00+09:00', 3, 0, '海の日: all of it is outside regular hours'],
  ])('%s → %s = %s h (%s h late night): %s', (from, until, h, late) => {
    expect(standbyHours(jstInstant(from), jstInstant(until))).toEqual({ hoursPastRegularEnd: h, lateNightHours: late });
  });
});

describe('standbyEntriesFromPlans', () => {
  it('gives each bureau its standby start (18:15, or its earlier release), release and hours for the day', () => {
    expect(standbyEntriesFromPlans([planEvening(dayA())])).toEqual([
      // 医政局 and 保険局 stay for their 夕方レク (18:30–19:00, 19:00–19:30): 0.75 h and 1.25 h past 18:15.
      { bureau: 'isei', person: '', date: '2026-06-09', from: '2026-06-09T18:15:00+09:00', until: '2026-06-09T19:00:00+09:00', hours: 0.75, lateNightHours: 0, staff: 2, kind: 'standby', source: '厚生労働委員会@2026-06-10' },
      { bureau: 'hoken', person: '', date: '2026-06-09', from: '2026-06-09T18:15:00+09:00', until: '2026-06-09T19:30:00+09:00', hours: 1.25, lateNightHours: 0, staff: 2, kind: 'standby', source: '厚生労働委員会@2026-06-10' },
      { bureau: 'nenkin', person: '', date: '2026-06-09', from: '2026-06-09T15:10:00+09:00', until: '2026-06-09T15:10:00+09:00', hours: 0, lateNightHours: 0, staff: 2, kind: 'standby', source: '厚生労働委員会@2026-06-10' },
    ]);
  });

  it('keeps the longest standby when a bureau serves two sittings on one day', () => {
    const second = dayA();
    second.sitting = { ...second.sitting, id: '予算委員会@2026-06-10' };
    second.assignments = second.assignments.map((a) => (a.bureau === 'hoken' ? { ...a, bureau: 'nenkin' } : a));
    const entries = standbyEntriesFromPlans([planEvening(dayA()), planEvening(second)]);
    expect(entries.map((e) => [e.bureau, e.hours, e.source])).toEqual([
      ['isei', 0.75, '厚生労働委員会@2026-06-10、予算委員会@2026-06-10'],
      ['hoken', 1.25, '厚生労働委員会@2026-06-10、予算委員会@2026-06-10'],
      ['nenkin', 1.25, '厚生労働委員会@2026-06-10、予算委員会@2026-06-10'],
    ]);
    for (const e of entries) expect(standbyEntrySchema.parse(e)).toEqual(e);
  });
});

describe('standbyEntrySchema', () => {
  it('rejects an entry whose late-night part exceeds its hours, or that ends before it starts', () => {
    const bad = standbyEntrySchema.safeParse({
      bureau: 'isei', date: '2026-06-09', from: '2026-06-09T20:00:00+09:00', until: '2026-06-09T19:00:00+09:00', hours: 1, lateNightHours: 2, staff: 1, kind: 'overtime',
    });
    expect(bad.error!.issues.map((i) => i.message)).toEqual(['深夜の時間が時間外の時間を超えています', '終了が開始より前です。']);
  });
});

describe('tallyStandby against the caps (人事院規則15-14)', () => {
  it('sums the month, the 年度 from April and the last 12 months', () => {
    const entries = [...rows('isei', days('2026-03', 4), 5), ...rows('isei', days('2026-04', 3), 5), ...rows('isei', days('2026-06', 2), 6.25, '', 1.5)];
    const [row] = tallyStandby(entries, { month: '2026-06', bureaus });
    expect(row).toMatchObject({
      bureau: 'isei', name: '医政局', person: '', unitLabel: '他律部署', month: '2026-06', monthHours: 12.5, monthLateNightHours: 3, monthStaffHours: 50, days: 2,
      fiscalYear: 2026, yearHours: 27.5, rolling12Hours: 47.5, monthsOver: 0, status: 'ok', statusLabel: '上限内', warnings: [],
    });
    expect(row!.recentMonths).toEqual([
      { month: '2026-01', hours: 0 }, { month: '2026-02', hours: 0 }, { month: '2026-03', hours: 20 },
      { month: '2026-04', hours: 15 }, { month: '2026-05', hours: 0 }, { month: '2026-06', hours: 12.5 },
    ]);
    // March belongs to 年度 2025.
    expect(tallyStandby(entries, { month: '2026-03', bureaus })[0]).toMatchObject({ fiscalYear: 2025, yearHours: 20 });
  });

  it('warns a 他律 unit at 80 % of the month and flags 100 h as over (the cap is "under 100")', () => {
    expect(tallyStandby(rows('isei', days('2026-06', 20), 4), { month: '2026-06', bureaus })[0]).toMatchObject({
      monthHours: 80, status: 'near', statusLabel: '上限に接近',
      warnings: ['月の時間外が上限の 80% に達しました (80 時間 / 上限 100 時間未満)。'],
    });
    const over = tallyStandby(rows('isei', days('2026-06', 20), 5), { month: '2026-06', bureaus })[0]!;
    expect(over.status).toBe('over');
    expect(over.warnings[0]).toBe('月の時間外が上限を超えています (100 時間 / 上限 100 時間未満)。');
  });

  it('checks every 2–6 month average against 80 h and the months over 45 h', () => {
    const entries = [...rows('hoken', days('2026-05', 17), 5), ...rows('hoken', days('2026-06', 17), 5)];
    const row = tallyStandby(entries, { month: '2026-06', bureaus })[0]!;
    expect(row.worstAverage).toEqual({ months: 2, hours: 85 });
    expect(row.monthsOver).toBe(2);
    expect(row.warnings).toContain('2か月平均が上限を超えています (85 時間 / 上限 80 時間)。');
    // Seven months over 45 h in one 年度 break the "at most 6" rule.
    const long = ['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'].flatMap((m) => rows('hoken', days(m, 10), 4.6));
    const oct = tallyStandby(long, { month: '2026-10', bureaus })[0]!;
    expect(oct.monthsOver).toBe(7);
    expect(oct.warnings).toContain('月45時間超の月が 7 か月あり、上限 (6 か月) を超えています。');
    expect(tallyStandby(long, { month: '2026-08', bureaus })[0]!.warnings).toContain('月45時間超の月が 5 か月です (上限 6 か月)。');
  });

  it('holds an ordinary (自律) unit to 45 h a month and 360 h a year', () => {
    expect(tallyStandby(rows('jinzai', days('2026-06', 9), 4), { month: '2026-06', bureaus })[0]).toMatchObject({
      unitLabel: '自律部署', monthHours: 36, status: 'near', warnings: ['月の時間外が上限の 80% に達しました (36 時間 / 上限 45 時間)。'], worstAverage: null,
    });
    expect(tallyStandby(rows('jinzai', days('2026-06', 10), 4.6), { month: '2026-06', bureaus })[0]!.warnings).toEqual(['月の時間外が上限を超えています (46 時間 / 上限 45 時間)。']);
  });

  it('keeps per-person rows apart from the bureau row, bureau rows first', () => {
    const entries = [
      ...rows('hoken', days('2026-06', 2), 3, '山田'),
      ...rows('医政局', days('2026-06', 1), 2),
      { bureau: 'hoken', person: '山田', date: isoDate('2026-06-20'), hours: 4, lateNightHours: 0, staff: 1, kind: 'overtime' as const, source: '手入力' },
    ];
    expect(tallyStandby(entries, { month: '2026-06', bureaus }).map((r) => [r.bureau, r.person, r.monthHours])).toEqual([
      ['isei', '', 2], ['hoken', '山田', 10],
    ]);
  });

  it('takes the caps as data (validated) — e.g. calendar years and a 90 % warning', () => {
    const caps = overtimeCapsSchema.parse({ ...defaultOvertimeCaps, warnShare: 0.9, yearStartMonth: 1 });
    const row = tallyStandby(rows('isei', days('2026-06', 20), 4), { month: '2026-06', bureaus, caps })[0]!;
    expect(row).toMatchObject({ fiscalYear: 2026, status: 'ok', warnings: [] });
    expect(overtimeCapsSchema.safeParse({ ...defaultOvertimeCaps, warnShare: 0 }).error!.issues[0]!.message).toBe('警告の割合は 0 より大きくしてください');
  });
});
