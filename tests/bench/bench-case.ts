/** @file ベンチマークの型: one measured operation with its size and target median. */

export interface BenchCase {
  /** 操作 shown in the table. */
  operation: string;
  /** 規模, e.g. '100k calls', '42 rows'. */
  size: string;
  /** 目標 median in milliseconds (from the issue). */
  targetMs: number;
  /** Runs once before measuring; its result is passed to `run`. */
  setup?: () => unknown | Promise<unknown>;
  /** The measured work. */
  run: (state: unknown) => unknown | Promise<unknown>;
  /** Measured repetitions (default 15). */
  iterations?: number;
}

/** Declares cases; each tests/bench/*.bench.ts exports `default defineBench([...])`. */
export function defineBench(cases: BenchCase[]): BenchCase[] {
  return cases;
}
