/**
 * @file 参議院 質問主意書情報 (meisai/m{回次}{番号}.htm): 件名, 提出回次・番号, 提出日, 提出者, 備考
 * (延期 notices), 転送日, 答弁書受領日 and the body links. Labels are matched by their trimmed text;
 * there is no 経過状況 on 参議院 pages (derive it from the dates) (extension/sites/PAGES.md §2.4).
 */
import { DateParseError } from '@shared/errors';
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { siteMessages } from '../site-messages';
import { parseSangiinUrl } from './parse-sangiin-url';
import { readExtensionNotes } from './read-extension-notes';
import { readSangiinLinks } from './read-sangiin-links';
import { readSessionBanner } from './read-session-banner';
import { detailLabelCells, detailLinks, detailRowLabels, detailSectionLabels, footer, pageHeading } from './selectors';
import { questionCode } from '../helpers/question-code';

const id = 'sangiin/question-detail';
const label = '参議院 質問主意書情報';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseSangiinUrl(url);
  if (target?.kind !== 'detail') return page.fail(siteMessages.missing('質問主意書情報の URL'));
  page.requireComplete(footer);
  readSessionBanner(doc, page, target.session);
  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== '質問主意書情報') page.fail(siteMessages.headerChanged('質問主意書情報', heading));

  const labelCells = new Map<string, Element>();
  for (const th of doc.querySelectorAll(detailLabelCells)) {
    const printed = page.text(th);
    if (labelCells.has(printed)) page.fail(siteMessages.notUnique(`項目「${printed}」`, 2));
    labelCells.set(printed, th);
  }
  const row = (key: keyof typeof detailRowLabels): string => {
    const th = labelCells.get(detailRowLabels[key]) ?? page.fail(siteMessages.labelMissing(detailRowLabels[key]));
    const td = th.nextElementSibling;
    if (td?.tagName !== 'TD') page.fail(siteMessages.valueMissing(detailRowLabels[key]));
    return page.text(td);
  };
  const section = (key: keyof typeof detailSectionLabels): Element => {
    const th = labelCells.get(detailSectionLabels[key]) ?? page.fail(siteMessages.labelMissing(detailSectionLabels[key]));
    const td = th.parentElement?.nextElementSibling?.firstElementChild;
    if (td?.tagName !== 'TD') page.fail(siteMessages.valueMissing(detailSectionLabels[key]));
    return td!;
  };

  const printedSession = /^(\d+)回$/.exec(row('session'))?.[1];
  if (Number(printedSession) !== target.session) page.fail(siteMessages.mismatch('提出回次', row('session'), String(target.session)));
  const number = page.number(detailRowLabels.number, row('number'));
  if (number !== target.number) page.fail(siteMessages.mismatch('提出番号', String(number), String(target.number)));
  const title = row('title');
  if (title === '') page.fail(siteMessages.emptyValue(detailRowLabels.title));
  const submitter = personName(row('submitter'));
  if (submitter === '') page.fail(siteMessages.emptyValue(detailRowLabels.submitter));
  const submittedOn = page.date(detailRowLabels.submittedOn, row('submittedOn'));
  const transferredOn = page.date(detailRowLabels.transferredOn, row('transferredOn'));
  const answeredOn = page.date(detailRowLabels.answeredOn, row('answeredOn'));
  const remarks = page.text(section('remarks'));
  section('question');
  section('answer');

  let extensions;
  try {
    extensions = readExtensionNotes(remarks, transferredOn ?? submittedOn);
  } catch (e) {
    if (!(e instanceof DateParseError)) throw e;
    return page.fail(siteMessages.unreadableDate(detailSectionLabels.remarks, remarks));
  }
  const code = questionCode(target.session, target.number);
  const links = readSangiinLinks(doc.querySelectorAll(detailLinks), url, target.session, code, page);
  return [dropUndefined<ScrapedQuestion>({
    kind: 'written', house: 'sangiin', session: target.session, number, title, submitters: [submitter],
    submittedOn, transferredOn, answeredOn, extensions,
    remarks: remarks || undefined,
    ...links,
    progressUrl: canonicalDietUrl(url, { session: target.session }),
  })];
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'sangiin',
  matches: (url) => parseSangiinUrl(url)?.kind === 'detail',
  scrape,
  examples: [{ fixture: 'sangiin/m221001.htm', url: 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm' }],
  testUrls: ['https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/meisai/m219095.htm'],
});
