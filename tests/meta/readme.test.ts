/**
 * @file README が本当であること: every path it points to exists, its supported-pages table lists exactly
 * the adapters in extension/sites/index.ts, its images exist, and its two commands are the ones package.json
 * and .ci/run use. A failing test here means: update README.md (or the code) so they agree again.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandBraces } from '../helpers/expand-braces';
import { sites } from '../../extension/sites/index';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

/** The rows of the markdown table that follows `heading`. */
function tableAfter(heading: string): string[] {
  const start = readme.indexOf(`## ${heading}`);
  expect(start, `README has no section 「${heading}」`).toBeGreaterThanOrEqual(0);
  const lines = readme.slice(start).split('\n').slice(1);
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.startsWith('|')) break;
    rows.push(line);
  }
  return rows.slice(2); // header and separator
}

/** Back-quoted paths in a piece of README text (files or folders of this repository). */
function quotedPaths(text: string): string[] {
  return [...text.matchAll(/`([^`\s]+)`/g)]
    .map((m) => m[1]!)
    .filter((p) => /^(shared|extension|addin|tests|\.ci)\//.test(p) || p === 'manifest.xml');
}

describe('README', () => {
  it('points only at files and folders that exist (「どこに何があるか」 and every other back-quoted path)', () => {
    const paths = quotedPaths(readme).flatMap(expandBraces).filter((p) => !p.includes('*') && !p.includes('…'));
    expect(paths.length).toBeGreaterThan(30);
    const missing = paths.filter((p) => !existsSync(p));
    expect(missing, 'README names paths that do not exist: fix README.md').toEqual([]);
  });

  it('lists exactly the page types of extension/sites/index.ts in 「取り込めるページ」', () => {
    const ids = tableAfter('取り込めるページ').map((row) => /`([a-z]+\/[a-z-]+)`/.exec(row)?.[1]);
    expect(ids).toEqual(sites.map((s) => s.id));
  });

  it('shows images that exist', () => {
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]!);
    expect(images.length).toBeGreaterThanOrEqual(4);
    expect(images.filter((p) => !existsSync(p))).toEqual([]);
  });

  it('gives the two commands that start the product and run every test, and CI runs the same test command', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm ci && npm test');
    expect(pkg.scripts.start).toBeTruthy();
    expect(pkg.scripts.test).toBe('node tests/tools/run-all.mjs');
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/^npm ci\b/m);
    expect(ci).toMatch(/^npm test$/m);
  });

  it('mentions every npm script a user is told about, and each exists', () => {
    for (const script of [...readme.matchAll(/npm run ([a-z:]+)/g)].map((m) => m[1]!)) {
      expect(pkg.scripts[script], `README mentions npm run ${script}`).toBeTruthy();
    }
  });
});
