/**
 * @file 会期の読み取り (readSessionList): the 参議院 list page's 国会回次 selector as session periods (会期). Never throws
 * and never stops a capture: a selector that cannot be read gives a Japanese warning and the built-in 会期表 is kept.
 * Kept apart from the list adapter (question-list.ts), which reads the questions.
 */
import { parseSessionLabel } from '@shared/session/parse-session-label';
import type { SessionPeriod } from '@shared/session/session-period';
import { cleanText } from '../helpers/clean-text';

/**
 * 国会回次指定 selector: one option per session, 「第219回国会（臨時会）（令和7年10月21日～令和7年12月17日）」; sessions
 * without 質問主意書 are missing. Evidence (tests/extension/sites/sangiin/read-session-list.golden.test.ts): 196 options on
 * the saved 219 list (219 down to 1), none on the 明細 page. Not in selectors.ts: the list adapter does not read it.
 */
export const sessionOptions = '#ContentsBox select[name="kaiji"] option';
/** 「令和8年7月14日現在」 under the list: when the page (and its selector) was last updated. Evidence: 1 on the saved list. */
export const listAsOf = '#ContentsBox p.ta_r';

/** How many sessions a capture keeps, newest first: enough for every question still open or recently answered. */
export const SESSIONS_KEPT = 20;

/** 会期の読み取り結果: the newest SESSIONS_KEPT sessions, and a warning when the selector could not be read. */
export interface SessionListRead {
  sessions: SessionPeriod[];
  warning?: string;
}

const warn = (detail: string): SessionListRead => ({
  sessions: [],
  warning: `会期を読み取れませんでした (${detail})。質問は取り込みました。会期表は既定のもの (設定の会期表) を使います。`,
});

/**
 * Reads the selector of a 参議院 質問主意書一覧. `url` is recorded as each row's source (with the page's 現在 date when shown).
 * @example readSessionList(document, location.href).sessions[0] //=> { number: 219, kind: '臨時会', start: '2025-10-21', end: '2025-12-17', … }
 */
export function readSessionList(doc: Document, url: string): SessionListRead {
  const options = [...doc.querySelectorAll(sessionOptions)];
  if (options.length === 0) return warn('国会回次の選択欄が見つかりません');
  const asOf = /^(令和|平成)\S+年\S+月\S+日現在$/.exec(cleanText(doc.querySelector(listAsOf)?.textContent ?? ''))?.[0];
  const source = `参議院 質問主意書一覧 (${url}${asOf ? `, ${asOf}` : ''}) の国会回次の表示`;
  const sessions: SessionPeriod[] = [];
  const problems: string[] = [];
  for (const option of options.slice(0, SESSIONS_KEPT)) {
    const label = cleanText(option.textContent ?? '');
    const read = parseSessionLabel(label, `${source}「${label}」`);
    if (read.ok) sessions.push(read.session);
    else problems.push(read.reason);
  }
  if (sessions.length === 0) return warn(problems[0] ?? '選択欄が空です');
  // Newest first on the page; one unreadable row is reported, the rest still used.
  const result: SessionListRead = { sessions };
  if (problems.length > 0) result.warning = `会期の一部を読み取れませんでした (${problems.length} 件: ${problems[0]})。読めた ${sessions.length} 会期だけ更新します。`;
  return result;
}
