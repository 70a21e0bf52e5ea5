import { describe, expect, it } from 'vitest';
import { type IsoDate, answerDeadline, japanCalendar } from '@shared/index';
import { isoDate } from '../../helpers/dates';

// shared/deadline/RULES.md §3 worked examples: 転送日 → day 7, target 閣議, working days, 延期 expectation.
const examples: Array<[string, string, string | null, number, boolean, string]> = [
  ['2026-06-08', '2026-06-14', '2026-06-12', 4, false, 'Mon transfer → Fri 閣議 (actual 06-12)'],
  ['2026-05-27', '2026-06-02', '2026-06-02', 4, false, 'Wed transfer → Tue 閣議 on day 7 itself'],
  ['2026-03-16', '2026-03-22', '2026-03-19', 3, false, '繰上げ: Fri 3/20 春分の日 → Thu 3/19'],
  ['2025-02-06', '2025-02-12', '2025-02-12', 3, false, '繰下げ: Tue 2/11 建国記念の日 → Wed 2/12'],
  ['2026-05-07', '2026-05-13', '2026-05-12', 3, false, 'after Golden Week'],
  ['2026-04-28', '2026-05-04', '2026-05-01', 2, true, 'GW: 2 working days → 延期 likely'],
  ['2024-12-24', '2024-12-30', '2024-12-27', 3, false, '年末年始: target Fri 12/27'],
  ['2026-01-23', '2026-01-29', '2026-01-27', 2, true, 'Fri transfer at session boundary → 延期 likely'],
];

describe('answerDeadline (shared/deadline/RULES.md §3 worked examples)', () => {
  it.each(examples)('transfer %s: day 7 %s, 閣議 %s, %i working days, 延期 %s (%s)', (transfer, day7, target, days, ext) => {
    const d = answerDeadline(isoDate(transfer));
    expect(d.lastLegalDay).toBe(day7);
    expect(d.cabinetMeetingOn).toBe(target);
    expect(d.workingDaysBefore).toBe(days);
    expect(d.extensionLikely).toBe(ext);
  });

  it('2026-09-18 (Fri): 9/21–9/23 are all holidays, so only the transfer-day 閣議 remains and users are warned', () => {
    const d = answerDeadline(isoDate('2026-09-18'));
    expect(d.lastLegalDay).toBe('2026-09-24');
    expect(d.cabinetMeetingOn).toBe('2026-09-18');
    expect(d.workingDaysBefore).toBe(0);
    expect(d.extensionLikely).toBe(true);
    expect(d.warnings.join()).toContain('2026-09-22 の定例閣議は休日と重なり、振替先も休日です');
  });

  it('counts the transfer day and does not roll day 7 forward over a weekend', () => {
    expect(answerDeadline(isoDate('2026-06-10')).lastLegalDay).toBe('2026-06-16');
    expect(answerDeadline(isoDate('2026-06-12')).lastLegalDay).toBe('2026-06-18');
  });

  it('back-schedules the milestones of a Monday transfer (JOURNEYS.md §1.2)', () => {
    const at = Object.fromEntries(answerDeadline(isoDate('2026-06-08')).milestones.map((m) => [m.label, m.at]));
    expect(at).toEqual({
      割振り確定: '2026-06-08T17:00:00+09:00',
      原案: '2026-06-09T18:00:00+09:00',
      合議了: '2026-06-10T18:00:00+09:00',
      法制局説明: '2026-06-11T11:00:00+09:00',
      閣議請議: '2026-06-11T12:00:00+09:00',
    });
  });

  it('uses a user-added 臨時閣議 and ignores a removed one', () => {
    const calendar = japanCalendar({
      addedCabinetMeetings: [{ date: isoDate('2026-09-24'), note: '臨時閣議' }],
      removedCabinetMeetings: [isoDate('2026-06-12')],
    });
    expect(answerDeadline(isoDate('2026-09-18'), calendar).cabinetMeetingOn).toBe('2026-09-24');
    expect(answerDeadline(isoDate('2026-06-08'), calendar).cabinetMeetingOn).toBe('2026-06-09');
  });

  it('reads the threshold and lead times from options, not constants', () => {
    expect(answerDeadline(isoDate('2026-06-08'), undefined, { minWorkingDays: 5 }).extensionLikely).toBe(true);
    const [m] = answerDeadline(isoDate('2026-06-08'), undefined, {
      leadTimes: [{ id: 'draft', label: '原案', anchor: 'transfer', workingDays: 2, time: '10:00', source: 'test' }],
    }).milestones;
    expect(m!.at).toBe('2026-06-10T10:00:00+09:00');
  });

  it('rejects a malformed date with a Japanese message', () => {
    // Text that bypassed the parser (a cast, or plain JavaScript) is still refused at run time.
    expect(() => answerDeadline('2026/06/08' as IsoDate)).toThrow(/YYYY-MM-DD/);
  });
});
