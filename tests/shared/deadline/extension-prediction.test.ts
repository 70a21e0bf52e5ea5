/**
 * 延期の予測の測定: answerDeadline's extensionLikely against what happened to every 参議院 question of sessions 211–213
 * (CSV) and 216–221 (JSON) that was transferred and either answered on time or extended (tests/fixtures/README.md).
 * Goal: ≥ 90% of actual extensions flagged, ≤ 5% of on-time questions flagged. The table is in README.md
 * (延期の予測) and must match these numbers.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type AnswerDeadlineOptions, type Calendar, answerDeadline, builtinSessions, defaultExtensionRules, japanCalendar, sessionByNumber,
} from '@shared/index';
import { extended, older, sample } from './sangiin-rows';
import { isoDate } from '../../helpers/dates';

/** The calendar as known on a transfer day: the regular Tue/Fri rules (the irregular days were seen afterwards). */
const asKnown = japanCalendar({ addedCabinetMeetings: [], removedCabinetMeetings: [] });
const rows = [...older, ...sample].filter((r) => r.transferredOn && (extended(r) || r.answeredOn));

interface Confusion { tp: number; fn: number; fp: number; tn: number }

function measure(calendar: Calendar, options: (session: number) => AnswerDeadlineOptions): Confusion {
  const c: Confusion = { tp: 0, fn: 0, fp: 0, tn: 0 };
  for (const r of rows) {
    const flagged = answerDeadline(r.transferredOn, calendar, options(r.session)).extensionLikely;
    if (extended(r)) c[flagged ? 'tp' : 'fn']++;
    else c[flagged ? 'fp' : 'tn']++;
  }
  return c;
}

const withSession = (session: number): AnswerDeadlineOptions => ({ session: sessionByNumber(builtinSessions, session)! });
const pct = (n: number, d: number) => `${((100 * n) / d).toFixed(1)}%`;

/** The README rows: 予測 × 実際. */
function table(c: Confusion): string {
  return [
    '| 予測 \\ 実際 | 延期された | 期限内に答弁 |',
    '|---|---|---|',
    `| 延期の可能性あり | ${c.tp} | ${c.fp} |`,
    `| 予測なし | ${c.fn} | ${c.tn} |`,
    `| 計 | ${c.tp + c.fn} | ${c.fp + c.tn} |`,
  ].join('\n');
}

describe('延期の予測 on the 参議院 data (sessions 211–213, 216–221)', () => {
  it('covers 845 questions: 254 extended, 591 answered on time', () => {
    expect(rows.filter(extended)).toHaveLength(254);
    expect(rows.filter((r) => !extended(r))).toHaveLength(591);
  });

  it('with the session calendar: 254/254 extensions flagged (≥ 90%), 14/591 on-time flagged (≤ 5%); the table is in README.md', () => {
    const c = measure(asKnown, withSession);
    expect(c).toEqual({ tp: 254, fn: 0, fp: 14, tn: 577 });
    expect(c.tp / (c.tp + c.fn)).toBeGreaterThanOrEqual(0.9);
    expect(c.fp / (c.fp + c.tn)).toBeLessThanOrEqual(0.05);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(table(c));
    expect(readme).toContain(`再現率 ${pct(c.tp, c.tp + c.fn)} (${c.tp}/${c.tp + c.fn})、期限内の誤検出 ${pct(c.fp, c.fp + c.tn)} (${c.fp}/${c.fp + c.tn})`);
  });

  it('the 14 false alarms are all transfers on a session\'s last open day that were answered anyway', () => {
    const alarms = rows.filter((r) => !extended(r) && answerDeadline(r.transferredOn, asKnown, withSession(r.session)).extensionLikely);
    expect([...new Set(alarms.map((r) => `${r.session} ${r.transferredOn}`))]).toEqual(['211 2023-06-21', '212 2023-12-13', '219 2025-12-17']);
  });

  it('without a session only the calendar rules remain (115/254); the working-days rule alone catches 88 (35%)', () => {
    expect(measure(asKnown, () => ({}))).toEqual({ tp: 115, fn: 139, fp: 0, tn: 591 });
    const byWorkingDays = rows.filter((r) => extended(r) && answerDeadline(r.transferredOn, asKnown).extensionReasons.some((x) => x.includes('執務日')));
    expect(byWorkingDays).toHaveLength(88);
  });

  it('flagging 7日目 after the session end (the rule as first written) would add 28 false alarms: 42/591 = 7.1% > 5%', () => {
    const c = measure(asKnown, (s) => ({ ...withSession(s), rules: { ...defaultExtensionRules, answerAfterSessionEnd: 'flag' } }));
    expect(c).toEqual({ tp: 254, fn: 0, fp: 42, tn: 549 });
  });

  it('with hindsight (the 7/22/2026 臨時閣議 known in advance) the 26 transfers of 2026-07-16 have 3 working days and are missed: 228/254', () => {
    expect(measure(japanCalendar(), withSession)).toEqual({ tp: 228, fn: 26, fp: 14, tn: 577 });
  });

  it('a 会期延長 entered in 設定 keeps the planned end a 会期末 (hypothetical: a session planned to end Wed 6/18 extended to 7/5)', () => {
    const session = { number: 217, start: isoDate('2025-01-24'), end: isoDate('2025-07-05'), extensions: [{ from: isoDate('2025-06-18'), until: isoDate('2025-07-05') }] };
    expect(answerDeadline(isoDate('2025-06-18'), asKnown, { session }).extensionReasons).toEqual(['会期末の転送です (第217回国会の会期終了 6/18(水))。会期の最終執務日に転送された主意書は、実績ではほとんどが答弁延期になっています。']);
    expect(answerDeadline(isoDate('2025-06-18'), asKnown, { session: { ...session, extensions: [] } }).extensionLikely).toBe(false);
  });
});
