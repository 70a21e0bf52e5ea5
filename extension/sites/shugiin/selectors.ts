/**
 * @file 衆議院 selectors: every selector and printed label the 衆議院 adapters rely on, each selector with
 * its evidence `…_ = [[expected count, fixture], …]` checked by tests/extension/sites/sites.test.ts
 * against the saved pages (refined-github style), which also checks that the adapters query exactly these
 * selectors. Fixtures are paths under tests/fixtures/pages/.
 */

/** [expected number of matches, fixture]. */
export type FixtureMatch = [expected: number, fixture: string];

const LIST = 'shugiin/kaiji221_l.2026-07-15.htm';
const PROGRESS = 'shugiin/221001.htm';
const ANSWER = 'shugiin/b221003.htm';
const QUESTION = 'shugiin/a212141.constructed.htm';

/** Page footer: present only when the page loaded to the end. */
export const footer = '#FooterBlock';
export const footer_ = [[1, LIST], [1, PROGRESS], [1, ANSWER], [1, QUESTION]] satisfies FixtureMatch[];

/** Content area (everything between header and footer). */
export const mainLayout = '#mainlayout';
export const mainLayout_ = [[1, LIST], [1, PROGRESS], [1, ANSWER], [1, QUESTION]] satisfies FixtureMatch[];

/** Page heading: <H2> on list and 経過 pages, <H1 class="txt05"> on body pages. */
export const pageHeading = '#TopContents';
export const pageHeading_ = [[1, LIST], [1, PROGRESS], [1, ANSWER], [1, QUESTION]] satisfies FixtureMatch[];

// ── 質問の一覧 kaiji{回次}_l.htm ─────────────────────────────────────────────

/** The list table; SUMMARY 「この表は、横8列、縦37行の表です。」 counts the header row too. */
export const listTable = 'table#shitsumontable';
export const listTable_ = [[1, LIST], [0, PROGRESS], [0, ANSWER]] satisfies FixtureMatch[];

/** Header cells; their ids are unreliable (提出者氏名 carries SHITSUMON.STATUS), so we check the texts. */
export const listHeaderCells = 'table#shitsumontable th';
export const listHeaderCells_ = [[9, LIST]] satisfies FixtureMatch[];

/** Printed TH texts of the list, in page order (BR inside a TH reads as nothing). */
export const listHeaderTexts = ['番号', '質問件名', '提出者氏名', '経過状況', '経過情報', '質問情報(HTML)', '質問情報(PDF)', '答弁情報(HTML)', '答弁情報(PDF)'] as const;

/**
 * Data cells are keyed by their `headers` attribute, never by position (extension/sites/PAGES.md §1.3): the adapter
 * maps each row's cells by this attribute and fails when one is missing, so the golden test of the saved list proves
 * every key.
 */
export const listColumns = {
  number: 'SHITSUMON.NUMBER',
  title: 'SHITSUMON.KENMEI',
  submitter: 'SHITSUMON.TEISHUTSUSHA',
  status: 'SHITSUMON.STATUS',
  progressLink: 'SHITSUMON.KLINK',
  questionLink: 'SHITSUMON.SLINK',
  questionPdfLink: 'SHITSUMON.SLINKPDF',
  answerLink: 'SHITSUMON.TLINK',
  answerPdfLink: 'SHITSUMON.TLINKPDF',
} as const;

// ── 経過 {回次}{番号3桁}.htm ─────────────────────────────────────────────────

/** The 経過 table: SUMMARY 「この表は横2列、縦15行の表です。」 (header + 14 label rows). */
export const progressTable = 'table.table';
export const progressTable_ = [[1, PROGRESS], [0, ANSWER]] satisfies FixtureMatch[];
export const progressHeaderCells = 'th#KOMOKU, th#NAIYO';
export const progressHeaderCells_ = [[2, PROGRESS], [0, LIST]] satisfies FixtureMatch[];
export const progressLabelCell = 'td[headers="KOMOKU"]';
export const progressLabelCell_ = [[14, PROGRESS], [0, LIST]] satisfies FixtureMatch[];
export const progressValueCell = 'td[headers="NAIYO"]';
export const progressValueCell_ = [[14, PROGRESS], [0, LIST]] satisfies FixtureMatch[];
/** Links in the content: breadcrumb (4) + 質問本文(HTML)へ … (4); absent body links are simply not printed. */
export const progressLinks = '#mainlayout a[href]';
export const progressLinks_ = [[8, PROGRESS]] satisfies FixtureMatch[];

/** Printed 項目 labels of the 経過 table (extension/sites/PAGES.md §1.4). */
export const progressLabels = {
  session: '国会回次',
  sessionKind: '国会区別',
  number: '質問番号',
  title: '質問件名',
  submitter: '提出者名',
  faction: '会派名',
  submittedOn: '質問主意書提出年月日',
  transferredOn: '内閣転送年月日',
  extensionNoticeOn: '答弁延期通知受領年月日',
  extendedUntil: '答弁延期期限年月日',
  answeredOn: '答弁書受領年月日',
  withdrawnOn: '撤回年月日',
  withdrawalNoticeOn: '撤回通知年月日',
  status: '経過状況',
} as const;

// ── 質問本文 a… / 答弁本文 b… ────────────────────────────────────────────────

/** Navigation (経過へ | 質問本文(HTML)へ | …), before the text and again after it. */
export const answerNav = 'div.gh22divr';
/** Three on b221003: nav, the 内閣総理大臣 signature line, nav again. */
export const answerNav_ = [[3, ANSWER], [0, PROGRESS]] satisfies FixtureMatch[];
/** Question page nav: `gh21divr` per public scraper fixtures (unverified: no saved 衆議院 question page). */
export const questionNav = 'div.gh21divr';
export const questionNav_ = [[3, QUESTION], [0, ANSWER]] satisfies FixtureMatch[];
