/**
 * @file 衆議院 質問本文 (a{回次}{番号3桁}.htm): 提出日, 件名, 提出者 and the question split into 問.
 * No saved page exists: built from the text copy in diet-pages.md §1.5 (heading 「質問本文情報」,
 * 「…提出」, 「質問第N号」, 件名, 「提出者 …」, rule, body) and the frame of the answer page. Header
 * lines are found by their wording, not their markup, because the markup is unverified.
 */
import { splitQuestionItems } from '@shared/capture/split-question-items';
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { RULE_LINE, textLines } from '../helpers/text-lines';
import { siteMessages } from '../site-messages';
import { parseShugiinUrl } from './parse-shugiin-url';
import { readShugiinLinks } from './read-shugiin-links';
import { footer, mainLayout, pageHeading, questionNav } from './selectors';

const id = 'shugiin/question-text';
const label = '衆議院 質問本文情報';

/** The trailing navigation ends the text: a gh21divr DIV, or any DIV with links if the class changes. */
const isTrailingNav = (el: Element): boolean => el.tagName === 'DIV' && (el.matches(questionNav) || el.querySelector('a') !== null);

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseShugiinUrl(url);
  if (target?.kind !== 'question') return page.fail(siteMessages.missing('質問本文の URL'));
  page.requireComplete(footer);
  const main = page.one(doc, mainLayout, '本文の領域 (#mainlayout)');
  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== '質問本文情報') page.fail(siteMessages.headerChanged('質問本文情報', heading));

  const code = `${target.session}${String(target.number).padStart(3, '0')}`;
  const links = readShugiinLinks(main.querySelectorAll('a[href]'), url, code, page);
  if (!links.progressUrl) page.fail(siteMessages.missing('経過へのリンク'));

  const lines = textLines(main, isTrailingNav);
  const rule = lines.indexOf(RULE_LINE);
  if (rule < 0) page.fail(siteMessages.noBody);
  const head = lines.slice(0, rule).map((l) => l.replace(/^\u3000+/, '')).filter((l) => l !== '');
  const body = lines.slice(rule + 1).filter((l) => l.replace(/\u3000/g, '') !== '');
  if (body.some((l) => l.includes('\ufffd')) || head.some((l) => l.includes('\ufffd'))) page.fail(siteMessages.mojibake);

  const submitted = head.map((l) => /^(.+日)提出$/.exec(l)?.[1]).find((d) => d !== undefined);
  if (submitted === undefined) page.fail(siteMessages.missing('提出日（「…提出」の行）'));
  const numberAt = head.findIndex((l) => /^質問第(.+)号$/.test(l));
  if (numberAt < 0) page.fail(siteMessages.missing('「質問第…号」の行'));
  const number = page.number('質問番号', /^質問第(.+)号$/.exec(head[numberAt]!)![1]!);
  if (number !== target.number) page.fail(siteMessages.mismatch('質問番号', String(number), String(target.number)));
  const title = head[numberAt + 1];
  if (title === undefined || !/質問主意書$/.test(title)) page.fail(siteMessages.missing('件名（「…質問主意書」の行）'));
  const submitterLine = head.map((l) => /^提出者[ \u3000]*(.+)$/.exec(l)?.[1]).find((s) => s !== undefined);
  if (submitterLine === undefined) page.fail(siteMessages.missing('提出者の行'));
  const submitter = personName(submitterLine!.replace(/君?外.+名$/, ''));

  const text = body[0]?.replace(/^\u3000+/, '') === title ? body.slice(1) : body;
  const { preamble, items } = splitQuestionItems(text);
  if (items.length === 0) page.fail(siteMessages.noItems);

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
