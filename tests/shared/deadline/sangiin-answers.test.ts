/**
 * The deadline engine against real 参議院 data (smartnews-smri/house-of-councillors crawler output,
 * see tests/fixtures/README.md): for every distinct (転送日, 答弁書受領日) pair without a 延期 note,
 * the predicted target 閣議 must equal the day the answer was received.
 */
import { describe, expect, it } from 'vitest';
import { type Calendar, answerDeadline, japanCalendar, offCalendarCabinetDays } from '@shared/index';
import { readExtensionNotes } from '../../../extension/sites/sangiin/read-extension-notes';
import { type SangiinRow, extended, older, sample } from './sangiin-rows';
import { isoDate } from '../../helpers/dates';

/** The regular rules only: the calendar as known on a transfer day (irregular meetings are seen afterwards). */
const asKnown = japanCalendar({ addedCabinetMeetings: [], removedCabinetMeetings: [] });

function distinctOnTimePairs(all: SangiinRow[]): Array<[string, string]> {
  const pairs = new Set<string>();
  for (const r of all) {
    if (!r.transferredOn || !r.answeredOn || extended(r)) continue;
    pairs.add(`${r.transferredOn}|${r.answeredOn}`);
  }
  return [...pairs].sort().map((p) => p.split('|') as [string, string]);
}

function misses(pairs: Array<[string, string]>, calendar?: Calendar): string[] {
  return pairs
    .filter(([t, a]) => answerDeadline(isoDate(t), calendar).cabinetMeetingOn !== a)
    .map(([t, a]) => `${t} → actual ${a}, predicted ${answerDeadline(isoDate(t), calendar).cabinetMeetingOn}`);
}

/** 延期通知受領日 of a row (the note has no year: the transfer's year, or the next one across New Year). */
function noticeOn(r: SangiinRow): string | undefined {
  const m = /(\d+)月(\d+)日内閣から通知書受領/.exec(r.note);
  if (!r.transferredOn || !m) return undefined;
  let year = Number(r.transferredOn.slice(0, 4));
  if (Number(m[1]) < Number(r.transferredOn.slice(5, 7))) year++;
  return `${year}-${m[1]!.padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

describe('answerDeadline on real 参議院 answers', () => {
  it('predicts all 72 distinct on-time pairs of sessions 216–221 (Dec 2024 – Jul 2026)', () => {
    const pairs = distinctOnTimePairs(sample);
    expect(pairs).toHaveLength(72);
    expect(misses(pairs)).toEqual([]);
    expect(misses(pairs, asKnown)).toEqual([]);
  });

  it('sessions 211–213: 64/64 with the shipped calendar; 63/64 with the regular rules only (the 閣議 moved from Tue 11/21 to Mon 11/20, 2023)', () => {
    const pairs = distinctOnTimePairs(older);
    expect(pairs).toHaveLength(64);
    expect(misses(pairs)).toEqual([]);
    expect(misses(pairs, asKnown)).toEqual(['2023-11-15 → actual 2023-11-20, predicted 2023-11-21']);
  });

  it('every 延期 notice was received after the transfer day, on or before day 7, and on a 閣議 day of the shipped calendar (shared/deadline/RULES.md §5)', () => {
    const checked = new Set<string>();
    const shipped = japanCalendar();
    for (const r of [...sample, ...older]) {
      const on = noticeOn(r);
      if (!on) continue;
      const d = answerDeadline(r.transferredOn);
      expect(on > r.transferredOn && on <= d.lastLegalDay, `${r.session}-${r.number} notice ${on}`).toBe(true);
      expect(shipped.isCabinetMeetingDay(isoDate(on)), `${r.session}-${r.number} notice ${on}`).toBe(true);
      checked.add(`${r.transferredOn}|${on}`);
    }
    expect(checked.size).toBe(10);
  });

  it('閣議日の確認: with the regular rules only, exactly the two irregular days the calendar ships are flagged', () => {
    const questions = [...older, ...sample].map((r) => ({
      house: 'sangiin' as const, session: r.session, number: r.number, answeredOn: r.answeredOn ? isoDate(r.answeredOn) : undefined,
      extensions: readExtensionNotes(r.note, r.transferredOn ? isoDate(r.transferredOn) : undefined),
    }));
    const off = offCalendarCabinetDays(questions, asKnown);
    expect(off.map((o) => [o.date, o.kinds, o.questions.length])).toEqual([[isoDate('2023-11-20'), ['answer'], 2], [isoDate('2026-07-22'), ['extensionNotice'], 26]]);
    expect(off[0]!.message).toBe('11/20(月) は閣議日ではありませんが、答弁書受領日です (参議院 第212回 42号 ほか 1 件)。臨時閣議として暦に加えてください。');
    expect(off[1]!.message).toMatch(/^7\/22\(水\) は閣議日ではありませんが、延期通知受領日です \(参議院 第221回 \d+号 ほか 25 件\)。臨時閣議として暦に加えてください。$/);
    expect(offCalendarCabinetDays(questions, japanCalendar())).toEqual([]);
  });
});
