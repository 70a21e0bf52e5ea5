/**
 * @file 参議院 答弁本文 (touh/t{回次}{番号}.htm): 答弁書番号 (内閣参質…), the submitter named in the
 * title and the answer split into 「…について」 items. No saved page exists: built from the text copy
 * in extension/sites/PAGES.md §2.6 and the frame of the question page (§2.5). The 「…に対する答弁書」 line may
 * appear twice, so the text starts after its last occurrence; the <HR> is not relied on.
 */
import { splitAnswerItems } from '@shared/capture/split-answer-items';
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { isMojibake } from '../helpers/mojibake';
import { personName } from '../helpers/person-name';
import { RULE_LINE, textLines } from '../helpers/text-lines';
import { siteMessages } from '../site-messages';
import { parseSangiinUrl } from './parse-sangiin-url';
import { readSessionBanner } from './read-session-banner';
import { bodyCell, footer, pageHeading } from './selectors';

const id = 'sangiin/answer-text';
const label = '参議院 答弁書（本文）';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseSangiinUrl(url);
  if (target?.kind !== 'answer') return page.fail(siteMessages.missing('答弁本文の URL'));
  page.requireComplete(footer);
  readSessionBanner(doc, page, target.session);
  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== '答弁書') page.fail(siteMessages.headerChanged('答弁書', heading));

  const cell = page.one(doc, bodyCell, '本文の欄');
  const lines = textLines(cell).filter((l) => l !== RULE_LINE && l.replace(/\u3000/g, '') !== '');
  if (lines.some(isMojibake)) page.fail(siteMessages.mojibake);
  const titleAt = lines.findLastIndex((l) => /に対する答弁書$/.test(l));
  if (titleAt < 0) page.fail(siteMessages.missing('「…に対する答弁書」の行'));
  const head = lines.slice(0, titleAt).map((l) => l.replace(/^\u3000+/, ''));

  const printedNumber = head.map((l) => /^答弁書第(.+)号$/.exec(l)?.[1]).find((n) => n !== undefined);
  if (printedNumber === undefined) page.fail(siteMessages.missing('「答弁書第…号」の行'));
  const number = page.number('答弁書番号', printedNumber!);
  if (number !== target.number) page.fail(siteMessages.mismatch('答弁書番号', String(number), String(target.number)));
  const cabinet = head.map((l) => /^内閣参質(.+)第(.+)号$/.exec(l)).find((m) => m !== null);
  if (!cabinet) page.fail(siteMessages.missing('答弁書番号（内閣参質…号）'));
  const cabinetSession = page.number('答弁書番号の回次', cabinet![1]!);
  if (cabinetSession !== target.session) page.fail(siteMessages.mismatch('答弁書番号の回次', cabinet![1]!, String(target.session)));

  const submitter = /^\u3000*参議院議員(.+?)君(?:外.+?名)?提出/.exec(lines[titleAt]!)?.[1];
  const { items } = splitAnswerItems(lines.slice(titleAt + 1));
  if (items.length === 0) page.fail(siteMessages.noItems);

  return [dropUndefined<ScrapedQuestion>({
    kind: 'written', house: 'sangiin', session: target.session, number,
    submitters: submitter ? [personName(submitter)] : undefined,
    answerNumber: cabinet![0],
    answerItems: items,
    answerUrl: canonicalDietUrl(url, { session: target.session }),
  })];
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'sangiin',
  matches: (url) => parseSangiinUrl(url)?.kind === 'answer',
  scrape,
  examples: [{ fixture: 'sangiin/t197025.constructed.htm', url: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/197/touh/t197025.htm' }],
  testUrls: ['https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/touh/t219095.htm'],
});
