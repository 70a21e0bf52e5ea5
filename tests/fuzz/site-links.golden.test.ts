/**
 * @file ページのリンクの fuzz (site link fuzz): on every saved page type, seeded random anchors get hostile
 * hrefs — other schemes and hosts around the real path, user-info, ports, backslashes, text that is not a URL.
 * Each variant must read to records whose every link passes the source URL policy (and the model check), or
 * fail with SiteChangedError and a Japanese reason: never a TypeError, never a foreign or script link stored.
 */
import { describe, expect, it } from 'vitest';
import { checkSourceUrl } from '../../shared/model/source-url-policy';
import { checkScrapeResult } from '../../extension/sites/check-scrape-result';
import { SiteChangedError, scrapePage, sites } from '../../extension/sites/index';
import { loadPage } from '../helpers/load-page';
import { hostileUrl, rng } from './hostile-values';

/** Variants per page: list pages take ~100 ms a read in happy-dom, so fewer there. */
const variantsFor = (fixture: string) => (/syuisyo\d|kaiji/.test(fixture) ? 16 : 40);
const LINK_FIELDS = ['questionUrl', 'answerUrl', 'progressUrl', 'questionPdfUrl', 'answerPdfUrl'] as const;

/** A hostile href that keeps the anchor's real path (so it still matches the link patterns), or any hostile URL. */
function hostileHref(original: string, base: string, r: ReturnType<typeof rng>): string {
  const path = new URL(original, base).pathname;
  return r.pick([
    () => `javascript:alert(1)//${path}`,
    () => `https://evil.example${path}`,
    () => `//evil.example${path}`,
    () => `data:text/html,x${path}`,
    () => `file://${path}`,
    () => `http://www.shugiin.go.jp:81${path}`,
    () => `https://a:b@www.sangiin.go.jp${path}`,
    () => `blob:https://www.shugiin.go.jp${path}`,
    () => `\\\\evil.example${path}`,
    () => 'http://[',
    () => hostileUrl(r),
  ])();
}

describe.each(sites.flatMap((site) => site.examples.map((example) => ({ site, example }))))('$example.fixture', ({ example }) => {
  it('reads hostile links to policy-clean records or a SiteChangedError, nothing else', { timeout: 30_000 }, () => {
    const doc = loadPage(example.fixture);
    const anchors = [...doc.querySelectorAll('a[href]')];
    const r = rng(example.fixture.length * 7919);
    let tried = 0;
    for (let i = 0; i < variantsFor(example.fixture) && anchors.length > 0; i++) {
      const anchor = r.pick(anchors);
      const before = anchor.getAttribute('href')!;
      let href: string;
      try {
        href = hostileHref(before, example.url, r);
      } catch {
        continue; // the saved anchor itself is not a URL: nothing to vary
      }
      anchor.setAttribute('href', href);
      tried++;
      try {
        const result = scrapePage(doc, example.url)!;
        for (const q of result.questions) {
          for (const field of LINK_FIELDS) {
            const url = q[field];
            if (url !== undefined) expect(checkSourceUrl(url).ok, `${href} → ${field} ${url}`).toBe(true);
          }
        }
        expect(() => checkScrapeResult(result), href).not.toThrow();
      } catch (error) {
        expect(error, `${href}: ${(error as Error).message}`).toBeInstanceOf(SiteChangedError);
        expect((error as Error).message).toMatch(/取り込みを中止しました/);
      } finally {
        anchor.setAttribute('href', before);
      }
    }
    expect(tried).toBeGreaterThan(0);
  });
});
