/**
 * @file ポップアップの崩れ検査 (popupLayoutProblems): measures the rendered popup in Chromium and lists what a
 * user would see as broken — text running past the popup's width, a row wider than itself, a badge or button
 * whose label breaks into stacked characters, and a row's own button (「修正」) drawn over its text.
 */
import type { Page } from 'playwright-core';

/**
 * The layout problems of the open popup page, one line each (empty when none).
 * @example expect(await popupLayoutProblems(popup)).toEqual([])
 */
export function popupLayoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const main = document.querySelector('main')!;
    const right = main.getBoundingClientRect().right + 0.5;
    const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} 「${(el.textContent ?? '').trim().slice(0, 30)}」`;
    const textRects = (root: Element) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const rects: DOMRect[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        rects.push(...range.getClientRects());
      }
      return rects;
    };
    // Text beyond the popup's right edge (clipped text, as in a 2-line 件名, is not drawn and not counted).
    for (const rect of textRects(main)) {
      if (rect.right > right && rect.width > 0) problems.push(`popup の幅 (${right}) を超える文字: right=${rect.right.toFixed(1)}`);
    }
    for (const el of main.querySelectorAll('*')) {
      if (el.getBoundingClientRect().right > right) problems.push(`popup の幅を超える要素: ${name(el)}`);
    }
    for (const row of main.querySelectorAll('.row, .rows li')) {
      if (row.scrollWidth > row.clientWidth) problems.push(`行の内容が行より広い (${row.scrollWidth} > ${row.clientWidth}): ${name(row)}`);
    }
    // A badge or a button label on more than one line.
    for (const el of main.querySelectorAll('.role, button:not(.row)')) {
      const lineHeight = parseFloat(getComputedStyle(el).fontSize) * 1.5;
      if (el.getBoundingClientRect().height > lineHeight * 1.5 + 8) problems.push(`折り返したラベル: ${name(el)}`);
    }
    // A row's own button drawn over the row's text.
    for (const li of main.querySelectorAll('.rows li')) {
      const row = li.querySelector('.row');
      for (const button of li.querySelectorAll(':scope > button:not(.row)')) {
        const b = button.getBoundingClientRect();
        const hit = row && textRects(row).some((t) => t.left < b.right && b.left < t.right && t.top < b.bottom && b.top < t.bottom);
        if (hit) problems.push(`ボタンが文字に重なる: ${name(button)} / ${name(row)}`);
      }
    }
    return problems;
  });
}
