/**
 * @file アイコンの書き出し (render-icons): renders public/icons/icon.svg to the PNG sizes manifest.xml names
 * (16, 32, 64, 80, 128 px) with Debian's Chromium, so the icons always match the SVG. Run after editing it:
 *
 *   npx vite-node addin/tools/render-icons.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const dir = resolve(import.meta.dirname, '../public/icons');
const svg = readFileSync(resolve(dir, 'icon.svg'), 'utf8');
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`);
    writeFileSync(resolve(dir, `icon-${size}.png`), await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`${dir} に ${ICON_SIZES.map((s) => `icon-${s}.png`).join(', ')} を書きました。`);
