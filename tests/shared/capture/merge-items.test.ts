/** @file 問の合成: a 質問本文 read merges its 問 by label into the stored question; nothing assigned is orphaned. */
import { describe, expect, it } from 'vitest';
import { type Provenance, type StoredWrittenQuestion, mergeCapturedQuestion, mergeItems } from '@shared/index';
import { jstInstant } from '../../helpers/dates';

const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/';
const provenance: Provenance = { sourceUrl: `${SAN}syuh/s219095.htm`, capturedAt: jstInstant('2026-07-15T10:00:00+09:00'), adapterId: 'sangiin/question-text', adapterVersion: '1', contentHash: 'h' };
const stored = (extra: Partial<StoredWrittenQuestion> = {}): StoredWrittenQuestion => ({
  key: 'sangiin-219-95', kind: 'written', house: 'sangiin', session: 219, number: 95, title: 't', submitters: ['小西　洋之'], extensions: [],
  items: [], answerItems: [], provenance: [], userEdited: [], ...extra,
});

describe('mergeItems', () => {
  it('takes the page’s 問 in page order and keeps a stored 問 the page no longer prints after them', () => {
    expect(mergeItems([{ label: '二', text: '旧' }, { label: '三', text: '残す' }], [{ label: '一', text: '甲' }, { label: '二', text: '乙' }]))
      .toEqual([{ label: '一', text: '甲' }, { label: '二', text: '乙' }, { label: '三', text: '残す' }]);
    expect(mergeItems([], [{ label: '一', text: '甲' }])).toEqual([{ label: '一', text: '甲' }]);
  });
});

describe('mergeCapturedQuestion with 問', () => {
  const page = { house: 'sangiin' as const, session: 219, number: 95, items: [{ label: '一', text: '甲か。' }, { label: '二', text: '乙か。' }] };

  it('a first 本文 read fills the 問 and records the page', () => {
    const m = mergeCapturedQuestion(stored(), page, provenance);
    expect(m.change).toBe('updated');
    expect(m.record.items.map((i) => i.label)).toEqual(['一', '二']);
    expect(m.record.provenance).toEqual([provenance]);
  });

  it('reading the same 本文 again changes nothing', () => {
    const m = mergeCapturedQuestion(stored({ items: page.items }), page, provenance);
    expect(m.change).toBe('unchanged');
  });

  it('問 edited by hand (userEdited items) are kept as they are', () => {
    const mine = [{ label: '一', text: '手で直した問' }];
    const m = mergeCapturedQuestion(stored({ items: mine, userEdited: ['items'] }), page, provenance);
    expect(m.record.items).toEqual(mine);
    expect(m.keptUserEdits).toEqual(['items']);
  });
});
