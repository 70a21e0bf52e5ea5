/** @file groupFetchFailures: failures grouped by reason, in a fixed order, each with its Japanese title and advice. */
import { describe, expect, it } from 'vitest';
import { type FetchFailure, fetchFailureReasons, fetchFailureTexts, groupFetchFailures } from '@shared/index';

const failure = (reason: FetchFailure['reason'], n: number): FetchFailure => ({
  reason, key: `shugiin-221-${n}`, label: `第${n}号 (経過ページ)`, url: `https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221${String(n).padStart(3, '0')}.htm`, message: 'm',
});

describe('groupFetchFailures', () => {
  it('groups by reason in the fixed order, keeping page order inside a group', () => {
    const groups = groupFetchFailures([failure('network', 1), failure('notFound', 2), failure('network', 3), failure('notFound', 4)]);
    expect(groups.map((g) => [g.reason, g.title, g.failures.map((f) => f.label)])).toEqual([
      ['notFound', 'ページがありません (HTTP 404)', ['第2号 (経過ページ)', '第4号 (経過ページ)']],
      ['network', '接続できません', ['第1号 (経過ページ)', '第3号 (経過ページ)']],
    ]);
    expect(groups[0]!.advice).toContain('「再試行」');
    expect(groupFetchFailures([])).toEqual([]);
  });

  it('every reason has a Japanese title and advice', () => {
    for (const reason of fetchFailureReasons) {
      expect(fetchFailureTexts[reason].title).toMatch(/[ぁ-んァ-ン一-龥]/);
      expect(fetchFailureTexts[reason].advice).toMatch(/。$/);
    }
  });
});
