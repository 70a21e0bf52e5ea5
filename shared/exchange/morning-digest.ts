/**
 * @file 朝のまとめ (morningDigest): at the first open of the popup on a day, what changed for my bureau since
 * the day it was last opened — new 割振り, 割振り taken away (deleted or moved to another bureau), changed
 * deadlines — and where the day starts: due today, overdue, not yet accepted. Modelled on the UK Ministry of
 * Justice tracker's weekday morning digest of what is not yet accepted or submitted. Pure: the platform keeps
 * the snapshot (digestSnapshot) between days.
 */
import type { IsoDate } from '../dates/iso-date';
import { type JstInstant, jstDateOf, jstTimeOf } from '../dates/jst';
import { formatWareki, formatWarekiDateTime } from '../dates/format-wareki';
import type { BureauRow } from './bureau-view';
import { itemName } from './card-order';

/** What the popup remembers of one 割振り of my bureau, to compare tomorrow. */
export interface DigestEntry {
  /** 「参議院 第221回 第37号 問一 (執筆)」. */
  line: string;
  /** Next deadline then (JST instant), if any. */
  dueAt?: JstInstant;
  dueLabel?: string;
}

/** 前回のまとめ: the day it was taken, and my bureau's 割振り then (by assignment id). */
export interface DigestSnapshot {
  on: IsoDate;
  entries: Record<string, DigestEntry>;
}

/** One changed 割振り in the digest. */
export interface DigestChange {
  assignmentId: string;
  text: string;
}

/** 朝のまとめ. */
export interface MorningDigest {
  /** Day of the previous snapshot ('YYYY-MM-DD'); undefined on the very first open (no comparison). */
  since?: IsoDate;
  added: DigestChange[];
  removed: DigestChange[];
  dueChanged: DigestChange[];
  dueToday: number;
  overdue: number;
  /** 割振り of my bureau that has neither 受諾 nor 異議 yet (the open question of every morning). */
  notAccepted: number;
}

function entryOf(row: BureauRow): DigestEntry {
  const m = row.nextMilestone;
  return { line: `${row.questionLabel} ${itemName(row.itemLabel)} (${row.role})`, ...(m ? { dueAt: m.dueAt, dueLabel: m.label } : {}) };
}

/** What to remember today of my bureau's rows. @example digestSnapshot(view.rows, now).entries['as-1'].line */
export function digestSnapshot(rows: readonly BureauRow[], now: JstInstant): DigestSnapshot {
  const entries: Record<string, DigestEntry> = {};
  for (const row of rows) entries[row.assignmentId] = entryOf(row);
  return { on: jstDateOf(now), entries };
}

function dueText(entry: DigestEntry): string {
  return entry.dueAt ? `${entry.dueLabel ?? '締切'} ${formatWarekiDateTime(entry.dueAt)}` : '締切なし';
}

/**
 * The digest for the first open of the day at `now`, or undefined when `previous` was taken today already.
 * @example morningDigest(snapshot, view.rows, now)?.added.length
 */
export function morningDigest(previous: DigestSnapshot | undefined, rows: readonly BureauRow[], now: JstInstant): MorningDigest | undefined {
  const today = jstDateOf(now);
  if (previous?.on === today) return undefined;
  const added: DigestChange[] = [];
  const dueChanged: DigestChange[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    seen.add(row.assignmentId);
    const current = entryOf(row);
    const before = previous?.entries[row.assignmentId];
    if (!previous) continue;
    if (!before) added.push({ assignmentId: row.assignmentId, text: `${current.line} ${dueText(current)}` });
    else if (before.dueAt !== current.dueAt) dueChanged.push({ assignmentId: row.assignmentId, text: `${current.line} ${dueText(before)} → ${dueText(current)}` });
  }
  const removed = Object.entries(previous?.entries ?? {})
    .filter(([id]) => !seen.has(id))
    .map(([assignmentId, entry]) => ({ assignmentId, text: entry.line }));
  return {
    since: previous?.on,
    added,
    removed,
    dueChanged,
    dueToday: rows.filter((r) => !r.overdue && r.nextMilestone && jstDateOf(r.nextMilestone.dueAt) === today).length,
    overdue: rows.filter((r) => r.overdue && !r.closed).length,
    notAccepted: rows.filter((r) => !r.decision && !r.closed).length,
  };
}

/** The digest's heading: 「令和8年6月8日(月) からの変更」 or, on the first open ever, 「本日の状況」 (with the time). */
export function digestHeading(digest: MorningDigest, now: JstInstant): string {
  if (!digest.since) return `朝のまとめ: 本日の状況 (${jstTimeOf(now)} 現在)`;
  return `朝のまとめ: ${formatWareki(digest.since, { weekday: true })} からの変更 (${jstTimeOf(now)} 現在)`;
}
