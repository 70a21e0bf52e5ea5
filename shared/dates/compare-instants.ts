/**
 * @file 日時の比較 (compareInstants): the one way the product orders two instants. ISO texts with different
 * offsets do not sort as text — '2026-06-08T09:00:00Z' (18:00 JST) is later than '2026-06-08T10:00:00+09:00'
 * but sorts before it — so instants are compared as epoch milliseconds. Pure.
 */
import { type JstInstant, toEpochMs } from './jst';

/**
 * Negative when `a` is earlier than `b`, positive when later, 0 for the same instant (whatever the offsets).
 * Throws DateParseError for text that is not an ISO instant.
 * @example compareInstants('2026-06-08T09:00:00Z', '2026-06-08T10:00:00+09:00') //=> positive (18:00 JST is later)
 */
export function compareInstants(a: JstInstant, b: JstInstant): number {
  if (a === b) return 0;
  // Fast path: two ISO texts of the same length with the same offset ('…+09:00' and '…+09:00', or '…Z' and
  // '…Z') order as text — every field is fixed-width — so no parsing is needed for what the product writes.
  if (a.length === b.length && a[10] === 'T' && b[10] === 'T') {
    const offset = offsetOf(a);
    if (offset !== undefined && offset === offsetOf(b)) return a < b ? -1 : 1;
  }
  return toEpochMs(a) - toEpochMs(b);
}

/** The offset suffix of an ISO instant text ('Z' or '+09:00'), or undefined. */
function offsetOf(text: string): string | undefined {
  if (text.endsWith('Z')) return 'Z';
  const offset = text.slice(-6);
  return (offset[0] === '+' || offset[0] === '-') && offset[3] === ':' ? offset : undefined;
}
