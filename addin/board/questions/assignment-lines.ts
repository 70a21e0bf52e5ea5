/**
 * @file 割振り行の解釈 (assignment lines): reads the 割振り sheet rows into checked lines — bureau resolved
 * against the 局一覧, role and state from their Japanese labels, ids and 仮割振り/決定 times filled in — and
 * adds one empty line for every open 問 that nobody owns yet. Never accepts an unknown bureau. Pure.
 */
import {
  type Assignment, type AssignmentState, type Bureau, type ExchangeBundle, type JstInstant, type Role, assignmentId, assignmentOwnerKey, itemKey, toEpochMs,
} from '@shared/index';
import { boardMessages } from '../board-messages';
import type { BoardQuestion } from './board-question';
import { resolveBureau } from '../settings/board-settings';
import { cellInstant, cellKey, cellText } from '../sheet/cell-value';
import { minuteStamp } from '../sheet/minute-stamp';
import { roleWords, stateWords } from '../tables/cell-words';
import type { AssignmentRow } from '../tables/workbook-tables';

/** One row of 割振り, interpreted. */
export interface AssignmentLine {
  id: string;
  questionKey: string;
  itemLabel: string;
  /** 局 as typed, and the directory entry it names (undefined = blank or unknown). */
  bureauText: string;
  bureau?: Bureau;
  division: string;
  roleText: string;
  role?: Role;
  stateText: string;
  state?: AssignmentState;
  by: string;
  note: string;
  proposedAt?: JstInstant;
  decidedAt?: JstInstant;
  /** 確認: problems in Japanese; a line with issues is not accepted (not published). */
  issues: string[];
  /** No bureau typed: an open slot for this 問. */
  empty: boolean;
  /** The sheet row it came from (user-added columns follow it). */
  row?: AssignmentRow;
}

/** A new id for a line: readable and unique within the sheet. */
function newId(questionKey: string, itemLabel: string, taken: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = assignmentId(questionKey, itemLabel, n);
    if (!taken.has(id)) { taken.add(id); return id; }
  }
}

/**
 * Interprets the sheet rows. `store` holds the last captured assignments: when a line's bureau changed
 * since, a new 60-minute 異議 window starts (仮割振り = now), and a line left at 異議あり becomes 仮割振り again.
 * @example assignmentLines(rows, questions, store, bureaus, now).filter((l) => l.issues.length > 0)
 */
export function assignmentLines(
  rows: readonly AssignmentRow[], questions: readonly BoardQuestion[], store: ExchangeBundle, bureaus: readonly Bureau[], now: JstInstant,
): AssignmentLine[] {
  const questionByKey = new Map(questions.map((q) => [q.key, q]));
  const stored = new Map(store.records.assignments.flatMap((r) => (r.deleted || !r.data ? [] : [[r.id, r.data] as const])));
  const taken = new Set(rows.map((r) => cellKey(r.id)).filter(Boolean));
  const seenIds = new Set<string>();
  const seenOwners = new Set<string>();
  const lines: AssignmentLine[] = [];
  for (const row of rows) {
    const questionKey = cellKey(row.questionKey);
    const itemLabel = cellKey(row.item);
    const bureauText = cellText(row.bureau);
    const roleText = cellText(row.role);
    const stateText = cellText(row.state);
    const issues: string[] = [];
    let id = cellKey(row.id);
    if (id && seenIds.has(id)) id = ''; // a copied row: it becomes a new assignment
    const empty = bureauText === '';
    if (!questionByKey.has(questionKey)) issues.push(boardMessages.unknownQuestion(questionKey));
    if (!itemLabel) issues.push(boardMessages.missingItem);
    const bureau = empty ? undefined : resolveBureau(bureauText, bureaus);
    if (!empty && !bureau) issues.push(boardMessages.unknownBureau(bureauText));
    const role = roleText === '' ? (empty ? undefined : '執筆') : roleWords.read(roleText);
    if (roleText !== '' && !role) issues.push(boardMessages.unknownRole(roleText));
    let state = stateText === '' ? (empty ? undefined : 'proposed') : stateWords.read(stateText);
    if (stateText !== '' && !state) issues.push(boardMessages.unknownState(stateText));
    if (!empty && bureau && role) {
      const owner = assignmentOwnerKey(questionKey, itemLabel, bureau.id, role);
      if (seenOwners.has(owner)) issues.push(boardMessages.duplicateBureau);
      seenOwners.add(owner);
    }
    if (!id && !empty) id = newId(questionKey, itemLabel, taken);
    if (id) seenIds.add(id);
    // Both stamps are taken at the minute (minute-stamp.ts).
    const stamp = minuteStamp(now);
    let proposedAt = empty ? undefined : cellInstant(row.proposedAt) ?? stamp;
    const previous = id ? stored.get(id) : undefined;
    if (proposedAt && previous && bureau && previous.bureau !== bureau.id && previous.proposedAt === proposedAt) {
      proposedAt = stamp;
      // Reassigned after an 異議: the new bureau gets its own 60-minute window, so the line is 仮割振り again.
      if (state === 'objected') state = 'proposed';
    }
    const decided = state !== undefined && state !== 'proposed';
    // 決定 is never earlier than 仮割振り: a line re-proposed (another bureau) after its decision is decided again now.
    const typedDecision = decided ? cellInstant(row.decidedAt) : undefined;
    const decidedAt = !decided ? undefined
      : typedDecision && (!proposedAt || toEpochMs(typedDecision) >= toEpochMs(proposedAt)) ? typedDecision
      : proposedAt && toEpochMs(proposedAt) > toEpochMs(stamp) ? proposedAt : stamp;
    lines.push({
      id, questionKey, itemLabel, bureauText: bureau?.name ?? bureauText, bureau, division: cellText(row.division),
      roleText: role ? roleWords.write(role) : roleText, role, stateText: state ? stateWords.write(state) : stateText, state,
      by: cellText(row.by), note: cellText(row.note), proposedAt, decidedAt, issues, empty, row,
    });
  }
  return lines;
}

/** True for a line nobody has typed anything in: the placeholder withOpenItems adds for a 問 to assign. */
function isPlaceholder(line: AssignmentLine): boolean {
  return line.empty && !line.id && !line.division && !line.by && !line.note && !line.roleText && !line.stateText;
}

/**
 * Adds an empty line for every 問 of an open question that has no line at all (placed after the
 * question's last line, or at the end), and drops the untouched empty lines of questions no longer open (answered,
 * withdrawn, or marked 他省庁: nothing to assign there). `order: 'board'` sorts lines by question and 問 order.
 */
export function withOpenItems(lines: readonly AssignmentLine[], questions: readonly BoardQuestion[], isOpen: (key: string) => boolean, order: 'keep' | 'board'): AssignmentLine[] {
  const known = new Set(questions.map((q) => q.key));
  const kept = lines.filter((l) => !(isPlaceholder(l) && known.has(l.questionKey) && !isOpen(l.questionKey)));
  const covered = new Set(kept.map((l) => itemKey(l.questionKey, l.itemLabel)));
  const out = [...kept];
  for (const q of questions) {
    if (!isOpen(q.key)) continue;
    for (const item of q.items) {
      if (covered.has(itemKey(q.key, item.label))) continue;
      out.push({
        id: '', questionKey: q.key, itemLabel: item.label, bureauText: '', division: '', roleText: '', stateText: '', by: '', note: '',
        issues: [], empty: true,
      });
    }
  }
  if (order === 'keep') return out;
  const rank = new Map<string, number>();
  questions.forEach((q, qi) => q.items.forEach((item, ii) => rank.set(itemKey(q.key, item.label), qi * 10_000 + ii)));
  const position = (l: AssignmentLine) => rank.get(itemKey(l.questionKey, l.itemLabel)) ?? Number.MAX_SAFE_INTEGER;
  return out.map((l, i) => ({ l, i })).sort((a, b) => position(a.l) - position(b.l) || a.i - b.i).map(({ l }) => l);
}

/** The accepted assignment of a line (bureau known, role and state valid), or undefined. */
export function lineAssignment(line: AssignmentLine, fallbackBy: string): Assignment | undefined {
  if (line.empty || line.issues.length > 0 || !line.bureau || !line.role || !line.state || !line.proposedAt) return undefined;
  return {
    id: line.id, questionKey: line.questionKey, itemLabel: line.itemLabel, bureau: line.bureau.id, division: line.division,
    role: line.role, state: line.state, proposedAt: line.proposedAt, ...(line.decidedAt ? { decidedAt: line.decidedAt } : {}),
    by: line.by || fallbackBy, note: line.note,
  };
}

/** A line for an assignment record (import: records that came in from a bundle). */
export function recordLine(a: Assignment, bureaus: readonly Bureau[], row?: AssignmentRow): AssignmentLine {
  const bureau = resolveBureau(a.bureau, bureaus);
  return {
    id: a.id, questionKey: a.questionKey, itemLabel: a.itemLabel, bureauText: bureau?.name ?? a.bureau, bureau, division: a.division,
    roleText: roleWords.write(a.role), role: a.role, stateText: stateWords.write(a.state), state: a.state, by: a.by, note: a.note,
    proposedAt: a.proposedAt, decidedAt: a.decidedAt, issues: bureau ? [] : [boardMessages.unknownBureau(a.bureau)], empty: false, row,
  };
}
