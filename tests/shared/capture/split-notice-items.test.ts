/** @file splitNoticeItems: 問 from realistic 質問通告 texts in several numbering styles. */
import { describe, expect, it } from 'vitest';
import { guessNoticeFields, splitNoticeItems } from '@shared/index';

const labels = (text: string) => splitNoticeItems(text).items.map((i) => i.label);

/** 衆議院厚生労働委員会 style: 問１ with full-width digits and （１） sub-items, answerer in brackets. */
const shugiinNotice = `衆議院厚生労働委員会　質問通告
令和８年６月１０日（水）
立憲民主党・無所属　山田　太郎

問１　医師の働き方改革について（厚生労働大臣）
（１）令和６年４月の時間外労働上限規制の施行後、特例水準の指定を受けた医療機関の数を伺う。
（２）地域医療への影響をどう評価しているか伺う。
問２　介護職員の処遇改善について（老健局長）
　処遇改善加算の一本化による賃金改善の実績を示されたい。
問３　年金制度改革について
（１）被用者保険の適用拡大の進捗を伺う。
（２）いわゆる「年収の壁」への対応を伺う。
`;

/** 参議院 style 質問要旨: １． with ① sub-items. */
const sangiinNotice = `参議院厚生労働委員会　質問要旨
質問者：佐藤花子（国民民主党・新緑風会）

１．薬価改定について
　①中間年改定が医薬品の安定供給に与える影響
　②後発医薬品の供給不安への対応
２．医療ＤＸについて
　①マイナ保険証の利用率は１．５倍に伸びたのか
３．子ども・子育て支援金について`;

describe('splitNoticeItems', () => {
  it('splits 問１…問３ and keeps the nested （１）（２） inside their 問', () => {
    const split = splitNoticeItems(shugiinNotice);
    expect(split.items.map((i) => i.label)).toEqual(['問1', '問2', '問3']);
    expect(split.preamble).toBe('衆議院厚生労働委員会　質問通告\n令和８年６月１０日（水）\n立憲民主党・無所属　山田　太郎');
    expect(split.items[0]!.text).toBe(
      '医師の働き方改革について（厚生労働大臣）\n（１）令和６年４月の時間外労働上限規制の施行後、特例水準の指定を受けた医療機関の数を伺う。\n（２）地域医療への影響をどう評価しているか伺う。',
    );
    expect(split.items[1]!.text).toBe('介護職員の処遇改善について（老健局長）\n処遇改善加算の一本化による賃金改善の実績を示されたい。');
    expect(split.items[2]!.text.split('\n')).toHaveLength(3);
    expect(split.reflowed).toBe(false);
  });

  it('splits full-width 「１．」 items with ① sub-items and does not split at 「１．５倍」', () => {
    const split = splitNoticeItems(sangiinNotice);
    expect(split.items.map((i) => i.label)).toEqual(['1', '2', '3']);
    expect(split.items[0]!.text).toBe('薬価改定について\n①中間年改定が医薬品の安定供給に与える影響\n②後発医薬品の供給不安への対応');
    expect(split.items[1]!.text).toContain('１．５倍');
    expect(split.items[2]!.text).toBe('子ども・子育て支援金について');
    expect(split.preamble).toBe('参議院厚生労働委員会　質問要旨\n質問者：佐藤花子（国民民主党・新緑風会）');
  });

  it('splits 「一、」 items with half-width numbered sub-items (主意書 style 「一　」 too)', () => {
    expect(labels('一、働き方改革について\n二、障害者雇用について\n　1 法定雇用率の引上げの影響\n　2 代行ビジネスへの対応\n三、生活保護について'))
      .toEqual(['一', '二', '三']);
    expect(labels('一　木原稔内閣官房長官は、…示されたい。\n二　国光外務副大臣は…示されたい。\n十　…示されたい。')).toEqual(['一', '二', '十']);
  });

  it('splits circled numbers, （1） and ⑴ styles, 【問１】 and 問一', () => {
    expect(labels('①医師確保について\n②看護職員の需給について\n③薬剤師の偏在について')).toEqual(['①', '②', '③']);
    expect(labels('(1) 医師確保\n（2） 看護職員\n⑶ 薬剤師')).toEqual(['(1)', '(2)', '(3)']);
    expect(labels('【問１】医師確保\n【問２】看護職員')).toEqual(['問1', '問2']);
    expect(labels('問一　医師確保\n問二　看護職員\n問十一　薬剤師')).toEqual(['問一', '問二', '問十一']);
  });

  it('keeps a number that does not increase inside the current item (a quoted 「１．」)', () => {
    const split = splitNoticeItems('１．年金について\n２．前回答弁について\n１．で述べた方針との関係を伺う。\n３．介護について');
    expect(split.items.map((i) => i.label)).toEqual(['1', '2', '3']);
    expect(split.items[1]!.text).toBe('前回答弁について\n１．で述べた方針との関係を伺う。');
  });

  it('does not mistake 「一方、」, 「十分に」 or dates for numbers', () => {
    const split = splitNoticeItems('問１　医療提供体制について\n一方、地方の医師不足は十分に解消されていない。\n6月9日の答弁を踏まえ伺う。\n問２　介護について');
    expect(split.items.map((i) => i.label)).toEqual(['問1', '問2']);
    expect(split.items[0]!.text.split('\n')).toHaveLength(3);
  });

  it('splits text whose line breaks were lost (context-menu text) at inline numbers', () => {
    const split = splitNoticeItems('質問通告 山田太郎 問1 医師の働き方改革について (1) 上限規制の状況 (2) 地域医療への影響 問2 介護報酬について');
    expect(split.reflowed).toBe(true);
    expect(split.preamble).toBe('質問通告 山田太郎');
    expect(split.items).toEqual([
      { label: '問1', text: '医師の働き方改革について\n(1) 上限規制の状況\n(2) 地域医療への影響' },
      { label: '問2', text: '介護報酬について' },
    ]);
  });

  it('makes one 「全文」 item when nothing is numbered, and none for empty text', () => {
    expect(splitNoticeItems('医師の働き方改革の現状について大臣の認識を伺う。').items).toEqual([
      { label: '全文', text: '医師の働き方改革の現状について大臣の認識を伺う。' },
    ]);
    expect(splitNoticeItems('  \n ').items).toEqual([]);
  });

  it('accepts CRLF line endings', () => {
    expect(labels('問1 A\r\n問2 B\r\n')).toEqual(['問1', '問2']);
  });
});

describe('guessNoticeFields', () => {
  it('reads the house and committee from the heading of a notice', () => {
    expect(guessNoticeFields(shugiinNotice)).toEqual({ house: 'shugiin', committee: '厚生労働委員会' });
    expect(guessNoticeFields(sangiinNotice)).toEqual({ house: 'sangiin', committee: '厚生労働委員会' });
    expect(guessNoticeFields('予算委員会 質問要旨\n問1 …')).toEqual({ committee: '予算委員会' });
    expect(guessNoticeFields('問1 医師確保について')).toEqual({});
  });
});
