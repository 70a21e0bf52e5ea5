/**
 * @file 月報の入力 (surveyInputsFromNotices): 質問通告 grouped per sitting and member — the member's last notice, the
 * 委員会セット日時, and from the 問 the time the last one could be started and the time the last one was finished. Pure.
 */
import { compareInstants } from '../dates/compare-instants';
import type { JstInstant } from '../dates/jst';
import type { CommitteeNotice } from '../model/committee-notice';
import type { SurveyNoticeInput } from './notice-survey-report';

/** 問ごとの時刻: when drafting could start (割振り確定 after 問取り) and when the answer was finished (局長了). */
export interface SurveyItemTimes {
  startableAt?: JstInstant;
  doneAt?: JstInstant;
}

export interface SurveyInputOptions {
  /** Times of one 問 (notice id, 問 label), when recorded. */
  itemTimes?: (noticeId: string, label: string) => SurveyItemTimes | undefined;
  /** 委員会セット日時 of the notice's sitting when kept elsewhere (the 開会 sheet); else the notice's own setAt. */
  setAtOf?: (notice: CommitteeNotice) => JstInstant | undefined;
}

const later = (a: JstInstant | undefined, b: JstInstant | undefined) => (a === undefined ? b : b === undefined ? a : compareInstants(a, b) >= 0 ? a : b);

/**
 * One input per (院, 委員会, 開会日, 質問者). 全ての答弁作成が完了した日時 only when every 問 has its finish time.
 * @example surveyInputsFromNotices(notices, { itemTimes: (id, label) => times.get(`${id}#${label}`) })
 */
export function surveyInputsFromNotices(notices: readonly CommitteeNotice[], options: SurveyInputOptions = {}): SurveyNoticeInput[] {
  const groups = new Map<string, { input: SurveyNoticeInput; allDone: boolean; doneAt?: JstInstant }>();
  for (const n of notices) {
    const key = [n.house, n.committee, n.sittingOn, n.member].join('\u0000');
    let g = groups.get(key);
    if (!g) {
      g = { input: { house: n.house, committee: n.committee, sittingOn: n.sittingOn, member: n.member, receivedAt: n.receivedAt }, allDone: true };
      groups.set(key, g);
    }
    g.input.receivedAt = later(g.input.receivedAt, n.receivedAt)!;
    const setAt = options.setAtOf?.(n) ?? n.setAt;
    if (setAt) g.input.setAt = later(g.input.setAt, setAt);
    for (const item of n.items) {
      const t = options.itemTimes?.(n.id, item.label);
      if (t?.startableAt) g.input.lastStartableAt = later(g.input.lastStartableAt, t.startableAt);
      if (t?.doneAt) g.doneAt = later(g.doneAt, t.doneAt);
      else g.allDone = false;
    }
  }
  return [...groups.values()].map((g) => (g.allDone && g.doneAt ? { ...g.input, allDoneAt: g.doneAt } : g.input));
}
