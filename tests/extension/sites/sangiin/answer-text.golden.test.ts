/**
 * 参議院 答弁本文: no saved page exists. t197025.constructed.htm is built from the text evidence in
 * extension/sites/PAGES.md §2.6 inside the real s219095 frame (see tests/fixtures/README.md); these tests prove
 * the adapter against that documented structure, not against a real capture.
 */
import { describe, expect, it } from 'vitest';
import { scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/sangiin/answer-text';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const [q] = result.questions;

describe('参議院 答弁本文 t197025 (constructed fixture)', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads 答弁書第二五号, 内閣参質一九七第二五号 and the submitter named in the title', () => {
    expect(q).toMatchObject({ session: 197, number: 25, answerNumber: '内閣参質一九七第二五号', submitters: ['吉川沙織'] });
    expect(q!.answeredOn).toBeUndefined(); // the date printed is the 閣議 date; 受領日 comes from the 明細 page
  });

  it('links 「四の1及び3について」 and 「四の2及び五について」 to the 問 they name', () => {
    expect(q!.answerItems!.map((i) => [i.label, i.questionLabels])).toEqual([
      ['一', ['一']], ['二及び三', ['二', '三']], ['四の1及び3', ['四の１', '四の３']], ['四の2及び五', ['四の２', '五']],
    ]);
  });

  it('starts the text after the last 「…に対する答弁書」 line when the title is printed twice', () => {
    const doc = loadPage(example!.fixture);
    const cell = doc.querySelector('#ContentsBox table td')!;
    const hr = cell.querySelector('hr')!;
    hr.before(doc.createTextNode('参議院議員吉川沙織君提出○○に関する質問に対する答弁書'), doc.createElement('br'));
    expect(scrapePage(doc, example!.url)!.questions).toEqual(result.questions);
  });
});
