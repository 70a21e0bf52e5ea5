/**
 * @file アクセシビリティ検査 (axe check): runs axe-core (pinned in package.json) inside a page of headless
 * Chromium against JIS X 8341-3:2016 level AA — the same success criteria as WCAG 2.0 A and AA, hence the
 * tags wcag2a and wcag2aa — with axe's Japanese messages (axe-core/locales/ja.json). The script is evaluated
 * through the DevTools protocol, so extension pages' Content Security Policy (script-src 'self') does not
 * stop it. Colour contrast needs real layout, which is why this runs in Chromium and not in happy-dom.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const japanese = JSON.parse(readFileSync(require.resolve('axe-core/locales/ja.json'), 'utf8')) as object;

/** JIS X 8341-3:2016 AA = WCAG 2.0 A + AA. */
export const JIS_AA_TAGS = ['wcag2a', 'wcag2aa'] as const;

/** One violated rule: its id, impact, Japanese help, and where (CSS selector and axe's summary per node). */
export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: string[];
}

/** Runs axe on the page's document (or `selector`) and returns the WCAG 2.0 A/AA violations. */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(`${axeSource}\n;undefined`);
  return page.evaluate(async ({ locale, tags, selector }) => {
    type AxeResult = { id: string; impact: AxeViolation['impact']; help: string; nodes: { target: string[]; failureSummary?: string }[] };
    const axe = (globalThis as unknown as { axe: {
      configure(o: object): void;
      run(context: unknown, options: object): Promise<{ violations: AxeResult[] }>;
    } }).axe;
    axe.configure({ locale });
    const result = await axe.run(selector ? document.querySelector(selector) : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
    }));
  }, { locale: japanese, tags: [...JIS_AA_TAGS], selector });
}

/** The serious and critical ones (what must be 0), and a one-line count per impact for the log. */
export async function seriousViolations(page: Page, label: string): Promise<AxeViolation[]> {
  const all = await axeViolations(page);
  const count = (impact: string) => all.filter((v) => v.impact === impact).reduce((n, v) => n + v.nodes.length, 0);
  console.info(`axe ${label}: critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')} (rules: ${all.map((v) => v.id).join(', ') || 'なし'})`);
  return all.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
