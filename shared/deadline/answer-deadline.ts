/**
 * @file 答弁期限 (answer deadline) of a 質問主意書: 7-day rule, target 閣議, milestones in order, and whether a 延期
 * is likely (working days, 会期末, 年末年始, 大型連休). Rules and their sources: shared/deadline/RULES.md.
 */
import { type Calendar, CALENDAR_CABINET, CALENDAR_CLOSED, MAX_CALENDAR_SCAN_DAYS } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { dayNumberOf } from '../dates/day-number';
import { assertIsoDate, type IsoDate } from '../dates/iso-date';
import { type JstInstant, jstAt, jstDateOf } from '../dates/jst';
import { shortDate } from '../dates/short-date';
import { CalendarRangeError, DateParseError } from '../errors';
import { messages } from '../messages';
import type { SessionSpan } from '../session/session-period';
import { type ExtensionRules, defaultExtensionRules } from './extension-rules';
import { type LeadTime, type MilestoneId, defaultLeadTimes } from './lead-times';
import { orderMilestones } from './order-milestones';

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
  /** True when the milestone was moved to keep the order (time was short); the warning says from where. */
  compressed: boolean;
}

/** 答弁期限の計算結果. */
export interface AnswerDeadline {
  transferredOn: IsoDate;
  /** 7日目: 転送日 + 6. */
  lastLegalDay: IsoDate;
  /** 目標閣議: the last 閣議 after 転送日 and on or before day 7, or null (the data never shows a same-day answer). */
  cabinetMeetingOn: IsoDate | null;
  /** 執務日数: open days d with 転送日 ≤ d < 目標閣議. */
  workingDaysBefore: number;
  /** 延期の可能性. */
  extensionLikely: boolean;
  /** Why an extension is likely (Japanese), empty otherwise. */
  extensionReasons: string[];
  /** In the order the work happens; each at or after the one before and at or after the transfer day. */
  milestones: Milestone[];
  /** Calendar and session warnings for the period (e.g. a week without 閣議, milestones compressed). */
  warnings: string[];
}

export interface AnswerDeadlineOptions {
  leadTimes?: readonly LeadTime[];
  /** Overrides rules.minWorkingDays. */
  minWorkingDays?: number;
  rules?: ExtensionRules;
  /** 会期 the question belongs to: enables the 会期末 rules. */
  session?: SessionSpan;
}

/** 9999-12-31 as a day number: the last day a 'YYYY-MM-DD' can name. */
const LAST_FOUR_DIGIT_DAY = dayNumberOf('9999-12-31');
/** 連休の探索幅: a closed run longer than this is reported at this length (the rule only asks "≥ longHolidayMinDays"). */
const MAX_HOLIDAY_RUN = 31;

/** Per calendar: per session key ('' = no session): per 転送日. Calendars are immutable, so results can be kept. */
const cache = new WeakMap<Calendar, Map<string, Map<string, AnswerDeadline>>>();
/** Results kept per calendar; past this the cache starts afresh, so odd dates cannot grow it without end. */
const CACHE_LIMIT = 50_000;
/** Session objects → their cache key, so a call with the same session object builds no string. */
const sessionKeys = new WeakMap<SessionSpan, string>();

function sessionKey(s: SessionSpan | undefined): string {
  if (!s) return '';
  let key = sessionKeys.get(s);
  if (key === undefined) {
    key = `${s.number}|${s.start}|${s.end}|${(s.extensions ?? []).map((e) => e.from).join(',')}`;
    sessionKeys.set(s, key);
  }
  return key;
}

/**
 * 答弁期限: computes day 7, the target 閣議, working days before it, the milestones and the 延期 prediction.
 * Results for the default lead times and rules are cached per calendar (calendars are immutable) and session.
 * @example answerDeadline('2026-06-08').cabinetMeetingOn //=> '2026-06-12'
 * @example answerDeadline('2025-06-20', undefined, { session: { number: 217, start: '2025-01-24', end: '2025-06-22' } }).extensionLikely //=> true
 */
export function answerDeadline(transferredOn: string, calendar: Calendar = defaultCalendar(), options: AnswerDeadlineOptions = {}): AnswerDeadline {
  const rules = options.rules ?? defaultExtensionRules;
  if (options.leadTimes !== undefined || options.minWorkingDays !== undefined || options.rules !== undefined) {
    return compute(transferredOn, calendar, options.leadTimes ?? defaultLeadTimes, options.minWorkingDays ?? rules.minWorkingDays, rules, options.session);
  }
  let bySession = cache.get(calendar);
  if (!bySession) cache.set(calendar, (bySession = new Map()));
  const key = sessionKey(options.session);
  let byDate = bySession.get(key);
  const hit = byDate?.get(transferredOn);
  if (hit) return hit;
  const result = compute(transferredOn, calendar, defaultLeadTimes, rules.minWorkingDays, rules, options.session);
  if (!byDate) bySession.set(key, (byDate = new Map()));
  if (byDate.size >= CACHE_LIMIT || bySession.size > 64) { bySession.clear(); bySession.set(key, (byDate = new Map())); }
  byDate.set(transferredOn, result);
  return result;
}

function compute(
  text: string, calendar: Calendar, leadTimes: readonly LeadTime[], minWorkingDays: number, rules: ExtensionRules, session: SessionSpan | undefined,
): AnswerDeadline {
  const transferredOn = assertIsoDate(text);
  const t = calendar.dayNumber(transferredOn);
  const last = t + ANSWER_PERIOD_DAYS - 1;
  if (last + 31 > LAST_FOUR_DIGIT_DAY) throw new CalendarRangeError(messages.dateTooLate(transferredOn));
  // Strictly after the transfer day: the 参議院 data has no same-day answer or 延期通知 (sessions 211–221).
  // Day numbers are negative before 1970, so "no 閣議" is undefined, never a number sentinel.
  let target: number | undefined;
  for (let n = last; n > t; n--) {
    if (calendar.flagsOf(n) & CALENDAR_CABINET) { target = n; break; }
  }
  let workingDays = 0;
  const end = target ?? last + 1;
  for (let n = t; n < end; n++) if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) workingDays++;
  const cabinetMeetingOn = target === undefined ? null : calendar.dateOf(target);
  const lastLegalDay = calendar.dateOf(last);

  const extensionReasons: string[] = [];
  const warnings: string[] = [];
  if (target === undefined) extensionReasons.push(messages.extensionNoCabinetMeeting);
  else if (workingDays < minWorkingDays) extensionReasons.push(messages.extensionFewWorkingDays(workingDays, minWorkingDays));
  if (session) sessionRules(calendar, rules, session, t, last, target, extensionReasons, warnings);
  holidayRules(calendar, rules, last, target, extensionReasons);

  const ordered = milestonesInOrder(leadTimes, t, target, calendar);
  warnings.push(
    ...ordered.warnings,
    ...holidayDataWarnings(calendar, transferredOn, latestDay(lastLegalDay, ordered.milestones)),
    ...calendar.missedRegularMeetings(transferredOn, lastLegalDay).map(messages.missedRegularMeeting),
    ...calendar.weeksWithoutCabinetMeeting(transferredOn, lastLegalDay).map(messages.weekWithoutCabinetMeeting),
  );
  return Object.freeze({
    transferredOn,
    lastLegalDay,
    cabinetMeetingOn,
    workingDaysBefore: workingDays,
    extensionLikely: extensionReasons.length > 0,
    extensionReasons,
    milestones: ordered.milestones,
    warnings,
  });
}

/** 会期末: transfers on the session's last open days (before its end or a planned end later extended) or after its end. */
function sessionRules(
  calendar: Calendar, rules: ExtensionRules, session: SessionSpan, t: number, last: number, target: number | undefined,
  reasons: string[], warnings: string[],
): void {
  const start = dayNumberOf(session.start);
  const end = dayNumberOf(session.end);
  if (Number.isNaN(start) || Number.isNaN(end) || end < start) { warnings.push(messages.sessionNotSpan(session.number)); return; }
  if (t > end) {
    reasons.push(messages.extensionAfterSession(session.number, shortDate(session.end)));
    return;
  }
  // A 会期延長 is decided on the session's last days, after the rush of questions for the planned end.
  const ends = [session.end, ...(session.extensions ?? []).map((e) => e.from)];
  for (const planned of ends) {
    const e = dayNumberOf(planned);
    if (Number.isNaN(e) || t > e) continue;
    if (t >= firstOfLastOpenDays(calendar, start, e, rules.sessionLastOpenDays)) {
      reasons.push(messages.extensionSessionLastDays(session.number, shortDate(planned)));
      return;
    }
  }
  const what = last > end ? '7日目' : target !== undefined && target > end ? '目標閣議' : undefined;
  if (what && rules.answerAfterSessionEnd === 'flag') reasons.push(messages.answerAfterSessionEnd(what, session.number, shortDate(session.end)));
  else if (what) warnings.push(messages.answerAfterSessionEnd(what, session.number, shortDate(session.end)));
}

/** The first of the last `count` open days of start..end (end + 1 when count is 0). */
function firstOfLastOpenDays(calendar: Calendar, start: number, end: number, count: number): number {
  let first = end + 1;
  for (let left = count, n = end; left > 0 && n >= start && end - n <= MAX_CALENDAR_SCAN_DAYS; n--) {
    if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) { first = n; left--; }
  }
  return first;
}

/**
 * 年末年始 and 大型連休: day 7 (or the target 閣議) inside 12/29–1/3, inside a long run of closed days, or on the last
 * open day before such a run (the answer would be due on the eve of Golden Week).
 */
function holidayRules(calendar: Calendar, rules: ExtensionRules, last: number, target: number | undefined, reasons: string[]): void {
  for (const [what, day] of [['7日目', last], ['目標閣議', target]] as const) {
    if (day === undefined) continue;
    const date = calendar.dateOf(day);
    if (inClosure(date, calendar)) { reasons.push(messages.extensionClosure(what, shortDate(date))); return; }
    const closed = (calendar.flagsOf(day) & CALENDAR_CLOSED) !== 0;
    // Inside a run, or the run starting the next day.
    const probe = closed ? day : day + 1;
    if (!(calendar.flagsOf(probe) & CALENDAR_CLOSED)) continue;
    let from = probe;
    let to = probe;
    while (probe - from < MAX_HOLIDAY_RUN && calendar.flagsOf(from - 1) & CALENDAR_CLOSED) from--;
    while (to - probe < MAX_HOLIDAY_RUN && calendar.flagsOf(to + 1) & CALENDAR_CLOSED) to++;
    const days = to - from + 1;
    if (days < rules.longHolidayMinDays) continue;
    const range = [shortDate(calendar.dateOf(from)), shortDate(calendar.dateOf(to)), days] as const;
    reasons.push(closed ? messages.extensionLongHoliday(what, shortDate(date), ...range) : messages.extensionBeforeLongHoliday(what, shortDate(date), ...range));
    return;
  }
}

/** 年末年始 (rules.closure, wrapping the year end) of a calendar-made date, without parsing it again. */
function inClosure(date: IsoDate, calendar: Calendar): boolean {
  const md = date.slice(-5);
  const { from, to } = calendar.rules.closure;
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
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
export function stepOpenDays(calendar: Calendar, from: number, count: number, step: 1 | -1): number {
  let n = from;
  for (let left = count; left > 0; ) {
    n += step;
    if (Math.abs(n - from) > MAX_CALENDAR_SCAN_DAYS) throw new CalendarRangeError(messages.openDaysNotFound(calendar.dateOf(from), count, MAX_CALENDAR_SCAN_DAYS));
    if (!(calendar.flagsOf(n) & CALENDAR_CLOSED)) left--;
  }
  return n;
}

const WALL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The JST instant of wall minutes, the date from the calendar's cache (this runs for every milestone). */
function wallInstant(calendar: Calendar, minutes: number): JstInstant {
  const day = Math.floor(minutes / 1440);
  const m = minutes - day * 1440;
  return jstAt(calendar.dateOf(day), `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`);
}

/** JST wall minutes of a lead time's 'HH:MM' on day number `day`. */
function wallAt(day: number, time: string, calendar: Calendar): number {
  if (!WALL_TIME.test(time)) throw new DateParseError(messages.invalidInstant(`${calendar.dateOf(day)} ${time}`), time);
  return day * 1440 + Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/**
 * Milestones from lead times (forward from 転送日 or back from the 閣議), then put in order (orderMilestones): never
 * before the transfer day, each at or after the one before.
 */
export function milestonesInOrder(
  leadTimes: readonly LeadTime[], transfer: number, target: number | undefined, calendar: Calendar,
): { milestones: Milestone[]; warnings: string[] } {
  const planned = leadTimes.map((lt) => {
    let at: number | null = null;
    if (lt.anchor === 'transfer') at = wallAt(stepOpenDays(calendar, transfer, lt.workingDays, 1), lt.time, calendar);
    else if (target !== undefined) at = wallAt(Math.max(stepOpenDays(calendar, target, lt.workingDays, -1), transfer), lt.time, calendar);
    return { item: lt, label: lt.label, at };
  });
  const ordered = orderMilestones(planned, transfer * 1440);
  const milestones = planned.map((p, i): Milestone => {
    const at = ordered.at[i];
    return { id: p.item.id, label: p.item.label, at: at === null || at === undefined ? null : wallInstant(calendar, at), compressed: ordered.moved[i]! };
  });
  return { milestones, warnings: ordered.warnings };
}

/**
 * Milestones of a question whose answer date moved (延期 or 期限上書き): forward from 転送日, back from the new date,
 * in order and never before the transfer day (the same rules as answerDeadline, anchored on `anchorOn`).
 * @example milestonesFor('2025-06-20', '2025-06-27').milestones.at(-1)?.at //=> '2025-06-26T12:00:00+09:00'
 */
export function milestonesFor(
  transferredOn: IsoDate, anchorOn: IsoDate, calendar: Calendar = defaultCalendar(), leadTimes: readonly LeadTime[] = defaultLeadTimes,
): { milestones: Milestone[]; warnings: string[] } {
  assertIsoDate(transferredOn);
  assertIsoDate(anchorOn);
  return milestonesInOrder(leadTimes, calendar.dayNumber(transferredOn), calendar.dayNumber(anchorOn), calendar);
}
