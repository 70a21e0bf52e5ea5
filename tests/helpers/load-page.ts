/**
 * @file 保存ページの読み込み (loadPage): a saved Diet page as the browser would see it — raw bytes
 * from tests/fixtures/pages/, decoded the way the browser decodes them (BOM, then <meta charset>,
 * then the house's encoding: Shift_JIS for 衆議院, UTF-8 for 参議院), parsed by happy-dom.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

// A path, not a URL: under the happy-dom test environment the global URL is happy-dom's, which node:fs refuses.
const pagesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'pages');

/** One parser window for every page (JavaScript and CSS loading are off in happy-dom by default). */
let parserWindow: Window | null = null;

/** The saved bytes of `fixture` (a path under tests/fixtures/pages/, e.g. 'shugiin/221001.htm'). */
export function readPageBytes(fixture: string): Uint8Array {
  return new Uint8Array(readFileSync(join(pagesDir, fixture)));
}

/**
 * The encoding a browser would pick: a UTF-8 BOM wins, then a `<meta charset>` / `http-equiv`
 * charset in the first 1024 bytes (the HTML prescan), then the house default.
 * @example pageEncoding(readPageBytes('shugiin/221001.htm'), 'shugiin/221001.htm') //=> 'shift_jis'
 */
export function pageEncoding(bytes: Uint8Array, fixture: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head)?.[1];
  if (meta) {
    try {
      return new TextDecoder(meta).encoding;
    } catch {
      // unknown label: fall through to the house default, as a browser falls back to its default
    }
  }
  return fixture.startsWith('shugiin/') ? 'shift_jis' : 'utf-8';
}

/** Decodes like the browser: invalid bytes become U+FFFD, a BOM is dropped. */
export function decodePage(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}

/** Parses HTML text into a happy-dom Document (typed as the DOM's Document the adapters take). */
export function parsePage(html: string): Document {
  parserWindow ??= new Window({ url: 'https://localhost/' });
  return new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

/**
 * 読み込み: loads a saved page as a Document, decoded as the browser would.
 * @example loadPage('shugiin/kaiji221_l.2026-07-15.htm').querySelectorAll('#shitsumontable tr').length //=> 37
 */
export function loadPage(fixture: string): Document {
  const bytes = readPageBytes(fixture);
  return parsePage(decodePage(bytes, pageEncoding(bytes, fixture)));
}

/** The expected JSON committed beside a saved page ('shugiin/221001.htm' → 'shugiin/221001.expected.json'). */
export function readExpected(fixture: string): unknown {
  return JSON.parse(readFileSync(join(pagesDir, fixture.replace(/\.htm$/, '.expected.json')), 'utf8'));
}

/** True when a fixture file exists under tests/fixtures/pages/. */
export function fixtureExists(fixture: string): boolean {
  return existsSync(join(pagesDir, fixture));
}
