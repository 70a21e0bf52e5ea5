import { describe, expect, it } from 'vitest';
import { type IsoDate, answerDeadline, compareInstants, dateOfDayNumber, dayNumberOf, japanCalendar } from '@shared/index';
import { isoDate, jstInstant } from '../../helpers/dates';

// shared/deadline/RULES.md §3 worked examples: 転送日 → day 7, target 閣議, working days, 延期 expectation.
const examples: Array<[string, string, string | null, number, boolean, string]> = [
  [isoDate('2026-06-08'), isoDate('2026-06-14'), isoDate('2026-06-12'), 4, false, 'Mon transfer → Fri 閣議 (actual 06-12)'],
  [isoDate('2026-05-27'), isoDate('2026-06-02'), isoDate('2026-06-02'), 4, false, 'Wed transfer → Tue 閣議 on day 7 itself'],
  [isoDate('2026-03-16'), isoDate('2026-03-22'), isoDate('2026-03-19'), 3, false, '繰上げ: Fri 3/20 春分の日 → Thu 3/19'],
  [isoDate('2025-02-06'), isoDate('2025-02-12'), isoDate('2025-02-12'), 3, false, '繰下げ: Tue 2/11 建国記念の日 → Wed 2/12'],
  [isoDate('2026-05-07'), isoDate('2026-05-13'), isoDate('2026-05-12'), 3, false, 'after Golden Week'],
  [isoDate('2026-04-28'), isoDate('2026-05-04'), isoDate('2026-05-01'), 2, true, 'GW: 2 working days → 延期 likely'],
  [isoDate('2024-12-24'), isoDate('2024-12-30'), isoDate('2024-12-27'), 3, true, '年末年始: day 7 falls in 12/29–1/3 (actual: 延期 notice 12/27)'],
  [isoDate('2026-01-23'), isoDate('2026-01-29'), isoDate('2026-01-27'), 2, true, 'Fri transfer at session boundary → 延期 likely'],
];

describe('answerDeadline (shared/deadline/RULES.md §3 worked examples)', () => {
  it.each(examples)('transfer %s: day 7 %s, 閣議 %s, %i working days, 延期 %s (%s)', (transfer, day7, target, days, ext) => {
    const d = answerDeadline(isoDate(transfer));
    expect(d.lastLegalDay).toBe(day7);
    expect(d.cabinetMeetingOn).toBe(target);
    expect(d.workingDaysBefore).toBe(days);
    expect(d.extensionLikely).toBe(ext);
  });

  it('2026-09-18 (Fri): 9/21–9/23 are all holidays and the transfer-day 閣議 does not count, so there is no target and users are warned', () => {
    const d = answerDeadline(isoDate('2026-09-18'));
    expect(d.lastLegalDay).toBe(isoDate('2026-09-24'));
    expect(d.cabinetMeetingOn).toBeNull();
    expect(d.workingDaysBefore).toBe(2); // 9/18 and 9/24: counted up to day 7 when there is no 閣議
    expect(d.extensionLikely).toBe(true);
    expect(d.extensionReasons[0]).toContain('転送日の翌日から7日目までに閣議がありません');
    expect(d.warnings.join()).toContain('2026-09-22 の定例閣議は休日と重なり、振替先も休日です');
    // Cabinet-anchored milestones have nothing to anchor on; transfer-anchored ones remain.
    expect(d.milestones.map((m) => [m.id, m.at])).toEqual([
      ['allocation', jstInstant('2026-09-18T17:00:00+09:00')], ['draft', jstInstant('2026-09-24T18:00:00+09:00')],
      ['concurrence', null], ['legislationBureau', null], ['cabinetRequest', null],
    ]);
  });

  it('never takes the transfer day itself as the target 閣議 (the data has no same-day answer)', () => {
    // Tue 2026-06-09 is a 閣議 day; day 7 = Mon 6/15 → the target is Fri 6/12, not 6/9.
    expect(answerDeadline(isoDate('2026-06-09')).cabinetMeetingOn).toBe(isoDate('2026-06-12'));
  });

  it('counts the transfer day and does not roll day 7 forward over a weekend', () => {
    expect(answerDeadline(isoDate('2026-06-10')).lastLegalDay).toBe(isoDate('2026-06-16'));
    expect(answerDeadline(isoDate('2026-06-12')).lastLegalDay).toBe(isoDate('2026-06-18'));
  });

  it('back-schedules the milestones of a Monday transfer (JOURNEYS.md §1.2)', () => {
    const at = Object.fromEntries(answerDeadline(isoDate('2026-06-08')).milestones.map((m) => [m.label, m.at]));
    expect(at).toEqual({
      割振り確定: jstInstant('2026-06-08T17:00:00+09:00'),
      原案: jstInstant('2026-06-09T18:00:00+09:00'),
      合議了: jstInstant('2026-06-10T18:00:00+09:00'),
      法制局説明: jstInstant('2026-06-11T11:00:00+09:00'),
      閣議請議: jstInstant('2026-06-11T12:00:00+09:00'),
    });
  });

  it('uses a user-added 臨時閣議 and ignores a removed one', () => {
    const calendar = japanCalendar({
      addedCabinetMeetings: [{ date: isoDate('2026-09-24'), note: '臨時閣議' }],
      removedCabinetMeetings: [isoDate('2026-06-12')],
    });
    expect(answerDeadline(isoDate('2026-09-18'), calendar).cabinetMeetingOn).toBe(isoDate('2026-09-24'));
    expect(answerDeadline(isoDate('2026-06-08'), calendar).cabinetMeetingOn).toBe(isoDate('2026-06-09'));
  });

  it('reads the threshold and lead times from options, not constants', () => {
    expect(answerDeadline(isoDate('2026-06-08'), undefined, { minWorkingDays: 5 }).extensionLikely).toBe(true);
    const [m] = answerDeadline(isoDate('2026-06-08'), undefined, {
      leadTimes: [{ id: 'draft', label: '原案', anchor: 'transfer', workingDays: 2, time: '10:00', source: 'test' }],
    }).milestones;
    expect(m!.at).toBe(jstInstant('2026-06-10T10:00:00+09:00'));
  });

  it('rejects a malformed date with a Japanese message', () => {
    // Text that bypassed the parser (a cast, or plain JavaScript) is still refused at run time.
    expect(() => answerDeadline('2026/06/08' as IsoDate)).toThrow(/YYYY-MM-DD/);
  });
});

describe('answerDeadline: milestones never out of order', () => {
  it('2026-07-16 (Thu; 7/20 海の日): 原案, 合議了 and 法制局説明 are compressed in order before the Tue 7/21 閣議, with a warning', () => {
    const calendar = japanCalendar({ addedCabinetMeetings: [], removedCabinetMeetings: [] });
    const d = answerDeadline(isoDate('2026-07-16'), calendar);
    expect(d.cabinetMeetingOn).toBe(isoDate('2026-07-21'));
    expect(d.milestones.map((m) => [m.label, m.at, m.compressed])).toEqual([
      ['割振り確定', jstInstant('2026-07-16T17:00:00+09:00'), false],
      ['原案', jstInstant('2026-07-16T18:00:00+09:00'), true], // 7/17 18:00 would be after 合議了
      ['合議了', jstInstant('2026-07-16T18:00:00+09:00'), false],
      ['法制局説明', jstInstant('2026-07-17T11:00:00+09:00'), false],
      ['閣議請議', jstInstant('2026-07-17T12:00:00+09:00'), false],
    ]);
    expect(d.warnings.join()).toContain('内部締切を順に詰めました: 原案 7/17(金) 18:00 → 7/16(木) 18:00');
  });

  it('a Monday transfer with a Tuesday 閣議 puts everything on the transfer day, in order', () => {
    // Mon 2026-06-15 → day 7 Sun 6/21: the target is Fri 6/19, nothing to compress.
    expect(answerDeadline(isoDate('2026-06-15')).milestones.some((m) => m.compressed)).toBe(false);
    // With only a Tue 6/16 閣議 in the period (Fri 6/19 removed), 原案・合議了 move to the transfer day before 閣議請議.
    const calendar = japanCalendar({ removedCabinetMeetings: [isoDate('2026-06-19')] });
    const d = answerDeadline(isoDate('2026-06-15'), calendar);
    expect(d.cabinetMeetingOn).toBe(isoDate('2026-06-16'));
    expect(d.milestones.map((m) => m.at)).toEqual([
      jstInstant('2026-06-15T11:00:00+09:00'), jstInstant('2026-06-15T11:00:00+09:00'), jstInstant('2026-06-15T11:00:00+09:00'), jstInstant('2026-06-15T11:00:00+09:00'), jstInstant('2026-06-15T12:00:00+09:00'),
    ]);
  });

  // Property over every transfer day 2023–2027 (1,826 days), with the default and the as-known calendars.
  it.each([
    ['default calendar', japanCalendar()],
    ['calendar without the irregular days', japanCalendar({ addedCabinetMeetings: [], removedCabinetMeetings: [] })],
  ])('every transfer day 2023-01-01 … 2027-12-31 (%s): target strictly after the transfer, milestones ordered and before the 閣議', (_name, calendar) => {
    let checked = 0;
    for (let n = dayNumberOf(isoDate('2023-01-01')); n <= dayNumberOf(isoDate('2027-12-31')); n++) {
      const transfer = dateOfDayNumber(n);
      const d = answerDeadline(transfer, calendar);
      if (d.cabinetMeetingOn !== null) {
        expect(d.cabinetMeetingOn > transfer && d.cabinetMeetingOn <= d.lastLegalDay, transfer).toBe(true);
        expect(calendar.isCabinetMeetingDay(d.cabinetMeetingOn)).toBe(true);
      }
      let previous = jstInstant(`${transfer}T00:00:00+09:00`);
      for (const m of d.milestones) {
        if (m.at === null) continue;
        expect(compareInstants(m.at, previous) >= 0, `${transfer} ${m.label} ${m.at} < ${previous}`).toBe(true);
        if (d.cabinetMeetingOn !== null) expect(m.at.slice(0, 10) < d.cabinetMeetingOn, `${transfer} ${m.label} on or after the 閣議`).toBe(true);
        previous = m.at;
      }
      expect(d.milestones.some((m) => m.compressed), transfer).toBe(d.warnings.some((w) => w.includes('内部締切を順に詰めました')));
      checked++;
    }
    expect(checked).toBe(1826);
  });
});
