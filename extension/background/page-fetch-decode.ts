/**
 * @file 文字コードの判定と復号 (decodeHtml): bytes of a fetched page → text, the way a browser picks the
 * encoding: BOM, then the Content-Type charset, then a <meta charset> / http-equiv in the first 1024 bytes,
 * else UTF-8. 衆議院 pages are Shift_JIS (WHATWG `shift_jis` = cp932), 参議院 pages UTF-8 with a BOM
 * (extension/sites/PAGES.md §1.2, §2.2).
 */

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

function headerCharset(contentType: string | null | undefined): string | undefined {
  return /charset\s*=\s*["']?([^"';\s]+)/i.exec(contentType ?? '')?.[1];
}

/** The <meta> prescan, simplified: ASCII view of the first 1024 bytes (every charset name is ASCII). */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return /<meta[^>]*?charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

function decoderFor(label: string | undefined): TextDecoder | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label);
  } catch {
    return undefined; // unknown label: fall through to the next source
  }
}

/**
 * Decodes an HTML response body.
 * @example decodeHtml(await response.arrayBuffer(), response.headers.get('content-type')) // Shift_JIS → text
 */
export function decodeHtml(body: ArrayBuffer | Uint8Array, contentType: string | null | undefined): string {
  const bytes = body instanceof Uint8Array ? body : new Uint8Array(body);
  const decoder =
    decoderFor(bomEncoding(bytes)) ?? decoderFor(headerCharset(contentType)) ?? decoderFor(metaCharset(bytes)) ?? new TextDecoder('utf-8');
  return decoder.decode(bytes);
}
