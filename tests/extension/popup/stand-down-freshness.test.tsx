// @vitest-environment happy-dom
/**
 * @file A stand-down on old data (standDownFreshness): 医政局 released at 19:42. With the feed fetched at 21:58 (5-minute
 * refresh) the banner is plain at 22:00; with the last good fetch at 20:00 — the PC slept, or the feed is down — it
 * says when its data is from and that a recall since may be missing, instead of hiding the stand-down it knows of.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { type JstInstant, applyBundle, defaultBureauRules, defaultBureaus, openDietDb, standDownFreshness } from '@shared/index';
import { popupData } from '../../../extension/background/feed-popup-data';
import { saveFeedState } from '../../../extension/background/feed-state';
import { mountPopup as mount } from './mount-popup';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const at = (time: string) => jstInstant(`2026-06-09T${time}:00+09:00`);
const FEED = 'https://intra.example.go.jp/feed.json';

async function popupAt(now: JstInstant, feed: { fetchedAt?: JstInstant; error?: string } | null, feedUrl = FEED) {
  const db = await openDietDb(`fresh-${Math.random()}`, new IDBFactory());
  const b = bureauBundle();
  b.records.releases.push({
    id: 'release:isei:2026-06-09', rev: 1, updatedAt: at('19:42'), updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: at('19:42'), reason: '割振りなし', by: '山田' },
  });
  await applyBundle(db, b);
  if (feed) await saveFeedState(db, { url: feedUrl, failures: feed.error ? 1 : 0, ...feed });
  return popupData(db, defaultBureaus, { bureauId: 'isei', feedUrl, refreshMinutes: 5 }, now);
}

afterEach(() => document.body.replaceChildren());

describe('standDownFreshness', () => {
  const fresh = { configured: true, failing: false, refreshMinutes: 5 };
  it('is stale after two missed refreshes, after a failed fetch, or before any fetch; never without a feed', () => {
    expect(standDownFreshness({ ...fresh, fetchedAt: at('21:50') }, at('22:00'), defaultBureauRules)).toEqual({ stale: false });
    expect(standDownFreshness({ ...fresh, fetchedAt: at('21:49') }, at('22:00'), defaultBureauRules)).toEqual({ stale: true, asOf: at('21:49') });
    expect(standDownFreshness({ ...fresh, fetchedAt: at('21:58'), failing: true }, at('22:00'), defaultBureauRules)).toEqual({ stale: true, asOf: at('21:58') });
    expect(standDownFreshness(fresh, at('22:00'), defaultBureauRules)).toEqual({ stale: true, asOf: null });
    expect(standDownFreshness({ ...fresh, configured: false }, at('22:00'), defaultBureauRules)).toEqual({ stale: false });
  });
});

describe('the stand-down banner on old data', () => {
  it('is plain when the feed was fetched two minutes ago', async () => {
    const { root } = mount(await popupAt(at('22:00'), { fetchedAt: at('21:58') }));
    expect(root.querySelector('.banner[role=status]')!.textContent).toBe('本日の待機は解除されました (19:42)');
  });

  it('says when its data is from after two hours without a fetch, and after a failed one', async () => {
    const slept = mount(await popupAt(at('22:00'), { fetchedAt: at('20:00') }));
    expect(slept.root.querySelector('.banner[role=status]')!.textContent).toContain(
      '本日の待機は解除されました (19:42)ただし配信データは最終更新 20:00 のものです。その後の呼び戻しはここに出ていない可能性があります。「更新」で確かめてください。',
    );
    document.body.replaceChildren();
    const down = mount(await popupAt(at('22:00'), { fetchedAt: at('21:58'), error: 'サーバーが応答しません (HTTP 503)' }));
    expect(down.root.querySelector('.banner[role=status]')!.textContent).toContain('ただし配信データは最終更新 21:58 のものです');
  });

  it('says nothing of a feed when the stand-down came from an imported file (no feed set)', async () => {
    const { root } = mount(await popupAt(at('22:00'), null, ''));
    expect(root.querySelector('.banner[role=status]')!.textContent).toBe('本日の待機は解除されました (19:42)');
  });
});
