/** @file dueNotifications: 60 and 15 minutes before a milestone and on release, each once. */
import { describe, expect, it } from 'vitest';
import { bureauView, dueNotifications } from '@shared/index';
import { bureauBundle } from './bureau-fixture';
import { isoDate, jstInstant } from '../../helpers/dates';

const isei = { id: 'isei', name: '医政局' };
const at = (time: string) => jstInstant(`2026-06-09T${time}:00+09:00`);

describe('dueNotifications', () => {
  it('fires the 60-minute notice, then the 15-minute notice, each once', () => {
    const sent = new Set<string>();
    const run = (time: string) => {
      const due = dueNotifications(bureauView(bureauBundle().records, isei, at(time)), at(time), sent);
      due.forEach((n) => sent.add(n.id));
      return due.map((n) => n.id);
    };
    expect(run('16:30')).toEqual([]);
    expect(run('17:00')).toEqual(['m-draft-1@60']);
    expect(run('17:20')).toEqual([]);
    expect(run('17:45')).toEqual(['m-draft-1@15']);
    expect(run('17:50')).toEqual([]);
    expect(run('18:01')).toEqual([]);
  });

  it('says the milestone and time in Japanese', () => {
    const [n] = dueNotifications(bureauView(bureauBundle().records, isei, at('17:00')), at('17:00'), new Set());
    expect(n!.title).toBe('原案まで あと 60 分');
    expect(n!.message).toMatch(/^医師の働き方改革に関する質問主意書 一 \(執筆\) — 令和8年6月9日.*18:00 まで$/);
  });

  it('notifies a stand-down once', () => {
    const b = bureauBundle();
    b.records.releases.push({
      id: 'rel-1', rev: 1, updatedAt: at('19:42'), updatedBy: 'x', deleted: false,
      data: { bureau: '医政局', date: isoDate('2026-06-09'), releasedAt: at('19:42'), reason: '割振りなし', by: '' },
    });
    const view = bureauView(b.records, isei, at('19:43'));
    const first = dueNotifications(view, at('19:43'), new Set());
    expect(first.map((n) => n.title)).toEqual(['本日の待機は解除されました (19:42)']);
    expect(dueNotifications(view, at('19:44'), new Set(first.map((n) => n.id)))).toEqual([]);
  });
});
