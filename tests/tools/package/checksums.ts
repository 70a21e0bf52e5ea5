/**
 * @file チェックサム (SHA256SUMS): one line per file, "<sha256 hex>  <path>", sorted by path — the format
 * `sha256sum -c SHA256SUMS` checks (GNU coreutils); on Windows compare with `Get-FileHash -Algorithm SHA256`.
 */
import { createHash } from 'node:crypto';

/** SHA-256 of some bytes, lower-case hex. */
export function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA256SUMS text for files by '/'-separated path. */
export function sha256Sums(files: ReadonlyMap<string, Buffer>): string {
  return [...files.keys()].sort().map((path) => `${sha256Hex(files.get(path)!)}  ${path}\n`).join('');
}
