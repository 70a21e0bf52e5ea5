/** @file runNotify: badge = overdue or due within 24 h; 60/15-minute and stand-down notifications once each. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyBundle, openDietDb } from '@shared/index';
import { runNotify } from '../../../extension/background/notify-run';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局', divisions: [], otherDirected: true };
const at = (time: string) => jstInstant(`2026-06-09T${time}:00+09:00`);

function fakePort() {
  const badges: string[] = [];
  const shown: { id: string; title: string }[] = [];
  return { badges, shown, port: { setBadge: (text: string) => void badges.push(text), notify: (id: string, title: string) => void shown.push({ id, title }) } };
}

describe('runNotify', () => {
  it('sets the badge and shows each notification once across passes', async () => {
    const db = await openDietDb('notify-1', new IDBFactory());
    await applyBundle(db, bureauBundle());
    const { badges, shown, port } = fakePort();
    for (const time of ['11:00', '17:00', '17:01', '17:46', '17:50']) await runNotify(db, isei, at(time), port);
    expect(badges).toEqual(['1', '1', '1', '1', '1']);
    expect(shown.map((n) => n.id)).toEqual(['m-draft-1@60', 'm-draft-1@15']);
    expect(shown[0]!.title).toBe('原案まで あと 60 分');
  });

  it('notifies a 呼び戻し once, across passes (shared/evening/RULES.md §9.5)', async () => {
    const db = await openDietDb('notify-3', new IDBFactory());
    const b = bureauBundle();
    b.records.recalls.push({
      id: 'recall:isei:2026-06-09:2026-06-09T22:00:00+09:00', rev: 1, updatedAt: at('22:05'), updatedBy: 'x', deleted: false,
      data: { bureau: 'isei', date: isoDate('2026-06-09'), at: at('22:00'), until: null, reason: '追加通告', by: '甲', itemIds: [], text: '' },
    });
    await applyBundle(db, b);
    const { shown, port } = fakePort();
    for (const time of ['21:59', '22:05', '22:30', '23:00']) await runNotify(db, isei, at(time), port);
    expect(shown).toEqual([{ id: 'recall:recall:isei:2026-06-09:2026-06-09T22:00:00+09:00', title: '呼び戻し 22:00 追加通告 (甲委員)' }]);
  });

  it('clears the badge when no bureau is chosen', async () => {
    const db = await openDietDb('notify-2', new IDBFactory());
    const { badges, port } = fakePort();
    expect(await runNotify(db, undefined, at('11:00'), port)).toBeUndefined();
    expect(badges).toEqual(['']);
  });
});
