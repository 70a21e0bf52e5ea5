/**
 * @file 参議院 質問本文 (syuh/s{回次}{番号}.htm): 件名, 提出日, 提出者 and the question split into 問.
 * The text is one <TD> with <BR> lines: 「質問第九五号」, 件名, 提出日 (kanji), the submitter in a
 * right-aligned <DIV>, a rule, the title again, the 問, and 「右質問する。」 (extension/sites/PAGES.md §2.5).
 */
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { readQuestionItems } from '../helpers/read-question-items';
import { readQuestionNumberAndTitle } from '../helpers/read-question-number-and-title';
import { splitAtRule } from '../helpers/split-at-rule';
import { textLines } from '../helpers/text-lines';
import { siteMessages } from '../site-messages';
import { parseSangiinUrl } from './parse-sangiin-url';
import { readSessionBanner } from './read-session-banner';
import { bodyCell, bodySignature, footer, pageHeading } from './selectors';

const id = 'sangiin/question-text';
const label = '参議院 質問主意書（本文）';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseSangiinUrl(url);
  if (target?.kind !== 'question') return page.fail(siteMessages.missing('質問本文の URL'));
  page.requireComplete(footer);
  readSessionBanner(doc, page, target.session);
  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== '質問主意書') page.fail(siteMessages.headerChanged('質問主意書', heading));

  const cell = page.one(doc, bodyCell, '本文の欄');
  const submitter = personName(page.text(page.one(doc, bodySignature, '提出者の欄')));
  if (submitter === '') page.fail(siteMessages.emptyValue('提出者'));
  const { head, body } = splitAtRule(textLines(cell), page);

  const { number, title } = readQuestionNumberAndTitle(head, target.number, page);
  const submitted = head.find((l) => /^(令和|平成|昭和).+日$/.test(l));
  if (submitted === undefined) page.fail(siteMessages.missing('提出日の行'));

  const { preamble, items } = readQuestionItems(body, title, page);

  return [dropUndefined<ScrapedQuestion>({
    kind: 'written', house: 'sangiin', session: target.session, number, title,
    submitters: [submitter],
    submittedOn: page.date('提出日', submitted!),
    preamble: preamble || undefined,
    items,
    questionUrl: canonicalDietUrl(url, { session: target.session }),
  })];
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'sangiin',
  matches: (url) => parseSangiinUrl(url)?.kind === 'question',
  scrape,
  examples: [{ fixture: 'sangiin/s219095.htm', url: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuh/s219095.htm' }],
  testUrls: ['https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuh/s221001.htm'],
});
