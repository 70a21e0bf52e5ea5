/**
 * @file 質問通告フォームの検査 (checkClipForm): validates what the user typed in the clip form, with one
 * Japanese message per field, and previews the 問 and the 前々日正午 band. Pure.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type IsoDate, isIsoDate } from '../dates/iso-date';
import { type JstInstant, jstAt, toEpochMs, toJst } from '../dates/jst';
import type { House, QuestionItem } from '../model/primitives';
import { messages } from '../messages';
import { captureMessages } from './capture-messages';
import { type NoticeLateness, noticeLateness } from './notice-lateness';
import { splitNoticeItems } from './split-notice-items';

/** フォームの入力 (strings as the inputs hold them). `receivedAt` is datetime-local 'YYYY-MM-DDTHH:MM' in JST. */
export interface ClipFormInput {
  house: string;
  committee: string;
  sittingOn: string;
  startTime: string;
  member: string;
  receivedAt: string;
  text: string;
  /** 委員会セット日時 (optional, datetime-local like receivedAt; '' = unknown). */
  setAt?: string;
}

/** A valid form, ready to build a CommitteeNotice. */
export interface ClipFormValue {
  house: House;
  committee: string;
  sittingOn: IsoDate;
  startTime: string;
  member: string;
  receivedAt: JstInstant;
  setAt?: JstInstant;
  preamble: string;
  items: QuestionItem[];
  reflowed: boolean;
  lateness: NoticeLateness;
}

export type ClipFormField = keyof ClipFormInput;
export type ClipFormCheck =
  | { ok: true; value: ClipFormValue }
  | { ok: false; errors: Partial<Record<ClipFormField, string>>; items: QuestionItem[] };

function readInstant(text: string): JstInstant | undefined {
  const local = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2})?$/.exec(text.trim());
  try {
    if (local) return isIsoDate(local[1]!) ? jstAt(local[1], local[2]!) : undefined;
    return toJst(text.trim());
  } catch {
    return undefined;
  }
}

/**
 * Checks the form. Errors are keyed by field; the 問 are split even when other fields are invalid.
 * @example checkClipForm({ house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-10', startTime: '09:00', member: '山田太郎', receivedAt: '2026-06-08T11:30', text: '問1 …' }).ok //=> true
 */
export function checkClipForm(input: ClipFormInput, calendar: Calendar = defaultCalendar()): ClipFormCheck {
  const errors: Partial<Record<ClipFormField, string>> = {};
  const split = splitNoticeItems(input.text);
  if (input.house !== 'shugiin' && input.house !== 'sangiin') errors.house = captureMessages.houseRequired;
  if (!input.committee.trim()) errors.committee = captureMessages.committeeRequired;
  const sittingOn = isIsoDate(input.sittingOn) ? input.sittingOn : undefined;
  if (!sittingOn) errors.sittingOn = captureMessages.sittingOnRequired;
  if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(input.startTime)) errors.startTime = captureMessages.startTimeInvalid;
  if (!input.member.trim()) errors.member = captureMessages.memberRequired;
  const receivedAt = readInstant(input.receivedAt);
  if (!receivedAt) errors.receivedAt = captureMessages.receivedAtInvalid;
  const setAt = input.setAt?.trim() ? readInstant(input.setAt) : undefined;
  if (input.setAt?.trim() && !setAt) errors.setAt = captureMessages.setAtInvalid;
  if (!input.text.trim()) errors.text = captureMessages.textRequired;
  else if (split.items.length === 0) errors.text = captureMessages.noItems;
  let lateness: NoticeLateness | undefined;
  if (sittingOn && !errors.startTime && receivedAt) {
    if (setAt && toEpochMs(setAt) > toEpochMs(jstAt(sittingOn, input.startTime))) errors.setAt = captureMessages.setAfterSitting;
    if (toEpochMs(receivedAt) > toEpochMs(jstAt(sittingOn, input.startTime))) errors.receivedAt = captureMessages.receivedAfterSitting;
    // A sitting past the holiday data is almost surely a typo (2099 for 2026): refuse it, naming the data's range.
    else if (!calendar.coversHolidays(sittingOn)) {
      errors.sittingOn = sittingOn > calendar.validUntil ? messages.holidayDataEnded(calendar.validUntil) : messages.holidayDataNotYet(calendar.validFrom);
    } else {
      try {
        lateness = noticeLateness(receivedAt, sittingOn, calendar, { setAt });
      } catch (error) {
        errors.sittingOn = (error as Error).message;
      }
    }
  }
  if (Object.keys(errors).length > 0 || !lateness || !receivedAt || !sittingOn) return { ok: false, errors, items: split.items };
  return {
    ok: true,
    value: {
      house: input.house as House, committee: input.committee.trim(), sittingOn, startTime: input.startTime,
      member: input.member.trim(), receivedAt, ...(setAt ? { setAt } : {}), preamble: split.preamble, items: split.items, reflowed: split.reflowed, lateness,
    },
  };
}
