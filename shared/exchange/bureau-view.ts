/**
 * @file 局ビュー (bureauView): pure projection of the exchange records for one bureau — its 問 sorted by
 * urgency, then 院・回次・号 and the 問's number, with 院・号, 提出者, role, next milestone, tonight's briefing
 * slot, the bureau's own responses (受諾・異議・進捗), today's stand-down, tonight's 呼び戻し and the badge count.
 * `itemRows` gives the same rows for every bureau (the popup's 「全部」). Questions marked 他省庁 (当省分) are left out.
 */
import { compareInstants } from '../dates/compare-instants';
import { type JstInstant, jstDateOf, minutesBetween, toEpochMs } from '../dates/jst';
import type { Role } from '../model/assignment';
import type { Bureau } from '../model/bureau';
import { isOtherMinistry } from '../model/jurisdiction';
import type { Assignment } from '../model/assignment';
import { houseLabels } from '../model/primitives';
import { type BriefingSlot, type ExchangeMilestone, type ExchangeRecords, type StandDown, exchangeItemId } from './bundle-schema';
import { type BureauRecalls, bureauRecalls, recallWithdraws } from './bureau-recalls';
import { inStandbyNight } from './standby-night';
import type { BureauResponse } from './bureau-response';
import { type AnswerStage, answerStages } from './response-text';
import { type BureauRules, defaultBureauRules } from './bureau-rules';
import { type QuestionNumber, compareItemLabels, compareQuestionNumbers } from './card-order';

/** A recorded response as a card shows it: the record id (to retract it) and the response. */
export type RecordedResponse<T extends BureauResponse['type'] = BureauResponse['type']> = Extract<BureauResponse, { type: T }> & { id: string };

/** One row of the popup: one 問 assigned to the bureau. */
export interface BureauRow {
  assignmentId: string;
  itemId: string;
  questionKey: string;
  /** 質問の題名 or 委員会・質問者. */
  questionTitle: string;
  itemLabel: string;
  itemText: string;
  role: Role;
  state: Assignment['state'];
  /**
   * Next milestone not yet passed and not completed by the bureau's reported progress; or the latest passed one
   * when all are past (overdue). None when the bureau's reports have completed every milestone of its row.
   */
  nextMilestone?: ExchangeMilestone & { id: string };
  /** True when the row had deadlines and the bureau's reports (or the 確定 割振り) completed every one of them. */
  deadlinesDone: boolean;
  overdue: boolean;
  /** Due within the badge window (or overdue). */
  dueSoon: boolean;
  /** 今夜の夕方レク枠 holding this 問, if any. */
  slot?: BriefingSlot;
  /** 出所ページ. */
  sourceUrl?: string;
  /** 局 as the assignment writes it (id or name). */
  bureau: string;
  /** 院・回次・号 (「参議院 第221回 第37号」) or 院・委員会 of a notice (「衆議院 厚生労働委員会」); the key when unknown. */
  questionLabel: string;
  /** 提出者 (主意書) or 質問者 (通告). */
  submitters: string[];
  /** For the order after urgency. */
  questionNumber?: QuestionNumber;
  /** 答弁済み or 撤回: the question needs no more work. */
  closed: boolean;
  /** 受諾 or 異議 of the assigned bureau on this allocation (not one given before a reassignment). */
  decision?: RecordedResponse<'accept' | 'objection'>;
  /** 進捗 recorded by the assigned bureau, in stage order. */
  progress: RecordedResponse<'progress'>[];
}

/** The whole view for one bureau at `now`. */
export interface BureauView {
  rows: BureauRow[];
  /**
   * 本日の待機解除, when the bureau has been released today at or before `now` (and not called back since:
   * bureau-recalls.ts).
   */
  release?: StandDown & { id: string };
  /** 今夜の呼び戻し, in order, and the one in force now (shared/evening/RULES.md §9.5). */
  recalls: BureauRecalls['recalls'];
  recall?: BureauRecalls['active'];
  /** バッジ数: overdue or due within the window. */
  badgeCount: number;
}

/** True when an exchange record's bureau field names this bureau (id or name as written). */
export function isBureau(value: string | undefined, bureau: Pick<Bureau, 'id' | 'name'>): boolean {
  return value === bureau.id || value === bureau.name;
}

function live<T>(list: readonly { id: string; deleted: boolean; data?: T }[]): { id: string; data: T }[] {
  return list.filter((r) => !r.deleted && r.data !== undefined).map((r) => ({ id: r.id, data: r.data as T }));
}

/** Question facts a card shows (院・号, 提出者, order, closed, title, link), by question key. */
interface QuestionFacts {
  title: string;
  label: string;
  submitters: string[];
  number?: QuestionNumber;
  closed: boolean;
  sourceUrl?: string;
}

function questionFacts(records: ExchangeRecords): Map<string, QuestionFacts> {
  const facts = new Map<string, QuestionFacts>();
  for (const q of live(records.questions)) {
    const d = q.data;
    facts.set(q.id, {
      title: d.title, label: `${houseLabels[d.house]} 第${d.session}回 第${d.number}号`, submitters: d.submitters,
      number: { kind: 'written', house: d.house, session: d.session, number: d.number },
      closed: Boolean(d.answeredOn || d.withdrawnOn), sourceUrl: d.questionUrl,
    });
  }
  for (const n of live(records.notices)) {
    const d = n.data;
    facts.set(n.id, {
      title: `${d.committee} ${d.member}`, label: `${houseLabels[d.house]} ${d.committee}`, submitters: [d.member],
      number: { kind: 'notice', house: d.house, sittingOn: d.sittingOn, member: d.member }, closed: false,
      sourceUrl: d.provenance[0]?.sourceUrl,
    });
  }
  return facts;
}

/** Responses by assignment id (every bureau's; the row keeps those of its own bureau). */
function responsesByAssignment(records: ExchangeRecords): Map<string, RecordedResponse[]> {
  const out = new Map<string, RecordedResponse[]>();
  for (const r of live(records.responses ?? [])) {
    const list = out.get(r.data.assignmentId) ?? [];
    list.push({ ...r.data, id: r.id });
    out.set(r.data.assignmentId, list);
  }
  return out;
}

/**
 * 問 rows of every assignment whose bureau `include` accepts, by urgency then 院・回次・号 and 問.
 * `bureauIdOf` maps the assignment's bureau (id or name as written) to its directory id, to match responses.
 * @example itemRows(records, now, () => true, (b) => directory.find((d) => d.id === b || d.name === b)?.id ?? b)
 */
export function itemRows(
  records: ExchangeRecords,
  now: JstInstant,
  include: (bureau: string) => boolean,
  bureauIdOf: (bureau: string) => string,
  role?: Role,
  rules: BureauRules = defaultBureauRules,
): BureauRow[] {
  const today = jstDateOf(now);
  const nowMs = toEpochMs(now);
  const items = new Map(live(records.items).map((r) => [r.id, r.data]));
  const questions = questionFacts(records);
  const responses = responsesByAssignment(records);
  const milestonesByQuestion = new Map<string, (ExchangeMilestone & { id: string })[]>();
  for (const m of live(records.milestones)) {
    const list = milestonesByQuestion.get(m.data.questionKey) ?? [];
    list.push({ ...m.data, id: m.id });
    milestonesByQuestion.set(m.data.questionKey, list);
  }
  const slotByItem = new Map<string, BriefingSlot>();
  for (const s of live(records.slots)) {
    if (jstDateOf(s.data.startAt) !== today) continue;
    for (const itemId of s.data.itemIds) slotByItem.set(itemId, s.data);
  }
  // 他省庁: another ministry answers the question; its assignments are kept (marking it back restores them) but not shown.
  const otherMinistry = new Set(live(records.jurisdictions ?? []).filter((j) => isOtherMinistry(j.data)).map((j) => j.id));
  const rows: BureauRow[] = [];
  for (const a of live(records.assignments)) {
    if (!include(a.data.bureau) || (role && a.data.role !== role) || otherMinistry.has(a.data.questionKey)) continue;
    const bureauId = bureauIdOf(a.data.bureau);
    const itemId = exchangeItemId(a.data.questionKey, a.data.itemLabel);
    const item = items.get(itemId);
    const question = questions.get(a.data.questionKey);
    // Only the assigned bureau's responses; its progress completes milestones (milestoneDone).
    const own = (responses.get(a.id) ?? []).filter((r) => r.bureau === bureauId);
    const progress = own.filter((r): r is RecordedResponse<'progress'> => r.type === 'progress')
      .sort((x, y) => answerStages.indexOf(x.stage) - answerStages.indexOf(y.stage));
    const reached = progress.at(-1)?.stage;
    const rowMilestones = (milestonesByQuestion.get(a.data.questionKey) ?? [])
      .filter((m) => (m.itemLabel === undefined || m.itemLabel === a.data.itemLabel) && (m.bureau === undefined || bureauIdOf(m.bureau) === bureauId));
    const candidates = rowMilestones
      .filter((m) => !milestoneDone(m.kind, { reached, state: a.data.state }))
      .sort((x, y) => toEpochMs(x.dueAt) - toEpochMs(y.dueAt));
    const upcoming = candidates.find((m) => toEpochMs(m.dueAt) >= nowMs);
    const nextMilestone = upcoming ?? candidates[candidates.length - 1];
    const overdue = nextMilestone !== undefined && upcoming === undefined;
    const dueSoon = nextMilestone !== undefined && (overdue || minutesBetween(now, nextMilestone.dueAt) <= rules.dueSoonMinutes);
    // A decision no older than this allocation (a reassignment starts over: proposedAt moves on, the old
    // bureau's 異議 no longer applies).
    const decision = own.find((r): r is RecordedResponse<'accept' | 'objection'> =>
      r.type !== 'progress' && answersAllocation(r.at, a.data.proposedAt));
    rows.push({
      assignmentId: a.id,
      itemId,
      questionKey: a.data.questionKey,
      questionTitle: question?.title ?? a.data.questionKey,
      itemLabel: a.data.itemLabel,
      itemText: item?.text ?? '',
      role: a.data.role,
      state: a.data.state,
      nextMilestone,
      deadlinesDone: rowMilestones.length > 0 && candidates.length === 0,
      overdue,
      dueSoon,
      slot: slotByItem.get(itemId),
      sourceUrl: item?.sourceUrl ?? question?.sourceUrl,
      bureau: a.data.bureau,
      questionLabel: question?.label ?? a.data.questionKey,
      submitters: question?.submitters ?? [],
      questionNumber: question?.number,
      closed: question?.closed ?? false,
      decision,
      progress,
    });
  }
  return rows.sort(byUrgency);
}

/**
 * 締切を済ませる段階: the bureau's reported stage that completes a milestone of its row, by milestone kind — the
 * evening planner's (原案, メモ出し, 合議了, 課長了, 局長了) and the deadline engine's 原案 and 合議了 of a 質問主意書.
 * A milestone another office owns (法制局説明, 閣議請議, 閣議 …) is not completed by a bureau's report. 合議了 by
 * 課長了: for a 合議 bureau its 課長了 is its sign-off; for the 執筆 bureau 課長了 comes after the 合議 (執筆 → 合議 →
 * 課長了 → 局長了, shared/evening/RULES.md §1).
 */
const completedByStage: Readonly<Record<string, AnswerStage>> = {
  answerDraft: 'drafted', answerMemo: 'drafted', draft: 'drafted',
  answerConcurrence: 'sectionChiefApproved', concurrence: 'sectionChiefApproved', sectionChiefApproval: 'sectionChiefApproved',
  directorApproval: 'directorApproved',
};

/**
 * True when `kind` is done for the row: the bureau's reported progress has completed it (a 原案 deadline after
 * 原案了 is no longer ahead, nor 期限超過), or, for 割振り確定 (the deadline engine's 'allocation'), the 割振り is 確定.
 * @example milestoneDone('answerDraft', { reached: 'sectionChiefApproved', state: 'proposed' }) //=> true
 */
export function milestoneDone(kind: string, row: { reached: AnswerStage | undefined; state: Assignment['state'] }): boolean {
  if (kind === 'allocation') return row.state === 'final';
  const by = Object.hasOwn(completedByStage, kind) ? completedByStage[kind] : undefined;
  return by !== undefined && row.reached !== undefined && answerStages.indexOf(row.reached) >= answerStages.indexOf(by);
}

/**
 * True when a decision given at `at` answers the allocation made at `proposedAt`: at or after it, to the minute —
 * people give times to the minute (the popup's time field), the allocation carries seconds. A decision before it
 * was for an earlier allocation (the 問 was reassigned since).
 * @example answersAllocation('2026-06-09T10:30:00+09:00', '2026-06-09T10:30:41+09:00') //=> true
 */
export function answersAllocation(at: JstInstant, proposedAt: JstInstant): boolean {
  return toEpochMs(at) >= Math.floor(toEpochMs(proposedAt) / 60_000) * 60_000;
}

/** The stage of `row` that is done last (局長了 …), if any. */
export function lastStage(row: Pick<BureauRow, 'progress'>): AnswerStage | undefined {
  return row.progress.at(-1)?.stage;
}

/**
 * Builds the bureau's view; `role` filters rows (undefined = every role).
 * @example bureauView(bundle.records, { id: 'isei', name: '医政局' }, now).rows[0].nextMilestone.label
 */
export function bureauView(
  records: ExchangeRecords,
  bureau: Pick<Bureau, 'id' | 'name'>,
  now: JstInstant,
  role?: Role,
  rules: BureauRules = defaultBureauRules,
): BureauView {
  const mine = (value: string) => isBureau(value, bureau);
  const rows = itemRows(records, now, mine, (value) => (mine(value) ? bureau.id : value), role, rules);
  // Tonight's stand-down: a release whose time has come — a release time still ahead is a plan, not a stand-down:
  // nobody is told to go home before it — and whose standby night has not ended (at 01:30 the previous day's night
  // still holds, so a release reached after midnight is shown). The latest wins.
  const release = live(records.releases)
    .filter((r) => isBureau(r.data.bureau, bureau) && inStandbyNight(r.data.date, r.data.releasedAt, now, rules))
    .sort((x, y) => compareInstants(y.data.releasedAt, x.data.releasedAt))[0];
  const tonight = bureauRecalls(records, bureau, now, rules);
  const withdrawn = release !== undefined && recallWithdraws(release.data, tonight.active);
  return {
    rows,
    release: release && !withdrawn ? { ...release.data, id: release.id } : undefined,
    recalls: tonight.recalls,
    ...(tonight.active ? { recall: tonight.active } : {}),
    badgeCount: rows.filter((r) => r.dueSoon).length,
  };
}

/**
 * 緊急度順: overdue first, then earliest deadline; rows without a deadline last; then 院・回次・号 as numbers,
 * the 問's number, the bureau, and the 問 id.
 */
export function byUrgency(a: BureauRow, b: BureauRow): number {
  const rank = (r: BureauRow) => (r.overdue ? 0 : r.nextMilestone ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const due = (r: BureauRow) => (r.nextMilestone ? toEpochMs(r.nextMilestone.dueAt) : 0);
  if (due(a) !== due(b)) return due(a) - due(b);
  const byNumber = compareQuestionNumbers(a.questionNumber, b.questionNumber);
  if (byNumber !== 0) return byNumber;
  if (a.questionKey !== b.questionKey) return a.questionKey < b.questionKey ? -1 : 1;
  const byLabel = compareItemLabels(a.itemLabel, b.itemLabel);
  if (byLabel !== 0) return byLabel;
  if (a.bureau !== b.bureau) return a.bureau < b.bureau ? -1 : 1;
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}
