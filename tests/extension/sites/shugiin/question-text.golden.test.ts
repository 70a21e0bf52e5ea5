/**
 * 衆議院 質問本文: no saved page exists. a212141.constructed.htm is built from the text evidence in
 * extension/sites/PAGES.md §1.5 inside the real b221003 frame (see tests/fixtures/README.md); these tests prove
 * the adapter against that documented structure, not against a real capture.
 */
import { describe, expect, it } from 'vitest';
import { scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/shugiin/question-text';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const [q] = result.questions;

describe('衆議院 質問本文 a212141 (constructed fixture)', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads the header lines of the text copy: 提出日, 質問第一四一号, 件名, 提出者', () => {
    expect(q).toMatchObject({
      session: 212, number: 141, submittedOn: '2023-12-08',
      title: '質問主意書の在り方に関する質問主意書', submitters: ['吉田はるみ'],
    });
  });

  it('splits the body into 問 (一, 二の１, 二の２, 三) with the preamble apart and 右質問する。 dropped', () => {
    expect(q!.items!.map((i) => i.label)).toEqual(['一', '二の１', '二の２', '三']);
    expect(q!.items![0]!.text).toMatch(/^質問主意書及び答弁書は…/);
    expect(q!.items![1]!.heading).toBe('（構成用）答弁書の作成について、次の点を示されたい。');
    expect(q!.items![2]!.text).toBe('（構成用）閣議決定までの手順はどのようなものか。\n\u3000（構成用）二段落目。');
    expect(q!.preamble).toMatch(/以下質問する。$/);
    expect(JSON.stringify(q)).not.toContain('右質問する');
  });
});
