/**
 * @file ポップアップ用データ (popupData): everything the popup shows, computed in the background so the
 * popup bundle carries no calendar, zod or IndexedDB code (keeps it small and instant).
 */
import {
  type Bureau, type BureauRow, type BureauView, type DietDb, type ExchangeBundle, type IsoDate, type JstInstant, type Jurisdiction,
  type QuestionNumber, type SourceUrlOptions, answerDeadline, bureauView, compareInstants, compareQuestionNumbers, defaultBureauRules, editableFieldLabels,
  feedSourceOptions, hasQuestionItems, houseLabels, isAllowedSourceUrl, jstAt, jstDateOf, jurisdictionLabel, loadLocalBundle, loadSessions,
  noticeBandText, noticeLateness, resolveQuestionStatus, sessionByNumber, standDownFreshness,
} from '@shared/index';
import { type DietPageStatus, dietPageStatus } from '../sites/page-status';
import { type PopupExtras, popupExtras } from './popup-extras';
import { EDITOR_KEY } from './capture-edit';
import { type CaptureRunView, runView } from './capture-run';
import { loadRuns } from './capture-run-store';
import { type FeedState, readFeedState } from './feed-state';
import { TEAMS_STATUS_KEY, type TeamsStatus } from './notify-teams';

/** 取り込んだ質問主意書 (one row of the captured list). */
export interface CapturedRow {
  key: string;
  /** 「参議院 第221回 第37号」. */
  label: string;
  title: string;
  submitters: string[];
  /** 内閣転送日, for the 「修正」 form. */
  transferredOn?: IsoDate;
  /** Labels of the fields corrected by hand (「件名」 …): later captures keep them. */
  edited: string[];
  url?: string;
  /** 「衆議院 第221回」: the list the question was captured from (bulk 当省分 of a whole list). */
  list: string;
  /** 状況 label (作成中, 答弁済み, 質問受理 …). */
  status: string;
  /** Where the 状況 came from: 「経過ページ」「明細」「一覧の経過状況「答弁受理」」「手修正 (内閣転送日)」「なし」. */
  statusSource: string;
  /** Still to be answered (not answered, not withdrawn, not 転送に至らず). */
  open: boolean;
  /** For an open question without a deadline: why, and how to fix it (「再取得」 or 「修正」). */
  missingDates?: string;
  /** 問未取得: an open question whose 質問本文 has not been read (no 問 to assign yet). */
  itemsMissing: boolean;
  /** Number of 問 read from the 質問本文. */
  items: number;
  /** True when a detail page or 質問本文 link is known (「再取得」「問を取得」 can fetch something). */
  canFetch: boolean;
  /** 当省分: 'own' / 'other' / 'none' (未確認), and its label 「当省 (取りまとめ)」「他省庁 (国土交通省)」「未確認」. */
  scope: 'own' | 'other' | 'none';
  jurisdiction: string;
  /** 答弁期限 (閣議 or 延期期限) as a date, when known. */
  dueOn?: IsoDate;
  /** End of that day as an instant, for the time left. */
  dueAt?: JstInstant;
  /** 7日目. */
  lastLegalDay?: IsoDate;
  extensionLikely: boolean;
  /** 答弁書受領日: once answered, the deadline is history (no time left, never 「超過」). */
  answeredOn?: IsoDate;
  /** 撤回日: a withdrawn question has no deadline to meet. */
  withdrawnOn?: IsoDate;
  /** 問の文, joined (the popup's search). */
  itemTexts: string;
  /** Still open (not answered or withdrawn) and its deadline has passed (期限超過). */
  overdue: boolean;
  /** 院・回次・号 (order after urgency). */
  number: QuestionNumber;
}

/** 取り込んだ質問通告 (one row of the clipped notices). */
export interface NoticeRow {
  id: string;
  /** 「衆議院 厚生労働委員会」. */
  committee: string;
  /** 開会日時 (JST instant), for 和暦 display and order. */
  sittingAt: JstInstant;
  /** 開会日 'YYYY-MM-DD'. */
  sittingOn: IsoDate;
  member: string;
  /** Number of 問. */
  items: number;
  receivedAt: JstInstant;
  /** 「前日18時以降 (通告期限 令和8年6月8日(月) 12:00 を 31 時間 10 分超過)」, computed now from receivedAt and sittingOn. */
  band: string;
  /** True when received after the 前々日正午 deadline (or the band could not be computed). */
  late: boolean;
  /** Page the notice was clipped from, when the source URL policy lets the popup open it. */
  url?: string;
}

/** Data for the popup (and the extras: other bureaus' 問, digest, conflicts, report). */
export interface PopupData extends PopupExtras {
  now: JstInstant;
  bureaus: { id: string; name: string }[];
  bureau?: { id: string; name: string };
  view?: BureauView;
  feedUrl: string;
  feed?: FeedState;
  /** Set while a stand-down is shown on data older than the feed's refresh allows (standDownFreshness). */
  staleStandDown?: { asOf: JstInstant | null };
  teams?: TeamsStatus;
  captured: CapturedRow[];
  /** Clipped 質問通告, by sitting (earliest first). */
  notices: NoticeRow[];
  /** Last 修正者, the default of the 「修正」 form. */
  editor: string;
  conflicts: number;
  /** Captures still fetching, and finished ones with their failures, until dismissed; newest first. */
  runs: CaptureRunView[];
  /** The tab the popup was opened on, when it is a Diet page: capturable or why not. */
  page: DietPageStatus | null;
}

/** The link when the source URL policy lets the popup open it (Diet hosts, or the feed's origin); else none. */
function openable(url: string | undefined, sources: SourceUrlOptions): string | undefined {
  return url !== undefined && isAllowedSourceUrl(url, sources) ? url : undefined;
}

/** 当省分 by question key, from the live `jurisdictions` records. */
function jurisdictionsOf(bundle: ExchangeBundle): Map<string, Jurisdiction> {
  return new Map(bundle.records.jurisdictions.flatMap((r) => (r.deleted || !r.data ? [] : [[r.id, r.data] as const])));
}

/** Captured 質問主意書 by urgency then 院・回次・号, with their deadlines, status source and 当省分. */
async function capturedRows(db: DietDb, now: JstInstant, sources: SourceUrlOptions, marks: ReadonlyMap<string, Jurisdiction>): Promise<CapturedRow[]> {
  const today = jstDateOf(now);
  const rows: CapturedRow[] = [];
  const sessions = await loadSessions(db);
  for (const q of await db.getAll('questions')) {
    let status = '';
    let statusSource = '';
    let open = true;
    let missingDates: string | undefined;
    let dueOn: IsoDate | undefined;
    let lastLegalDay: IsoDate | undefined;
    let extensionLikely = false;
    try {
      const resolved = resolveQuestionStatus(q, today);
      ({ label: status, sourceLabel: statusSource, open, missingDates } = resolved);
      dueOn = resolved.dueOn ?? undefined;
      if (q.transferredOn) {
        const session = sessionByNumber(sessions, q.session);
        const d = answerDeadline(q.transferredOn, undefined, session ? { session } : {});
        lastLegalDay = d.lastLegalDay;
        extensionLikely = d.extensionLikely && open;
      }
    } catch (error) {
      status = (error as Error).message;
    }
    const mark = marks.get(q.key);
    rows.push({
      key: q.key,
      label: `${houseLabels[q.house]} 第${q.session}回 第${q.number}号`,
      title: q.title,
      submitters: q.submitters,
      transferredOn: q.transferredOn,
      edited: q.userEdited.map((f) => editableFieldLabels[f as keyof typeof editableFieldLabels] ?? f),
      url: openable(q.progressUrl ?? q.questionUrl, sources),
      list: `${houseLabels[q.house]} 第${q.session}回`,
      status,
      statusSource,
      open,
      ...(missingDates ? { missingDates } : {}),
      itemsMissing: open && !hasQuestionItems(q),
      items: q.items.length,
      canFetch: Boolean(q.progressUrl || q.questionUrl),
      scope: mark?.scope ?? 'none',
      jurisdiction: jurisdictionLabel(mark),
      dueOn,
      dueAt: dueOn ? jstAt(dueOn, '23:59') : undefined,
      lastLegalDay,
      extensionLikely,
      answeredOn: q.answeredOn,
      withdrawnOn: q.withdrawnOn,
      itemTexts: q.items.map((i) => i.text).join('\n'),
      overdue: Boolean(dueOn && open && compareInstants(jstAt(dueOn, '23:59'), now) < 0),
      number: { kind: 'written', house: q.house, session: q.session, number: q.number },
    });
  }
  return rows.sort(byCapturedUrgency);
}

/**
 * 緊急度順 of captured questions: open ones with a deadline (earliest first, so overdue ones lead), then open ones
 * without (転送待ち), then closed ones (answered, withdrawn, not transferred); then 院・回次・号 as numbers (第2号
 * before 第10号).
 */
function byCapturedUrgency(a: CapturedRow, b: CapturedRow): number {
  const rank = (r: CapturedRow) => (!r.open ? 2 : r.dueOn ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (rank(a) === 0 && a.dueOn !== b.dueOn) return a.dueOn! < b.dueOn! ? -1 : 1;
  return compareQuestionNumbers(a.number, b.number) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** Clipped 質問通告 by sitting, then by receipt; the 前々日正午 band from the calendar, never from stored text. */
async function noticeRows(db: DietDb, sources: SourceUrlOptions): Promise<NoticeRow[]> {
  const rows = (await db.getAll('notices')).map((n): NoticeRow => {
    let band: string;
    let late: boolean;
    try {
      const lateness = noticeLateness(n.receivedAt, n.sittingOn, undefined, { setAt: n.setAt });
      band = noticeBandText(lateness);
      late = lateness.minutesLate > 0;
    } catch (error) {
      band = (error as Error).message;
      late = true;
    }
    return {
      id: n.id, committee: `${houseLabels[n.house]} ${n.committee}`, sittingAt: jstAt(n.sittingOn, n.startTime), sittingOn: n.sittingOn,
      member: n.member, items: n.items.length, receivedAt: n.receivedAt, band, late, url: openable(n.provenance[0]?.sourceUrl, sources),
    };
  });
  return rows.sort((a, b) => compareInstants(a.sittingAt, b.sittingAt) || compareInstants(a.receivedAt, b.receivedAt) || a.id.localeCompare(b.id));
}

/**
 * Builds the popup's data for my bureau (if chosen) at `now`.
 * `activeUrl` is the tab the popup was opened on (what it says about capturing that page).
 * @example await popupData(db, bureaus, options, clock.now(), tab.url)
 */
export async function popupData(
  db: DietDb,
  bureaus: readonly Bureau[],
  options: { bureauId: string; feedUrl: string; reportUrl?: string; refreshMinutes?: number },
  now: JstInstant,
  activeUrl?: string,
): Promise<PopupData> {
  const bureau = bureaus.find((b) => b.id === options.bureauId);
  const bundle = await loadLocalBundle(db, 'extension', now);
  const sources = feedSourceOptions(options.feedUrl);
  const full: BureauView | undefined = bureau ? bureauView(bundle.records, bureau, now) : undefined;
  const linked = (row: BureauRow): BureauRow => ({ ...row, sourceUrl: openable(row.sourceUrl, sources) });
  const view = full && { ...full, rows: full.rows.map(linked) };
  const extras = await popupExtras(db, bundle, bureaus, full?.rows, options, now);
  const feed = await readFeedState(db);
  const freshness = full?.release
    ? standDownFreshness({ configured: options.feedUrl !== '', fetchedAt: feed?.fetchedAt, failing: !!feed?.error, refreshMinutes: options.refreshMinutes ?? 5 }, now, defaultBureauRules)
    : { stale: false as const };
  return {
    now,
    bureaus: bureaus.map((b) => ({ id: b.id, name: b.name })),
    bureau: bureau && { id: bureau.id, name: bureau.name },
    view,
    feedUrl: options.feedUrl,
    feed,
    ...(freshness.stale ? { staleStandDown: { asOf: freshness.asOf } } : {}),
    teams: (await db.get('settings', TEAMS_STATUS_KEY))?.value as TeamsStatus | undefined,
    captured: await capturedRows(db, now, sources, jurisdictionsOf(bundle)),
    notices: await noticeRows(db, sources),
    editor: String((await db.get('settings', EDITOR_KEY))?.value ?? ''),
    conflicts: await db.count('conflicts'),
    runs: (await loadRuns(db)).reverse().map(runView),
    page: dietPageStatus(activeUrl),
    ...extras,
    allRows: extras.allRows.map(linked),
  };
}
