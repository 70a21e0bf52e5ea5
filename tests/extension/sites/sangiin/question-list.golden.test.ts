/** 参議院 一覧: the saved 第219回 list (2026-07-14) → 95 records, checked by hand against the page. */
import { describe, expect, it } from 'vitest';
import { SiteChangedError, scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/sangiin/question-list';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const byNumber = (n: number) => result.questions.find((q) => q.number === n)!;

describe('参議院 一覧 syuisyo219 (2026-07-14)', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads 95 questions (three <tr> each), numbered 1…95, session from the banner 「第219回国会」', () => {
    expect(result.questions).toHaveLength(95);
    expect(result.questions.map((q) => q.number)).toEqual(Array.from({ length: 95 }, (_, i) => i + 1));
    expect(new Set(result.questions.map((q) => q.session))).toEqual(new Set([219]));
  });

  it('question 1 as printed, with the five links made absolute', () => {
    const base = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219';
    expect(byNumber(1)).toEqual({
      kind: 'written', house: 'sangiin', session: 219, number: 1,
      title: '奨学金返還に係る負担軽減策に関する質問主意書', submitters: ['塩村\u3000あやか'],
      progressUrl: `${base}/meisai/m219001.htm`, questionUrl: `${base}/syuh/s219001.htm`, answerUrl: `${base}/touh/t219001.htm`,
      questionPdfUrl: `${base}/syup/s219001.pdf`, answerPdfUrl: `${base}/toup/t219001.pdf`,
    });
  });

  it('collapses the alignment padding of names to one U+3000 and drops 君', () => {
    const names = new Set(result.questions.flatMap((q) => q.submitters));
    for (const name of ['山本\u3000太郎', '山添\u3000拓', '青木\u3000愛', 'ラサール石井', '小西\u3000洋之']) expect(names).toContain(name);
    for (const name of names) expect(name).not.toMatch(/\u3000\u3000|君$/);
    expect(byNumber(95).title).toBe('国光あやの外務副大臣による小西洋之参議院議員への質問通告に係る事実無根の誹謗中傷による名誉毀損行為に関する質問主意書');
  });

  it('reads the same list through /current/ and stores the session folder instead', () => {
    const current = scrapePage(loadPage(example!.fixture), example!.url.replace('/219/', '/current/'))!;
    expect(current.questions).toEqual(result.questions);
  });

  it('refuses a list whose last question lost one of its three rows', () => {
    const doc = loadPage(example!.fixture);
    const rows = doc.querySelectorAll('table.list_c tr');
    rows[rows.length - 1]!.remove();
    expect(() => scrapePage(doc, example!.url)).toThrow(SiteChangedError);
  });

  it('refuses the 219 page opened under the 218 URL', () => {
    expect(() => scrapePage(loadPage(example!.fixture), example!.url.replace('/219/', '/218/'))).toThrow(/回次/);
  });
});
