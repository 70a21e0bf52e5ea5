/**
 * @file releaseRecords: 「待機解除を確定」 records the standby day the bureau waited for — a confirmation at 01:30 on
 * the 10th releases the 9th's night (record id and date agree), so every popup shows it as tonight's stand-down.
 */
import { describe, expect, it } from 'vitest';
import { type IsoDate, bureauView, emptyBundle, releaseRecordId } from '@shared/index';
import { releaseRecords } from '../../../addin/board/store/release-records';
import type { StandbyGroup } from '../../../addin/board/evening/standby-groups';
import { isoDate, jstInstant } from '../../helpers/dates';

/** 医政局 on the 9th's standby, 解除可 from 01:20 on the 10th. */
function group(standbyDay: IsoDate): StandbyGroup {
  return {
    id: releaseRecordId('isei', standbyDay), standbyDay, bureau: 'isei', name: '医政局', status: 'released',
    releaseAt: jstInstant('2026-06-10T01:20:00+09:00'), finishAt: jstInstant('2026-06-10T01:20:00+09:00'), reason: '答弁作成終了',
    draftCount: 3, concurrenceCount: 0, memoCount: 0, drafters: 30, hours: 7.08, lateNightHours: 3.33, staffHours: 212.5,
    standbyFrom: jstInstant('2026-06-09T18:15:00+09:00'), sittings: ['厚生労働委員会@2026-06-10'], recalls: [], duty: null, holds: [],
    decision: null, staleConfirmation: false, releasable: true, recalled: false,
  };
}

describe('releaseRecords', () => {
  it('a confirmation after midnight is of the standby day, and the popup shows it at once', () => {
    const now = jstInstant('2026-06-10T01:30:00+09:00');
    const store = emptyBundle('addin:官房総務課', now, 3);
    const { bundle, confirmed } = releaseRecords(store, [group(isoDate('2026-06-09'))], now, { by: '山田', producer: '官房総務課', confirm: true });
    expect(confirmed).toHaveLength(1);
    const record = bundle.records.releases[0]!;
    expect(record.id).toBe('release:isei:2026-06-09');
    expect(record.data).toEqual({ bureau: 'isei', date: '2026-06-09', releasedAt: now, reason: '答弁作成終了', by: '山田' });
    expect(bureauView(bundle.records, { id: 'isei', name: '医政局' }, jstInstant('2026-06-10T01:31:00+09:00')).release?.releasedAt).toBe(now);
  });
});
