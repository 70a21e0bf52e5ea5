/** 通告実態の月報 and its CSV: survey bands, the セット-based reference, totals per committee, a CSV Excel opens safely. */
import { describe, expect, it } from 'vitest';
import {
  type CommitteeNotice, type JstInstant, type SurveyItemTimes, type SurveyNoticeInput, csvField, csvText, noticeSurveyReport, surveyCsv, surveyInputsFromNotices,
} from '@shared/index';
import { readCsv } from '../../helpers/read-csv';
import { isoDate, jstInstant } from '../../helpers/dates';

const base = { house: 'shugiin' as const, committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10') };
const inputs: SurveyNoticeInput[] = [
  { ...base, member: '山田太郎', receivedAt: jstInstant('2026-06-08T11:00:00+09:00'), lastStartableAt: jstInstant('2026-06-09T17:40:00+09:00'), allDoneAt: jstInstant('2026-06-09T23:10:00+09:00') },
  { ...base, member: '佐藤花子', receivedAt: jstInstant('2026-06-09T19:10:00+09:00'), lastStartableAt: jstInstant('2026-06-09T20:05:00+09:00') },
  // Another sitting, set the day before: the reference is セット + 3 時間.
  { ...base, sittingOn: isoDate('2026-06-12'), setAt: jstInstant('2026-06-11T10:00:00+09:00'), member: '=HYPERLINK("http://x")', receivedAt: jstInstant('2026-06-11T14:30:00+09:00') },
  { house: 'sangiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-11'), member: '鈴木一郎', receivedAt: jstInstant('2026-06-10T11:50:00+09:00') },
  // Next month: not in June's report.
  { ...base, sittingOn: isoDate('2026-07-01'), member: '田中', receivedAt: jstInstant('2026-06-29T10:00:00+09:00') },
];

describe('noticeSurveyReport', () => {
  const report = noticeSurveyReport(inputs, '2026-06');

  it('keeps the month\'s sittings, ordered by sitting, house, committee and notice time, with the survey band and lateness', () => {
    expect(report.rows.map((r) => [r.sittingOn, r.member, r.bandLabel, r.basis, r.minutesLate])).toEqual([
      [isoDate('2026-06-10'), '山田太郎', '前々日まで', 'agreement', 0],
      [isoDate('2026-06-10'), '佐藤花子', 'それ以降', 'agreement', 31 * 60 + 10],
      [isoDate('2026-06-11'), '鈴木一郎', '前日正午まで', 'agreement', 23 * 60 + 50],
      [isoDate('2026-06-12'), '=HYPERLINK("http://x")', '前日18時まで', 'set', 90],
    ]);
    expect(report.rows[3]!.referenceLabel).toBe('セット+3時間 2026-06-11 13:00');
  });

  it('totals per committee and house by band, with the number of sitting days', () => {
    expect(report.totals).toEqual([
      { house: 'shugiin', committee: '厚生労働委員会', sittings: 2, notices: 3, byBand: { byTwoDaysBefore: 1, byPrevNoon: 0, byPrev18: 1, later: 1 } },
      { house: 'sangiin', committee: '厚生労働委員会', sittings: 1, notices: 1, byBand: { byTwoDaysBefore: 0, byPrevNoon: 1, byPrev18: 0, later: 0 } },
    ]);
  });

  it('keeps a row it cannot classify, with the reason, out of the totals', () => {
    const bad = noticeSurveyReport([{ ...base, member: 'x', receivedAt: 'きのう' as JstInstant }], '2026-06');
    expect(bad.rows[0]!.issues[0]).toContain('日時');
    expect(bad.totals).toEqual([]);
  });
});

describe('surveyCsv', () => {
  const text = surveyCsv(noticeSurveyReport(inputs, '2026-06'));

  it('is UTF-8 with a BOM, CRLF, every field quoted, with the survey\'s fields as columns', () => {
    expect(text.startsWith('\uFEFF"対象月","院","委員会","委員会開催日","委員会セット日時","質問者","通告受信日時","区分"')).toBe(true);
    expect(text).toContain('"最終の答弁作成着手可能日時","全ての答弁作成が完了した日時"\r\n');
    const rows = readCsv(text);
    expect(rows[1]).toEqual(['2026-06', '衆議院', '厚生労働委員会', isoDate('2026-06-10'), '', '山田太郎', '2026-06-08 11:00', '前々日まで', '前々日正午 2026-06-08 12:00', '0', '2026-06-09 17:40', '2026-06-09 23:10']);
    expect(rows.find((r) => r[0] === '委員会別の集計')).toEqual(['委員会別の集計', '院', '委員会', '開会日数', '通告数', '前々日まで', '前日正午まで', '前日18時まで', 'それ以降']);
  });

  it('cannot carry a formula: = + - @ tab and CR starts get an apostrophe, quotes are doubled', () => {
    expect(text).toContain('"\'=HYPERLINK(""http://x"")"');
    for (const start of ['=', '+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField(-3)).toBe('"-3"'); // numbers are ours, never user text
    expect(csvText(['a'], [[null]])).toBe('\uFEFF"a"\r\n""\r\n');
  });
});

describe('surveyInputsFromNotices', () => {
  const notice = (id: string, member: string, receivedAt: JstInstant, labels: string[], setAt?: JstInstant): CommitteeNotice => ({
    kind: 'notice', id, house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'), startTime: '09:00', member, receivedAt,
    items: labels.map((label) => ({ label, text: '…' })), provenance: [], ...(setAt ? { setAt } : {}),
  });
  const notices = [
    notice('n1', '山田太郎', jstInstant('2026-06-09T15:00:00+09:00'), ['問1', '問2'], jstInstant('2026-06-05T17:00:00+09:00')),
    notice('n2', '山田太郎', jstInstant('2026-06-09T19:10:00+09:00'), ['問3']),
    notice('n3', '佐藤花子', jstInstant('2026-06-08T11:00:00+09:00'), ['問1']),
  ];
  const times = new Map<string, SurveyItemTimes>([
    ['n1#問1', { startableAt: jstInstant('2026-06-09T16:00:00+09:00'), doneAt: jstInstant('2026-06-09T22:00:00+09:00') }],
    ['n1#問2', { startableAt: jstInstant('2026-06-09T16:30:00+09:00'), doneAt: jstInstant('2026-06-10T01:15:00+09:00') }],
    ['n2#問3', { startableAt: jstInstant('2026-06-09T20:05:00+09:00'), doneAt: jstInstant('2026-06-10T00:40:00+09:00') }],
    ['n3#問1', { startableAt: jstInstant('2026-06-08T14:00:00+09:00') }],
  ]);

  it('groups per sitting and member: the last notice, the セット, the last startable 問 and, when every 問 is done, the last finish', () => {
    const inputs = surveyInputsFromNotices(notices, { itemTimes: (id, label) => times.get(`${id}#${label}`) });
    expect(inputs).toEqual([
      {
        house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'), member: '山田太郎', receivedAt: jstInstant('2026-06-09T19:10:00+09:00'),
        setAt: jstInstant('2026-06-05T17:00:00+09:00'), lastStartableAt: jstInstant('2026-06-09T20:05:00+09:00'), allDoneAt: jstInstant('2026-06-10T01:15:00+09:00'),
      },
      { house: 'shugiin', committee: '厚生労働委員会', sittingOn: isoDate('2026-06-10'), member: '佐藤花子', receivedAt: jstInstant('2026-06-08T11:00:00+09:00'), lastStartableAt: jstInstant('2026-06-08T14:00:00+09:00') },
    ]);
  });

  it('takes the セット日時 from the sitting when given', () => {
    const [first] = surveyInputsFromNotices(notices, { setAtOf: () => jstInstant('2026-06-09T10:00:00+09:00') });
    expect(first!.setAt).toBe(jstInstant('2026-06-09T10:00:00+09:00'));
  });
});
