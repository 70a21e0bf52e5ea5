/**
 * @file 会期表の保存 (loadSessions, saveSessions): the session calendar in the settings store under one key. A stored
 * list that no longer validates is ignored (the built-in calendar is used), never half-used.
 */
import type { DietDb } from '../persistence/open-diet-db';
import { builtinSessions } from './builtin-sessions';
import { mergeSessions } from './session-lookup';
import type { SessionPeriod } from './session-period';
import { sessionListSchema } from './session-schema';

/** settings store key. */
export const SESSIONS_KEY = 'sessions';

/** The stored 会期表 merged over the built-in one (a stored row replaces the built-in row with its 回次). */
export async function loadSessions(db: DietDb): Promise<SessionPeriod[]> {
  const stored = sessionListSchema.safeParse((await db.get('settings', SESSIONS_KEY))?.value ?? []);
  return mergeSessions(builtinSessions, stored.success ? stored.data : []);
}

/**
 * Merges `sessions` (e.g. read from a captured list page) into the stored 会期表, in one write.
 * @example const all = await saveSessions(db, read.sessions)
 */
export async function saveSessions(db: DietDb, sessions: readonly SessionPeriod[]): Promise<SessionPeriod[]> {
  const stored = sessionListSchema.safeParse((await db.get('settings', SESSIONS_KEY))?.value ?? []);
  const merged = mergeSessions(stored.success ? stored.data : [], sessions);
  await db.put('settings', { key: SESSIONS_KEY, value: merged });
  return mergeSessions(builtinSessions, merged);
}
