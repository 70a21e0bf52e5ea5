/**
 * @file 衆議院 質問の一覧 (kaiji{回次}_l.htm): one record per row — 番号, 件名, 提出者, 経過状況 and
 * the links. No dates and no 会派 on this page (they are on the 経過 page). Rows still at 質問受理
 * have only the 経過 link; they are valid records.
 */
import { defineSite, type ScrapedQuestion } from '../define-site';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { siteMessages } from '../site-messages';
import { parseShugiinUrl } from './parse-shugiin-url';
import { readShugiinLinks } from './read-shugiin-links';
import { footer, listColumns, listHeaderCells, listHeaderTexts, listTable, pageHeading } from './selectors';
import { questionCode } from '../helpers/question-code';

const id = 'shugiin/question-list';
const label = '衆議院 質問の一覧';

/** Column names for messages, by `headers` value. */
const columnLabels: Record<string, string> = Object.fromEntries(
  Object.values(listColumns).map((header, i) => [header, listHeaderTexts[i]!]),
);

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseShugiinUrl(url);
  if (target?.kind !== 'list') return page.fail(siteMessages.missing('質問の一覧の URL'));
  page.requireComplete(footer);

  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  const session = /^第(\d+)回国会\s*質問の一覧$/.exec(heading)?.[1];
  if (session === undefined) page.fail(siteMessages.headerChanged('第N回国会　質問の一覧', heading));
  if (Number(session) !== target.session) page.fail(siteMessages.mismatch('回次', session!, String(target.session)));

  const table = page.one(doc, listTable, '質問の一覧の表');
  const headerTexts = [...table.querySelectorAll(listHeaderCells)].map((th) => page.text(th));
  for (const expected of listHeaderTexts) {
    if (!headerTexts.includes(expected)) page.fail(siteMessages.headerMissing(expected));
  }

  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.querySelector('td'));
  const summary = table.getAttribute('summary') ?? '';
  const printedRows = /縦\s*(\d+)\s*行/.exec(summary)?.[1];
  if (printedRows === undefined) page.fail(siteMessages.summaryUnreadable(summary));
  // The SUMMARY counts the header row: 「縦37行」 = header + 36 questions.
  if (Number(printedRows) - 1 !== rows.length) page.fail(siteMessages.rowCount(summary, Number(printedRows) - 1, rows.length));

  return rows.map((row, index) => {
    const cells = new Map<string, Element>();
    for (const cell of row.children) {
      const header = cell.getAttribute('headers');
      if (cell.tagName === 'TD' && header) cells.set(header, cell);
    }
    const cell = (header: string): Element => cells.get(header) ?? page.fail(siteMessages.cellMissing(index + 1, columnLabels[header] ?? header));
    const numberText = page.text(cell(listColumns.number));
    const number = page.number('番号', numberText);
    if (number !== index + 1) page.fail(siteMessages.numberSequence(index + 1, numberText));
    const title = page.text(cell(listColumns.title));
    if (title === '') page.fail(siteMessages.emptyValue(`${number} 番の質問件名`));
    const submitter = personName(page.text(cell(listColumns.submitter)));
    if (submitter === '') page.fail(siteMessages.emptyValue(`${number} 番の提出者氏名`));
    const progressText = page.text(cell(listColumns.status));
    if (progressText === '') page.fail(siteMessages.emptyValue(`${number} 番の経過状況`));
    for (const header of Object.values(listColumns)) cell(header);

    const code = questionCode(target.session, number);
    const links = readShugiinLinks(row.querySelectorAll('a[href]'), url, code, page);
    if (!links.progressUrl) page.fail(siteMessages.missing(`${number} 番の経過へのリンク`));
    return { kind: 'written', house: 'shugiin', session: target.session, number, title, submitters: [submitter], progressText, ...links };
  });
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'shugiin',
  matches: (url) => parseShugiinUrl(url)?.kind === 'list',
  scrape,
  examples: [{ fixture: 'shugiin/kaiji221_l.2026-07-15.htm', url: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm' }],
  testUrls: [
    'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm',
    'https://www.shugiin.go.jp/internet/itdb_shitsumona.nsf/html/shitsumon/kaiji147_l.htm',
    'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/kaiji219_l.htm#TopContents',
  ],
});
