/**
 * @file 出所リンクの方針の性質 (source URL policy properties): for seeded hostile URLs (schemes, hosts with
 * user-info, ports, backslashes, control characters, not-a-URL text), checkSourceUrl accepts exactly the https
 * URLs whose parsed origin is a Diet host or the given feed origin, and what it returns to open is that same
 * origin; the model's refinement and parseBundle agree with it; the popup's last check opens nothing else.
 */
import { describe, expect, it, vi } from 'vitest';
import { DIET_ORIGINS, checkSourceUrl, dietUrlSchema, emptyBundle, feedSourceOptions, parseBundle } from '@shared/index';
import { openSourceLink } from '../../extension/entrypoints/popup/open-source-link';
import { jstInstant } from '../helpers/dates';
import { hostileUrl, rng } from './hostile-values';

const CASES = 3000;
const FEED = 'https://intra.example.go.jp/kokkai/feed.json';

/** The origin a browser would open for `text`, or undefined when it is not a URL. */
function originOf(text: string): { origin: string; credentials: boolean } | undefined {
  try {
    const url = new URL(text);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined; // blob:https://… has an https origin
    return { origin: url.origin, credentials: url.username !== '' || url.password !== '' };
  } catch {
    return undefined;
  }
}

describe('checkSourceUrl', () => {
  it('accepts exactly https on the Diet hosts (or the feed origin), never anything else', () => {
    const r = rng(201);
    const allowed = [...DIET_ORIGINS, 'https://intra.example.go.jp'];
    let accepted = 0;
    for (let i = 0; i < CASES; i++) {
      const text = hostileUrl(r);
      const withFeed = checkSourceUrl(text, feedSourceOptions(FEED));
      const plain = checkSourceUrl(text);
      const parsed = originOf(text);
      const expectFeed = parsed !== undefined && !parsed.credentials && allowed.includes(parsed.origin) && text.length <= 2048;
      expect(withFeed.ok, text).toBe(expectFeed);
      expect(plain.ok, text).toBe(expectFeed && (DIET_ORIGINS as readonly string[]).includes(parsed!.origin));
      expect(dietUrlSchema.safeParse(text).success, text).toBe(plain.ok);
      if (withFeed.ok) {
        accepted++;
        expect(new URL(withFeed.url).protocol, text).toBe('https:');
        expect(allowed, text).toContain(new URL(withFeed.url).origin);
      } else {
        expect(withFeed.reason, text).toMatch(/^リンク 「[^\n]+」(\(文字列、全 \d+ 文字\))? は開けません/);
        expect(withFeed.reason.length, text).toBeLessThan(200);
      }
    }
    expect(accepted).toBeGreaterThan(50); // the generator does produce allowed links too
  });

  it('the popup opens only what the policy accepts, with the parser\'s spelling', () => {
    const r = rng(202);
    for (let i = 0; i < 500; i++) {
      const text = hostileUrl(r);
      const open = vi.fn();
      const refuse = vi.fn();
      openSourceLink(text, FEED, open, refuse);
      const checked = checkSourceUrl(text, feedSourceOptions(FEED));
      if (checked.ok) expect(open).toHaveBeenCalledWith(checked.url);
      else expect([open.mock.calls.length, refuse.mock.calls.length], text).toEqual([0, 1]);
    }
  });

  it('parseBundle refuses a 問 source link the policy refuses, and accepts the feed origin only for a feed bundle', () => {
    const r = rng(203);
    for (let i = 0; i < 300; i++) {
      const sourceUrl = hostileUrl(r);
      const bundle = emptyBundle('addin', jstInstant('2026-06-08T12:00:00+09:00'));
      bundle.records.items.push({ id: 'q#一', rev: 1, updatedAt: jstInstant('2026-06-08T12:00:00+09:00'), updatedBy: '', deleted: false, data: { questionKey: 'q', label: '一', text: '', sourceUrl } });
      const text = JSON.stringify(bundle);
      for (const [sources, options] of [[undefined, {}], [FEED, feedSourceOptions(FEED)]] as const) {
        let accepted: boolean;
        try {
          parseBundle(text, undefined, options);
          accepted = true;
        } catch {
          accepted = false;
        }
        expect(accepted, `${sourceUrl} (feed ${sources})`).toBe(checkSourceUrl(sourceUrl, options).ok);
      }
    }
  });
});
