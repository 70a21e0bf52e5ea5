/** 衆議院 経過: the saved 221001.htm → the expected record, dates checked by hand against the page. */
import { describe, expect, it } from 'vitest';
import { SiteChangedError, scrapePage } from '../../../../extension/sites/index';
import site from '../../../../extension/sites/shugiin/question-progress';
import { loadPage, readExpected } from '../../../helpers/load-page';

const [example] = site.examples;
const result = scrapePage(loadPage(example!.fixture), example!.url)!;
const [q] = result.questions;

/** Sets the 内容 of the 経過 row labelled `label` (the page's own markup, one value changed). */
function withValue(label: string, value: string, doc = loadPage(example!.fixture)): Document {
  const row = [...doc.querySelectorAll('td[headers="KOMOKU"]')].find((td) => td.textContent!.trim() === label)!.parentElement!;
  row.querySelector('td[headers="NAIYO"] span')!.textContent = value;
  return doc;
}

describe('衆議院 経過 221001', () => {
  it('equals the expected JSON committed beside the page', () => {
    expect(result).toEqual(readExpected(example!.fixture));
  });

  it('reads the padded 和暦 dates 「令和 8年 2月19日」 etc. (提出 2026-02-19, 転送 2026-02-25, 答弁 2026-03-03)', () => {
    expect(q).toMatchObject({ submittedOn: '2026-02-19', transferredOn: '2026-02-25', answeredOn: '2026-03-03' });
    expect(q!.withdrawnOn).toBeUndefined();
    expect(q!.extensions).toEqual([]);
  });

  it('reads 会派, 経過状況 and the submitter as printed here (with U+3000, unlike the list)', () => {
    expect(q).toMatchObject({ session: 221, number: 1, faction: '無所属', progressText: '答弁受理', submitters: ['緒方\u3000林太郎'] });
    expect(q!.title).toBe('行き過ぎた緊縮志向に関する質問主意書');
    expect(q!.progressUrl).toBe(example!.url);
    expect(q!.answerUrl).toBe('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b221001.htm');
  });

  it('reads an 延期 (notice + new deadline) and a 撤回 when the page fills them', () => {
    const doc = withValue('答弁延期期限年月日', '令和 8年 3月13日', withValue('答弁延期通知受領年月日', '令和 8年 3月 3日'));
    const deferred = scrapePage(doc, example!.url)!.questions[0]!;
    expect(deferred.extensions).toEqual([{ noticeReceivedOn: '2026-03-03', extendedUntil: '2026-03-13' }]);
    expect(scrapePage(withValue('撤回年月日', '令和 8年 2月20日'), example!.url)!.questions[0]!.withdrawnOn).toBe('2026-02-20');
  });

  it('refuses an unreadable date instead of dropping it', () => {
    expect(() => scrapePage(withValue('内閣転送年月日', '令和 8年 2月30日'), example!.url)).toThrow(/内閣転送年月日「令和 8年 2月30日」/);
  });

  it('refuses a page whose 質問番号 is not the one in the URL', () => {
    expect(() => scrapePage(loadPage(example!.fixture), example!.url.replace('221001', '221002'))).toThrow(SiteChangedError);
  });
});
