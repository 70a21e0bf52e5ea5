/**
 * @file 乱数 (seeded random numbers) for the late-night simulation: mulberry32, so every run with the
 * same seed generates the same sitting days on every machine. Never reads the clock.
 */

/**
 * A uniform [0, 1) generator from a 32-bit seed.
 * @example const r = seededRandom(1); r() //=> 0.6270739405881613 (always, for seed 1)
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
