/**
 * @file 攻撃的な試験の再現 (pages): the page cases of the adversarial run on the saved 衆議院 list page —
 * hostile link schemes and hosts (defect 2), an href that is not a URL (defect 3), UTF-8 text inside the
 * Shift_JIS page, <script> inside a 件名 cell, and a list of more than 1,000 questions (4-digit numbers).
 */
import { describe, expect, it } from 'vitest';
import { checkScrapeResult } from '../../extension/sites/check-scrape-result';
import { SiteChangedError, scrapePage } from '../../extension/sites/index';
import { parseSangiinUrl } from '../../extension/sites/sangiin/parse-sangiin-url';
import { decodePage, loadPage, parsePage, readPageBytes } from '../helpers/load-page';

const LIST_URL = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm';
const doc = loadPage('shugiin/kaiji221_l.2026-07-15.htm');
const original = scrapePage(doc, LIST_URL)!;

/** Runs `read` with the first row's anchor to `a221001.htm` pointing at `href`, then puts it back. */
function withQuestionHref<T>(href: string, read: () => T): T {
  const anchor = doc.querySelector('a[href="a221001.htm"]')!;
  anchor.setAttribute('href', href);
  try {
    return read();
  } finally {
    anchor.setAttribute('href', 'a221001.htm');
  }
}

const failure = (read: () => unknown): unknown => {
  try {
    read();
  } catch (error) {
    return error;
  }
  return undefined;
};

describe('2. links are checked for scheme and host, not matched by path only', () => {
  it.each([
    'javascript:alert(document.cookie)//shitsumon/a221001.htm',
    'https://evil.example/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm',
    '//evil.example/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm',
    'data:text/html,x//shitsumon/a221001.htm',
    'file:///C:/shitsumon/a221001.htm',
    'http://www.shugiin.go.jp:8080/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm',
    'https://user:pass@www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm',
  ])('%s fails the page with SiteChangedError, nothing stored', (href) => {
    const error = failure(() => withQuestionHref(href, () => scrapePage(doc, LIST_URL)));
    expect(error).toBeInstanceOf(SiteChangedError);
    expect((error as Error).message).toMatch(/衆議院・参議院の https のページではありません/);
  });

  it('a record carrying a data: or foreign link does not pass the model check either', () => {
    for (const questionUrl of ['data:text/html,<b>x</b>', 'https://evil.example/a221001.htm', 'chrome://settings']) {
      const result = { ...original, questions: [{ ...original.questions[0]!, questionUrl }] };
      expect(() => checkScrapeResult(result)).toThrow(SiteChangedError);
    }
  });

  it('the plain http:// and bare-host spellings of the site itself are stored as https://www…', () => {
    const read = withQuestionHref('http://shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm', () => scrapePage(doc, LIST_URL)!);
    expect(read.questions[0]!.questionUrl).toBe('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm');
  });
});

describe('3. an href that is not a URL is a SiteChangedError with a Japanese reason', () => {
  it('http://[ → SiteChangedError, not TypeError: Invalid URL', () => {
    const error = failure(() => withQuestionHref('http://[', () => scrapePage(doc, LIST_URL)));
    expect(error).toBeInstanceOf(SiteChangedError);
    expect((error as Error).message).toContain('リンク「http://[」を URL として読み取れません');
  });
});

describe('also seen on pages', () => {
  it('UTF-8 text inside the Shift_JIS page (mojibake without U+FFFD) fails the page instead of being stored', () => {
    const cell = doc.querySelector('td[headers="SHITSUMON.KENMEI"] span')!;
    const before = cell.textContent!;
    // 「医療提供体制の確保に関する質問主意書」 as UTF-8 bytes read as Shift_JIS.
    cell.textContent = new TextDecoder('shift_jis').decode(new TextEncoder().encode('医療提供体制の確保に関する質問主意書'));
    try {
      const error = failure(() => scrapePage(doc, LIST_URL));
      expect(error).toBeInstanceOf(SiteChangedError);
      expect((error as Error).message).toContain('文字化け');
    } finally {
      cell.textContent = before;
    }
  });

  it('<script> and <style> inside a 件名 cell never become part of the 件名', () => {
    const cell = doc.querySelector('td[headers="SHITSUMON.KENMEI"] span')!;
    const script = doc.createElement('script');
    script.textContent = 'document.title = "偽の件名"';
    const style = doc.createElement('style');
    style.textContent = '.x { color: red }';
    cell.append(script, style);
    try {
      expect(scrapePage(doc, LIST_URL)!.questions[0]!.title).toBe(original.questions[0]!.title);
    } finally {
      script.remove();
      style.remove();
    }
  });

  it('a list of 1,005 questions reads, with 4-digit page numbers in the links', { timeout: 30_000 }, () => {
    // The saved list with its 36 rows replaced by 1,005 copies of row 1 (numbers, links and row count adjusted).
    const bytes = readPageBytes('shugiin/kaiji221_l.2026-07-15.htm');
    const html = decodePage(bytes, 'shift_jis');
    const first = html.indexOf('<TR VALIGN=top>');
    const end = html.indexOf('</TABLE>', first);
    const row = html.slice(first, html.indexOf('</TR>', first) + '</TR>'.length);
    const rows = Array.from({ length: 1005 }, (_, i) => {
      const n = i + 1;
      return row.replaceAll('221001', `221${String(n).padStart(3, '0')}`).replace('<span class="txt03">1</span>', `<span class="txt03">${n}</span>`);
    });
    const big = parsePage(`${html.slice(0, first)}${rows.join('\n')}\n${html.slice(end)}`.replace('縦37行', '縦1006行'));
    const read = scrapePage(big, LIST_URL)!;
    expect(read.questions).toHaveLength(1005);
    expect(read.questions[999]).toMatchObject({ number: 1000, progressUrl: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/2211000.htm' });
    expect(read.questions[1004]!.questionUrl).toBe('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a2211005.htm');
    expect(() => checkScrapeResult(read)).not.toThrow();
    expect(parseSangiinUrl('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m2211000.htm')).toEqual({ kind: 'detail', session: 221, number: 1000 });
  });
});
