/**
 * @file The why lives in the repository (ENGINEERING.md §5): every document a comment or a document cites is a file of
 * this repository, every cited section (§) exists in it, the rules documents point only at files that exist, and
 * nothing cites the background research notes, the developers' rules file or an issue number, which a maintainer
 * cannot open. A failing test here means: bring the rule into the RULES.md next to the code and cite that.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandBraces } from '../helpers/expand-braces';

const THIS_FILE = 'tests/meta/cited-docs.test.ts';
/** Build output, dependencies and saved pages / data (their bytes are evidence, not prose). */
const SKIPPED = new Set(['node_modules', '.git', '.output', '.wxt', 'addin/dist', 'addin/public', 'tests/.reports', 'tests/.artifacts', 'tests/fixtures/pages', 'tests/fixtures/data']);
const TEXT_FILE = /\.(ts|tsx|js|mjs|md|css|html|xml)$/;

function* repositoryFiles(dir = '.'): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = dir === '.' ? name : join(dir, name);
    if (SKIPPED.has(path) || SKIPPED.has(name)) continue;
    if (statSync(path).isDirectory()) yield* repositoryFiles(path);
    else if (TEXT_FILE.test(name) || path === '.ci/run') yield path;
  }
}

const files = [...repositoryFiles()].filter((f) => f !== THIS_FILE).map((path) => ({ path, text: readFileSync(path, 'utf8') }));

/** Background notes that were never part of the repository, and the wording that cites them. */
const OUTSIDE_NOTES = ['domain', 'diet-pages', 'product', 'DEVELOPERS', 'toolchain', 'style-anchors', 'peers', 'adoption'];
const OUTSIDE_CITATIONS: [RegExp, string][] = [
  [new RegExp(`(?<![\\w/.-])(?:${OUTSIDE_NOTES.join('|')})\\.md\\b`), 'a background note outside the repository'],
  [new RegExp(`\\b(?:${OUTSIDE_NOTES.join('|')})\\s*§`), 'a section of a background note'],
  [/\bDEVELOPERS\b/, 'the developers\' rules file (now ENGINEERING.md)'],
  [/\b[Ii]ssues? #?\d+\b/, 'an issue number (the issue tracker is not part of the repository)'],
  [/\bJourney \d/, 'a journey of the product brief (now JOURNEYS.md §1, §2)'],
];

/** A Markdown document path as written (not inside a URL): a file name or a path from the repository root. */
const DOC_PATH = /(?<![\w/.:-])((?:[\w.-]+\/)*[\w.-]+\.md)\b/g;
/** A cited document with its sections: `shared/deadline/RULES.md §3`, `… §2.4, §7.1`, `` `JOURNEYS.md` §2.4 ``. */
const SECTION_CITATION = /(?<![\w/.:-])((?:[\w.-]+\/)*[\w.-]+\.md)`?((?:\s*[,、・/–]?\s*(?:and\s+)?§\d+(?:\.\d+)*)+)/g;

/** True when `doc` has a heading numbered `section` (「## 4.」, 「### 2.4 」), or numbered list item `b` under heading `a`. */
function hasSection(doc: string, section: string): boolean {
  const escaped = section.replace(/\./g, '\\.');
  if (new RegExp(`^#{1,4} ${escaped}[.\\s]`, 'm').test(doc)) return true;
  const [top, item, ...deeper] = section.split('.');
  if (item === undefined || deeper.length > 0) return false;
  const start = doc.search(new RegExp(`^#{1,4} ${top}\\.\\s`, 'm'));
  if (start < 0) return false;
  const part = doc.slice(start);
  const next = part.search(/\n#{1,2} /);
  return new RegExp(`^${item}\\. `, 'm').test(next < 0 ? part : part.slice(0, next));
}

describe('documents cited in this repository', () => {
  it('scans the source, tests and documents of the repository', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['README.md', 'ENGINEERING.md', 'shared/deadline/answer-deadline.ts', 'extension/sites/index.ts', 'eslint.config.js']));
    expect(paths.length).toBeGreaterThan(300);
  });

  it('cites no background note outside the repository, no developers\' rules file and no issue number', () => {
    const found = files.flatMap((f) =>
      f.text.split('\n').flatMap((line, i) =>
        OUTSIDE_CITATIONS.filter(([pattern]) => pattern.test(line)).map(([, what]) => `${f.path}:${i + 1} cites ${what}: ${line.trim().slice(0, 120)}`)));
    expect(found, 'bring the rule into the RULES.md next to the code and cite that instead').toEqual([]);
  });

  it('cites only documents that exist in the repository (a path from the root, from the citing file, or a file name of it)', () => {
    const cited = files.flatMap((f) => [...f.text.matchAll(DOC_PATH)].map((m) => ({ from: f.path, doc: m[1]! })));
    expect(cited.length).toBeGreaterThan(50);
    const names = new Set(files.map((f) => basename(f.path)));
    const exists = ({ from, doc }: { from: string; doc: string }) =>
      doc.startsWith('.') ? existsSync(join(dirname(from), doc)) : doc.includes('/') ? existsSync(doc) : names.has(doc);
    const missing = cited.filter((c) => !exists(c)).map((c) => `${c.from} cites ${c.doc}`);
    expect(missing, 'cite in-repo documents by their path from the root (e.g. shared/deadline/RULES.md)').toEqual([]);
  });

  it('cites only sections (§) that exist in the cited document', () => {
    const citations = files.flatMap((f) =>
      [...f.text.matchAll(SECTION_CITATION)].flatMap((m) =>
        [...m[2]!.matchAll(/§(\d+(?:\.\d+)*)/g)].map((s) => ({ from: f.path, doc: m[1]!, section: s[1]! }))));
    expect(citations.length).toBeGreaterThan(80);
    const docs = new Map<string, string>();
    const read = (doc: string) => docs.get(doc) ?? docs.set(doc, existsSync(doc) ? readFileSync(doc, 'utf8') : '').get(doc)!;
    const missing = citations.filter((c) => !hasSection(read(c.doc), c.section)).map((c) => `${c.from} cites ${c.doc} §${c.section}`);
    expect(missing, 'the section is not a heading (## 3. / ### 3.1) or a numbered step under its heading').toEqual([]);
  });

  it('has documents that point only at files and folders that exist', () => {
    const docs = files.filter((f) => f.path.endsWith('.md'));
    const paths = docs.flatMap((f) =>
      [...f.text.matchAll(/`((?:shared|extension|addin|tests|\.ci)\/[^`\s]*)`/g)]
        // A path after a commit (「repo x/y @250c8277 `tests/fixtures/…`」) is a file of that other repository.
        .filter((m) => !/@[0-9a-f]{7,40}\s*$/.test(f.text.slice(Math.max(0, m.index - 20), m.index)))
        .flatMap((m) => expandBraces(m[1]!))
        .filter((p) => !/[*…$]|\{/.test(p))
        .map((p) => ({ from: f.path, path: p })));
    expect(paths.length).toBeGreaterThan(40);
    expect(paths.filter((p) => !existsSync(p.path)).map((p) => `${p.from} names ${p.path}`)).toEqual([]);
  });

  it('keeps every rules document cited from the code it explains', () => {
    const rules = files.filter((f) => /(^|\/)(RULES|PAGES|ENGINEERING|JOURNEYS)\.md$/.test(f.path)).map((f) => f.path);
    expect(rules.length).toBeGreaterThanOrEqual(8);
    const code = files.filter((f) => !f.path.endsWith('.md'));
    for (const doc of rules) expect(code.some((f) => f.text.includes(doc)), `no code cites ${doc}`).toBe(true);
  });
});
