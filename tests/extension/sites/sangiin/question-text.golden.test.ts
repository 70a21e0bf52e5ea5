/** 参議院 質問本文: the saved s219095.htm → 件名, 提出日, 提出者 and the 問 一・二, checked by hand. */
import { describe, expect, it } from 'vitest';
import { scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/sangiin/question-text';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const [q] = result.questions;

describe('参議院 質問本文 s219095', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads 質問第九五号, 令和七年十二月十七日 and the submitter in the right-aligned <DIV>', () => {
    expect(q).toMatchObject({ session: 219, number: 95, submittedOn: '2025-12-17', submitters: ['小西\u3000洋之'] });
    expect(q!.title).toBe('国光あやの外務副大臣による小西洋之参議院議員への質問通告に係る事実無根の誹謗中傷による名誉毀損行為に関する質問主意書');
  });

  it('has the two 問 一 and 二, without the repeated title or 「右質問する。」', () => {
    expect(q!.items!.map((i) => i.label)).toEqual(['一', '二']);
    expect(q!.items![0]!.text).toMatch(/^木原稔内閣官房長官は、/);
    expect(q!.items![1]!.text).toMatch(/政府の見解を示されたい。$/);
    expect(q!.preamble).toBeUndefined();
  });
});
