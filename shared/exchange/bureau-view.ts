/**
 * @file 局ビュー (bureauView): pure projection of the exchange records for one bureau — its 問 sorted by
 * urgency with role, next milestone, tonight's briefing slot, today's stand-down and the badge count. Questions marked
 * 他省庁 (当省分) are left out.
 */
import { compareInstants } from '../dates/compare-instants';
import { type JstInstant, jstDateOf, minutesBetween, toEpochMs } from '../dates/jst';
import type { Role } from '../model/assignment';
import type { Bureau } from '../model/bureau';
import { isOtherMinistry } from '../model/jurisdiction';
import type { Assignment } from '../model/assignment';
import { type BriefingSlot, type ExchangeMilestone, type ExchangeRecords, type StandDown, exchangeItemId } from './bundle-schema';
import { type BureauRules, defaultBureauRules } from './bureau-rules';

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
  /** Next milestone not yet passed; or the latest passed one when all are past (overdue). */
  nextMilestone?: ExchangeMilestone & { id: string };
  overdue: boolean;
  /** Due within the badge window (or overdue). */
  dueSoon: boolean;
  /** 今夜の夕方レク枠 holding this 問, if any. */
  slot?: BriefingSlot;
  /** 出所ページ. */
  sourceUrl?: string;
}

/** The whole view for one bureau at `now`. */
export interface BureauView {
  rows: BureauRow[];
  /** 本日の待機解除, when the bureau has been released today. */
  release?: StandDown & { id: string };
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
  const today = jstDateOf(now);
  const nowMs = toEpochMs(now);
  const items = new Map(live(records.items).map((r) => [r.id, r.data]));
  const titles = new Map<string, string>();
  const sources = new Map<string, string>();
  for (const q of live(records.questions)) {
    titles.set(q.id, q.data.title);
    if (q.data.questionUrl) sources.set(q.id, q.data.questionUrl);
  }
  for (const n of live(records.notices)) {
    titles.set(n.id, `${n.data.committee} ${n.data.member}`);
    const url = n.data.provenance[0]?.sourceUrl;
    if (url) sources.set(n.id, url);
  }
  const milestonesByQuestion = new Map<string, (ExchangeMilestone & { id: string })[]>();
  for (const m of live(records.milestones)) {
    if (m.data.bureau !== undefined && !isBureau(m.data.bureau, bureau)) continue;
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
  const otherMinistry = new Set(live(records.jurisdictions).filter((j) => isOtherMinistry(j.data)).map((j) => j.id));
  const rows: BureauRow[] = [];
  for (const a of live(records.assignments)) {
    if (!isBureau(a.data.bureau, bureau) || (role && a.data.role !== role) || otherMinistry.has(a.data.questionKey)) continue;
    const itemId = exchangeItemId(a.data.questionKey, a.data.itemLabel);
    const item = items.get(itemId);
    const candidates = (milestonesByQuestion.get(a.data.questionKey) ?? [])
      .filter((m) => m.itemLabel === undefined || m.itemLabel === a.data.itemLabel)
      .sort((x, y) => toEpochMs(x.dueAt) - toEpochMs(y.dueAt));
    const upcoming = candidates.find((m) => toEpochMs(m.dueAt) >= nowMs);
    const nextMilestone = upcoming ?? candidates[candidates.length - 1];
    const overdue = nextMilestone !== undefined && upcoming === undefined;
    const dueSoon = nextMilestone !== undefined && (overdue || minutesBetween(now, nextMilestone.dueAt) <= rules.dueSoonMinutes);
    rows.push({
      assignmentId: a.id,
      itemId,
      questionKey: a.data.questionKey,
      questionTitle: titles.get(a.data.questionKey) ?? a.data.questionKey,
      itemLabel: a.data.itemLabel,
      itemText: item?.text ?? '',
      role: a.data.role,
      state: a.data.state,
      nextMilestone,
      overdue,
      dueSoon,
      slot: slotByItem.get(itemId),
      sourceUrl: item?.sourceUrl ?? sources.get(a.data.questionKey),
    });
  }
  rows.sort(byUrgency);
  const release = live(records.releases)
    .filter((r) => isBureau(r.data.bureau, bureau) && r.data.date === today)
    .sort((x, y) => compareInstants(y.data.releasedAt, x.data.releasedAt))[0];
  return {
    rows,
    release: release ? { ...release.data, id: release.id } : undefined,
    badgeCount: rows.filter((r) => r.dueSoon).length,
  };
}

/** 緊急度順: overdue first, then earliest deadline; rows without a deadline last; ties by 問 id. */
function byUrgency(a: BureauRow, b: BureauRow): number {
  const rank = (r: BureauRow) => (r.overdue ? 0 : r.nextMilestone ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  const due = (r: BureauRow) => (r.nextMilestone ? toEpochMs(r.nextMilestone.dueAt) : 0);
  if (due(a) !== due(b)) return due(a) - due(b);
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}
