/**
 * @file 衆議院 経過 ({回次}{番号3桁}.htm): the only 衆議院 page with 会派, 提出日, 転送日, 延期,
 * 答弁書受領日, 撤回 and 経過状況. Read as 項目 → 内容 pairs; an empty 内容 (`<br>`) means "not yet
 * known, or known not to exist" and yields no value (extension/sites/PAGES.md §1.4).
 */
import type { ExtensionNotice } from '@shared/model/written-question';
import { canonicalDietUrl } from '@shared/capture/canonical-diet-url';
import { defineSite, type ScrapedQuestion } from '../define-site';
import { dropUndefined } from '../helpers/drop-undefined';
import { pageReader } from '../helpers/page-reader';
import { personName } from '../helpers/person-name';
import { siteMessages } from '../site-messages';
import { parseShugiinUrl } from './parse-shugiin-url';
import { readShugiinLinks } from './read-shugiin-links';
import { footer, pageHeading, progressHeaderCells, progressLabelCell, progressLabels, progressLinks, progressTable, progressValueCell } from './selectors';
import { questionCode } from '../helpers/question-code';

const id = 'shugiin/question-progress';
const label = '衆議院 質問答弁経過情報';

function scrape(doc: Document, url: string): ScrapedQuestion[] {
  const page = pageReader({ id, label }, doc, url);
  const target = parseShugiinUrl(url);
  if (target?.kind !== 'progress') return page.fail(siteMessages.missing('経過情報の URL'));
  page.requireComplete(footer);

  const heading = page.text(page.one(doc, pageHeading, '見出し'));
  if (heading !== '質問答弁経過情報') page.fail(siteMessages.headerChanged('質問答弁経過情報', heading));
  const table = page.one(doc, progressTable, '経過情報の表');
  const headers = [...table.querySelectorAll(progressHeaderCells)].map((th) => page.text(th));
  for (const expected of ['項目', '内容']) if (!headers.includes(expected)) page.fail(siteMessages.headerMissing(expected));

  const rows = [...table.querySelectorAll('tr')].filter((tr) => tr.querySelector('td'));
  const summary = table.getAttribute('summary') ?? '';
  const printedRows = /縦\s*(\d+)\s*行/.exec(summary)?.[1];
  if (printedRows === undefined) page.fail(siteMessages.summaryUnreadable(summary));
  if (Number(printedRows) - 1 !== rows.length) page.fail(siteMessages.rowCount(summary, Number(printedRows) - 1, rows.length));

  const values = new Map<string, string>();
  rows.forEach((row, i) => {
    const labelCell = row.querySelector(progressLabelCell) ?? page.fail(siteMessages.cellMissing(i + 1, '項目'));
    const valueCell = row.querySelector(progressValueCell) ?? page.fail(siteMessages.cellMissing(i + 1, '内容'));
    values.set(page.text(labelCell), page.text(valueCell));
  });
  const value = (key: keyof typeof progressLabels): string => {
    const v = values.get(progressLabels[key]);
    return v ?? page.fail(siteMessages.labelMissing(progressLabels[key]));
  };
  for (const key of Object.keys(progressLabels) as (keyof typeof progressLabels)[]) value(key);

  const session = page.number(progressLabels.session, value('session'));
  if (session !== target.session) page.fail(siteMessages.mismatch('国会回次', String(session), String(target.session)));
  const number = page.number(progressLabels.number, value('number'));
  if (number !== target.number) page.fail(siteMessages.mismatch('質問番号', String(number), String(target.number)));
  const title = value('title');
  if (title === '') page.fail(siteMessages.emptyValue(progressLabels.title));
  const submitter = personName(value('submitter'));
  if (submitter === '') page.fail(siteMessages.emptyValue(progressLabels.submitter));

  const date = (key: keyof typeof progressLabels) => page.date(progressLabels[key], value(key));
  date('withdrawalNoticeOn'); // read to check the format; the model has no field for it (withdrawnOn is 撤回年月日)
  const noticeReceivedOn = date('extensionNoticeOn');
  const extendedUntil = date('extendedUntil');
  const extensions: ExtensionNotice[] = noticeReceivedOn && extendedUntil ? [{ noticeReceivedOn, extendedUntil }] : [];

  const code = questionCode(target.session, target.number);
  const links = readShugiinLinks(doc.querySelectorAll(progressLinks), url, code, page);
  const record: ScrapedQuestion = {
    kind: 'written', house: 'shugiin', session, number, title, submitters: [submitter],
    faction: value('faction') || undefined,
    submittedOn: date('submittedOn'),
    transferredOn: date('transferredOn'),
    answeredOn: date('answeredOn'),
    extensions,
    withdrawnOn: date('withdrawnOn'),
    progressText: value('status') || undefined,
    ...links,
    progressUrl: canonicalDietUrl(url),
  };
  return [dropUndefined(record)];
}

export default defineSite({
  id,
  version: '1',
  label,
  house: 'shugiin',
  matches: (url) => parseShugiinUrl(url)?.kind === 'progress',
  scrape,
  examples: [{ fixture: 'shugiin/221001.htm', url: 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm' }],
  testUrls: [
    'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/221036.htm',
    'https://www.shugiin.go.jp/internet/itdb_shitsumona.nsf/html/shitsumon/147012.htm',
  ],
});
