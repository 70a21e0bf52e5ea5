/** @file 参議院 URL の判別 (parseSangiinUrl): which 質問主意書 page a URL names. */

/** A 参議院 質問主意書 page: the list of a session (or of the current one), or one question's 明細 / 質問本文 / 答弁本文. */
export type SangiinPage =
  | { kind: 'list'; session: number | 'current' }
  | { kind: 'detail' | 'question' | 'answer'; session: number; number: number };

const BASE = /^https?:\/\/(?:www\.)?sangiin\.go\.jp\/japanese\/joho1\/kousei\/syuisyo\//;
const LIST = /^(\d{3}|current)\/syuisyo\.htm$/;
const ONE = /^(\d{3})\/(meisai\/m|syuh\/s|touh\/t)(\d{3})(\d{3,4})\.htm$/;
const KIND = { 'meisai/m': 'detail', 'syuh/s': 'question', 'touh/t': 'answer' } as const;

/**
 * 判別: reads the page type, 回次 and 番号 from the URL (query and fragment ignored); null for any
 * other URL, including a question page whose file name names another session than its folder.
 * @example parseSangiinUrl('https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/221/meisai/m221001.htm')
 * //=> { kind: 'detail', session: 221, number: 1 }
 */
export function parseSangiinUrl(url: string): SangiinPage | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const full = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  const base = BASE.exec(full);
  if (!base) return null;
  const rest = full.slice(base[0].length);
  const list = LIST.exec(rest);
  if (list) return { kind: 'list', session: list[1] === 'current' ? 'current' : Number(list[1]) };
  const one = ONE.exec(rest);
  if (!one || one[1] !== one[3] || Number(one[4]) < 1) return null;
  return { kind: KIND[one[2] as keyof typeof KIND], session: Number(one[1]), number: Number(one[4]) };
}
