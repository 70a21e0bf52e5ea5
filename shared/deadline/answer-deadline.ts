/** @file 答弁期限 (answer deadline) of a 質問主意書: 7-day rule, target 閣議, milestones. */
import { type Calendar, CALENDAR_CABINET, CALENDAR_CLOSED, MAX_CALENDAR_SCAN_DAYS } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { dayNumberOf } from '../dates/day-number';
import { assertIsoDate, type IsoDate } from '../dates/iso-date';
import { type JstInstant, jstAt, jstDateOf } from '../dates/jst';
import { CalendarRangeError, DateParseError } from '../errors';
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

/** 9999-12-31 as a day number: the last day a 'YYYY-MM-DD' can name. */
const LAST_FOUR_DIGIT_DAY = dayNumberOf('9999-12-31');

const cache = new WeakMap<Calendar, Map<string, AnswerDeadline>>();
/** Results kept per calendar; past this the cache starts afresh, so odd dates cannot grow it without end. */
const CACHE_LIMIT = 50_000;

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
    if (byDate.size >= CACHE_LIMIT) byDate.clear();
    byDate.set(transferredOn, result);
  }
  return result;
}

function compute(transferredOn: IsoDate, calendar: Calendar, leadTimes: readonly LeadTime[], minWorkingDays: number): AnswerDeadline {
  assertIsoDate(transferredOn);
  const t = calendar.dayNumber(transferredOn);
  const last = t + ANSWER_PERIOD_DAYS - 1;
  if (last + 31 > LAST_FOUR_DIGIT_DAY) throw new CalendarRangeError(messages.dateTooLate(transferredOn));
  // Day numbers are negative before 1970, so "no 閣議" is undefined, never a number sentinel.
  let target: number | undefined;
  for (let n = last; n >= t; n--) {
    if (calendar.flagsOf(n) & CALENDAR_CABINET) { target = n; break; }
  }
  let workingDays = 0;
  const end = target ?? last + 1;
  for (let n = t; n < end; n++) if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) workingDays++;
  const cabinetMeetingOn = target === undefined ? null : calendar.dateOf(target);
  const lastLegalDay = calendar.dateOf(last);
  const extensionReasons: string[] = [];
  if (target === undefined) extensionReasons.push(messages.extensionNoCabinetMeeting);
  else if (workingDays < minWorkingDays) extensionReasons.push(messages.extensionFewWorkingDays(workingDays, minWorkingDays));
  const milestones = leadTimes.map((lt): Milestone => ({ id: lt.id, label: lt.label, at: milestoneAt(lt, t, target, calendar) }));
  const warnings = [
    ...holidayDataWarnings(calendar, transferredOn, latestDay(lastLegalDay, milestones)),
    ...calendar.missedRegularMeetings(transferredOn, lastLegalDay).map(messages.missedRegularMeeting),
    ...calendar.weeksWithoutCabinetMeeting(transferredOn, lastLegalDay).map(messages.weekWithoutCabinetMeeting),
  ];
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

/** The latest date among day 7 and the milestones (a milestone may fall after day 7 when there is no 閣議). */
function latestDay(lastLegalDay: IsoDate, milestones: readonly Milestone[]): IsoDate {
  let latest = lastLegalDay;
  for (const m of milestones) {
    const day = m.at === null ? null : jstDateOf(m.at);
    if (day !== null && day > latest) latest = day;
  }
  return latest;
}

/**
 * 祝日データの範囲外: a warning when the period from..to leaves the holiday data (the rule-only calendar is
 * used there). Milestones never fall before 転送日, so `from` is the earliest date involved.
 */
function holidayDataWarnings(calendar: Calendar, from: IsoDate, to: IsoDate): string[] {
  if (from >= calendar.validFrom && to <= calendar.validUntil) return [];
  const out: string[] = [];
  if (to > calendar.validUntil) out.push(messages.holidayDataEnded(calendar.validUntil));
  if (from < calendar.validFrom) out.push(messages.holidayDataNotYet(calendar.validFrom));
  return out;
}

/**
 * Steps `count` open days from day `from` in direction `step` (0 open days = `from` itself). Walks at most
 * MAX_CALENDAR_SCAN_DAYS days (user-declared closures could close every day), then throws CalendarRangeError.
 */
function stepOpenDays(calendar: Calendar, from: number, count: number, step: 1 | -1): number {
  let n = from;
  for (let left = count; left > 0; ) {
    n += step;
    if (Math.abs(n - from) > MAX_CALENDAR_SCAN_DAYS) throw new CalendarRangeError(messages.openDaysNotFound(calendar.dateOf(from), count, MAX_CALENDAR_SCAN_DAYS));
    if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) left--;
  }
  return n;
}

function milestoneAt(lt: LeadTime, transfer: number, target: number | undefined, calendar: Calendar): JstInstant | null {
  if (lt.anchor === 'transfer') {
    let day = stepOpenDays(calendar, transfer, lt.workingDays, 1);
    if (target !== undefined && day > target) day = target; // never later than the 閣議 itself
    return wallTime(calendar.dateOf(day), lt.time);
  }
  if (target === undefined) return null;
  const day = Math.max(stepOpenDays(calendar, target, lt.workingDays, -1), transfer);
  return wallTime(calendar.dateOf(day), lt.time);
}

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** 'YYYY-MM-DDTHH:MM:00+09:00' for a calendar-made (already valid) date and a lead time's 'HH:MM'. */
function wallTime(date: IsoDate, time: string): JstInstant {
  if (!WALL_TIME.test(time)) throw new DateParseError(messages.invalidInstant(`${date} ${time}`), time);
  return jstAt(date, time);
}
