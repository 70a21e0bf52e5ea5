/**
 * 延期の提案 (proposeExtension) and 延期の確認 (checkExtensionPlan): the proposal for every distinct 延期 in the
 * 参議院 data (sessions 211–213, 216–221) against what the Cabinet actually did.
 */
import { describe, expect, it } from 'vitest';
import { answerDeadline, builtinSessions, checkExtensionPlan, japanCalendar, proposeExtension, sessionByNumber } from '@shared/index';
import { readExtensionNotes } from '../../../extension/sites/sangiin/read-extension-notes';
import { extended, older, sample } from './sangiin-rows';
import { isoDate, jstInstant } from '../../helpers/dates';

const asKnown = japanCalendar({ addedCabinetMeetings: [], removedCabinetMeetings: [] });

/** Distinct (session, 転送日, 通知日) with the new dates the notices named. */
function actualExtensions(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const r of [...older, ...sample]) {
    if (!extended(r)) continue;
    const [n] = readExtensionNotes(r.note, isoDate(r.transferredOn));
    const key = `${r.session} ${r.transferredOn} ${n!.noticeReceivedOn}`;
    if (!out.has(key)) out.set(key, new Set());
    out.get(key)!.add(n!.extendedUntil);
  }
  return out;
}

describe('proposeExtension on the real 延期', () => {
  it('proposes the notice 閣議 and a new date for each of the 10 distinct 延期; the date is one actually used in 7 of them', () => {
    const lines: string[] = [];
    let hits = 0;
    for (const [key, untils] of actualExtensions()) {
      const [session, transfer, notice] = key.split(' ');
      const d = answerDeadline(transfer!, asKnown, { session: sessionByNumber(builtinSessions, Number(session))! });
      const p = proposeExtension(d, asKnown)!;
      expect(p, key).not.toBeNull();
      const actual = [...untils].sort();
      if (actual.includes(p.newAnswerOn!)) hits++;
      lines.push(`${transfer} notice ${notice} (proposed ${p.noticeCabinetOn}) → actual ${actual.join('/')}, proposed ${p.newAnswerOn}`);
    }
    expect(lines).toEqual([
      '2023-04-26 notice 2023-04-28 (proposed 2023-05-02) → actual 2023-05-09, proposed 2023-05-12',
      '2023-06-21 notice 2023-06-27 (proposed 2023-06-27) → actual 2023-06-30/2023-07-04, proposed 2023-06-30',
      '2023-12-13 notice 2023-12-19 (proposed 2023-12-19) → actual 2023-12-22/2023-12-26, proposed 2023-12-22',
      '2026-07-16 notice 2026-07-22 (proposed 2026-07-21) → actual 2026-07-24/2026-07-28, proposed 2026-07-24',
      '2026-01-23 notice 2026-01-27 (proposed 2026-01-27) → actual 2026-02-03, proposed 2026-01-30',
      '2025-12-17 notice 2025-12-23 (proposed 2025-12-23) → actual 2025-12-26, proposed 2025-12-26',
      '2025-08-05 notice 2025-08-08 (proposed 2025-08-08) → actual 2025-08-15, proposed 2025-08-15',
      '2025-06-20 notice 2025-06-24 (proposed 2025-06-24) → actual 2025-06-27/2025-07-01, proposed 2025-06-27',
      '2025-04-25 notice 2025-04-30 (proposed 2025-04-30) → actual 2025-05-09, proposed 2025-05-07',
      '2024-12-24 notice 2024-12-27 (proposed 2024-12-27) → actual 2025-01-07/2025-01-10, proposed 2025-01-10',
    ]);
    expect(hits).toBe(7); // the other three are within 4 days of the actual date
  });

  it('gives the draft reason text, the notice milestones before its 閣議, in order, and null when no 延期 is likely', () => {
    const d = answerDeadline(isoDate('2025-06-20'), asKnown, { session: sessionByNumber(builtinSessions, 217)! });
    const p = proposeExtension(d, asKnown, { title: '年金に関する質問主意書' })!;
    expect(p.reasons[0]).toContain('執務日が 2 日');
    expect(p.noticeText).toBe('年金に関する質問主意書に対する答弁書については、政府部内の調整及び検討になお時間を要するため、国会法第七十五条第二項の規定により、令和7年6月27日までに答弁することとしたい。');
    expect(p.milestones.map((m) => [m.label, m.at])).toEqual([
      ['延期方針の決定', jstInstant('2025-06-20T18:00:00+09:00')],
      ['延期通知の閣議請議', jstInstant('2025-06-23T12:00:00+09:00')],
    ]);
    expect(proposeExtension(answerDeadline(isoDate('2026-06-08')))).toBeNull();
  });

  it('warns when there is no 閣議 for the notice (2026-09-18: 9/21–9/23 holidays)', () => {
    const p = proposeExtension(answerDeadline(isoDate('2026-09-18')))!;
    expect(p.noticeCabinetOn).toBeNull();
    expect(p.newAnswerOn).toBe(isoDate('2026-10-02')); // Fri 9/25 and Tue 9/29 leave fewer than 3 open days after day 7
    expect(p.warnings[0]).toContain('延期通知を決める閣議がありません');
  });
});

describe('checkExtensionPlan: proposal → confirmation → captured notice', () => {
  const notice = { noticeReceivedOn: isoDate('2025-06-24'), extendedUntil: isoDate('2025-06-27') };
  it.each([
    [{ captured: [] }, 'none', null],
    [{ proposedUntil: isoDate('2025-06-27'), captured: [] }, 'proposed', null],
    [{ proposedUntil: isoDate('2025-06-27'), confirmedUntil: isoDate('2025-06-27'), captured: [] }, 'confirmed', isoDate('2025-06-27')],
    [{ proposedUntil: isoDate('2025-06-27'), confirmedUntil: isoDate('2025-06-27'), captured: [notice] }, 'noticed', isoDate('2025-06-27')],
    [{ proposedUntil: isoDate('2025-06-27'), confirmedUntil: isoDate('2025-07-01'), captured: [notice] }, 'corrected', isoDate('2025-06-27')],
    [{ captured: [notice] }, 'unplanned', isoDate('2025-06-27')],
  ] as const)('%j → %s', (input, state, until) => {
    const check = checkExtensionPlan(input);
    expect(check.state).toBe(state);
    expect(check.extendedUntil).toBe(until);
  });

  it('says in Japanese what the captured notice corrected', () => {
    expect(checkExtensionPlan({ confirmedUntil: isoDate('2025-07-01'), captured: [notice] }).message)
      .toBe('延期通知 6/24(火) 受領、6/27(金) まで答弁延期 (取り込んだページより)。確定していた期限 7/1(火) を訂正しました。');
  });
});
