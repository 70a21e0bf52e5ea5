/**
 * @file 内部: half-open minute intervals [start, end) — union, intersection and length. Used for
 * standby presence, regular hours and the late-night band. Private to the evening/standby core.
 */

/** [start, end) in epoch minutes; end may be Infinity. */
export type Interval = readonly [number, number];

/** Sorted, disjoint union of intervals (empty ones dropped). */
export function unionIntervals(list: readonly Interval[]): Interval[] {
  const sorted = list.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Intersection of two sorted, disjoint lists. */
export function intersectIntervals(a: readonly Interval[], b: readonly Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (hi > lo) out.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

/** Total length of a sorted, disjoint list (Infinity when unbounded). */
export function measure(list: readonly Interval[]): number {
  let sum = 0;
  for (const [a, b] of list) sum += b - a;
  return sum;
}

/** The complement (over the whole time line) of the union of `open`: where none of them holds. */
export function complementOf(open: readonly Interval[]): Interval[] {
  const closed: Interval[] = [];
  let from = -Infinity;
  for (const [a, b] of unionIntervals(open)) {
    if (a > from) closed.push([from, a]);
    from = b;
  }
  if (from < Infinity) closed.push([from, Infinity]);
  return closed;
}
