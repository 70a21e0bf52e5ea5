/**
 * @file The standby night runs past midnight (inStandbyNight, bureauView, bureauRecalls, dueNotifications): the 9th's
 * night is still in force at 01:30 on the 10th — a release reached then is 「本日の待機は解除されました」 in the popup
 * and its notification — and it ends at the 始業 09:30 of the 10th (BureauRules.standbyNightEndsAt), after which
 * neither the 9th's release nor its 呼び戻し is shown. A release made after that end (Saturday 10:00, for Friday's
 * standby before a Monday sitting) holds until the next night's end.
 */
import { describe, expect, it } from 'vitest';
import { type ExchangeBundle, type JstInstant, bureauView, defaultBureauRules, dueNotifications, inStandbyNight, standbyNightEnd } from '@shared/index';
import { bureauBundle } from './bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局' };
const at = (day: string, time: string) => jstInstant(`2026-06-${day}T${time}:00+09:00`);

/** 医政局: the 9th's night, recalled at 22:00 by 甲's 追加通告 and released at `releasedAt` (after midnight). */
function lateNight(releasedAt: JstInstant, recallUntil: JstInstant | null = releasedAt): ExchangeBundle {
  const b = bureauBundle();
  b.records.releases.push({
    id: 'release:isei:2026-06-09', rev: 1, updatedAt: releasedAt, updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt, reason: '答弁作成終了', by: '官房総務課' },
  });
  b.records.recalls.push({
    id: 'recall:isei:2026-06-09:2026-06-09T22:00:00+09:00', rev: 1, updatedAt: releasedAt, updatedBy: 'x', deleted: false,
    data: { bureau: 'isei', date: isoDate('2026-06-09'), at: at('09', '22:00'), until: recallUntil, reason: '追加通告', by: '甲', itemIds: [], text: '' },
  });
  return b;
}

describe('the standby night past midnight', () => {
  it('standbyNightEnd: 09:30 after the standby day, or after the record’s time when that is later', () => {
    const rules = defaultBureauRules;
    expect(standbyNightEnd(isoDate('2026-06-09'), at('09', '19:42'), rules)).toBe(at('10', '09:30'));
    expect(standbyNightEnd(isoDate('2026-06-09'), at('10', '01:30'), rules)).toBe(at('10', '09:30'));
    expect(standbyNightEnd(isoDate('2026-06-10'), at('10', '08:00'), rules)).toBe(at('11', '09:30'));
    // Friday 12th's standby (a Monday sitting), confirmed on Saturday 13th at 10:00: until Sunday 09:30.
    expect(standbyNightEnd(isoDate('2026-06-12'), at('13', '10:00'), rules)).toBe(at('14', '09:30'));
    expect(inStandbyNight(isoDate('2026-06-12'), at('13', '10:00'), at('13', '10:00'), rules)).toBe(true);
    expect(inStandbyNight(isoDate('2026-06-12'), at('13', '10:00'), at('13', '09:59'), rules)).toBe(false);
    expect(inStandbyNight(isoDate('2026-06-12'), at('13', '10:00'), at('14', '09:30'), rules)).toBe(false);
  });

  it('a release at 01:30 for the 9th’s night: shown and notified at 01:31, not at 01:29 (its time not come)', () => {
    const b = lateNight(at('10', '01:30'));
    expect(bureauView(b.records, isei, at('10', '01:29')).release).toBeUndefined();
    expect(bureauView(b.records, isei, at('10', '01:29')).recall?.reason).toBe('追加通告');
    const view = bureauView(b.records, isei, at('10', '01:31'));
    expect(view.release).toMatchObject({ releasedAt: at('10', '01:30'), date: '2026-06-09' });
    expect(view.recall).toBeUndefined();
    expect(dueNotifications(view, at('10', '01:31'), new Set()).map((n) => n.title)).toContain('本日の待機は解除されました (01:30)');
  });

  it('the night ends at 09:30: the 9th’s release and recalls are shown at 09:29, not at 09:30', () => {
    const b = lateNight(at('10', '01:30'));
    expect(bureauView(b.records, isei, at('10', '09:29'))).toMatchObject({ release: { releasedAt: at('10', '01:30') } });
    expect(bureauView(b.records, isei, at('10', '09:29')).recalls).toHaveLength(1);
    const morning = bureauView(b.records, isei, at('10', '09:30'));
    expect(morning.release).toBeUndefined();
    expect(morning.recalls).toEqual([]);
  });

  it('a recall still open after midnight keeps the 19:42 release withdrawn at 02:00', () => {
    const b = lateNight(at('09', '19:42'), null);
    const view = bureauView(b.records, isei, at('10', '02:00'));
    expect(view.release).toBeUndefined();
    expect(view.recall).toMatchObject({ reason: '追加通告', until: null });
  });

  it('the new day’s own release (decided at 08:00 on the 10th) wins over the night’s', () => {
    const b = lateNight(at('10', '01:30'));
    b.records.releases.push({
      id: 'release:isei:2026-06-10', rev: 1, updatedAt: at('10', '08:00'), updatedBy: 'x', deleted: false,
      data: { bureau: 'isei', date: isoDate('2026-06-10'), releasedAt: at('10', '08:00'), reason: '割振りなし', by: '官房総務課' },
    });
    expect(bureauView(b.records, isei, at('10', '08:01')).release).toMatchObject({ date: '2026-06-10', releasedAt: at('10', '08:00') });
  });
});
