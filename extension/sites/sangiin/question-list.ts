/**
 * @file 参議院 質問主意書・答弁書一覧 (syuisyo/{回次}/syuisyo.htm, or /current/): three <tr> per
 * question — 件名 with the 明細 link; 提出番号, 提出者 and the HTML links; the PDF links. No dates,
 * status or 会派 on this page (extension/sites/PAGES.md §2.3).
 */
import { defineSite, type ScrapedQuestion } from '../define-site';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { siteMessages } from '../site-messages';
import { parseSangiinUrl } from './parse-sangiin-url';
import { readSangiinLinks } from './read-sangiin-links';
import { readSessionBanner } from './read-session-banner';
import { footer, listLabels, listRowShapes, listTable, pageHeading } from './selectors';
import { questionCode } from '../helpers/question-code';

const id = 'sangiin/question-list';
const label = '参議院 質問主意書・答弁書一覧';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseSangiinUrl(url);
  if (target?.kind !== 'list') return page.fail(siteMessages.missing('一覧の URL'));
  page.requireComplete(footer);
  const session = readSessionBanner(doc, page, target.session);
  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== '質問主意書・答弁書一覧') page.fail(siteMessages.headerChanged('質問主意書・答弁書一覧', heading));

  const table = page.one(doc, listTable, '質問主意書・答弁書一覧の表');
  const rows = [...table.querySelectorAll('tr')];
  // The page prints no total; the three-row shape, the ids t1…tN and the 1…N numbering are what we can check.
  if (rows.length === 0) page.fail(siteMessages.missing('一覧の行'));
  if (rows.length % 3 !== 0) page.fail(siteMessages.rowShape(Math.floor(rows.length / 3) + 1));

  const questions: ScrapedQuestion[] = [];
  for (let q = 0; q < rows.length / 3; q++) {
    const cells = [0, 1, 2].map((r) => [...rows[q * 3 + r]!.children]);
    listRowShapes.forEach((shape, r) => {
      const tags = cells[r]!.map((c) => c.tagName);
      if (tags.length !== shape.length || tags.some((t, i) => t !== shape[i])) page.fail(siteMessages.rowShape(q + 1));
    });
    const [[numberHeader, titleHeader, titleCell], [numberCell, submitterHeader, submitterCell]] = cells as [Element[], Element[], Element[]];
    for (const [th, expected] of [[numberHeader, listLabels.number], [titleHeader, listLabels.title], [submitterHeader, listLabels.submitter]] as const) {
      const printed = page.text(th);
      if (printed !== expected) page.fail(siteMessages.headerChanged(expected, printed));
    }
    const headerId = numberHeader!.getAttribute('id') ?? '';
    if (!/^t\d+$/.test(headerId) || numberCell!.getAttribute('headers') !== headerId) page.fail(siteMessages.rowShape(q + 1));

    const numberText = page.text(numberCell);
    const number = page.number(listLabels.number, numberText);
    if (number !== q + 1) page.fail(siteMessages.numberSequence(q + 1, numberText));
    const title = page.text(titleCell);
    if (title === '') page.fail(siteMessages.emptyValue(`${number} 番の件名`));
    const submitter = personName(page.text(submitterCell));
    if (submitter === '') page.fail(siteMessages.emptyValue(`${number} 番の提出者`));

    const code = questionCode(session, number);
    const anchors = [0, 1, 2].flatMap((r) => [...rows[q * 3 + r]!.querySelectorAll('a[href]')]);
    const links = readSangiinLinks(anchors, url, session, code, page);
    questions.push({ kind: 'written', house: 'sangiin', session, number, title, submitters: [submitter], ...links });
  }
  return questions;
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'sangiin',
  matches: (url) => parseSangiinUrl(url)?.kind === 'list',
  scrape,
  examples: [{ fixture: 'sangiin/syuisyo219.2026-07-14.htm', url: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuisyo.htm' }],
  testUrls: [
    'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/current/syuisyo.htm',
    'http://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/001/syuisyo.htm',
  ],
});
