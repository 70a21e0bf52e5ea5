/** 衆議院 質問の一覧: the saved 第221回 list (2026-07-15) → the expected records, with values checked by hand against the page. */
import { describe, expect, it } from 'vitest';
import { SiteChangedError, scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/shugiin/question-list';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const byNumber = (n: number) => result.questions.find((q) => q.number === n)!;

describe('衆議院 質問の一覧 kaiji221_l (2026-07-15)', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads 36 rows, numbered 1…36, as the table SUMMARY 「縦37行」 (header + 36) says', () => {
    expect(result.siteId).toBe('shugiin/question-list');
    expect(result.questions).toHaveLength(36);
    expect(result.questions.map((q) => q.number)).toEqual(Array.from({ length: 36 }, (_, i) => i + 1));
    expect(new Set(result.questions.map((q) => q.session))).toEqual(new Set([221]));
  });

  it('row 1 as printed: title, submitter without 君, status and all four links made absolute', () => {
    expect(byNumber(1)).toEqual({
      kind: 'written', house: 'shugiin', session: 221, number: 1,
      title: '行き過ぎた緊縮志向に関する質問主意書', submitters: ['緒方林太郎'], progressText: '答弁受理',
      progressUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm',
      questionUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm',
      questionPdfUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon_pdf_s.nsf/html/shitsumon/pdfS/a221001.pdf/$File/a221001.pdf',
      answerUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b221001.htm',
      answerPdfUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon_pdf_t.nsf/html/shitsumon/pdfT/b221001.pdf/$File/b221001.pdf',
    });
  });

  it('rows 30–36 are 質問受理 with only the 経過 link, and are records, not errors', () => {
    const received = result.questions.filter((q) => q.progressText === '質問受理');
    expect(received.map((q) => q.number)).toEqual([30, 31, 32, 33, 34, 35, 36]);
    for (const q of received) {
      expect(q.progressUrl).toMatch(/\/shitsumon\/2210\d\d\.htm$/);
      expect(q.questionUrl ?? q.answerUrl ?? q.questionPdfUrl ?? q.answerPdfUrl).toBeUndefined();
    }
    expect(result.questions.filter((q) => q.progressText === '答弁受理')).toHaveLength(29);
    expect(byNumber(35)).toMatchObject({ title: '生活保護制度における勤労控除の基礎控除の全額控除額に関する再質問主意書', submitters: ['山本ジョージ'] });
    expect(byNumber(4).submitters).toEqual(['早稲田ゆき']);
  });

  it('stores one spelling of the URLs when the page is opened as /Internet/', () => {
    const upper = scrapePage(loadPage(example!.fixture), example!.url.replace('/internet/', '/Internet/'))!;
    expect(upper.questions).toEqual(result.questions);
  });

  it('refuses a page whose heading names another session than the URL', () => {
    const wrong = example!.url.replace('kaiji221_l', 'kaiji220_l');
    expect(() => scrapePage(loadPage(example!.fixture), wrong)).toThrow(SiteChangedError);
    try {
      scrapePage(loadPage(example!.fixture), wrong);
    } catch (e) {
      expect(e).toMatchObject({ name: 'SiteChangedError', siteId: 'shugiin/question-list', what: expect.stringContaining('回次') });
      expect((e as Error).message).toContain('衆議院 質問の一覧');
    }
  });

  it('refuses a list whose last row was cut although the SUMMARY still says 縦37行', () => {
    const doc = loadPage(example!.fixture);
    const rows = doc.querySelectorAll('#shitsumontable tr');
    rows[rows.length - 1]!.remove();
    expect(() => scrapePage(doc, example!.url)).toThrow(/36 件のはずが 35 件/);
  });

  it('returns null for a 衆議院 page no adapter reads', () => {
    expect(scrapePage(loadPage(example!.fixture), 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/menu_m.htm')).toBeNull();
  });
});
