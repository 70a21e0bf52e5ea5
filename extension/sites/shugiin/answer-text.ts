/**
 * @file 衆議院 答弁本文 (b{回次}{番号3桁}.htm): 受領日, 答弁書番号 (内閣衆質…) and the answer split
 * into 「…について」 items linked to the 問 they name. Body = after the <HR> up to the trailing
 * navigation (extension/sites/PAGES.md §1.6).
 */
import { splitAnswerItems } from '@shared/capture/split-answer-items';
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { siteMessages } from '../site-messages';
import { parseShugiinUrl } from './parse-shugiin-url';
import { readShugiinTextPage } from './read-shugiin-text-page';
import { answerNav } from './selectors';

const id = 'shugiin/answer-text';
const label = '衆議院 答弁本文情報';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const { target, links, head, body } = readShugiinTextPage(doc, url, page, {
    kind: 'answer', urlLabel: '答弁本文の URL', heading: '答弁本文情報', nav: answerNav,
  });

  const received = head.map((l) => /^(.+)受領$/.exec(l)?.[1]).find((d) => d !== undefined);
  if (received === undefined) page.fail(siteMessages.missing('受領日（「…受領」の行）'));
  const printedNumber = head.map((l) => /^答弁第(.+)号$/.exec(l)?.[1]).find((n) => n !== undefined);
  if (printedNumber === undefined) page.fail(siteMessages.missing('「答弁第…号」の行'));
  const number = page.number('答弁番号', printedNumber!);
  if (number !== target.number) page.fail(siteMessages.mismatch('答弁番号', String(number), String(target.number)));
  const cabinet = head.map((l) => /^内閣衆質(.+)第(.+)号$/.exec(l)).find((m) => m !== null);
  if (!cabinet) page.fail(siteMessages.missing('答弁書番号（内閣衆質…号）'));
  const cabinetSession = page.number('答弁書番号の回次', cabinet![1]!);
  if (cabinetSession !== target.session) page.fail(siteMessages.mismatch('答弁書番号の回次', cabinet![1]!, String(target.session)));

  const titleAt = body.findIndex((l) => /に対する答弁書$/.test(l));
  if (titleAt < 0) page.fail(siteMessages.missing('「…に対する答弁書」の行'));
  const submitter = /^\u3000*衆議院議員(.+?)君(?:外.+?名)?提出/.exec(body[titleAt]!)?.[1];
  const { items } = splitAnswerItems(body.slice(titleAt + 1));
  if (items.length === 0) page.fail(siteMessages.noItems);

  return [dropUndefined<ScrapedQuestion>({
    kind: 'written', house: 'shugiin', session: target.session, number,
    submitters: submitter ? [personName(submitter)] : undefined,
    answeredOn: page.date('受領日', received!),
    answerNumber: cabinet![0],
    answerItems: items,
    ...links,
    answerUrl: canonicalDietUrl(url),
  })];
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'shugiin',
  matches: (url) => parseShugiinUrl(url)?.kind === 'answer',
  scrape,
  examples: [{ fixture: 'shugiin/b221003.htm', url: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b221003.htm' }],
  testUrls: [
    'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/b221001.htm',
    'https://www.shugiin.go.jp/internet/itdb_shitsumona.nsf/html/shitsumon/b147012.htm',
  ],
});
