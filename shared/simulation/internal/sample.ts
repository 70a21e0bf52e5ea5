/** @file 内部: sampling helpers over a seeded uniform generator (integers, weighted choice, truncated exponential). */

export type Random = () => number;

/** Integer uniformly in [min, max]. */
export function uniformInt(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Index chosen with probability proportional to its weight. */
export function weightedIndex(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let u = random() * total;
  for (let i = 0; i < weights.length; i++) {
    u -= weights[i]!;
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** `count` distinct indexes of 0..n-1 (uniform). */
export function distinctIndexes(random: Random, n: number, count: number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  const out: number[] = [];
  for (let k = 0; k < Math.min(count, n); k++) {
    const j = k + Math.floor(random() * (n - k));
    [pool[k], pool[j]] = [pool[j]!, pool[k]!];
    out.push(pool[k]!);
  }
  return out;
}

/** Exponential with the given mean, truncated to [0, max] (inverse CDF, no rejection). */
export function truncatedExponential(random: Random, mean: number, max: number): number {
  const tail = 1 - Math.exp(-max / mean);
  return -mean * Math.log(1 - random() * tail);
}
