/**
 * @file 内部: one bureau's evening as a timeline of states — held (the whole bureau waits), 当番 (only the duty
 * people), released — and its 呼び戻し. Rules:
 * - A held bureau is released at the first moment it is eligible (the day's allocation is closed, or the
 *   coordinator decided so at or after the start of this hold) and free (no unfinished step, no レク still to attend).
 * - With 当番 settings, a held bureau that is free goes to 当番 from the duty time on, until it can be released.
 * - New work reaching a released bureau, or a bureau on 当番, recalls the whole bureau (呼び戻し) from that moment
 *   until it can be released again (or go back to 当番).
 * In `reportedOnly` mode a step without a reported time never ends (事後検証 counts facts only).
 */
import type { ReleaseDecision } from '../evening-types';
import type { RecallReason } from '../stand-down-rules';
import type { CoreDuty, CoreInvolvement, CoreRecall } from './core-types';
import { type Interval, unionIntervals } from './intervals';

/** What one bureau's timeline reads. */
export interface TimelineInputs {
  /** The day's closed allocation intervals. */
  closed: readonly Interval[];
  involvements: readonly CoreInvolvement[];
  /** レク holds. */
  lectures: readonly Interval[];
  /** The coordinator's decisions naming this bureau, by time. */
  decisions: readonly { at: number; decision: ReleaseDecision }[];
  duty: { from: number; people: string[] } | null;
  reportedOnly: boolean;
}

/** The timeline. */
export interface Timeline {
  firstRelease: number | null;
  /** Final release; null when held (or on 当番) at the end. */
  releaseAt: number | null;
  /** Every release, in order (a recall comes between two). */
  releases: number[];
  recalls: CoreRecall[];
  duty: CoreDuty | null;
  decision: ReleaseDecision | null;
  /** Whole-bureau holds: [start, end) with start -Infinity for the first one and end Infinity when it never ends. */
  held: Interval[];
  /** 当番 periods. */
  onDuty: Interval[];
}

/** The earliest t ≥ from inside an eligible interval and outside every busy one, or null. */
export function earliestFreeFrom(eligible: readonly Interval[], busy: readonly Interval[], from = -Infinity): number | null {
  let j = 0;
  for (const [a, b] of eligible) {
    if (b <= from) continue;
    let at = Math.max(a, from);
    while (j < busy.length && busy[j]![1] <= at) j++;
    for (let k = j; k < busy.length && busy[k]![0] <= at; k++) at = Math.max(at, busy[k]![1]);
    if (at < b) return at;
  }
  return null;
}

function recallOf(v: CoreInvolvement): { reason: RecallReason; by: string } {
  // The writer called back by its own late 合議 request: its approvals run again after the 合議.
  if (v.reopenedByConcurrence) return { reason: '合議依頼', by: '' };
  if (v.item.followUp) return { reason: '更問い', by: v.item.member };
  if (v.role === '合議') return { reason: '合議依頼', by: v.item.writer?.settings.name ?? '' };
  return { reason: '追加通告', by: v.item.member };
}

/**
 * Runs the timeline.
 * @example releaseTimeline({ closed, involvements, lectures: [], decisions: [], duty: null, reportedOnly: false }).firstRelease
 */
export function releaseTimeline(input: TimelineInputs): Timeline {
  const work = input.involvements
    .map((v) => ({ v, ready: v.ready, done: input.reportedOnly && !v.reported ? Infinity : v.done }))
    .sort((a, b) => a.ready - b.ready);
  const busy = unionIntervals([...work.map((w) => [w.ready, w.done] as const), ...input.lectures]);
  const inClosed = (t: number) => input.closed.some(([a, b]) => a <= t && t < b);
  const releaseFrom = (t: number, heldSince: number): { at: number | null; decision: ReleaseDecision | null } => {
    const d = input.decisions.find((x) => x.at >= heldSince);
    const eligible = d ? unionIntervals([...input.closed, [d.at, Infinity]]) : input.closed;
    const at = earliestFreeFrom(eligible, busy, t);
    return { at, decision: at !== null && d && !inClosed(at) ? d.decision : null };
  };
  const out: Timeline = { firstRelease: null, releaseAt: null, releases: [], recalls: [], duty: null, decision: null, held: [], onDuty: [] };
  let state: 'held' | 'duty' | 'released' = 'held';
  let t = -Infinity;
  let heldSince = -Infinity;
  let since = -Infinity;
  const current: { recall: CoreRecall | null } = { recall: null };
  let next = 0;
  const release = (at: number, decision: ReleaseDecision | null) => {
    out.firstRelease ??= at;
    out.releaseAt = at;
    out.releases.push(at);
    if (decision) out.decision = decision;
    state = 'released';
    t = at;
  };
  const recallAt = (at: number) => {
    const started = work.filter((w) => w.ready === at);
    const { reason, by } = recallOf(started[0]!.v);
    current.recall = { at, until: null, reason, by, itemIds: [...new Set(started.map((w) => w.v.item.itemId))] };
    out.recalls.push(current.recall);
    out.releaseAt = null;
    state = 'held';
    t = heldSince = since = at;
  };
  for (let guard = 0; guard < 4 * work.length + 8; guard++) {
    while (next < work.length && work[next]!.ready <= t) next++;
    const arriving = work[next]?.ready ?? Infinity;
    if (state === 'held') {
      const r = releaseFrom(t, heldSince);
      const dutyAt = input.duty ? earliestFreeFrom([[input.duty.from, Infinity]], busy, t) : null;
      if (dutyAt !== null && dutyAt < (r.at ?? Infinity)) {
        out.held.push([since, dutyAt]);
        if (current.recall) { current.recall.until = dutyAt; current.recall = null; }
        out.duty ??= { from: dutyAt, until: null, people: input.duty!.people };
        out.duty.until = null;
        state = 'duty';
        t = since = dutyAt;
        continue;
      }
      if (r.at === null) { out.held.push([since, Infinity]); break; }
      out.held.push([since, r.at]);
      if (current.recall) { current.recall.until = r.at; current.recall = null; }
      release(r.at, r.decision);
      continue;
    }
    if (state === 'duty') {
      const r = releaseFrom(t, heldSince);
      if (arriving < (r.at ?? Infinity)) {
        out.onDuty.push([since, arriving]);
        out.duty!.until = arriving;
        recallAt(arriving);
        continue;
      }
      if (r.at === null) { out.onDuty.push([since, Infinity]); break; }
      out.onDuty.push([since, r.at]);
      out.duty!.until = r.at;
      release(r.at, r.decision);
      continue;
    }
    if (arriving === Infinity) break;
    recallAt(arriving);
  }
  return out;
}
