import { describe, expect, it } from 'vitest';
import {
  type ExchangeBundle, bureauView, emptyBundle, eveningPlanToRecords, exchangeItemId, planEvening, planStandbyDay, validateBundle,
} from '@shared/index';
import { assign, at, dayA, notice, testBureaus } from './evening-fixture';
import { jstInstant } from '../../helpers/dates';

const d = '2026-06-09';
const now = at(d, '16:00');
const opts = { updatedAt: now, updatedBy: 'scheduler:官房総務課' };

/** A bundle with the day's notices, items and assignments plus the planner's records. */
function bundleWith(records: ReturnType<typeof eveningPlanToRecords>): ExchangeBundle {
  const input = dayA();
  const b = emptyBundle('scheduler', now, 1);
  const meta = (id: string) => ({ id, rev: 1, updatedAt: now, updatedBy: 'テスト', deleted: false });
  for (const n of input.notices) {
    for (const it of n.items) b.records.items.push({ ...meta(exchangeItemId(n.id, it.label)), data: { questionKey: n.id, label: it.label, text: `${it.label}の本文` } });
  }
  input.assignments.forEach((a, i) => b.records.assignments.push({
    ...meta(`as-${i}`), data: { id: `as-${i}`, division: '', by: '', note: '', ...a },
  }));
  b.records.slots = records.slots;
  b.records.releases = records.releases;
  b.records.milestones = records.milestones;
  return b;
}

describe('eveningPlanToRecords', () => {
  const plan = planEvening(dayA());
  const records = eveningPlanToRecords([plan], opts);

  it('writes every slot with its 問 ids, keyed by sitting and slot', () => {
    expect(records.slots.map((r) => [r.id, r.rev, r.data!.itemIds])).toEqual([
      ['slot:厚生労働委員会@2026-06-10:evening-1830', 1, ['n1#問1', 'n1#問2']],
      ['slot:厚生労働委員会@2026-06-10:evening-1900', 1, ['n2#問1']],
      ['slot:厚生労働委員会@2026-06-10:evening-1930', 1, []],
      ['slot:厚生労働委員会@2026-06-10:morning-0730', 1, []],
    ]);
    expect(records.slots[0]!.data).toMatchObject({ sitting: '厚生労働委員会@2026-06-10', startAt: at(d, '18:30'), endAt: at(d, '19:00'), label: '夕方レク 18:30', capacity: 60 });
  });

  it('publishes only actual stand-downs by default, forecasts on request', () => {
    expect(records.releases).toEqual([{
      id: 'release:nenkin:2026-06-09', rev: 1, updatedAt: now, updatedBy: opts.updatedBy, deleted: false,
      data: { bureau: 'nenkin', date: d, releasedAt: at(d, '15:10'), reason: '割振り確定 (6/9(火) 15:10) の時点で担当の問がないため待機解除。', by: opts.updatedBy },
    }]);
    const all = eveningPlanToRecords([plan], { ...opts, includeExpectedReleases: true });
    expect(all.releases.map((r) => [r.id, r.data!.releasedAt])).toEqual([
      // Forecasts: after the 夕方レク each attends (医政局 18:30–19:00, 保険局 19:00–19:30).
      ['release:isei:2026-06-09', at(d, '19:00')], ['release:hoken:2026-06-09', at(d, '19:30')], ['release:nenkin:2026-06-09', at(d, '15:10')],
    ]);
  });

  it('writes per-問 deadlines for the drafting bureau and each 合議 bureau', () => {
    expect(records.milestones.filter((m) => m.data!.questionKey === 'n2').map((m) => [m.id, m.data!.bureau, m.data!.label, m.data!.dueAt])).toEqual([
      ['n2#問1@answerDraft', 'hoken', '原案', at(d, '17:30')],
      ['n2#問1@answerConcurrence:isei', 'isei', '合議了', at(d, '18:00')],
      ['n2#問1@sectionChiefApproval', 'hoken', '課長了', at(d, '18:30')],
      ['n2#問1@directorApproval', 'hoken', '局長了', at(d, '19:00')],
    ]);
    expect(records.milestones).toHaveLength(10);
  });

  it('produces a valid version-1 bundle that the popup view reads', () => {
    const bundle = bundleWith(records);
    expect(() => validateBundle(bundle)).not.toThrow();
    const hoken = bureauView(bundle.records, { id: 'hoken', name: '保険局' }, now);
    expect(hoken.rows.map((r) => [r.itemLabel, r.nextMilestone?.label, r.nextMilestone?.dueAt, r.slot?.label])).toEqual([['問1', '原案', at(d, '17:30'), '夕方レク 19:00']]);
    expect(hoken.release).toBeUndefined();
    expect(bureauView(bundle.records, { id: 'nenkin', name: '年金局' }, now).release).toMatchObject({ releasedAt: at(d, '15:10') });
  });

  it('keeps 版 for unchanged records, bumps changed ones and tombstones a withdrawn stand-down', () => {
    expect(eveningPlanToRecords([plan], { ...opts, updatedAt: at(d, '17:00'), previous: records })).toEqual(records);
    const input = dayA();
    input.notices = [...input.notices, notice('n3', 'A', at(d, '20:00'), ['問1'])];
    input.assignments = [...input.assignments, assign('n3', '問1', 'nenkin', '執筆', at(d, '20:10'))];
    const later = { ...opts, updatedAt: at(d, '20:15'), previous: records };
    const next = eveningPlanToRecords([planEvening(input)], later);
    // 年金局 is called back: its stand-down is withdrawn (tombstone at 版 2).
    expect(next.releases).toEqual([{ id: 'release:nenkin:2026-06-09', rev: 2, updatedAt: at(d, '20:15'), updatedBy: opts.updatedBy, deleted: true }]);
    expect(next.slots.filter((s) => s.rev > 1).map((s) => [s.id, s.rev, s.data!.itemIds])).toEqual([['slot:厚生労働委員会@2026-06-10:morning-0730', 2, ['n3#問1']]]);
    expect(next.milestones.filter((m) => m.rev === 1 && m.updatedAt === at(d, '20:15')).map((m) => m.id)).toEqual([
      'n3#問1@answerDraft', 'n3#問1@sectionChiefApproval', 'n3#問1@directorApproval',
    ]);
    expect(() => validateBundle(bundleWith(next))).not.toThrow();
  });

  it('gives a bureau in two sittings one stand-down: the later one, only when both released it', () => {
    const second = dayA();
    second.sitting = { ...second.sitting, id: '予算委員会@2026-06-10', committee: '予算委員会' };
    second.notices = second.notices.map((n) => ({ ...n, id: `y${n.id}`, receivedAt: jstInstant(n.receivedAt.replace('T10:00', 'T16:00')) }));
    second.assignments = second.assignments.map((a) => ({ ...a, questionKey: `y${a.questionKey}`, proposedAt: jstInstant(a.proposedAt.replace(/T1\d:/, 'T16:')), decidedAt: a.decidedAt && jstInstant(a.decidedAt.replace(/T1\d:/, 'T16:')) }));
    // Planned alone, the 予算委員会 sitting would keep everyone (its plan does not know the 厚生労働委員会 sitting of
    // the same day, a 定例日 Wednesday); planned together as one standby day, both are known.
    expect(planEvening(second).bureaus.every((b) => b.status === 'waiting')).toBe(true);
    const plans = planStandbyDay({ sittings: [dayA(), second], bureaus: testBureaus }).sittings;
    const out = eveningPlanToRecords(plans, opts);
    // The second sitting's allocation closes at 16:20 (its last owner), so 年金局 goes home then.
    expect(out.releases.map((r) => [r.id, r.data!.releasedAt])).toEqual([['release:nenkin:2026-06-09', at(d, '16:20')]]);
    expect(out.slots).toHaveLength(8);
  });
});
