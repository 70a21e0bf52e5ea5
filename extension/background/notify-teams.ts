/**
 * @file Teams への投稿 (announceToTeams): posts an Adaptive Card for my bureau's new stand-down or new
 * assignment to the Workflows webhook; a failure is recorded for the popup, retried at most twice.
 */
import {
  type Bureau, type DietDb, type ExchangeRecord, type JstInstant, type TeamsEvent, isBureau, jstDateOf, parseExchangeStoreKey, teamsMessage, teamsSummary,
} from '@shared/index';

/** settings key of the last Teams result (shown in the popup). */
export const TEAMS_STATUS_KEY = 'teams:status';

/** 投稿結果. */
export interface TeamsStatus {
  at: JstInstant;
  ok: boolean;
  /** 何を投稿したか / エラー (Japanese). */
  message: string;
}

/** Attempts per message (first try + retries); never more. Source: JOURNEYS.md §4.3 (never retried forever). */
export const TEAMS_MAX_ATTEMPTS = 3;

/** One POST of a payload; throws an Error with a Japanese message on failure. */
export async function postToTeams(webhookUrl: string, payload: unknown, fetchFn: typeof fetch): Promise<void> {
  let lastError = '';
  for (let attempt = 1; attempt <= TEAMS_MAX_ATTEMPTS; attempt++) {
    try {
      const response = await fetchFn(webhookUrl, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(payload) });
      if (response.ok) return;
      lastError = `HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      lastError = (error as Error).message;
    }
  }
  throw new Error(`Teams への投稿に失敗しました (${lastError})。Webhook URL を確認してください。`);
}

/**
 * Posts one message per new record of my bureau among `addedKeys`: today's stand-down, new assignments.
 * @example await announceToTeams(db, bureau, options.webhookUrl, result.addedKeys, now, fetch)
 */
export async function announceToTeams(
  db: DietDb,
  bureau: Bureau,
  webhookUrl: string,
  addedKeys: readonly string[],
  now: JstInstant,
  fetchFn: typeof fetch,
): Promise<TeamsStatus[]> {
  if (!webhookUrl) return [];
  const events: TeamsEvent[] = [];
  for (const key of addedKeys) {
    const kind = parseExchangeStoreKey(key)?.kind;
    if (kind !== 'releases' && kind !== 'assignments') continue;
    const row = await db.get('exchange', key);
    const record = row?.record as ExchangeRecord<'releases'> | ExchangeRecord<'assignments'> | undefined;
    if (!record || record.deleted || !record.data || !isBureau(record.data.bureau, bureau)) continue;
    if (row!.kind === 'releases') {
      const release = (record as ExchangeRecord<'releases'>).data!;
      if (release.date === jstDateOf(now)) events.push({ kind: 'release', release, bureauName: bureau.name });
    } else {
      events.push({ kind: 'assignment', assignment: (record as ExchangeRecord<'assignments'>).data!, bureauName: bureau.name });
    }
  }
  const statuses: TeamsStatus[] = [];
  for (const event of events) {
    try {
      await postToTeams(webhookUrl, teamsMessage(event), fetchFn);
      statuses.push({ at: now, ok: true, message: `Teams に投稿しました: ${teamsSummary(event)}` });
    } catch (error) {
      statuses.push({ at: now, ok: false, message: (error as Error).message });
    }
  }
  const last = statuses.find((s) => !s.ok) ?? statuses[statuses.length - 1];
  if (last) await db.put('settings', { key: TEAMS_STATUS_KEY, value: last });
  return statuses;
}
