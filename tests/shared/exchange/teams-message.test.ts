/** @file teamsMessage: the Adaptive Card posted to a Teams Workflows webhook, in Japanese. */
import { describe, expect, it } from 'vitest';
import { teamsMessage } from '@shared/index';
import { fakeAssignmentRecord } from './fake-bundle';
import { isoDate, jstInstant } from '../../helpers/dates';

describe('teamsMessage', () => {
  it('builds a stand-down card with the bureau and 和暦 time', () => {
    const payload = teamsMessage({
      kind: 'release', bureauName: '医政局',
      release: { bureau: 'isei', date: isoDate('2026-06-09'), releasedAt: jstInstant('2026-06-09T19:42:00+09:00'), reason: '割振りなし', by: '官房総務課' },
    });
    expect(payload.type).toBe('message');
    const card = payload.attachments[0]!;
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const body = card.content.body as { text?: string; facts?: { title: string; value: string }[] }[];
    expect(body[0]!.text).toBe('医政局: 本日の待機は解除されました (19:42)');
    expect(body[1]!.facts).toContainEqual({ title: '解除時刻', value: expect.stringMatching(/^令和8年6月9日.*19:42$/) });
    expect(body[1]!.facts).toContainEqual({ title: '理由', value: '割振りなし' });
  });

  it('builds a new-assignment card with 問 and role', () => {
    const payload = teamsMessage({ kind: 'assignment', bureauName: '保険局', assignment: fakeAssignmentRecord('a1', 1, { itemLabel: '問3', role: '合議' }).data!, questionTitle: '質問主意書' });
    const body = payload.attachments[0]!.content.body as { text?: string; facts?: unknown[] }[];
    expect(body[0]!.text).toBe('保険局: 新しい割振り 問3 (合議)');
    expect(body[1]!.facts).toContainEqual({ title: '役割', value: '合議' });
  });

  it('builds a reminder card: the counts, then each line as plain text (no links, no emphasis)', () => {
    const payload = teamsMessage({ kind: 'reminder', bureauName: '医政局', notAccepted: 2, notReported: 1, lines: ['未受諾 2 件: …', '・参議院 第221回 第37号 問一 [link](http://x) 割振りから 45 分'] });
    const content = payload.attachments[0]!.content;
    expect(content).toMatchObject({ type: 'AdaptiveCard', version: '1.4' });
    const body = content.body as { text: string }[];
    expect(body[0]!.text).toBe('医政局: 未受諾 2 件・未報告 1 件');
    expect(body).toHaveLength(3);
    expect(body[2]!.text).not.toContain('[link](http://x)');
  });
});
