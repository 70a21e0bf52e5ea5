/**
 * Fuzz: at least 200 deterministic mutations of every page type (removed or renamed headers,
 * dropped cells, removed rows, truncated HTML, wrong encoding, renamed id/class/headers/summary
 * attributes, removed <BR>/<HR>/<TABLE>). Each variant must either read to exactly the same
 * records as the original page or throw SiteChangedError — never a different or partial result,
 * never another error. Seeded RNG, so a failure names a reproducible variant.
 */
import { describe, expect, it } from 'vitest';
import { checkScrapeResult } from '../../../extension/sites/check-scrape-result';
import { SiteChangedError, scrapePage, sites } from '../../../extension/sites/index';
import { seededRandom } from '../../../shared/random/seeded-random';
import { decodePage, pageEncoding, parsePage, readPageBytes } from '../../helpers/load-page';

const VARIANTS = 220;

interface Page { html: string; bytes: Uint8Array; encoding: string; doc: Document }
/**
 * A mutation either edits the page's one parsed Document in place and returns how to undo it (so
 * 200+ variants do not each pay happy-dom's ~170 ms parse of a list page), or returns a fresh
 * Document parsed from changed text or bytes. Null when the page has nothing to mutate that way.
 */
type Mutated = { doc: Document; note: string; undo?: () => void };
type Mutation = (page: Page, random: () => number) => Mutated | null;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

/** Edits one random element matching `selector` in place; the edit returns its note and its undo. */
const onElement = (selector: string, edit: (el: Element, random: () => number) => [note: string, undo: () => void]): Mutation => (page, random) => {
  const candidates = [...page.doc.querySelectorAll(selector)];
  if (candidates.length === 0) return null;
  const index = Math.floor(random() * candidates.length);
  const [note, undo] = edit(candidates[index]!, random);
  return { doc: page.doc, note: `${selector} #${index}: ${note}`, undo };
};

const remove = (el: Element): [string, () => void] => {
  const parent = el.parentNode!;
  const next = el.nextSibling;
  const text = (el.textContent ?? '').trim().slice(0, 20);
  el.remove();
  return [`removed <${el.tagName}> 「${text}」`, () => parent.insertBefore(el, next)];
};

const mutations: Record<string, { weight: number; apply: Mutation }> = {
  removeHeader: { weight: 3, apply: onElement('th, h1, h2, caption', remove) },
  renameHeader: {
    weight: 3,
    apply: onElement('th, h1, h2, td[headers="KOMOKU"]', (el, random) => {
      const before = (el.textContent ?? '').trim();
      const children = [...el.childNodes];
      const after = pick([`${before}等`, before.slice(1), '項目', `旧${before}`], random);
      el.textContent = after;
      return [`renamed 「${before}」 → 「${after}」`, () => el.replaceChildren(...children)];
    }),
  },
  dropCell: { weight: 3, apply: onElement('td', remove) },
  removeRow: { weight: 3, apply: onElement('tr', remove) },
  removeBreak: { weight: 2, apply: onElement('br', remove) },
  removeRule: { weight: 1, apply: onElement('hr', remove) },
  removeTable: { weight: 1, apply: onElement('table', remove) },
  renameAttribute: {
    weight: 3,
    apply: onElement('[id], [class], [headers], [summary]', (el, random) => {
      const name = pick(['id', 'class', 'headers', 'summary'].filter((a) => el.hasAttribute(a)), random);
      const before = el.getAttribute(name)!;
      const after = random() < 0.5 ? `${before}X` : before.slice(1);
      el.setAttribute(name, after);
      return [`<${el.tagName} ${name}="${before}"> → "${after}"`, () => el.setAttribute(name, before)];
    }),
  },
  truncate: {
    weight: 2,
    apply: (page, random) => {
      const at = Math.floor(random() * page.html.length);
      return { doc: parsePage(page.html.slice(0, at)), note: `cut at ${at} of ${page.html.length}` };
    },
  },
  wrongEncoding: {
    weight: 1,
    apply: (page, random) => {
      const wrong = pick(['utf-8', 'shift_jis', 'euc-jp', 'windows-1252'].filter((e) => e !== page.encoding), random);
      return { doc: parsePage(decodePage(page.bytes, wrong)), note: `${page.encoding} bytes decoded as ${wrong}` };
    },
  },
};
const weighted = Object.entries(mutations).flatMap(([name, m]) => Array<string>(m.weight).fill(name));

type Outcome = 'same' | 'SiteChangedError';

function outcomeOf(doc: Document, url: string, original: string): Outcome | string {
  try {
    // What the extension does before storing: the adapter reads, the background checks the records.
    const result = scrapePage(doc, url);
    if (result) checkScrapeResult(result);
    return JSON.stringify(result) === original ? 'same' : `DIFFERENT RECORDS: ${JSON.stringify(result).slice(0, 300)}`;
  } catch (error) {
    return error instanceof SiteChangedError ? 'SiteChangedError' : `OTHER ERROR: ${String(error)}`;
  }
}

const examples = sites.flatMap((site) => site.examples.map((example, i) => ({ site, example, seed: 1000 * (sites.indexOf(site) + 1) + i })));

describe('every page type survives ≥ 200 mutations: same records or SiteChangedError, nothing in between', () => {
  it.each(examples.map((e) => [e.site.id, e] as const))('%s', (_, { example, seed }) => {
    const bytes = readPageBytes(example.fixture);
    const encoding = pageEncoding(bytes, example.fixture);
    const html = decodePage(bytes, encoding);
    const page: Page = { html, bytes, encoding, doc: parsePage(html) };
    const original = JSON.stringify(scrapePage(page.doc, example.url));
    const random = seededRandom(seed);
    const tally: Record<string, Record<Outcome, number>> = {};
    const failures: string[] = [];
    let variants = 0;
    while (variants < VARIANTS) {
      const name = pick(weighted, random);
      const mutated = mutations[name]!.apply(page, random);
      if (!mutated) continue;
      variants++;
      const outcome = outcomeOf(mutated.doc, example.url, original);
      mutated.undo?.();
      if (outcome !== 'same' && outcome !== 'SiteChangedError') failures.push(`${name} (${mutated.note}): ${outcome}`);
      else (tally[name] ??= { same: 0, SiteChangedError: 0 })[outcome]++;
    }
    expect(failures).toEqual([]);
    expect(variants).toBeGreaterThanOrEqual(200);
    expect(JSON.stringify(scrapePage(page.doc, example.url)), 'every in-place mutation was undone').toBe(original);
    // The fuzz must really bite: structure-breaking mutations were refused, wrong encodings always.
    const refused = Object.values(tally).reduce((n, t) => n + t.SiteChangedError, 0);
    expect(refused).toBeGreaterThan(20);
    if (tally.wrongEncoding) expect(tally.wrongEncoding.same).toBe(0);
    console.info(`${example.fixture}: ${variants} variants`, JSON.stringify(tally));
  }, 300_000);

  it('the one undetectable cut: the 参議院 list prints no total, so dropping the whole last question gives a clean prefix', () => {
    const [example] = sites.find((s) => s.id === 'sangiin/question-list')!.examples;
    const bytes = readPageBytes(example!.fixture);
    const html = decodePage(bytes, pageEncoding(bytes, example!.fixture));
    const original = scrapePage(parsePage(html), example!.url)!;
    const doc = parsePage(html);
    const rows = [...doc.querySelectorAll('table.list_c tr')];
    for (const row of rows.slice(-3)) row.remove();
    const cut = scrapePage(doc, example!.url)!;
    // Not a silent corruption: exactly the first 94 records, unchanged. Callers merge, never replace.
    expect(cut.questions).toEqual(original.questions.slice(0, 94));
  });
});
