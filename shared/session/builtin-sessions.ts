/**
 * @file 既定の会期表 (builtinSessions): sessions 211–221 as shipped, each with where it was read. A captured
 * 参議院 list page (its 国会回次 selector) or the 設定 sheet replaces a row; see shared/session/RULES.md.
 */
import { assertIsoDate } from '../dates/iso-date';
import type { SessionPeriod } from './session-period';

/** A checked date of the table below. */
const d = assertIsoDate;

/** 参議院 質問主意書一覧 第219回, saved 2026-07-14: its 国会回次 selector lists sessions 219 down to 1. */
const LIST_219 = '参議院 質問主意書一覧 第219回 (https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syuisyo.htm, 令和8年7月14日現在) の国会回次の表示';

/** 会期 211–221, oldest first. */
export const builtinSessions: readonly SessionPeriod[] = Object.freeze([
  { number: 211, kind: '常会', start: d('2023-01-23'), end: d('2023-06-21'), extensions: [], source: `${LIST_219}「第211回国会（常会）（令和5年1月23日～令和5年6月21日）」` },
  { number: 212, kind: '臨時会', start: d('2023-10-20'), end: d('2023-12-13'), extensions: [], source: `${LIST_219}「第212回国会（臨時会）（令和5年10月20日～令和5年12月13日）」` },
  { number: 213, kind: '常会', start: d('2024-01-26'), end: d('2024-06-23'), extensions: [], source: `${LIST_219}「第213回国会（常会）（令和6年1月26日～令和6年6月23日）」` },
  { number: 214, kind: '臨時会', start: d('2024-10-01'), end: d('2024-10-09'), extensions: [], source: `${LIST_219}「第214回国会（臨時会）（令和6年10月1日～令和6年10月9日）」` },
  { number: 215, kind: '特別会', start: d('2024-11-11'), end: d('2024-11-14'), extensions: [], source: `${LIST_219}「第215回国会（特別会）（令和6年11月11日～令和6年11月14日）」` },
  { number: 216, kind: '臨時会', start: d('2024-11-28'), end: d('2024-12-24'), extensions: [], source: `${LIST_219}「第216回国会（臨時会）（令和6年11月28日～令和6年12月24日）」` },
  { number: 217, kind: '常会', start: d('2025-01-24'), end: d('2025-06-22'), extensions: [], source: `${LIST_219}「第217回国会（常会）（令和7年1月24日～令和7年6月22日）」` },
  { number: 218, kind: '臨時会', start: d('2025-08-01'), end: d('2025-08-05'), extensions: [], source: `${LIST_219}「第218回国会（臨時会）（令和7年8月1日～令和7年8月5日）」` },
  { number: 219, kind: '臨時会', start: d('2025-10-21'), end: d('2025-12-17'), extensions: [], source: `${LIST_219}「第219回国会（臨時会）（令和7年10月21日～令和7年12月17日）」` },
  {
    number: 220, kind: '常会', start: d('2026-01-23'), end: d('2026-01-23'), extensions: [],
    source: '推定 (保存ページなし): 参議院の質問主意書データでは第220回の4件がすべて令和8年1月23日に提出・転送され、次の第221回は特別会 (明細ページの回次表示「第221回国会（特別会）」) なので、1月23日召集の常会 (国会法2条) が同日の衆議院解散で終わったと推定。参議院の一覧を取り込むと置き換わります。',
  },
  {
    number: 221, kind: '特別会', start: d('2026-02-18'), end: d('2026-07-25'), extensions: [],
    source: '参議院 質問主意書一覧 第221回 (https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/syuisyo.htm) の国会回次の表示「第221回国会（特別会）（令和8年2月18日～令和8年7月25日）」(この保存ページは未収録。種別は明細 m221001 の回次表示「第221回国会（特別会）」で確認)',
  },
] satisfies SessionPeriod[]);
