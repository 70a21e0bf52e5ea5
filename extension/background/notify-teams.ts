/**
 * @file Teams への投稿 (announceToTeams): posts an Adaptive Card (version 1.4, in the Workflows message envelope)
 * for my bureau's stand-down or new assignment to the Workflows webhook; a failure is recorded for the popup,
 * retried at most twice. The stand-down is the one the popup shows (bureauView → standDownNotice): posted once its
 * time has come — a release published ahead of its time waits for it — never while a 呼び戻し withdraws it, and
 * also when it was reached after midnight (the standby night in force). Each event is posted once: only the
 * bureau's designated poster PC posts (options `teamsPoster`, checked by the caller), and the events already posted
 * are remembered (TEAMS_POSTED_KEY) so a record seen again — after a reinstall of the feed, a re-fetch — is not
 * posted twice. The Workflows trigger answers 202 Accepted on success (any 2xx counts).
 */
import {
  type Bureau, type BureauView, type DietDb, type ExchangeRecord, type JstInstant, type TeamsEvent, isBureau, parseExchangeStoreKey, standDownNotice, teamsMessage,
  teamsSummary,
} from '@shared/index';

/** settings key of the last Teams result (shown in the popup). */
export const TEAMS_STATUS_KEY = 'teams:status';
/** settings key of the events already posted (assignments `${store key}@${版}`, stand-downs `${notice id}@${解除時刻}`), newest last. */
export const TEAMS_POSTED_KEY = 'teams:posted';
/** How many posted events are remembered (old ones are dropped first). */
const POSTED_MEMORY = 2000;

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
      // 202 Accepted is what the Workflows trigger answers; 200 is what the retired connectors answered.
      if (response.status === 202 || response.ok) return;
      lastError = `HTTP ${response.status}`;
      if (response.status < 500 && response.status !== 429) break;
    } catch (error) {
      lastError = (error as Error).message;
    }
  }
  throw new Error(`Teams への投稿に失敗しました (${lastError})。Webhook URL を確認してください。`);
}

/** What there is to announce: the new records of the last fetch, and my bureau's view now. */
export interface TeamsNews {
  /** Store keys the last fetch added (empty after the first fetch from a URL: history is not news). */
  addedKeys: readonly string[];
  /** My bureau's view at `now` (runNotify's): its stand-down is posted once it shows. */
  view: Pick<BureauView, 'release' | 'recalls'> | undefined;
}

/**
 * Posts one message per new assignment of my bureau among `news.addedKeys`, and the stand-down the view shows.
 * @example await announceToTeams(db, bureau, options.webhookUrl, { addedKeys: result.addedKeys, view }, now, fetch)
 */
export async function announceToTeams(
  db: DietDb,
  bureau: Bureau,
  webhookUrl: string,
  news: TeamsNews,
  now: JstInstant,
  fetchFn: typeof fetch,
): Promise<TeamsStatus[]> {
  if (!webhookUrl) return [];
  const posted = ((await db.get('settings', TEAMS_POSTED_KEY))?.value as string[] | undefined) ?? [];
  const already = new Set(posted);
  const events: { id: string; event: TeamsEvent }[] = [];
  const release = news.view?.release;
  const notice = news.view && standDownNotice(news.view);
  if (release && notice && !already.has(`${notice.id}@${release.releasedAt}`)) {
    events.push({ id: `${notice.id}@${release.releasedAt}`, event: { kind: 'release', release, bureauName: bureau.name } });
  }
  for (const key of news.addedKeys) {
    if (parseExchangeStoreKey(key)?.kind !== 'assignments') continue;
    const row = await db.get('exchange', key);
    const record = row?.record as ExchangeRecord<'assignments'> | undefined;
    if (!record || record.deleted || !record.data || !isBureau(record.data.bureau, bureau)) continue;
    const id = `${key}@${record.rev}`;
    if (already.has(id)) continue;
    events.push({ id, event: { kind: 'assignment', assignment: record.data, bureauName: bureau.name } });
  }
  const statuses: TeamsStatus[] = [];
  for (const { id, event } of events) {
    try {
      await postToTeams(webhookUrl, teamsMessage(event), fetchFn);
      posted.push(id);
      statuses.push({ at: now, ok: true, message: `Teams に投稿しました: ${teamsSummary(event)}` });
    } catch (error) {
      statuses.push({ at: now, ok: false, message: (error as Error).message });
    }
  }
  if (statuses.some((s) => s.ok)) await db.put('settings', { key: TEAMS_POSTED_KEY, value: posted.slice(-POSTED_MEMORY) });
  const last = statuses.find((s) => !s.ok) ?? statuses[statuses.length - 1];
  if (last) await db.put('settings', { key: TEAMS_STATUS_KEY, value: last });
  return statuses;
}
