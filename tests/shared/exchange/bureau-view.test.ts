/** @file bureauView: my bureau's 問 by urgency, role filter, next milestone, tonight's slot, stand-down, badge. */
import { describe, expect, it } from 'vitest';
import { bureauView } from '@shared/index';
import { bureauBundle } from './bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局' };

describe('bureauView', () => {
  it('lists only my bureau (matched by id or name), most urgent first, with the next milestone not yet passed', () => {
    const view = bureauView(bureauBundle().records, isei, jstInstant('2026-06-09T11:00:00+09:00'));
    expect(view.rows.map((r) => [r.itemLabel, r.role, r.nextMilestone?.label])).toEqual([
      ['一', '執筆', '原案'],
      ['二', '合議', '合議了'],
    ]);
    expect(view.rows[0]!.questionTitle).toBe('医師の働き方改革に関する質問主意書');
    expect(view.rows[0]!.sourceUrl).toMatch(/s221037\.htm$/);
    expect(view.rows[0]!.slot?.label).toBe('夕方レク 18:30');
    expect(view.rows[1]!.slot).toBeUndefined();
  });

  it('leaves out the 問 of a question marked 他省庁 (当省分), and shows them again once marked back', () => {
    const b = bureauBundle();
    const mark = (deleted: boolean) => ({
      id: 'sangiin-221-37', rev: deleted ? 2 : 1, updatedAt: jstInstant('2026-06-09T10:00:00+09:00'), updatedBy: '官房総務課', deleted,
      ...(deleted ? {} : { data: { questionKey: 'sangiin-221-37', scope: 'other' as const, ministry: '国土交通省' } }),
    });
    b.records.jurisdictions = [mark(false)];
    expect(bureauView(b.records, isei, jstInstant('2026-06-09T11:00:00+09:00')).rows).toEqual([]);
    b.records.jurisdictions = [mark(true)];
    expect(bureauView(b.records, isei, jstInstant('2026-06-09T11:00:00+09:00')).rows).toHaveLength(2);
  });

  it('filters by role: with 合議 only the 問 my bureau concurs on remain', () => {
    const view = bureauView(bureauBundle().records, isei, jstInstant('2026-06-09T11:00:00+09:00'), '合議');
    expect(view.rows.map((r) => r.itemLabel)).toEqual(['二']);
  });

  it('counts on the badge what is overdue or due within 24 h', () => {
    expect(bureauView(bureauBundle().records, isei, jstInstant('2026-06-09T11:00:00+09:00')).badgeCount).toBe(1);
    expect(bureauView(bureauBundle().records, isei, jstInstant('2026-06-09T18:30:00+09:00')).badgeCount).toBe(2);
    const late = bureauView(bureauBundle().records, isei, jstInstant('2026-06-09T19:00:00+09:00'));
    expect(late.rows[0]!.overdue).toBe(true);
    expect(late.rows[0]!.itemLabel).toBe('一');
  });

  it('shows today\'s stand-down for my bureau only, and drops deleted assignments', () => {
    const b = bureauBundle();
    b.records.releases.push({
      id: 'rel-1', rev: 1, updatedAt: jstInstant('2026-06-09T19:42:00+09:00'), updatedBy: '官房総務課', deleted: false,
      data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: jstInstant('2026-06-09T19:42:00+09:00'), reason: '割振りなし', by: '官房総務課' },
    });
    b.records.assignments[1] = { ...b.records.assignments[1]!, rev: 2, deleted: true, data: undefined };
    const view = bureauView(b.records, isei, jstInstant('2026-06-09T20:00:00+09:00'));
    expect(view.release?.releasedAt).toBe('2026-06-09T19:42:00+09:00');
    expect(view.rows.map((r) => r.itemLabel)).toEqual(['一']);
    // The 9th's night is in force until the 始業 09:30 of the 10th (shared/exchange/standby-night.ts), not after.
    expect(bureauView(b.records, isei, jstInstant('2026-06-10T08:00:00+09:00')).release?.releasedAt).toBe('2026-06-09T19:42:00+09:00');
    expect(bureauView(b.records, isei, jstInstant('2026-06-10T09:30:00+09:00')).release).toBeUndefined();
    expect(bureauView(b.records, { id: 'hoken', name: '保険局' }, jstInstant('2026-06-09T20:00:00+09:00')).release).toBeUndefined();
  });

  it('does not tell a bureau it is released before the release time: at 19:41 a 19:42 release is still ahead', () => {
    const b = bureauBundle();
    b.records.releases.push({
      id: 'rel-1', rev: 1, updatedAt: jstInstant('2026-06-09T11:00:00+09:00'), updatedBy: '官房総務課', deleted: false,
      data: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: jstInstant('2026-06-09T19:42:00+09:00'), reason: '割振りなし', by: '官房総務課' },
    });
    expect(bureauView(b.records, isei, jstInstant('2026-06-09T19:41:59+09:00')).release).toBeUndefined();
    expect(bureauView(b.records, isei, jstInstant('2026-06-09T19:42:00+09:00')).release?.releasedAt).toBe('2026-06-09T19:42:00+09:00');
  });
});
