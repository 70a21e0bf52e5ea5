/** @file runNotify: badge = overdue or due within 24 h; 60/15-minute and stand-down notifications once each. */
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { applyBundle, openDietDb } from '@shared/index';
import { runNotify } from '../../../extension/background/notify-run';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { jstInstant } from '../../helpers/dates';

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

  it('clears the badge when no bureau is chosen', async () => {
    const db = await openDietDb('notify-2', new IDBFactory());
    const { badges, port } = fakePort();
    expect(await runNotify(db, undefined, at('11:00'), port)).toBeUndefined();
    expect(badges).toEqual(['']);
  });
});
