/** @file カードの並び: urgency, then 院・回次・号 as numbers (not as text), then the 問's number. */
import { describe, expect, it } from 'vitest';
import { type ExchangeBundle, bureauView, compareItemLabels, emptyBundle, exchangeItemId, itemName, labelNumbers } from '@shared/index';
import { fakeAssignmentRecord } from './fake-bundle';
import { jstInstant } from '../../helpers/dates';

const now = jstInstant('2026-06-09T11:00:00+09:00');
const meta = (id: string) => ({ id, rev: 1, updatedAt: now, updatedBy: '', deleted: false });

function question(b: ExchangeBundle, house: 'shugiin' | 'sangiin', session: number, number: number, labels: string[]): void {
  const key = `${house}-${session}-${number}`;
  b.records.questions.push({
    ...meta(key),
    data: { kind: 'written', house, session, number, title: `件名${number}`, submitters: [`議員${number}`], extensions: [], items: [], answerItems: [], provenance: [], userEdited: [] },
  });
  for (const label of labels) {
    b.records.items.push({ ...meta(exchangeItemId(key, label)), data: { questionKey: key, label, text: '' } });
    b.records.assignments.push(fakeAssignmentRecord(`as-${key}-${label}`, 1, { questionKey: key, itemLabel: label, bureau: 'isei' }));
  }
}

describe('card order', () => {
  it('reads the numbers of 問 labels: kanji, full-width and nested', () => {
    expect(labelNumbers('十一')).toEqual([11]);
    expect(labelNumbers('二十')).toEqual([20]);
    expect(labelNumbers('二の１')).toEqual([2, 1]);
    expect(labelNumbers('問１０')).toEqual([10]);
    expect(labelNumbers('その他')).toEqual([]);
    expect(['十', '二', '一の２', '一', '十一', '一の１'].sort(compareItemLabels)).toEqual(['一', '一の１', '一の２', '二', '十', '十一']);
    expect([itemName('一'), itemName('問3'), itemName('全体')]).toEqual(['問一', '問3', '全体']);
  });

  it('puts cards without deadlines in 院, 回次 and 号 order as numbers — 第2号 before 第10号 before 第100号 — and 衆議院 first', () => {
    const b = emptyBundle('t', now, 1);
    question(b, 'sangiin', 221, 100, ['一']);
    question(b, 'sangiin', 221, 10, ['二', '十', '一']);
    question(b, 'sangiin', 221, 2, ['一']);
    question(b, 'sangiin', 220, 30, ['一']);
    question(b, 'shugiin', 221, 5, ['一']);
    const rows = bureauView(b.records, { id: 'isei', name: '医政局' }, now).rows;
    expect(rows.map((r) => `${r.questionLabel} ${r.itemLabel}`)).toEqual([
      '衆議院 第221回 第5号 一', '参議院 第220回 第30号 一', '参議院 第221回 第2号 一',
      '参議院 第221回 第10号 一', '参議院 第221回 第10号 二', '参議院 第221回 第10号 十', '参議院 第221回 第100号 一',
    ]);
    expect(rows[0]!.submitters).toEqual(['議員5']);
  });

  it('still puts urgency first: an overdue card before an earlier-numbered one without a deadline', () => {
    const b = emptyBundle('t', now, 1);
    question(b, 'sangiin', 221, 1, ['一']);
    question(b, 'sangiin', 221, 50, ['一']);
    b.records.milestones.push({ ...meta('m'), data: { questionKey: 'sangiin-221-50', kind: 'draft', label: '原案', dueAt: jstInstant('2026-06-09T09:00:00+09:00') } });
    expect(bureauView(b.records, { id: 'isei', name: '医政局' }, now).rows.map((r) => r.questionLabel)).toEqual(['参議院 第221回 第50号', '参議院 第221回 第1号']);
  });
});
