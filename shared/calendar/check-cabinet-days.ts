/**
 * @file 閣議日の確認 (offCalendarCabinetDays): a 答弁書 and a 延期通知 are decided by the 閣議, so the day one arrives
 * (答弁書受領日, 延期通知受領日) and the new date a notice names (延期期限) should be 閣議 days. A captured date that is
 * not one in the calendar is flagged, with an offer to add it as a 臨時閣議. Pure.
 */
import type { IsoDate } from '../dates/iso-date';
import { shortDate } from '../dates/short-date';
import type { WrittenQuestion } from '../model/written-question';
import { houseLabels } from '../model/primitives';
import type { Calendar } from './calendar';

/** Which captured date it is. */
export type CabinetDateKind = 'answer' | 'extensionNotice' | 'extendedUntil';

const kindLabels: Record<CabinetDateKind, string> = { answer: '答弁書受領日', extensionNotice: '延期通知受領日', extendedUntil: '延期期限' };

/** A date off the 閣議 calendar, with the questions that show it. */
export interface OffCalendarDate {
  date: IsoDate;
  kinds: CabinetDateKind[];
  /** 「参議院 第212回 42号」… */
  questions: string[];
  /** 「11/20(月) は閣議日ではありませんが、答弁書受領日です (参議院 第212回 42号 ほか 1 件)。臨時閣議として暦に加えてください。」 */
  message: string;
  /** A note for the 臨時閣議 row if the user adds it. */
  note: string;
}

/**
 * Dates of the questions that fall on no 閣議 day, earliest first. Dates outside the calendar's holiday data are checked too.
 * @example offCalendarCabinetDays(questions, japanCalendar({ addedCabinetMeetings: [] }))[0]?.date //=> '2023-11-20'
 */
export function offCalendarCabinetDays(
  questions: readonly Pick<WrittenQuestion, 'house' | 'session' | 'number' | 'answeredOn' | 'extensions'>[], calendar: Calendar,
): OffCalendarDate[] {
  const found = new Map<IsoDate, { kinds: Set<CabinetDateKind>; questions: string[] }>();
  const check = (date: IsoDate | undefined, kind: CabinetDateKind, q: (typeof questions)[number]) => {
    if (!date || calendar.isCabinetMeetingDay(date)) return;
    let entry = found.get(date);
    if (!entry) found.set(date, (entry = { kinds: new Set(), questions: [] }));
    entry.kinds.add(kind);
    const name = `${houseLabels[q.house]} 第${q.session}回 ${q.number}号`;
    if (!entry.questions.includes(name)) entry.questions.push(name);
  };
  for (const q of questions) {
    check(q.answeredOn, 'answer', q);
    for (const e of q.extensions) {
      check(e.noticeReceivedOn, 'extensionNotice', q);
      check(e.extendedUntil, 'extendedUntil', q);
    }
  }
  return [...found.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([date, e]) => {
    const kinds = [...e.kinds];
    const what = kinds.map((k) => kindLabels[k]).join('・');
    const who = e.questions.length > 1 ? `${e.questions[0]} ほか ${e.questions.length - 1} 件` : e.questions[0]!;
    return {
      date, kinds, questions: e.questions,
      message: `${shortDate(date)} は閣議日ではありませんが、${what}です (${who})。臨時閣議として暦に加えてください。`,
      note: `臨時閣議: ${what} (${who})`,
    };
  });
}
