/**
 * @file フォーカスの見え方 (focus ring): moves the keyboard focus through every control of a page with Tab and
 * reports each control that shows no visible focus indicator (no outline and no box-shadow while focused, on
 * the control or, for a visually hidden input, on its label) —
 * WCAG 2.4.7 「フォーカスの可視化」, which axe cannot check.
 */
import type { Page } from 'playwright-core';

/** Labels of the focusable controls whose focus is invisible (at most `limit` Tab presses). */
export async function focusRingProblems(page: Page, limit = 80): Promise<string[]> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  const problems: string[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return undefined;
      const ring = (e: Element) => {
        const style = getComputedStyle(e);
        return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
      };
      // A visually hidden control (a file input inside its styled label) shows its focus on the label.
      const box = el.getBoundingClientRect();
      const tiny = box.width < 4 || box.height < 4;
      const label = el.closest('label');
      const path: string[] = [];
      for (let e: Element | null = el; e && e !== document.body; e = e.parentElement) path.unshift(`${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}`);
      const name = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 20) ?? '';
      return { key: `${path.join('>')}|${name}`, label: `${el.tagName.toLowerCase()}「${name}」`, visible: (!tiny && ring(el)) || (label !== null && ring(label)) };
    });
    if (!info || seen.has(info.key)) break;
    seen.add(info.key);
    if (!info.visible) problems.push(info.label);
  }
  return problems;
}
