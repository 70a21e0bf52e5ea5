/**
 * Meta-test of the site catalog (ENGINEERING.md §9): every adapter file is listed in
 * extension/sites/index.ts under its path, has examples whose saved page and expected JSON exist and
 * a golden test twin; the adapters query exactly the exported selectors (recorded while they scrape their saved
 * pages), each with evidence whose counts hold on its fixtures; every adapter matches its own URLs and none of the
 * other adapters' URLs.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SiteDefinition } from '../../../extension/sites/define-site';
import { scrapePage, sites } from '../../../extension/sites/index';
import * as sangiinSelectors from '../../../extension/sites/sangiin/selectors';
import * as shugiinSelectors from '../../../extension/sites/shugiin/selectors';
import { fixtureExists, loadPage } from '../../helpers/load-page';

const here = dirname(fileURLToPath(import.meta.url));
const modules = import.meta.glob<{ default?: unknown }>('../../../extension/sites/{shugiin,sangiin}/*.ts', { eager: true });
const adapterFiles = Object.entries(modules)
  .filter(([, mod]) => typeof (mod.default as SiteDefinition | undefined)?.scrape === 'function')
  .map(([path, mod]) => ({ path, id: /extension\/sites\/(\w+\/[\w-]+)\.ts$/.exec(path)![1]!, site: mod.default as SiteDefinition }));

/** The DOM methods that take a selector. */
const SELECTOR_METHODS = ['querySelector', 'querySelectorAll', 'matches', 'closest'] as const;

/**
 * The selectors passed to querySelector(All) / matches / closest on `doc`'s DOM while `run` executes (the methods are
 * wrapped on the parser window's prototypes for the duration, then restored).
 */
function selectorsQueriedBy(run: () => unknown, doc: Document): Set<string> {
  const seen = new Set<string>();
  const wrapped: { owner: Record<string, unknown>; method: string; original: unknown }[] = [];
  for (const node of [doc, doc.documentElement]) {
    for (const method of SELECTOR_METHODS) {
      let owner = Object.getPrototypeOf(node) as Record<string, unknown> | null;
      while (owner && !Object.prototype.hasOwnProperty.call(owner, method)) owner = Object.getPrototypeOf(owner) as Record<string, unknown> | null;
      const original = owner?.[method];
      if (!owner || typeof original !== 'function' || wrapped.some((w) => w.owner === owner && w.method === method)) continue;
      wrapped.push({ owner, method, original });
      owner[method] = function (this: unknown, selector: string, ...rest: unknown[]) {
        seen.add(selector);
        return original.call(this, selector, ...rest);
      };
    }
  }
  try {
    run();
  } finally {
    for (const { owner, method, original } of wrapped) owner[method] = original;
  }
  return seen;
}

const docs = new Map<string, Document>();
const page = (fixture: string): Document => {
  if (!docs.has(fixture)) docs.set(fixture, loadPage(fixture));
  return docs.get(fixture)!;
};

describe('site catalog (extension/sites/index.ts)', () => {
  it('lists every adapter file, under the id its path gives, and nothing else', () => {
    expect(adapterFiles.length).toBeGreaterThanOrEqual(8);
    for (const file of adapterFiles) {
      expect(file.site.id, `${file.path}: id must be its path`).toBe(file.id);
      expect(sites, `${file.path} is not listed in extension/sites/index.ts — add it to \`sites\``).toContain(file.site);
    }
    expect(sites.map((s) => s.id).sort()).toEqual(adapterFiles.map((f) => f.id).sort());
    expect(new Set(sites.map((s) => s.id)).size).toBe(sites.length);
  });

  it.each(sites.map((s) => [s.id, s] as const))('%s has examples with a saved page, its expected JSON and a golden test twin', (id, site) => {
    expect(site.examples.length).toBeGreaterThan(0);
    expect(site.version).toMatch(/^\d+$/);
    for (const example of site.examples) {
      expect(fixtureExists(example.fixture), `${example.fixture} is missing under tests/fixtures/pages/`).toBe(true);
      expect(fixtureExists(example.fixture.replace(/\.htm$/, '.expected.json')), `expected JSON beside ${example.fixture}`).toBe(true);
      expect(example.fixture.startsWith(`${site.house}/`)).toBe(true);
    }
    expect(existsSync(join(here, `${id}.golden.test.ts`)), `tests/extension/sites/${id}.golden.test.ts`).toBe(true);
  });
});

describe('selector evidence', () => {
  const evidence = Object.entries({ shugiin: shugiinSelectors, sangiin: sangiinSelectors }).flatMap(([house, mod]) => {
    const exports = mod as Record<string, unknown>;
    return Object.entries(exports)
      .filter(([name, value]) => !name.endsWith('_') && typeof value === 'string')
      .map(([name, selector]) => ({ name: `${house}/${name}`, selector: selector as string, cases: exports[`${name}_`] as [number, string][] | undefined }));
  });
  /** Every selector the adapters query while scraping their saved example pages. */
  const queried = new Set(sites.flatMap((site) => site.examples.flatMap((example) => [...selectorsQueriedBy(() => scrapePage(page(example.fixture), example.url), page(example.fixture))])));
  /**
   * Generic child queries inside an element an evidenced selector found (the rows of the list table, the cells of a
   * row, the links of a row). What they read is proved by the golden tests' expected records, not by a count.
   */
  const CHILD_QUERIES = ['tr', 'td', 'a', 'a[href]'];

  it('every exported selector has a companion `…_` evidence array', () => {
    expect(evidence.length).toBeGreaterThan(15);
    for (const e of evidence) expect(e.cases, `${e.name} needs ${e.name.split('/')[1]}_ = [[count, fixture], …]`).toBeInstanceOf(Array);
  });

  it('every selector an adapter queries on its saved pages is an exported selector with evidence (or a child query inside one)', () => {
    expect(queried.size).toBeGreaterThan(10);
    const named = new Set(evidence.map((e) => e.selector));
    const unproved = [...queried].filter((s) => !named.has(s) && !CHILD_QUERIES.includes(s));
    expect(unproved, 'name these selectors in the site\'s selectors.ts with `…_` evidence').toEqual([]);
  });

  it('every exported selector is queried by an adapter on its saved pages (no evidence for a selector nothing reads)', () => {
    const unused = evidence.filter((e) => !queried.has(e.selector)).map((e) => `${e.name} = ${e.selector}`);
    expect(unused, 'remove these selectors, or use them in the adapter').toEqual([]);
  });

  it.each(evidence.map((e) => [e.name, e] as const))('%s matches as many elements as its evidence says', (_, e) => {
    expect(e.cases?.length, `${e.name} has no evidence`).toBeGreaterThan(0);
    for (const [expected, fixture] of e.cases ?? []) {
      expect(fixtureExists(fixture), fixture).toBe(true);
      expect(page(fixture).querySelectorAll(e.selector).length, `${e.selector} on ${fixture}`).toBe(expected);
    }
  });
});

describe('URL matching', () => {
  const urlsOf = (s: SiteDefinition) => [...s.examples.map((e) => e.url), ...s.testUrls];

  it.each(sites.map((s) => [s.id, s] as const))('%s matches its own URLs and no other adapter\'s', (_, site) => {
    for (const url of urlsOf(site)) expect(site.matches(url), `${url} — yes? it belongs to ${site.id}; no? the detection is wrong`).toBe(true);
    for (const other of sites.filter((s) => s !== site)) {
      for (const url of urlsOf(other)) expect(site.matches(url), `${site.id} must not match ${other.id}'s ${url}`).toBe(false);
    }
  });

  it('no adapter reads other pages of the two sites (menus, PDFs, other sections)', () => {
    const others = [
      'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/menu_m.htm',
      'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/pulldown.htm',
      'https://www.shugiin.go.jp/internet/itdb_shitsumon_pdf_s.nsf/html/shitsumon/pdfS/a221001.pdf/$File/a221001.pdf',
      'https://www.shugiin.go.jp/internet/itdb_gian.nsf/html/gian/221001.htm',
      'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/syup/s219001.pdf',
      'https://www.sangiin.go.jp/japanese/joho1/kousei/gian/current/gian.htm',
      'https://www.sangiin.go.jp/japanese/joho1/kousei/syuisyo/219/meisai/m218001.htm',
      'https://example.com/internet/itdb_shitsumon.nsf/html/shitsumon/221001.htm',
      'not a url',
    ];
    for (const url of others) {
      expect(sites.filter((s) => s.matches(url)).map((s) => s.id), url).toEqual([]);
      expect(scrapePage(page('shugiin/221001.htm'), url)).toBeNull();
    }
  });
});
