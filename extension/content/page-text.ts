/**
 * @file ページの文字列 (pageText): the text a capture hashes for provenance — the document's text content,
 * the same definition for a page read in the tab (content script) and a page fetched and parsed offscreen.
 */

/**
 * Text content of the whole document (title and body), as the DOM exposes it.
 * @example await sha256Hex(pageText(document))
 */
export function pageText(doc: Document): string {
  return doc.documentElement?.textContent ?? '';
}
