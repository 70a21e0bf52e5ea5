/**
 * @file 通告実態の月報 (noticeSurveyReport): per committee sitting and member, the fields the 内閣人事局
 * 「国会対応業務に関する実態調査」 asks — 委員会開催日, 委員会セット日時, 最終の答弁作成着手可能日時, 全ての答弁作成が完了した日時 —
 * with the notice's survey band and its lateness against 前々日正午 (or セット + the agreed interval). Pure; the Excel
 * sheet and the CSV are written from the same rows (surveyCsv).
 */
import type { Calendar } from '../calendar/calendar';
import { defaultCalendar } from '../calendar/default-calendar';
import { compareInstants } from '../dates/compare-instants';
import type { IsoDate } from '../dates/iso-date';
import { type JstInstant, jstDateOf, jstTimeOf } from '../dates/jst';
import { noticeLateness } from '../capture/notice-lateness';
import { type NoticeBand, noticeBands, setNoticeInterval } from '../deadline/notice-deadline';
import { type House, houseLabels } from '../model/primitives';
import { csvText } from './csv-text';

/** 'YYYY-MM-DD HH:MM' (JST) of an instant for the sheet and the CSV; '' for none. */
function csvTime(instant: JstInstant | undefined): string {
  return instant ? `${jstDateOf(instant)} ${jstTimeOf(instant)}` : '';
}

/** One member's notice for one sitting, with the times the ministry recorded. */
export interface SurveyNoticeInput {
  house: House;
  committee: string;
  sittingOn: IsoDate;
  /** 委員会セット日時 when known. */
  setAt?: JstInstant;
  member: string;
  /** 通告受信日時 (the last notice of this member for this sitting). */
  receivedAt: JstInstant;
  /** 最終の答弁作成着手可能日時: when the member's last 問 could be started (割振り確定 after 問取り). */
  lastStartableAt?: JstInstant;
  /** 全ての答弁作成が完了した日時: when the member's last answer was finished; absent while any is open. */
  allDoneAt?: JstInstant;
}

/** 月報の 1 行. */
export interface SurveyReportRow extends SurveyNoticeInput {
  /** 'YYYY-MM' of the sitting. */
  month: string;
  band: NoticeBand;
  bandLabel: string;
  /** 遅れの基準 and its kind. */
  reference: JstInstant;
  basis: 'agreement' | 'set';
  /** 「前々日正午 2026-06-08 12:00」 or 「セット+3時間 2026-06-09 13:00」. */
  referenceLabel: string;
  minutesLate: number;
  /** Problems with this row (Japanese), e.g. a calendar error. */
  issues: string[];
}

/** 委員会ごとの集計: notices per band. */
export interface SurveyCommitteeTotal {
  house: House;
  committee: string;
  sittings: number;
  notices: number;
  byBand: Record<NoticeBand, number>;
}

export interface SurveyReport {
  month: string;
  rows: SurveyReportRow[];
  totals: SurveyCommitteeTotal[];
}

/**
 * The month's rows (sittings in `month`, 'YYYY-MM'), ordered by sitting, committee and notice time, and the totals.
 * @example noticeSurveyReport(inputs, '2026-06').totals[0]?.byBand.byTwoDaysBefore
 */
export function noticeSurveyReport(
  inputs: readonly SurveyNoticeInput[], month: string, calendar: Calendar = defaultCalendar(),
  intervalMinutes: number = setNoticeInterval.minutes,
): SurveyReport {
  const rows: SurveyReportRow[] = [];
  for (const input of inputs) {
    if (input.sittingOn.slice(0, 7) !== month) continue;
    try {
      const l = noticeLateness(input.receivedAt, input.sittingOn, calendar, { setAt: input.setAt, intervalMinutes });
      const referenceLabel = `${l.basis === 'set' ? `セット+${intervalMinutes / 60}時間` : '前々日正午'} ${csvTime(l.deadline)}`;
      rows.push({ ...input, month, band: l.band, bandLabel: l.label, reference: l.deadline, basis: l.basis, referenceLabel, minutesLate: l.minutesLate, issues: [] });
    } catch (error) {
      rows.push({
        ...input, month, band: 'later', bandLabel: '', reference: input.receivedAt, basis: 'agreement', referenceLabel: '', minutesLate: 0,
        issues: [(error as Error).message],
      });
    }
  }
  rows.sort((a, b) => a.sittingOn.localeCompare(b.sittingOn) || a.house.localeCompare(b.house) || a.committee.localeCompare(b.committee, 'ja')
    || compareInstants(a.receivedAt, b.receivedAt) || a.member.localeCompare(b.member, 'ja'));
  const totals = new Map<string, SurveyCommitteeTotal & { sittingDays: Set<string> }>();
  for (const r of rows) {
    if (r.issues.length > 0) continue;
    const key = `${r.house}|${r.committee}`;
    let t = totals.get(key);
    if (!t) {
      t = { house: r.house, committee: r.committee, sittings: 0, notices: 0, byBand: { byTwoDaysBefore: 0, byPrevNoon: 0, byPrev18: 0, later: 0 }, sittingDays: new Set() };
      totals.set(key, t);
    }
    t.sittingDays.add(r.sittingOn);
    t.notices++;
    t.byBand[r.band]++;
  }
  return {
    month,
    rows,
    totals: [...totals.values()].map(({ sittingDays, ...t }) => ({ ...t, sittings: sittingDays.size })),
  };
}

/** 月報の列 (Excel sheet and CSV share them). */
export const surveyReportHeader = [
  '対象月', '院', '委員会', '委員会開催日', '委員会セット日時', '質問者', '通告受信日時', '区分', '遅れの基準', '基準からの遅れ(分)',
  '最終の答弁作成着手可能日時', '全ての答弁作成が完了した日時',
] as const;


/** The row's cells in surveyReportHeader order (dates and times as text the survey form takes). */
export function surveyReportCells(r: SurveyReportRow): (string | number)[] {
  return [
    r.month, houseLabels[r.house], r.committee, r.sittingOn, csvTime(r.setAt), r.member, csvTime(r.receivedAt), r.bandLabel, r.referenceLabel, r.minutesLate,
    csvTime(r.lastStartableAt), csvTime(r.allDoneAt),
  ];
}

/**
 * The CSV for the 内閣人事局 survey: the rows, then a blank line and the totals per committee by band.
 * @example surveyCsv(noticeSurveyReport(inputs, '2026-06')).startsWith('\uFEFF"対象月"') //=> true
 */
export function surveyCsv(report: SurveyReport): string {
  const rows: (string | number)[][] = report.rows.map(surveyReportCells);
  if (report.totals.length > 0) {
    rows.push([]);
    rows.push(['委員会別の集計', '院', '委員会', '開会日数', '通告数', ...noticeBands.map((b) => b.label)]);
    for (const t of report.totals) rows.push([report.month, houseLabels[t.house], t.committee, t.sittings, t.notices, ...noticeBands.map((b) => t.byBand[b.band])]);
  }
  return csvText(surveyReportHeader, rows);
}
