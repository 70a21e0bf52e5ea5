/**
 * @file 衆議院 質問本文 (a{回次}{番号3桁}.htm): 提出日, 件名, 提出者 and the question split into 問.
 * No saved page exists: built from the text copy in extension/sites/PAGES.md §1.5 (heading 「質問本文情報」,
 * 「…提出」, 「質問第N号」, 件名, 「提出者 …」, rule, body) and the frame of the answer page. Header
 * lines are found by their wording, not their markup, because the markup is unverified.
 */
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { readQuestionItems } from '../helpers/read-question-items';
import { readQuestionNumberAndTitle } from '../helpers/read-question-number-and-title';
import { siteMessages } from '../site-messages';
import { parseShugiinUrl } from './parse-shugiin-url';
import { readShugiinTextPage } from './read-shugiin-text-page';
import { questionNav } from './selectors';

const id = 'shugiin/question-text';
const label = '衆議院 質問本文情報';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const { target, links, head, body } = readShugiinTextPage(doc, url, page, {
    kind: 'question', urlLabel: '質問本文の URL', heading: '質問本文情報', nav: questionNav,
  });

  const submitted = head.map((l) => /^(.+日)提出$/.exec(l)?.[1]).find((d) => d !== undefined);
  if (submitted === undefined) page.fail(siteMessages.missing('提出日（「…提出」の行）'));
  const { number, title } = readQuestionNumberAndTitle(head, target.number, page);
  const submitterLine = head.map((l) => /^提出者[ \u3000]*(.+)$/.exec(l)?.[1]).find((s) => s !== undefined);
  if (submitterLine === undefined) page.fail(siteMessages.missing('提出者の行'));
  const submitter = personName(submitterLine!.replace(/君?外.+名$/, ''));

  const { preamble, items } = readQuestionItems(body, title, page);

  return [dropUndefined<ScrapedQuestion>({
    kind: 'written', house: 'shugiin', session: target.session, number, title,
    submitters: [submitter],
    submittedOn: page.date('提出日', submitted!),
    preamble: preamble || undefined,
    items,
    ...links,
    questionUrl: canonicalDietUrl(url),
  })];
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'shugiin',
  matches: (url) => parseShugiinUrl(url)?.kind === 'question',
  scrape,
  examples: [{ fixture: 'shugiin/a212141.constructed.htm', url: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/a212141.htm' }],
  testUrls: [
    'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm',
    'https://www.shugiin.go.jp/internet/itdb_shitsumona.nsf/html/shitsumon/a147012.htm',
  ],
});
