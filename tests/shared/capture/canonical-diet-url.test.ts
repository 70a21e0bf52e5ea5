/** @file canonicalDietUrl: one spelling per Diet page (https, /internet/, session folder for /current/, no fragment). */
import { describe, expect, it } from 'vitest';
import { canonicalDietUrl } from '@shared/index';

const SHU = 'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/';
const SAN = 'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/';

describe('canonicalDietUrl', () => {
  it('spells 衆議院 URLs with https and /internet/, without the fragment', () => {
    for (const spelling of [
      `${SHU}221001.htm`,
      'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm',
      'http://www.shugiin.go.jp/INTERNET/itdb_shitsumon.nsf/html/shitsumon/221001.htm#TopContents',
    ]) expect(canonicalDietUrl(spelling)).toBe(`${SHU}221001.htm`);
  });

  it('resolves a link against the page it is on', () => {
    expect(canonicalDietUrl('a221001.htm', { base: 'https://www.shugiin.go.jp/Internet/itdb_shitsumon.nsf/html/shitsumon/kaiji221_l.htm' }))
      .toBe(`${SHU}a221001.htm`);
    expect(canonicalDietUrl('meisai/m221001.htm', { base: `${SAN}current/syuisyo.htm`, session: 221 })).toBe(`${SAN}221/meisai/m221001.htm`);
  });

  it('names the 参議院 session folder instead of /current/ when the session is known, and only then', () => {
    expect(canonicalDietUrl(`${SAN}current/syuisyo.htm`, { session: 221 })).toBe(`${SAN}221/syuisyo.htm`);
    expect(canonicalDietUrl(`${SAN}current/syuisyo.htm`, { session: 5 })).toBe(`${SAN}005/syuisyo.htm`);
    expect(canonicalDietUrl(`http://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/current/syuisyo.htm`)).toBe(`${SAN}current/syuisyo.htm`);
  });

  it('leaves other hosts alone except for the fragment', () => {
    expect(canonicalDietUrl('http://example.com/Internet/current/x.htm#a', { session: 221 })).toBe('http://example.com/Internet/current/x.htm');
    expect(() => canonicalDietUrl('not a url')).toThrow(TypeError);
  });
});
