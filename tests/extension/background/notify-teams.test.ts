/** @file announceToTeams: posts my bureau's new stand-down and assignments once each (202 = success); failures recorded, bounded retries. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyBundle, openDietDb } from '@shared/index';
import { TEAMS_MAX_ATTEMPTS, TEAMS_STATUS_KEY, announceToTeams } from '../../../extension/background/notify-teams';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局', divisions: [], otherDirected: true };
const now = jstInstant('2026-06-09T19:43:00+09:00');
const hook = 'https://prod.example.logic.azure.com/workflows/abc';

async function seeded(name: string) {
  const db = await openDietDb(name, new IDBFactory());
  const b = bureauBundle();
  b.records.releases.push({
    id: 'rel-1', rev: 1, updatedAt: now, updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: jstInstant('2026-06-09T19:42:00+09:00'), reason: '割振りなし', by: '官房総務課' },
  });
  const result = await applyBundle(db, b);
  return { db, keys: result.addedKeys };
}

describe('announceToTeams', () => {
  it('posts one card per new record of my bureau (stand-down and assignments), none for other bureaus', async () => {
    const { db, keys } = await seeded('teams-1');
    const bodies: string[] = [];
    const fetchFn = (async (_u: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(String(init?.body));
      return new Response(null, { status: 202 });
    }) as typeof fetch;
    const statuses = await announceToTeams(db, isei, hook, keys, now, fetchFn);
    expect(statuses.every((s) => s.ok)).toBe(true);
    expect(bodies).toHaveLength(3);
    expect(bodies.join()).toContain('医政局: 本日の待機は解除されました (19:42)');
    expect(bodies.join()).toContain('医政局: 新しい割振り 一 (執筆)');
    expect(bodies.join()).not.toContain('三');
  });

  it('records a Japanese failure for the popup and stops after a bounded number of attempts', async () => {
    const { db, keys } = await seeded('teams-2');
    let calls = 0;
    const failing = (async () => {
      calls++;
      return new Response('busy', { status: 503 });
    }) as typeof fetch;
    const statuses = await announceToTeams(db, isei, hook, keys.filter((k) => k.startsWith('releases:')), now, failing);
    expect(calls).toBe(TEAMS_MAX_ATTEMPTS);
    expect(statuses).toEqual([{ at: now, ok: false, message: 'Teams への投稿に失敗しました (HTTP 503)。Webhook URL を確認してください。' }]);
    expect((await db.get('settings', TEAMS_STATUS_KEY))?.value).toMatchObject({ ok: false });
  });

  it('posts each event once: the same records seen again (a re-fetch) post nothing; a new 版 of one posts again', async () => {
    const { db, keys } = await seeded('teams-4');
    const bodies: string[] = [];
    const accepted = (async (_u: RequestInfo | URL, init?: RequestInit) => {
      bodies.push(String(init?.body));
      return new Response(null, { status: 202, statusText: 'Accepted' });
    }) as typeof fetch;
    await announceToTeams(db, isei, hook, keys, now, accepted);
    expect(bodies).toHaveLength(3);
    expect(await announceToTeams(db, isei, hook, keys, now, accepted)).toEqual([]);
    expect(bodies).toHaveLength(3);
    const row = (await db.get('exchange', 'releases:rel-1'))!;
    await db.put('exchange', { ...row, record: { ...row.record, rev: 2 } });
    await announceToTeams(db, isei, hook, ['releases:rel-1'], now, accepted);
    expect(bodies).toHaveLength(4);
  });

  it('sends an Adaptive Card 1.4 in the Workflows message envelope', async () => {
    const { db, keys } = await seeded('teams-5');
    const bodies: unknown[] = [];
    await announceToTeams(db, isei, hook, keys.filter((k) => k.startsWith('releases:')), now, (async (_u: RequestInfo | URL, init?: RequestInit) => {
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
    expect(await announceToTeams(db, isei, '', keys, now, (() => { throw new Error('must not post'); }) as typeof fetch)).toEqual([]);
  });
});
