import { describe, expect, it } from 'vitest';
import { PREAMBLE_LABEL, WHOLE_ANSWER_LABEL, splitAnswerItems } from '@shared/index';

const headingOf = (line: string) => splitAnswerItems([line, '\u3000本文。']).items[0]!;

describe('splitAnswerItems (答弁の分割, extension/sites/PAGES.md §4)', () => {
  it.each([
    ['一の１について', '一の１', ['一の１']],
    ['十四について', '十四', ['十四']],
    ['四の1及び3について', '四の1及び3', ['四の１', '四の３']],
    ['四の2及び五について', '四の2及び五', ['四の２', '五']],
    ['二及び三について', '二及び三', ['二', '三']],
    ['一から三までについて', '一から三まで', ['一', '二', '三']],
    ['五の１から３までについて', '五の１から３まで', ['五の１', '五の２', '五の３']],
    ['九から十一まで及び十三について', '九から十一まで及び十三', ['九', '十', '十一', '十三']],
    ['一、二及び四について', '一、二及び四', ['一', '二', '四']],
  ])('reads the heading 「%s」', (line, label, questionLabels) => {
    expect(headingOf(line)).toEqual({ label, text: '\u3000本文。', questionLabels });
  });

  it('does not take ordinary sentences ending in について for headings', () => {
    const { items } = splitAnswerItems(['一について', '\u3000お尋ねについて', '一般について', '十分について', '\u3000次の点について']);
    expect(items).toEqual([{ label: '一', text: '\u3000お尋ねについて\n一般について\n十分について\n\u3000次の点について', questionLabels: ['一'] }]);
  });

  it('keeps text before the first heading as 前文, and an answer without headings as 全体', () => {
    expect(splitAnswerItems(['\u3000まとめて答弁する。', '一について', '\u3000甲。']).items[0]).toEqual({ label: PREAMBLE_LABEL, text: '\u3000まとめて答弁する。', questionLabels: [] });
    expect(splitAnswerItems(['\u3000お尋ねの点は、…である。', '', '\u3000なお、…。']).items).toEqual([
      { label: WHOLE_ANSWER_LABEL, text: '\u3000お尋ねの点は、…である。\n\u3000なお、…。', questionLabels: [] },
    ]);
    expect(splitAnswerItems([]).items).toEqual([]);
  });
});
