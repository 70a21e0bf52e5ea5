/**
 * @file issuesText: a failed zod parse becomes one Japanese line 「path: message」 (「(全体)」 for the value itself),
 * at most five issues then 「ほか N 件」; zod's built-in messages are Japanese when parsed with japaneseIssues,
 * a schema's own Japanese message is kept.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { issueLines, issuesText, japaneseIssues } from '@shared/index';

const schema = z.object({
  sittingOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日付は YYYY-MM-DD 形式です'),
  items: z.array(z.object({ text: z.string() })).min(1, '問が 1 つもありません'),
});

describe('issuesText', () => {
  it('writes each issue as path: message with the schema\'s own Japanese message', () => {
    const parsed = schema.safeParse({ sittingOn: '令和8年6月10日', items: [] }, { error: japaneseIssues });
    expect(issueLines(parsed.error!)).toEqual(['sittingOn: 日付は YYYY-MM-DD 形式です', 'items: 問が 1 つもありません']);
    expect(issuesText(parsed.error!)).toBe('sittingOn: 日付は YYYY-MM-DD 形式です, items: 問が 1 つもありません');
  });

  it('turns zod\'s built-in English messages into zod\'s Japanese ones, with nested paths joined by dots', () => {
    const parsed = schema.safeParse({ sittingOn: '2026-06-10', items: [{ text: 3 }] }, { error: japaneseIssues });
    const text = issuesText(parsed.error!);
    expect(text).toMatch(/^items\.0\.text: 無効な入力/);
    expect(text).not.toMatch(/Invalid|expected/);
  });

  it('names the whole value (全体) when the issue has no path', () => {
    const parsed = z.string().safeParse(1, { error: japaneseIssues });
    expect(issuesText(parsed.error!)).toMatch(/^\(全体\): 無効な入力/);
  });

  it('lists the first five issues and counts the rest as ほか N 件', () => {
    const many = z.array(z.number()).safeParse(['a', 'b', 'c', 'd', 'e', 'f', 'g'], { error: japaneseIssues });
    const text = issuesText(many.error!);
    expect(text.split(', ')).toHaveLength(5);
    expect(text).toMatch(/^0: .*, 4: .* ほか 2 件$/);
    expect(issueLines(many.error!)).toHaveLength(7);
  });
});
