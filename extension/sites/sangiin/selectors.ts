/**
 * @file 参議院 selectors: every selector and printed label the 参議院 adapters rely on, each selector with
 * its evidence `…_ = [[expected count, fixture], …]` checked by tests/extension/sites/sites.test.ts
 * against the saved pages (refined-github style), which also checks that the adapters query exactly these
 * selectors. Fixtures are paths under tests/fixtures/pages/.
 */
import type { FixtureMatch } from '../shugiin/selectors';

const LIST = 'sangiin/syuisyo219.2026-07-14.htm';
const DETAIL = 'sangiin/m221001.htm';
const QUESTION = 'sangiin/s219095.htm';
const ANSWER = 'sangiin/t197025.constructed.htm';

/** Page footer: present only when the page loaded to the end. */
export const footer = '#Footer';
export const footer_ = [[1, LIST], [1, DETAIL], [1, QUESTION], [1, ANSWER]] satisfies FixtureMatch[];

/** Session banner 「第219回国会（臨時会）（令和7年10月21日～…）」; the list has a second p.exp (an explanation). */
export const sessionBanner = '#ContentsBox p.exp';
export const sessionBanner_ = [[2, LIST], [6, DETAIL], [2, QUESTION], [2, ANSWER]] satisfies FixtureMatch[];

/** Page heading 「質問主意書・答弁書一覧」 / 「質問主意書情報」 / 「質問主意書」 / 「答弁書」. */
export const pageHeading = '#ContentsBox h2.title_text';
export const pageHeading_ = [[1, LIST], [1, DETAIL], [1, QUESTION], [1, ANSWER]] satisfies FixtureMatch[];

// ── 一覧 syuisyo/{回次}/syuisyo.htm ──────────────────────────────────────────

/** The list; not "the first table" (that one lays out the 回次 <select>). Three <tr> per question. */
export const listTable = 'table.list_c[summary="質問主意書・答弁書一覧"]';
export const listTable_ = [[1, LIST], [0, DETAIL]] satisfies FixtureMatch[];
/**
 * Cell layout of the three rows of one question (tag names in order) and their printed labels. The adapter checks each
 * question's 提出番号 header id (t1…tN) against its number cell's `headers`, and reads the links of the three rows
 * by their resolved href (明細 `meisai/m…`, 質問本文 `syuh/s…`, 答弁本文 `touh/t…` and the PDFs
 * `syup/`, `toup/`: read-sangiin-links.ts).
 */
export const listRowShapes = [['TH', 'TH', 'TD'], ['TD', 'TH', 'TD', 'TD', 'TD'], ['TD', 'TD']] as const;
export const listLabels = { number: '提出番号', title: '件名', submitter: '提出者' } as const;

// ── 明細 meisai/m{回次}{番号}.htm ────────────────────────────────────────────

/**
 * Every label is a <th> of the six tables 「質問主意書情報」 (separated by `<p class="exp">&nbsp;</p>`); values are in
 * the next <td> (row labels) or the next row (section labels).
 */
export const detailLabelCells = 'table.list_c[summary="質問主意書情報"] th';
export const detailLabelCells_ = [[11, DETAIL]] satisfies FixtureMatch[];
export const detailLinks = '#ContentsBox a[href]';
export const detailLinks_ = [[4, DETAIL]] satisfies FixtureMatch[];

/** Labels whose value is the next cell in the same row. */
export const detailRowLabels = {
  title: '件名',
  session: '提出回次',
  number: '提出番号',
  submittedOn: '提出日',
  submitter: '提出者',
  transferredOn: '転送日',
  answeredOn: '答弁書受領日',
} as const;
/** Labels that head a section whose value is the first cell of the next row (その他 heads 転送日 and 答弁書受領日). */
export const detailSectionLabels = { remarks: '備考', question: '質問主意書', answer: '答弁書' } as const;

// ── 質問本文 syuh/s… / 答弁本文 touh/t… ─────────────────────────────────────

/** The single cell holding the text, lines separated by <BR> (the wrapping <p> is invalid HTML). */
export const bodyCell = '#ContentsBox table td';
export const bodyCell_ = [[1, QUESTION], [1, ANSWER]] satisfies FixtureMatch[];
/** Right-aligned signature inside the cell: the submitter (質問) or 内閣総理大臣 (答弁). */
export const bodySignature = '#ContentsBox table td div';
export const bodySignature_ = [[1, QUESTION], [1, ANSWER]] satisfies FixtureMatch[];
