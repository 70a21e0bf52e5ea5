/**
 * @file 敵対的な値 (hostile values): seeded generators of the inputs the adversarial run used — ids with
 * trailing or ideographic spaces and other normalisation forms, markdown, formula starts, huge strings,
 * non-string values, hostile URLs. Every fuzz suite draws from these with seededRandom, so a failure names
 * a reproducible seed. SHOULD ONLY BE IMPORTED IN TESTS.
 */
import { seededRandom } from '../../shared/random/seeded-random';

/** A seeded generator with the usual helpers. */
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

/** Wraps seededRandom (mulberry32) with helpers. @example rng(1).int(1, 6) */
export function rng(seed: number): Rng {
  const next = seededRandom(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
  };
}

/** Pieces that break naive handling: spaces of every kind, NFD marks, surrogate pairs, markup, formula starts. */
const PIECES = [
  'as-x', '医政局', 'ガ', 'カ\u3099', 'é', 'e\u0301', ' ', '\u3000', '\u00a0', '\t', '\n', '\u200b', '\ufeff', '\u{20bb7}', '😀',
  '=', '+', '-', '@', "'", '[', ']', '(', ')', '*', '_', '`', '~', '#', '>', '<', '|', '{{', '}}', '\\', '/', ':', '.', '%00',
  'https://evil.example/login', '[再ログイン](https://evil.example)', '**重要**', '<script>alert(1)</script>', '\ufffd', '問1', '一の１',
];

/** A hostile string of `1..maxPieces` pieces. */
export function hostileText(r: Rng, maxPieces = 6): string {
  let out = '';
  for (let i = r.int(1, maxPieces); i > 0; i--) out += r.pick(PIECES);
  return out;
}

/** Any JSON-ish value, often not a string. */
export function hostileValue(r: Rng): unknown {
  switch (r.int(0, 9)) {
    case 0: return {};
    case 1: return { toString: 'x', nested: { deep: [1, 2] } };
    case 2: return [hostileText(r), 1, null];
    case 3: return r.int(-1e9, 1e9);
    case 4: return r.chance(0.5);
    case 5: return null;
    case 6: return 'x'.repeat(r.int(100, 200_000));
    case 7: return Number.NaN;
    default: return hostileText(r, 10);
  }
}

const SCHEMES = ['https:', 'http:', 'javascript:', 'data:', 'file:', 'chrome:', 'ftp:', 'blob:https:', 'JAVASCRIPT:', ' https:', '\thttps:', 'java\nscript:', ''];
const HOSTS = [
  'www.shugiin.go.jp', 'www.sangiin.go.jp', 'shugiin.go.jp', 'evil.example', 'www.shugiin.go.jp.evil.example', 'evil.example\\@www.shugiin.go.jp',
  'www.shugiin.go.jp@evil.example', 'user:pass@www.sangiin.go.jp', 'www.sangiin.go.jp:8443', 'WWW.SHUGIIN.GO.JP', 'xn--www-shugiin', '[::1]', '127.0.0.1',
  'intra.example.go.jp', 'www.shugiin.go.jp%2f@evil.example', '',
];
const PATHS = ['/internet/itdb_shitsumon.nsf/html/shitsumon/a221001.htm', '/japanese/joho1/kousei/syuisyo/221/syuh/s221001.htm', '//shitsumon/a221001.htm', '/', '', '/%2e%2e/x'];

/** A URL-ish text assembled from hostile schemes, hosts and paths (sometimes not a URL at all). */
export function hostileUrl(r: Rng): string {
  if (r.chance(0.08)) return r.pick(['http://[', '//', ':', 'https://', 'a221001.htm', '\u0000https://www.shugiin.go.jp/']);
  const slashes = r.pick(['//', '//', '/', '\\\\', '///', '']);
  return `${r.pick(SCHEMES)}${slashes}${r.pick(HOSTS)}${r.pick(PATHS)}${r.chance(0.2) ? '#frag' : ''}${r.chance(0.1) ? '?q=1' : ''}`;
}
