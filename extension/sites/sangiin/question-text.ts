/**
 * @file 参議院 質問本文 (syuh/s{回次}{番号}.htm): 件名, 提出日, 提出者 and the question split into 問.
 * The text is one <TD> with <BR> lines: 「質問第九五号」, 件名, 提出日 (kanji), the submitter in a
 * right-aligned <DIV>, a rule, the title again, the 問, and 「右質問する。」 (diet-pages.md §2.5).
 */
import { splitQuestionItems } from '@shared/capture/split-question-items';
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { RULE_LINE, textLines } from '../helpers/text-lines';
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
  const lines = textLines(cell);
  const rule = lines.indexOf(RULE_LINE);
  if (rule < 0) page.fail(siteMessages.noBody);
  const head = lines.slice(0, rule).map((l) => l.replace(/^\u3000+/, '')).filter((l) => l !== '');
  const body = lines.slice(rule + 1).filter((l) => l.replace(/\u3000/g, '') !== '');
  if ([...head, ...body].some((l) => l.includes('\ufffd'))) page.fail(siteMessages.mojibake);

  const numberAt = head.findIndex((l) => /^質問第(.+)号$/.test(l));
  if (numberAt < 0) page.fail(siteMessages.missing('「質問第…号」の行'));
  const number = page.number('質問番号', /^質問第(.+)号$/.exec(head[numberAt]!)![1]!);
  if (number !== target.number) page.fail(siteMessages.mismatch('質問番号', String(number), String(target.number)));
  const title = head[numberAt + 1];
  if (title === undefined || !/質問主意書$/.test(title)) page.fail(siteMessages.missing('件名（「…質問主意書」の行）'));
  const submitted = head.find((l) => /^(令和|平成|昭和).+日$/.test(l));
  if (submitted === undefined) page.fail(siteMessages.missing('提出日の行'));

  const text = body[0]?.replace(/^\u3000+/, '') === title ? body.slice(1) : body;
  const { preamble, items } = splitQuestionItems(text);
  if (items.length === 0) page.fail(siteMessages.noItems);

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
