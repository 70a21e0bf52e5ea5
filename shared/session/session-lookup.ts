/** @file 会期の参照 (sessionByNumber, sessionOn, mergeSessions): finding and updating rows of a session list. Pure. */
import type { IsoDate } from '../dates/iso-date';
import type { SessionPeriod } from './session-period';

/** The session with 回次 `number`, or undefined. */
export function sessionByNumber(sessions: readonly SessionPeriod[], number: number): SessionPeriod | undefined {
  return sessions.find((s) => s.number === number);
}

/** The session in progress on `date` (start ≤ date ≤ end), or undefined between sessions. */
export function sessionOn(sessions: readonly SessionPeriod[], date: IsoDate): SessionPeriod | undefined {
  return sessions.find((s) => s.start <= date && date <= s.end);
}

/**
 * 会期表の更新: rows of `updates` replace the rows of `base` with the same 回次 (a page read later is newer); a
 * replaced row keeps its known 会期延長 when the update has none and the end still fits. Sorted by 回次.
 * @example mergeSessions(builtinSessions, captured).at(-1)?.number //=> 221
 */
export function mergeSessions(base: readonly SessionPeriod[], updates: readonly SessionPeriod[]): SessionPeriod[] {
  const byNumber = new Map(base.map((s) => [s.number, s]));
  for (const u of updates) {
    const old = byNumber.get(u.number);
    const keep = u.extensions.length === 0 && old ? old.extensions.filter((e) => e.from >= u.start && e.until <= u.end) : u.extensions;
    byNumber.set(u.number, { ...u, extensions: keep });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}
