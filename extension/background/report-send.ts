/**
 * @file 局の報告 (report): my bureau's responses as a report bundle (reportBundle: envelope `bureau`, producer
 * `report:${bureau}:${sender}`), its revision counter and sender id in IndexedDB settings, and its POST to the
 * ministry's report endpoint (options.reportUrl). The last send is kept (ReportState) so the popup can say
 * 「報告を送りました (10:32)」 or why not, and a report that could not be sent is sent again on the next tick.
 */
import { type DietDb, type ExchangeBundle, type JstInstant, jstStamp, jstTimeOf, loadLocalBundle, reportBundle } from '@shared/index';

/** settings keys. */
export const REPORT_STATE_KEY = 'report:state';
export const REPORT_REVISION_KEY = 'report:revision';
export const REPORT_SENDER_KEY = 'report:sender';

/** 報告の送信状態. */
export interface ReportState {
  /** Last successful POST (JST instant). */
  sentAt?: JstInstant;
  /** Last failure (Japanese), cleared by the next success. */
  error?: string;
  /** Responses changed since the last successful POST (sent again on the next tick). */
  pending: boolean;
}

/** What sending needs from the platform. */
export interface ReportDeps {
  db: DietDb;
  fetch: typeof fetch;
  now: () => JstInstant;
  /** 8 hex digits, once per installation (crypto in the extension, fixed in tests). */
  newSenderId: () => string;
}

/** The report's sender id: one per installation, made on first use. */
async function senderId(deps: Pick<ReportDeps, 'db' | 'newSenderId'>): Promise<string> {
  const stored = (await deps.db.get('settings', REPORT_SENDER_KEY))?.value;
  if (typeof stored === 'string' && stored) return stored;
  const id = deps.newSenderId();
  await deps.db.put('settings', { key: REPORT_SENDER_KEY, value: id });
  return id;
}

/** The send state (nothing sent yet when none is stored). */
export async function loadReportState(db: DietDb): Promise<ReportState> {
  return ((await db.get('settings', REPORT_STATE_KEY))?.value as ReportState | undefined) ?? { pending: false };
}

async function saveReportState(db: DietDb, state: ReportState): Promise<void> {
  await db.put('settings', { key: REPORT_STATE_KEY, value: state });
}

/** Marks the report as changed since the last send (a response was saved or retracted). */
export async function markReportPending(db: DietDb): Promise<void> {
  await saveReportState(db, { ...(await loadReportState(db)), pending: true });
}

/**
 * My bureau's report now, with the next revision.
 * @example const bundle = await buildReport(deps, 'isei')
 */
export async function buildReport(deps: Pick<ReportDeps, 'db' | 'now' | 'newSenderId'>, bureauId: string): Promise<ExchangeBundle> {
  const now = deps.now();
  const local = await loadLocalBundle(deps.db, 'extension', now);
  const revision = Number((await deps.db.get('settings', REPORT_REVISION_KEY))?.value ?? 0) + 1;
  await deps.db.put('settings', { key: REPORT_REVISION_KEY, value: revision });
  return reportBundle(local.records, bureauId, await senderId(deps), now, revision);
}

/** File name of a report: kokkai-report-isei-202606091030.json (JST). */
export function reportFileName(bundle: ExchangeBundle): string {
  return `kokkai-report-${bundle.bureau ?? ''}-${jstStamp(bundle.producedAt)}.json`;
}

/** 送信エラーの文 (Japanese). */
function failure(status: number | undefined, detail: string): string {
  if (status === undefined) return `報告を送れませんでした (${detail})。報告の送信先 URL とネットワークを確認してください。「報告をファイルに保存」で渡すこともできます。`;
  if (status === 401 || status === 403) return `報告を送れませんでした (HTTP ${status}: 認証が必要です)。設定の「認証情報を送る」と庁内のサインインを確かめてください。`;
  return `報告を送れませんでした (HTTP ${status})。報告の送信先 URL を確かめてください。「報告をファイルに保存」で渡すこともできます。`;
}

/**
 * POSTs my bureau's report to `reportUrl` and records the result. Any 2xx (201 Created, 202 Accepted, 204 …) is
 * success. Returns the Japanese result for the popup.
 * @example await sendReport(deps, 'isei', options.reportUrl, options.feedCredentials)
 */
export async function sendReport(deps: ReportDeps, bureauId: string, reportUrl: string, credentials: boolean): Promise<{ ok: boolean; message: string }> {
  const bundle = await buildReport(deps, bureauId);
  const state = await loadReportState(deps.db);
  let status: number | undefined;
  let detail = '';
  try {
    const response = await deps.fetch(reportUrl, {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(bundle), credentials: credentials ? 'include' : 'omit',
    });
    status = response.status;
    if (response.ok) {
      const sentAt = deps.now();
      await saveReportState(deps.db, { sentAt, pending: false });
      return { ok: true, message: `報告を送りました (${jstTimeOf(sentAt)}、回答 ${bundle.records.responses.length} 件)。` };
    }
  } catch (error) {
    detail = (error as Error).message;
  }
  const error = failure(status, detail);
  await saveReportState(deps.db, { ...state, error, pending: true });
  return { ok: false, message: error };
}
