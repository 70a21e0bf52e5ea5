/** @file 衆議院 URL の判別 (parseShugiinUrl): which 質問答弁情報 page a URL names. */

/** A 衆議院 質問答弁情報 page: the list of a session, or one question's 経過 / 質問本文 / 答弁本文. */
export type ShugiinPage =
  | { kind: 'list'; session: number }
  | { kind: 'progress' | 'question' | 'answer'; session: number; number: number };

// Sessions ≤ 147 live under itdb_shitsumona.nsf; the site spells /internet/ and /Internet/ (extension/sites/PAGES.md §1.1).
const PAGE = /^https?:\/\/(?:www\.)?shugiin\.go\.jp\/internet\/itdb_shitsumona?\.nsf\/html\/shitsumon\/(?:kaiji(\d{3})_l|([ab]?)(\d{3})(\d{3,4}))\.htm$/i;

/**
 * 判別: reads the page type, 回次 and 番号 from the URL (query and fragment ignored); null for any other URL.
 * @example parseShugiinUrl('https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b221003.htm')
 * //=> { kind: 'answer', session: 221, number: 3 }
 */
export function parseShugiinUrl(url: string): ShugiinPage | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const m = PAGE.exec(`${parsed.protocol}//${parsed.host}${parsed.pathname}`);
  if (!m) return null;
  if (m[1] !== undefined) return { kind: 'list', session: Number(m[1]) };
  const number = Number(m[4]);
  if (number < 1) return null;
  const kind = m[2]!.toLowerCase() === 'a' ? 'question' : m[2]!.toLowerCase() === 'b' ? 'answer' : 'progress';
  return { kind, session: Number(m[3]), number };
}
