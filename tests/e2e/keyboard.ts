/**
 * @file キーボード操作の道具 (keyboard helpers): E2E steps that use only what a keyboard user has — Tab / Shift+Tab to
 * move, Enter / Space to press, arrow keys to choose, typing — and read where the focus is to decide the next key.
 */
import type { FileChooser, Page } from 'playwright-core';

/** The focused control as a keyboard user meets it: its accessible name (approximated), role and value. */
export interface FocusedControl {
  tag: string;
  role: string;
  name: string;
  value: string;
}

/** The focused control, or undefined when the focus is on the page itself. */
export function focused(page: Page): Promise<FocusedControl | undefined> {
  return page.evaluate(() => {
    // Inside a shadow root (the capture button on Diet pages) the document only knows the host.
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const el = active as (HTMLElement & { value?: string; labels?: NodeListOf<HTMLLabelElement> }) | null;
    if (!el || el === document.body) return undefined;
    const name = el.getAttribute('aria-label') ?? el.labels?.[0]?.textContent ?? el.textContent ?? '';
    return { tag: el.tagName.toLowerCase(), role: el.getAttribute('role') ?? '', name: name.replace(/\s+/g, ' ').trim(), value: el.value ?? '' };
  });
}

/**
 * Presses `key` on the focused file input and returns the file chooser it opens. Headless Chromium now and then
 * drops the key press on a file input right after a download (no chooser, no error: seen in two of many runs, once
 * under load, once under libfaketime): the key is pressed again — at most three times, the focus checked each time to still be on
 * `name` — so a lost press is retried while a control that never opens a chooser still fails.
 */
export async function openFileChooser(page: Page, name: string, key: 'Space' | 'Enter' = 'Space'): Promise<FileChooser> {
  for (let attempt = 1; ; attempt++) {
    const now = await focused(page);
    if (now?.name !== name) throw new Error(`「${name}」にフォーカスがありません (今は「${now?.name ?? 'ページ'}」)。`);
    try {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press(key)]);
      return chooser;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}

/** Presses Tab (or Shift+Tab) until the focused control's name matches; fails naming what it passed. */
export async function tabTo(page: Page, name: string | RegExp, options: { backward?: boolean; max?: number } = {}): Promise<FocusedControl> {
  const passed: string[] = [];
  const matches = (n: string) => (typeof name === 'string' ? n === name : name.test(n));
  for (let i = 0; i < (options.max ?? 150); i++) {
    const now = await focused(page);
    if (now && matches(now.name)) return now;
    passed.push(now?.name ?? '(ページ)');
    await page.keyboard.press(options.backward ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`キーボードで「${String(name)}」に届きません。通ったもの: ${passed.slice(-20).join(' → ')}`);
}

/** On a focused select, presses the arrow key until it shows `value` (a closed select changes with ↓ / ↑). */
export async function arrowTo(page: Page, value: string, key: 'ArrowDown' | 'ArrowUp' = 'ArrowDown', max = 30): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focused(page))?.value === value) return;
    await page.keyboard.press(key);
  }
  throw new Error(`矢印キーで「${value}」を選べません (今は「${(await focused(page))?.value}」)。`);
}

/**
 * Types a date into the focused <input type=date> the way a user does: digits segment by segment, in the order
 * the browser's locale shows them (年/月/日 in Japanese, month/day/year in US English).
 */
export async function typeDate(page: Page, isoDate: string): Promise<void> {
  const [y, m, d] = isoDate.split('-') as [string, string, string];
  const language = await page.evaluate(() => navigator.language);
  await page.keyboard.type(language.startsWith('en-US') ? `${m}${d}${y}` : `${y}${m}${d}`);
}
