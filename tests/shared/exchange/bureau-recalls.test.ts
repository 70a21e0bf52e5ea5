/**
 * bureauRecalls / bureauView / dueNotifications for a recall (shared/evening/RULES.md §9.5): 医政局 released at 19:42,
 * recalled at 22:00 by 甲's 追加通告 — the stand-down is withdrawn while recalled, the recall is notified once, and a
 * stand-down after the recall ended (23:10) is notified again.
 */
import { describe, expect, it } from 'vitest';
import { type ExchangeBundle, type JstInstant, bureauRecalls, bureauView, dueNotifications, recallTitle } from '@shared/index';
import { bureauBundle } from './bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局' };
const at = (time: string, day = '2026-06-09') => jstInstant(`${day}T${time}:00+09:00`);
const RECALL = 'recall:isei:2026-06-09:2026-06-09T22:00:00+09:00';

function evening(options: { until?: JstInstant | null; releasedAt?: JstInstant; rev?: number } = {}): ExchangeBundle {
  const b = bureauBundle();
  b.records.releases.push({
    id: 'release:isei:2026-06-09', rev: options.rev ?? 1, updatedAt: at('19:42'), updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: options.releasedAt ?? at('19:42'), reason: '割振りなし', by: '山田' },
  });
  b.records.recalls.push({
    id: RECALL, rev: 1, updatedAt: at('22:05'), updatedBy: 'x', deleted: false,
    data: {
      bureau: 'isei', date: isoDate('2026-06-09'), at: at('22:00'), until: options.until ?? null, reason: '追加通告', by: '甲',
      itemIds: ['n-kou-2#問1'], text: '6/9(火) 22:00 に追加通告 (甲) で呼び戻し',
    },
  });
  return b;
}

describe('a recall in the bureau’s view', () => {
  it('says 「呼び戻し 22:00 追加通告 (甲委員)」, and 「(保険局から)」 for a 合議 request', () => {
    expect(recallTitle({ at: at('22:00'), reason: '追加通告', by: '甲' })).toBe('呼び戻し 22:00 追加通告 (甲委員)');
    expect(recallTitle({ at: at('21:30'), reason: '合議依頼', by: '保険局' })).toBe('呼び戻し 21:30 合議依頼 (保険局から)');
  });

  it('withdraws the stand-down while recalled, and not before the recall came', () => {
    expect(bureauView(evening().records, isei, at('21:00'))).toMatchObject({ release: { releasedAt: at('19:42') }, recalls: [] });
    const recalled = bureauView(evening().records, isei, at('22:10'));
    expect(recalled.release).toBeUndefined();
    expect(recalled.recall).toMatchObject({ id: RECALL, reason: '追加通告', by: '甲' });
    // After midnight the recall of the standby day 6/9 is still tonight's.
    expect(bureauRecalls(evening().records, isei, at('01:00', '2026-06-10')).active?.id).toBe(RECALL);
    // Another bureau's recall is not mine.
    expect(bureauView(evening().records, { id: 'hoken', name: '保険局' }, at('22:10')).recalls).toEqual([]);
  });

  it('shows the stand-down again once the recall ended and the bureau was released again', () => {
    const view = bureauView(evening({ until: at('23:10'), releasedAt: at('23:12'), rev: 3 }).records, isei, at('23:15'));
    expect(view.recall).toBeUndefined();
    expect(view.recalls.map((r) => r.id)).toEqual([RECALL]);
    expect(view.release).toMatchObject({ releasedAt: at('23:12') });
  });

  it('notifies the recall once, and the stand-down after it again (its record kept its id)', () => {
    const sent = new Set<string>();
    const run = (b: ExchangeBundle, time: string) => {
      const due = dueNotifications(bureauView(b.records, isei, at(time)), at(time), sent);
      due.forEach((n) => sent.add(n.id));
      return due.map((n) => [n.id, n.title]);
    };
    expect(run(evening(), '19:45')).toEqual([['release:release:isei:2026-06-09', '本日の待機は解除されました (19:42)']]);
    expect(run(evening(), '22:05')).toEqual([[`recall:${RECALL}`, '呼び戻し 22:00 追加通告 (甲委員)']]);
    expect(run(evening(), '22:30')).toEqual([]);
    const again = evening({ until: at('23:10'), releasedAt: at('23:12'), rev: 3 });
    expect(run(again, '23:15')).toEqual([['release:release:isei:2026-06-09@2026-06-09T23:12:00+09:00', '本日の待機は解除されました (23:12)']]);
    expect(run(again, '23:30')).toEqual([]);
  });
});
