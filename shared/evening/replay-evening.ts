/**
 * @file 事後検証 (replayEvening): reads one evening as a JSON timeline (replay-schema.ts, documented in replay.md),
 * turns it into the planner's standby-day input and runs planStandbyDay — the same code as the task pane — counting
 * only reported facts up to `until`. Returns, per bureau, when it was first released, its 呼び戻し and its hours, and
 * when the day's allocation closed. Bad files are refused whole with Japanese messages naming the field or event.
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { type JstInstant, jstAt, toEpochMs, toJst } from '../dates/jst';
import { ValidationError } from '../errors';
import { exchangeItemId } from '../exchange/record-ids';
import type { House } from '../model/primitives';
import { type BureauSettings, type EveningRules, defaultEveningRules } from './evening-rules';
import type {
  EveningAssignment, EveningNotice, EveningProgress, EveningSitting, LectureAttendance, ReleaseDecision, StandbyDayInput, StandbyDayPlan,
} from './evening-types';
import { planStandbyDay } from './plan-standby-day';
import { type ReplayEvent, type ReplayFile, type ReplayOutput, replayFileSchema } from './replay-schema';
import { replayMessages as msg } from './replay-messages';
import type { SittingState, StandDownRules } from './stand-down-rules';
import { standbyDay as standbyDayOf } from './standby-day';

/** Rules and calendar to replay with (defaults: the product's). */
export interface ReplayOptions {
  rules?: EveningRules;
  standDownRules?: StandDownRules;
  calendar?: Calendar;
}

/**
 * Parses and validates a replay file (JSON text). Throws ValidationError with Japanese issues.
 * @example parseReplayFile(readFileSync('evening.json', 'utf8')).standbyDay //=> '2026-06-09'
 */
export function parseReplayFile(text: string): ReplayFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ValidationError(msg.badJson((error as Error).message));
  }
  const parsed = replayFileSchema.safeParse(raw);
  if (!parsed.success) {
    const events = (raw as { events?: unknown[] } | null)?.events;
    const issues = parsed.error.issues.map((i) => msg.issue(pathText(i.path, events), i.message));
    throw new ValidationError(msg.invalid(issues.slice(0, 5)), issues);
  }
  return parsed.data;
}

/** 「events[3] (notice) の stage」 for an issue path. */
function pathText(path: readonly PropertyKey[], events: unknown[] | undefined): string {
  let out = '';
  path.forEach((p, k) => {
    out += typeof p === 'number' ? `[${p}]` : `${k ? '.' : ''}${String(p)}`;
    if (k === 1 && path[0] === 'events' && typeof p === 'number') {
      const type = (events?.[p] as { type?: unknown } | undefined)?.type;
      if (typeof type === 'string') out += ` (${type})`;
    }
  });
  return out || '(全体)';
}

const houses: Record<'衆議院' | '参議院', House> = { 衆議院: 'shugiin', 参議院: 'sangiin' };

/**
 * The planner input of a replay file: every event applied in time order; reported facts only, cut at `until`.
 * Throws ValidationError naming the event index for references that do not resolve.
 */
export function replayInput(file: ReplayFile, options: ReplayOptions = {}): StandbyDayInput {
  const calendar = options.calendar ?? defaultCalendar();
  const rules = options.rules ?? defaultEveningRules;
  const problems: string[] = [];
  const known = new Set(file.bureaus);
  const bureau = (name: string, where: string) => { if (!known.has(name)) problems.push(msg.unknownBureau(where, name)); return name; };
  const until = toJst(file.until);
  const ordered = file.events.map((e, index) => ({ e, index, at: toJst(e.at) })).sort((a, b) => toEpochMs(a.at) - toEpochMs(b.at) || a.index - b.index);
  type Draft = { sitting: EveningSitting; states: { at: JstInstant | null; state: SittingState }[]; notices: EveningNotice[]; assignments: EveningAssignment[]; progress: Map<string, EveningProgress> };
  const sittings = new Map<string, Draft>();
  const setSitting = (s: ReplayFile['sittings'][number], at: JstInstant | null, where: string) => {
    const day = standbyDayOf(s.date, calendar);
    if (day !== file.standbyDay) problems.push(msg.otherStandbyDay(where, s.id, s.date, day, file.standbyDay));
    const draft: Draft = sittings.get(s.id) ?? { sitting: undefined as unknown as EveningSitting, states: [], notices: [], assignments: [], progress: new Map() };
    draft.states.push({ at, state: s.state });
    draft.sitting = {
      id: s.id, committee: s.committee ?? s.id, sittingOn: s.date, startTime: s.start, questioners: [...s.questioners],
      ...(s.house ? { house: houses[s.house] } : {}), states: draft.states,
    };
    sittings.set(s.id, draft);
  };
  // Sittings listed at the start are known since always (null); sitting events from their time.
  file.sittings.forEach((s, k) => setSitting(s, null, `sittings[${k}]`));

  const items = new Map<string, { draft: Draft; noticeId: string; label: string; where: string }>();
  const lectures: LectureAttendance[] = [];
  const decisions: ReleaseDecision[] = [];
  const itemOf = (key: string, where: string) => {
    const found = items.get(key);
    if (!found) problems.push(msg.unknownItem(where, key));
    return found;
  };
  const assign = (draft: Draft, noticeId: string, label: string, name: string, role: EveningAssignment['role'], at: JstInstant) =>
    draft.assignments.push({ questionKey: noticeId, itemLabel: label, bureau: name, role, state: 'final', proposedAt: at, decidedAt: at });
  const lectureTime = (t: string) => (t.includes('T') ? toJst(t) : jstAt(file.standbyDay, t));

  for (const { e, index, at } of ordered) {
    const where = `events[${index}] (${e.type})`;
    if (toEpochMs(at) > toEpochMs(until)) problems.push(msg.afterUntil(where));
    applyEvent(e, at, where, index);
  }

  function applyEvent(e: ReplayEvent, at: JstInstant, where: string, index: number): void {
    switch (e.type) {
      case 'sitting':
        setSitting(e, at, where);
        return;
      case 'notice': {
        const draft = sittings.get(e.sitting);
        if (!draft) { problems.push(msg.unknownSitting(where, e.sitting)); return; }
        const noticeId = `${e.sitting}/${e.questioner}/${index}`;
        for (const it of e.items) {
          const key = `${e.sitting}/${e.questioner}/${it.label}`;
          const had = items.get(key);
          if (had) { problems.push(msg.duplicateItem(where, key, had.where)); continue; }
          items.set(key, { draft, noticeId, label: it.label, where });
          if (it.bureau) assign(draft, noticeId, it.label, bureau(it.bureau, where), it.role ?? '執筆', at);
          else if (it.role) problems.push(msg.roleWithoutBureau(where, it.label));
        }
        draft.notices.push({
          id: noticeId, member: e.questioner, receivedAt: at, items: e.items.map((i) => ({ label: i.label })), stage: e.stage,
          ...(e.followUp ? { followUp: true } : {}),
        });
        return;
      }
      case 'assign': {
        const it = itemOf(e.item, where);
        if (it) assign(it.draft, it.noticeId, it.label, bureau(e.bureau, where), e.role, at);
        return;
      }
      case 'approve': {
        const it = itemOf(e.item, where);
        if (!it) return;
        const itemId = exchangeItemId(it.noticeId, it.label);
        const p = it.draft.progress.get(itemId) ?? { itemId };
        if (e.level === '課長了') p.sectionChiefApprovedAt = at;
        else p.directorApprovedAt = at;
        it.draft.progress.set(itemId, p);
        return;
      }
      case 'concurrence': {
        const it = itemOf(e.item, where);
        bureau(e.from, where);
        if (it) assign(it.draft, it.noticeId, it.label, bureau(e.to, where), '合議', at);
        return;
      }
      case 'lecture': {
        const startAt = lectureTime(e.start);
        const endAt = lectureTime(e.end);
        if (toEpochMs(endAt) <= toEpochMs(startAt)) problems.push(msg.lectureEndsBeforeStart(where));
        const name = bureau(e.bureau, where);
        const same = lectures.find((l) => l.bureau === name && l.startAt === startAt && l.endAt === endAt);
        if (e.attendance === '出席不要') { if (same) same.exemptAt ??= at; return; }
        if (!same) lectures.push({ bureau: name, startAt, endAt, knownAt: at });
        return;
      }
      case 'release-decision':
        if (e.bureaus !== 'all') for (const b of e.bureaus) bureau(b, where);
        decisions.push({ at, bureaus: e.bureaus, by: e.by, reason: e.reason });
        return;
    }
  }

  file.duty.forEach((d, k) => bureau(d.bureau, `duty[${k}]`));
  if (problems.length) throw new ValidationError(msg.invalid(problems.slice(0, 5)), problems);
  const bureaus: BureauSettings[] = file.bureaus.map((name) => ({ id: name, name, otherDirected: true, ...rules.bureauDefaults }));
  return {
    standbyDay: file.standbyDay,
    sittings: [...sittings.values()].map((d) => ({ sitting: d.sitting, notices: d.notices, assignments: d.assignments, progress: [...d.progress.values()], slots: [] })),
    bureaus, rules, calendar, lectures, decisions, duty: file.duty,
    ...(options.standDownRules ? { standDownRules: options.standDownRules } : {}),
    reportedOnly: true, asOf: until,
  };
}

/**
 * Replays a validated file: the planner's decisions per bureau (facts up to `until`).
 * @example replayEvening(parseReplayFile(text)).output.bureaus[0] //=> { bureau: '医政局', releasedAt: '…', recalls: [], … }
 */
export function replayEvening(file: ReplayFile, options: ReplayOptions = {}): { output: ReplayOutput; plan: StandbyDayPlan } {
  const plan = planStandbyDay(replayInput(file, options));
  const round2 = (n: number) => Math.round(n * 100) / 100;
  const output: ReplayOutput = {
    bureaus: plan.bureaus.map((b) => ({
      bureau: b.name,
      releasedAt: b.recalls.length ? b.firstReleaseAt : b.releaseAt,
      recalls: b.recalls.map((r) => ({ at: r.at, until: r.until, reason: r.reason })),
      standbyHours: round2(b.hoursPastRegularEnd + b.dutyHoursPastRegularEnd),
      lateNightHours: round2(b.lateNightHours + b.dutyLateNightHours),
    })),
    closedAt: plan.allocation.closedAt,
  };
  return { output, plan };
}
