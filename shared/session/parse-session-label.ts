/**
 * @file 国会回次の表示の読み取り (parseSessionLabel): 「第221回国会（特別会）（令和8年2月18日～令和8年7月25日）」 as the
 * 参議院 list page's 国会回次 selector prints it → a SessionPeriod. Pure, no zod (content scripts import it).
 */
import type { IsoDate } from '../dates/iso-date';
import { parseWareki } from '../dates/parse-wareki';
import { sessionKinds, type SessionKind, type SessionPeriod } from './session-period';

// Full-width or ASCII parentheses; 「～」 (U+FF5E), 「〜」 (U+301C) or 「~」 between the dates.
const LABEL = /^第(\d{1,3})回国会[（(](常会|臨時会|特別会)[）)][（(]([^～〜~）)]+)[～〜~]([^）)]+)[）)]$/;

/**
 * The session a selector label names, or a Japanese reason why it cannot be read.
 * @example parseSessionLabel('第219回国会（臨時会）（令和7年10月21日～令和7年12月17日）', src)
 * //=> { ok: true, session: { number: 219, kind: '臨時会', start: '2025-10-21', end: '2025-12-17', extensions: [], source: src } }
 */
export function parseSessionLabel(label: string, source: string): { ok: true; session: SessionPeriod } | { ok: false; reason: string } {
  const text = label.replace(/[\s\u3000]+/g, '');
  const m = LABEL.exec(text);
  if (!m) return { ok: false, reason: `「${text.slice(0, 60)}」は「第N回国会（種別）（召集日～会期終了日）」の形ではありません` };
  const kind = m[2] as SessionKind;
  if (!sessionKinds.includes(kind)) return { ok: false, reason: `種別「${kind}」を読み取れません` };
  let start: IsoDate;
  let end: IsoDate;
  try {
    start = parseWareki(m[3]!);
    end = parseWareki(m[4]!);
  } catch (error) {
    return { ok: false, reason: `第${m[1]}回国会の会期の日付を読み取れません: ${(error as Error).message}` };
  }
  if (end < start) return { ok: false, reason: `第${m[1]}回国会の会期終了日 ${end} が召集日 ${start} より前です` };
  return { ok: true, session: { number: Number(m[1]), kind, start, end, extensions: [], source } };
}
