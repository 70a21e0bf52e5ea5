/** 参議院 明細: the saved m221001.htm → the expected record, dates checked by hand against the page. */
import { describe, expect, it } from 'vitest';
import { SiteChangedError, scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/sangiin/question-detail';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const [q] = result.questions;

/** The page with the 備考 cell (the row after the 備考 header) set to `text`. */
function withRemarks(text: string): Document {
  const doc = loadPage(example!.fixture);
  const th = [...doc.querySelectorAll('th')].find((h) => h.textContent!.trim() === '備考')!;
  th.parentElement!.nextElementSibling!.querySelector('td')!.textContent = text;
  return doc;
}

describe('参議院 明細 m221001', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads the unpadded dates (提出 2026-02-20, 転送 2026-03-02, 受領 2026-03-06) and 「 221回」 with its leading space', () => {
    expect(q).toMatchObject({ session: 221, number: 1, submittedOn: '2026-02-20', transferredOn: '2026-03-02', answeredOn: '2026-03-06' });
    expect(q).toMatchObject({ title: '点字版選挙公報の遅延及び投票環境の不備に関する質問主意書', submitters: ['石垣\u3000のりこ'], extensions: [] });
    expect(q!.remarks).toBeUndefined();
    expect(q!.answerUrl).toBe('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/touh/t221001.htm');
    expect(q!.progressUrl).toBe(example!.url);
  });

  it('reads 延期 notices from 備考 (no year printed: taken from 転送日) and keeps 備考 as printed', () => {
    const remarks = '3月9日内閣から通知書受領（3月16日まで答弁延期）';
    const deferred = scrapePage(withRemarks(remarks), example!.url)!.questions[0]!;
    expect(deferred.extensions).toEqual([{ noticeReceivedOn: '2026-03-09', extendedUntil: '2026-03-16' }]);
    expect(deferred.remarks).toBe(remarks);
  });

  it('refuses an impossible date in 備考', () => {
    expect(() => scrapePage(withRemarks('2月30日内閣から通知書受領（3月6日まで答弁延期）'), example!.url)).toThrow(SiteChangedError);
  });

  it('refuses the page under another number', () => {
    expect(() => scrapePage(loadPage(example!.fixture), example!.url.replace('m221001', 'm221002'))).toThrow(/提出番号/);
  });
});
