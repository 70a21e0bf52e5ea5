/** @file 答弁期限 (answer deadline) of a 質問主意書: 7-day rule, target 閣議, milestones. */
import { type Calendar, CALENDAR_CABINET, CALENDAR_CLOSED } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { assertIsoDate, type IsoDate } from '../dates/iso-date';
import { type JstInstant, jstAt } from '../dates/jst';
import { DateParseError } from '../errors';
import { messages } from '../messages';
import { type LeadTime, type MilestoneId, defaultLeadTimes, defaultMinWorkingDays } from './lead-times';

/**
 * 答弁期間: 国会法75条2項 「七日以内」, counted from the day of receipt (国会法133条 「当日から起算」).
 * So the last legal day is 転送日 + 6 calendar days; weekends and holidays count; no roll-forward.
 */
export const ANSWER_PERIOD_DAYS = 7;

/** 内部締切: one back-scheduled milestone. `at` is null when there is no 閣議 to anchor it. */
export interface Milestone {
  id: MilestoneId;
  label: string;
  at: JstInstant | null;
}

/** 答弁期限の計算結果. */
export interface AnswerDeadline {
  transferredOn: IsoDate;
  /** 7日目: 転送日 + 6. */
  lastLegalDay: IsoDate;
  /** 目標閣議: the last 閣議 on or before day 7 (and on or after 転送日), or null. */
  cabinetMeetingOn: IsoDate | null;
  /** 執務日数: open days d with 転送日 ≤ d < 目標閣議. */
  workingDaysBefore: number;
  /** 延期の可能性. */
  extensionLikely: boolean;
  /** Why an extension is likely (Japanese), empty otherwise. */
  extensionReasons: string[];
  milestones: Milestone[];
  /** Calendar warnings for the period (e.g. a week without 閣議). */
  warnings: string[];
}

export interface AnswerDeadlineOptions {
  leadTimes?: readonly LeadTime[];
  minWorkingDays?: number;
}

const cache = new WeakMap<Calendar, Map<string, AnswerDeadline>>();

/**
 * 答弁期限: computes day 7, the target 閣議, working days before it and the milestones.
 * Results for the default options are cached per calendar (calendars are immutable).
 * @example answerDeadline('2026-06-08').cabinetMeetingOn //=> '2026-06-12'
 */
export function answerDeadline(transferredOn: IsoDate, calendar: Calendar = defaultCalendar(), options: AnswerDeadlineOptions = {}): AnswerDeadline {
  const useCache = options.leadTimes === undefined && options.minWorkingDays === undefined;
  let byDate = cache.get(calendar);
  if (useCache) {
    const hit = byDate?.get(transferredOn);
    if (hit) return hit;
  }
  const result = compute(transferredOn, calendar, options.leadTimes ?? defaultLeadTimes, options.minWorkingDays ?? defaultMinWorkingDays);
  if (useCache) {
    if (!byDate) cache.set(calendar, (byDate = new Map()));
    byDate.set(transferredOn, result);
  }
  return result;
}

function compute(transferredOn: IsoDate, calendar: Calendar, leadTimes: readonly LeadTime[], minWorkingDays: number): AnswerDeadline {
  assertIsoDate(transferredOn);
  const t = calendar.dayNumber(transferredOn);
  const last = t + ANSWER_PERIOD_DAYS - 1;
  let target = -1;
  for (let n = last; n >= t; n--) {
    if (calendar.flagsOf(n) & CALENDAR_CABINET) { target = n; break; }
  }
  let workingDays = 0;
  const end = target >= 0 ? target : last + 1;
  for (let n = t; n < end; n++) if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) workingDays++;
  const cabinetMeetingOn = target >= 0 ? calendar.dateOf(target) : null;
  const lastLegalDay = calendar.dateOf(last);
  const extensionReasons: string[] = [];
  if (target < 0) extensionReasons.push(messages.extensionNoCabinetMeeting);
  else if (workingDays < minWorkingDays) extensionReasons.push(messages.extensionFewWorkingDays(workingDays, minWorkingDays));
  const warnings = [
    ...calendar.missedRegularMeetings(transferredOn, lastLegalDay).map(messages.missedRegularMeeting),
    ...calendar.weeksWithoutCabinetMeeting(transferredOn, lastLegalDay).map(messages.weekWithoutCabinetMeeting),
  ];
  const milestones = leadTimes.map((lt): Milestone => ({ id: lt.id, label: lt.label, at: milestoneAt(lt, t, target, calendar) }));
  return Object.freeze({
    transferredOn,
    lastLegalDay,
    cabinetMeetingOn,
    workingDaysBefore: workingDays,
    extensionLikely: extensionReasons.length > 0,
    extensionReasons,
    milestones,
    warnings,
  });
}

/** Steps `count` open days from day `from` in direction `step` (0 open days = `from` itself). */
function stepOpenDays(calendar: Calendar, from: number, count: number, step: 1 | -1): number {
  let n = from;
  for (let left = count; left > 0; ) {
    n += step;
    if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) left--;
  }
  return n;
}

function milestoneAt(lt: LeadTime, transfer: number, target: number, calendar: Calendar): JstInstant | null {
  if (lt.anchor === 'transfer') {
    let day = stepOpenDays(calendar, transfer, lt.workingDays, 1);
    if (target >= 0 && day > target) day = target; // never later than the 閣議 itself
    return wallTime(calendar.dateOf(day), lt.time);
  }
  if (target < 0) return null;
  const day = Math.max(stepOpenDays(calendar, target, lt.workingDays, -1), transfer);
  return wallTime(calendar.dateOf(day), lt.time);
}

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 'YYYY-MM-DDTHH:MM:00+09:00' for a calendar-made (already valid) date and a lead time's 'HH:MM'. */
function wallTime(date: IsoDate, time: string): JstInstant {
  if (!WALL_TIME.test(time)) throw new DateParseError(messages.invalidInstant(`${date} ${time}`), time);
  return jstAt(date, time);
}
