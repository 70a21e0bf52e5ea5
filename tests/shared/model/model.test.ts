import { describe, expect, it } from 'vitest';
import { assignmentSchema, committeeNoticeSchema, defaultBureaus, writtenQuestionKey, writtenQuestionSchema } from '@shared/index';

describe('zod model', () => {
  it('accepts a written question as captured from the 参議院 detail page and fills defaults', () => {
    const q = writtenQuestionSchema.parse({
      kind: 'written', house: 'sangiin', session: 221, number: 1,
      title: '点字版選挙公報の遅延及び投票環境の不備に関する質問主意書', submitters: ['石垣　のりこ'],
      submittedOn: '2026-02-20', transferredOn: '2026-03-02', answeredOn: '2026-03-06',
    });
    expect(q.extensions).toEqual([]);
    expect(q.userEdited).toEqual([]);
    expect(writtenQuestionKey(q)).toBe('sangiin-221-1');
  });

  it('rejects 和暦 text where a YYYY-MM-DD date belongs, and an unknown house', () => {
    expect(writtenQuestionSchema.safeParse({ kind: 'written', house: 'sangiin', session: 221, number: 1, title: 't', submitters: [], transferredOn: '令和8年3月2日' }).success).toBe(false);
    expect(writtenQuestionSchema.safeParse({ kind: 'written', house: 'kizokuin', session: 1, number: 1, title: 't', submitters: [] }).success).toBe(false);
  });

  it('needs at least one 問 and a JST instant for a committee notice', () => {
    const base = { kind: 'notice', id: 'n', house: 'shugiin', committee: '厚生労働委員会', sittingOn: '2026-06-11', startTime: '09:00', member: '議員A', receivedAt: '2026-06-10T15:40:00+09:00', items: [{ label: '問1', text: '…' }] };
    expect(committeeNoticeSchema.safeParse(base).success).toBe(true);
    expect(committeeNoticeSchema.safeParse({ ...base, items: [] }).success).toBe(false);
    expect(committeeNoticeSchema.safeParse({ ...base, receivedAt: '6月10日 15:40' }).success).toBe(false);
  });

  it('knows only the three roles and four states of an assignment', () => {
    const a = { id: 'a', questionKey: 'sangiin-221-1', itemLabel: '一', bureau: '保険局', role: '執筆', state: 'proposed', proposedAt: '2026-03-02T10:00:00+09:00' };
    expect(assignmentSchema.parse(a).division).toBe('');
    expect(assignmentSchema.safeParse({ ...a, role: '主担当' }).success).toBe(false);
    expect(assignmentSchema.safeParse({ ...a, state: 'done' }).success).toBe(false);
  });

  it('ships the MHLW bureau directory as data with unique ids and names', () => {
    expect(new Set(defaultBureaus.map((b) => b.id)).size).toBe(defaultBureaus.length);
    expect(new Set(defaultBureaus.map((b) => b.name)).size).toBe(defaultBureaus.length);
    expect(defaultBureaus.map((b) => b.name)).toContain('保険局');
  });
});
