// @vitest-environment happy-dom
/**
 * @file The popup when my bureau is called back (shared/evening/RULES.md §9.5): 医政局 released at 19:42 and recalled at
 * 22:00 by 甲's 追加通告 — the recall is said at the top in words (role alert), the stand-down banner is gone; once the
 * recall ended and the bureau was released again, the stand-down shows and tonight's recall is listed with its end.
 */
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { type JstInstant, applyBundle, defaultBureaus, openDietDb } from '@shared/index';
import { type PopupData, popupData } from '../../../extension/background/feed-popup-data';
import { mountPopup as mount } from './mount-popup';
import { bureauBundle } from '../../shared/exchange/bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const at = (time: string) => jstInstant(`2026-06-09T${time}:00+09:00`);

async function dataAt(now: JstInstant, recall: { until: JstInstant | null; releasedAt: JstInstant }): Promise<PopupData> {
  const db = await openDietDb(`recall-${Math.random()}`, new IDBFactory());
  const b = bureauBundle();
  b.records.releases.push({
    id: 'release:isei:2026-06-09', rev: 1, updatedAt: now, updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: recall.releasedAt, reason: '', by: '山田' },
  });
  b.records.recalls.push({
    id: 'recall:isei:2026-06-09:2026-06-09T22:00:00+09:00', rev: 1, updatedAt: at('22:05'), updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), at: at('22:00'), until: recall.until, reason: '追加通告', by: '甲', itemIds: [], text: '6/9(火) 22:00 に追加通告 (甲) で呼び戻し' },
  });
  await applyBundle(db, b);
  return popupData(db, defaultBureaus, { bureauId: 'isei', feedUrl: '' }, now);
}

afterEach(() => document.body.replaceChildren());

describe('RecallBanner', () => {
  it('says the recall at the top and withdraws the stand-down banner while recalled', async () => {
    const { root } = mount(await dataAt(at('22:10'), { until: null, releasedAt: at('19:42') }));
    const alert = root.querySelector('.banner.recall[role=alert]')!;
    expect(alert.textContent).toBe('呼び戻し 22:00 追加通告 (甲委員) — 待機を続けてください。6/9(火) 22:00 に追加通告 (甲) で呼び戻し');
    expect(root.textContent).not.toContain('本日の待機は解除されました');
  });

  it('shows the stand-down again after the recall ended, and lists tonight’s recall with its end', async () => {
    const { root } = mount(await dataAt(at('23:15'), { until: at('23:10'), releasedAt: at('23:12') }));
    expect(root.querySelector('.banner.recall')).toBeNull();
    expect(root.textContent).toContain('本日の待機は解除されました (23:12)');
    expect(root.textContent).toContain('今夜の呼び戻し: 呼び戻し 22:00 追加通告 (甲委員)〜23:10');
  });
});
