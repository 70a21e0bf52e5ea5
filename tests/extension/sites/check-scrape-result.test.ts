/** @file checkScrapeResult: every saved page's records fit the model; a record that does not, or an unknown adapter, is refused. */
import { describe, expect, it } from 'vitest';
import { type IsoDate, ValidationError } from '@shared/index';
import { checkScrapeResult } from '../../../extension/sites/check-scrape-result';
import { SiteChangedError, scrapePage, sites } from '../../../extension/sites/index';
import { loadPage } from '../../helpers/load-page';

const examples = sites.flatMap((site) => site.examples.map((example) => [site.id, example] as const));
const progress = () => scrapePage(loadPage('shugiin/221001.htm'), 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm')!;

describe('checkScrapeResult', () => {
  it.each(examples)('%s: the saved page\'s records fit the model', (_, example) => {
    const result = scrapePage(loadPage(example.fixture), example.url)!;
    expect(checkScrapeResult(result)).toBe(result);
  });

  it('refuses a record that would not fit the model, naming the page and the field, as a changed page', () => {
    const result = progress();
    const broken = { ...result, questions: [{ ...result.questions[0]!, transferredOn: '令和8年2月25日' as IsoDate }] }; // not a date: the checker must refuse it
    expect(() => checkScrapeResult(broken)).toThrow(SiteChangedError);
    expect(() => checkScrapeResult(broken)).toThrow('衆議院 質問答弁経過情報のページ構造が想定と異なるため、取り込みを中止しました（1 番の「transferredOn」が想定外の値です）。');
    expect(() => checkScrapeResult({ ...result, questions: [{ ...result.questions[0]!, title: '' }] })).toThrow(/1 番の「title」が想定外の値です/);
  });

  it('refuses records of the other house and adapters we do not have', () => {
    const result = progress();
    expect(() => checkScrapeResult({ ...result, questions: [{ ...result.questions[0]!, house: 'sangiin' }] })).toThrow('1 番が参議院の質問になっています');
    expect(() => checkScrapeResult({ ...result, siteId: 'shugiin/other' })).toThrow(ValidationError);
    expect(() => checkScrapeResult({ ...result, siteId: 'shugiin/other' })).toThrow('読み取り方法「shugiin/other」はありません');
  });
});
