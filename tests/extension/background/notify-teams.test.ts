/**
 * @file announceToTeams: posts my bureau's new assignments and the stand-down its popup shows, once each (202 =
 * success): a release not before its time, never while a 呼び戻し withdraws it, also after midnight; failures
 * recorded, bounded retries.
 */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { type DietDb, type ExchangeRecord, type JstInstant, applyBundle, bureauView, loadLocalBundle, openDietDb } from '@shared/index';
import { TEAMS_MAX_ATTEMPTS, TEAMS_STATUS_KEY, announceToTeams } from '../../../extension/background/notify-teams';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局', divisions: [], otherDirected: true };
const now = jstInstant('2026-06-09T19:43:00+09:00');
const hook = 'https://prod.example.logic.azure.com/workflows/abc';

type Release = ExchangeRecord<'releases'>;
const release = (releasedAt: JstInstant, rev = 1): Release => ({
  id: 'release:isei:2026-06-09', rev, updatedAt: jstInstant('2026-06-09T19:00:00+09:00'), updatedBy: 'x', deleted: false,
  data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt, reason: '割振りなし', by: '官房総務課' },
});

async function seeded(name: string, releases: Release[] = [release(jstInstant('2026-06-09T19:42:00+09:00'))], extra: (b: ReturnType<typeof bureauBundle>) => void = () => {}) {
  const db = await openDietDb(name, new IDBFactory());
  const b = bureauBundle();
  b.records.releases.push(...releases);
  extra(b);
  const result = await applyBundle(db, b);
  return { db, keys: result.addedKeys };
}

/** What the tick passes: the fetch's new keys and my bureau's view at `at` (as runNotify computes it). */
async function news(db: DietDb, keys: readonly string[], at: JstInstant) {
  const bundle = await loadLocalBundle(db, 'extension', at);
  return { addedKeys: keys, view: bureauView(bundle.records, isei, at) };
}

function recorder() {
  const bodies: string[] = [];
  const fetchFn = (async (_u: RequestInfo | URL, init?: RequestInit) => {
    bodies.push(String(init?.body));
    return new Response(null, { status: 202, statusText: 'Accepted' });
  }) as typeof fetch;
  return { bodies, fetchFn };
}

describe('announceToTeams', () => {
  it('posts one card per new assignment of my bureau and one for the stand-down its popup shows, none for other bureaus', async () => {
    const { db, keys } = await seeded('teams-1');
    const { bodies, fetchFn } = recorder();
    const statuses = await announceToTeams(db, isei, hook, await news(db, keys, now), now, fetchFn);
    expect(statuses.every((s) => s.ok)).toBe(true);
    expect(bodies).toHaveLength(3);
    expect(bodies.join()).toContain('医政局: 本日の待機は解除されました (19:42)');
    expect(bodies.join()).toContain('医政局: 新しい割振り 一 (執筆)');
    expect(bodies.join()).not.toContain('三');
  });

  it('records a Japanese failure for the popup and stops after a bounded number of attempts', async () => {
    const { db } = await seeded('teams-2');
    let calls = 0;
    const failing = (async () => {
      calls++;
      return new Response('busy', { status: 503 });
    }) as typeof fetch;
    const statuses = await announceToTeams(db, isei, hook, await news(db, [], now), now, failing);
    expect(calls).toBe(TEAMS_MAX_ATTEMPTS);
    expect(statuses).toEqual([{ at: now, ok: false, message: 'Teams への投稿に失敗しました (HTTP 503)。Webhook URL を確認してください。' }]);
    expect((await db.get('settings', TEAMS_STATUS_KEY))?.value).toMatchObject({ ok: false });
  });

  it('posts each event once: seen again (a re-fetch, the next tick) it posts nothing; a new 版 of an assignment or a new release time posts again', async () => {
    const { db, keys } = await seeded('teams-4');
    const { bodies, fetchFn } = recorder();
    await announceToTeams(db, isei, hook, await news(db, keys, now), now, fetchFn);
    expect(bodies).toHaveLength(3);
    expect(await announceToTeams(db, isei, hook, await news(db, keys, now), now, fetchFn)).toEqual([]);
    expect(bodies).toHaveLength(3);
    const row = (await db.get('exchange', 'assignments:as-1'))!;
    await db.put('exchange', { ...row, record: { ...row.record, rev: 2 } });
    await announceToTeams(db, isei, hook, await news(db, ['assignments:as-1'], now), now, fetchFn);
    expect(bodies).toHaveLength(4);
    const corrected = release(jstInstant('2026-06-09T19:40:00+09:00'), 2);
    await db.put('exchange', { ...(await db.get('exchange', 'releases:release:isei:2026-06-09'))!, record: corrected });
    await announceToTeams(db, isei, hook, await news(db, [], now), now, fetchFn);
    expect(bodies).toHaveLength(5);
    expect(bodies[4]).toContain('本日の待機は解除されました (19:40)');
  });

  it('waits for the release time: a release published at 19:00 for 21:00 is posted by the first tick at or after 21:00', async () => {
    const { db, keys } = await seeded('teams-6', [release(jstInstant('2026-06-09T21:00:00+09:00'))]);
    const { bodies, fetchFn } = recorder();
    await announceToTeams(db, isei, hook, await news(db, keys, jstInstant('2026-06-09T19:00:00+09:00')), jstInstant('2026-06-09T19:00:00+09:00'), fetchFn);
    expect(bodies.join()).not.toContain('待機は解除');
    await announceToTeams(db, isei, hook, await news(db, [], jstInstant('2026-06-09T20:59:00+09:00')), jstInstant('2026-06-09T20:59:00+09:00'), fetchFn);
    expect(bodies.join()).not.toContain('待機は解除');
    await announceToTeams(db, isei, hook, await news(db, [], jstInstant('2026-06-09T21:01:00+09:00')), jstInstant('2026-06-09T21:01:00+09:00'), fetchFn);
    expect(bodies.filter((b) => b.includes('本日の待機は解除されました (21:00)'))).toHaveLength(1);
  });

  it('never posts a stand-down a 呼び戻し withdrew: the 19:42 release and the 22:00 recall arriving together at 22:05', async () => {
    const { db, keys } = await seeded('teams-7', undefined, (b) => {
      b.records.recalls.push({
        id: 'recall:isei:2026-06-09:2026-06-09T22:00:00+09:00', rev: 1, updatedAt: jstInstant('2026-06-09T22:05:00+09:00'), updatedBy: 'x', deleted: false,
        data: { bureau: 'isei', date: isoDate('2026-06-09'), at: jstInstant('2026-06-09T22:00:00+09:00'), until: null, reason: '追加通告', by: '甲', itemIds: [], text: '' },
      });
    });
    const { bodies, fetchFn } = recorder();
    const at = jstInstant('2026-06-09T22:05:00+09:00');
    await announceToTeams(db, isei, hook, await news(db, keys, at), at, fetchFn);
    expect(bodies.join()).not.toContain('待機は解除');
  });

  it('posts a stand-down reached after midnight: the 9th’s night released at 01:30 on the 10th', async () => {
    const { db, keys } = await seeded('teams-8', [release(jstInstant('2026-06-10T01:30:00+09:00'))]);
    const { bodies, fetchFn } = recorder();
    const at = jstInstant('2026-06-10T01:31:00+09:00');
    await announceToTeams(db, isei, hook, await news(db, keys, at), at, fetchFn);
    expect(bodies.join()).toContain('医政局: 本日の待機は解除されました (01:30)');
  });

  it('sends an Adaptive Card 1.4 in the Workflows message envelope', async () => {
    const { db } = await seeded('teams-5');
    const bodies: unknown[] = [];
    await announceToTeams(db, isei, hook, await news(db, [], now), now, (async (_u: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(JSON.parse(String(init?.body)));
      return new Response(null, { status: 202 });
    }) as typeof fetch);
    expect(bodies[0]).toMatchObject({
      type: 'message',
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', contentUrl: null, content: { type: 'AdaptiveCard', version: '1.4' } }],
    });
  });

  it('posts nothing without a webhook URL', async () => {
    const { db, keys } = await seeded('teams-3');
    expect(await announceToTeams(db, isei, '', await news(db, keys, now), now, (() => { throw new Error('must not post'); }) as typeof fetch)).toEqual([]);
  });
});
