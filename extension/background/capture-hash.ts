/** @file 内容ハッシュ (sha256Hex): SHA-256 of a page's text via crypto.subtle, the provenance content hash. */

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text`.
 * @example await sha256Hex('') //=> 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
