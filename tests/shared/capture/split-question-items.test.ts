import { describe, expect, it } from 'vitest';
import { splitQuestionItems } from '@shared/index';

describe('splitQuestionItems (問の分割, extension/sites/PAGES.md §4)', () => {
  it('splits 「一　」「二　」 items as printed and stops at 「右質問する。」', () => {
    const split = splitQuestionItems(['一　甲について示されたい。', '', '二　乙について示されたい。', '\u3000続きの段落。', '\u3000\u3000右質問する。', '後ろの行']);
    expect(split).toEqual({
      preamble: '',
      items: [{ label: '一', text: '甲について示されたい。' }, { label: '二', text: '乙について示されたい。\n\u3000続きの段落。' }],
      closed: true,
    });
  });

  it('keeps the preamble apart and reads two-kanji labels 「十二」', () => {
    const lines = ['\u3000政府の見解を問う。以下質問する。', ...Array.from({ length: 12 }, (_, i) => `${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'][i]}\u3000問${i + 1}`)];
    const split = splitQuestionItems(lines);
    expect(split.preamble).toBe('\u3000政府の見解を問う。以下質問する。');
    expect(split.items.map((i) => i.label).at(-1)).toBe('十二');
    expect(split.closed).toBe(false);
  });

  it('labels sub-items as answers cite them, 「一の１」, with the parent text as heading (full- and half-width digits)', () => {
    const split = splitQuestionItems(['一　次の点について問う。', '１　甲か。', '2 乙か。', '二　丙か。']);
    expect(split.items).toEqual([
      { label: '一の１', text: '甲か。', heading: '次の点について問う。' },
      { label: '一の２', text: '乙か。', heading: '次の点について問う。' },
      { label: '二', text: '丙か。' },
    ]);
  });

  it('does not take words that start with a numeral (「十分」「一般」) or numbers without a space for items', () => {
    const split = splitQuestionItems(['一　甲か。', '十分な説明がない。', '２０２５年の実績は。']);
    expect(split.items).toEqual([{ label: '一', text: '甲か。\n十分な説明がない。\n２０２５年の実績は。' }]);
  });

  it('treats a question without numbered 問 as one item 「全体」', () => {
    expect(splitQuestionItems(['\u3000甲について政府の見解を示されたい。', '\u3000\u3000右質問する。']).items)
      .toEqual([{ label: '全体', text: '\u3000甲について政府の見解を示されたい。' }]);
  });
});
