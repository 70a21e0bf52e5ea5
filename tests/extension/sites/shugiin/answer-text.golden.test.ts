/** 衆議院 答弁本文: the saved b221003.htm → 20 「…について」 items, checked by hand against the page. */
import { describe, expect, it } from 'vitest';
import { SiteChangedError, scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/shugiin/answer-text';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const [q] = result.questions;

describe('衆議院 答弁本文 b221003', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('has 20 items 一の１ … 十四, each linked to the 問 it names', () => {
    expect(q!.answerItems!.map((i) => i.label)).toEqual([
      '一の１', '一の２', '二', '三の１', '三の２', '四', '五の１', '五の２', '五の３', '六の１', '六の２',
      '七', '八', '九の１', '九の２', '十', '十一', '十二', '十三', '十四',
    ]);
    for (const item of q!.answerItems!) expect(item.questionLabels).toEqual([item.label]);
  });

  it('keeps the paragraphs of an item, with their U+3000 indent, and ends the last item before the navigation', () => {
    const item = q!.answerItems!.find((i) => i.label === '三の２')!;
    expect(item.text.split('\n')).toHaveLength(2);
    expect(item.text.split('\n')[1]).toMatch(/^\u3000また、お尋ねの「農業の箇所」/);
    const last = q!.answerItems!.at(-1)!;
    expect(last.text).toMatch(/^\u3000お尋ねの「一般会計の債務の増」/);
    expect(last.text).toMatch(/七千億円を一般会計に帰属させることとしている。$/);
    expect(last.text).not.toContain('経過へ');
  });

  it('reads 受領日 and the answer number from the kanji header lines', () => {
    expect(q).toMatchObject({ session: 221, number: 3, answeredOn: '2026-03-06', answerNumber: '内閣衆質二二一第三号', submitters: ['緒方林太郎'] });
    expect(q!.progressUrl).toBe('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221003.htm');
    expect(q!.answerUrl).toBe(example!.url);
  });

  it('refuses the page under another question number', () => {
    expect(() => scrapePage(loadPage(example!.fixture), example!.url.replace('b221003', 'b221004'))).toThrow(SiteChangedError);
  });
});
