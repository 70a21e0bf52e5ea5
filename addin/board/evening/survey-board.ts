/**
 * @file 通告月報の表 (buildSurvey): the 通告月報 sheet — per sitting and member the survey band, the lateness against
 * 前々日正午 (or セット + the agreed interval), and the 内閣人事局 survey's fields — from the 質問通告, the 開会 sheet's
 * セット日時, the 割振り (最終の答弁作成着手可能日時 = the last 執筆 割振り decided) and the 夕方レク 局長了実績 (全ての答弁作成
 * が完了した日時). The 開会 and 夕方レク rows go once a sitting is over, so values already in the sheet are kept. Pure.
 */
import {
  type CommitteeNotice, type JstInstant, type SurveyItemTimes, type SurveyNoticeInput, type SurveyReport, compareInstants, exchangeItemId,
  noticeBands, noticeSurveyReport, setNoticeInterval, surveyInputsFromNotices,
} from '@shared/index';
import type { AssignmentLine } from '../questions/assignment-lines';
import type { BoardQuestion } from '../questions/board-question';
import type { BoardSettings } from '../settings/board-settings';
import { cellInstant, cellText } from '../sheet/cell-value';
import { dateToSerial, instantToSerial } from '../sheet/excel-serial';
import { sittingSetKey } from './sitting-set-times';
import { readRows, sparseWrite, toTableWrite, writeChangesNothing } from '../sheet/table-rows';
import type { TableWrite, WorkbookSnapshot } from '../sheet/table-snapshot';
import { houseWords } from '../tables/cell-words';
import { type SurveyRow, type SurveyTotalRow, TABLE, eveningItemTable, surveyTable, surveyTotalTable } from '../tables/workbook-tables';

/** The sheet rows, the totals and the reports by month (for the CSV). */
export interface SurveyBoard {
  rows: SurveyRow[];
  totals: SurveyTotalRow[];
  reports: SurveyReport[];
}

/** Row id of a sitting and member (the table's key: earlier values follow it). */
export function surveyRowId(input: Pick<SurveyNoticeInput, 'house' | 'committee' | 'sittingOn' | 'member'>): string {
  return `${houseWords.write(input.house)}${input.committee}@${input.sittingOn} ${input.member}`;
}

/**
 * Builds the 通告月報 from the board.
 * @example buildSurvey(snapshot, settings, questions, lines, setTimes).reports.map((r) => r.month)
 */
export function buildSurvey(
  snapshot: WorkbookSnapshot, settings: BoardSettings, questions: readonly BoardQuestion[], lines: readonly AssignmentLine[],
  setTimes: ReadonlyMap<string, JstInstant>,
): SurveyBoard {
  const notices: CommitteeNotice[] = questions.flatMap((q) => (q.notice ? [q.notice] : []));
  const decided = new Map<string, JstInstant>();
  for (const line of lines) {
    if (line.role !== '執筆' || line.state !== 'final' || !line.decidedAt) continue;
    const key = exchangeItemId(line.questionKey, line.itemLabel);
    const before = decided.get(key);
    if (!before || compareInstants(before, line.decidedAt) < 0) decided.set(key, line.decidedAt);
  }
  const done = new Map<string, JstInstant>();
  for (const row of readRows(eveningItemTable, snapshot.get(TABLE.eveningItems))) {
    const at = cellInstant(row.directorApprovedAt);
    if (at) done.set(cellText(row.itemId), at);
  }
  const itemTimes = (noticeId: string, label: string): SurveyItemTimes => {
    const id = exchangeItemId(noticeId, label);
    return { startableAt: decided.get(id), doneAt: done.get(id) };
  };
  const fresh = surveyInputsFromNotices(notices, { itemTimes, setAtOf: (n) => setTimes.get(sittingSetKey(n.house, n.committee, n.sittingOn)) });
  // Values already in the sheet stay when today's sources no longer have them (the sitting is over).
  const previous = new Map(readRows(surveyTable, snapshot.get(TABLE.survey)).map((r) => [cellText(r.id), r]));
  const inputs = fresh.map((input): SurveyNoticeInput => {
    const before = previous.get(surveyRowId(input));
    if (!before) return input;
    const setAt = input.setAt ?? cellInstant(before.setAt);
    const lastStartableAt = input.lastStartableAt ?? cellInstant(before.lastStartableAt);
    const allDoneAt = input.allDoneAt ?? cellInstant(before.allDoneAt);
    return { ...input, ...(setAt ? { setAt } : {}), ...(lastStartableAt ? { lastStartableAt } : {}), ...(allDoneAt ? { allDoneAt } : {}) };
  });
  const months = [...new Set(inputs.map((i) => i.sittingOn.slice(0, 7)))].sort();
  const reports = months.map((m) => noticeSurveyReport(inputs, m, settings.calendar, setNoticeInterval.minutes));
  const serial = (at: JstInstant | undefined) => (at ? instantToSerial(at) : '');
  const rows = reports.flatMap((r) => r.rows.map((row): SurveyRow => ({
    month: row.month, house: houseWords.write(row.house), committee: row.committee, sittingOn: dateToSerial(row.sittingOn), setAt: serial(row.setAt),
    member: row.member, receivedAt: serial(row.receivedAt), band: row.issues[0] ?? row.bandLabel, reference: row.referenceLabel,
    minutesLate: row.issues.length > 0 ? '' : row.minutesLate, lastStartableAt: serial(row.lastStartableAt), allDoneAt: serial(row.allDoneAt),
    id: surveyRowId(row),
  })));
  const totals = reports.flatMap((r) => r.totals.map((t): SurveyTotalRow => ({
    month: r.month, house: houseWords.write(t.house), committee: t.committee, sittings: t.sittings, notices: t.notices,
    ...Object.fromEntries(noticeBands.map((b) => [b.band, t.byBand[b.band]])),
  })));
  return { rows, totals, reports };
}

/** The 通告月報 table writes that change something. */
export function surveyWrites(snapshot: WorkbookSnapshot, survey: SurveyBoard): TableWrite[] {
  const writes: TableWrite[] = [];
  for (const [def, rows] of [[surveyTable, survey.rows], [surveyTotalTable, survey.totals]] as const) {
    const before = snapshot.get(def.table);
    if (!before) continue; // a workbook prepared before the sheet existed: 「ブックを準備」 adds it
    const write = toTableWrite(def, before, rows);
    if (!writeChangesNothing(write, before)) writes.push(sparseWrite(def, write, before));
  }
  return writes;
}
