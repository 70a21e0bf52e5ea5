/**
 * @file 取得間隔 (createRequestSpacer): runs page requests one at a time, each starting at least
 * `intervalMs` after the previous one started — the 1 request per second we allow ourselves on the
 * Diet sites. One spacer per service worker, shared by every capture, so two tabs capturing at once
 * still stay under the rate.
 */

/** Time source, injectable for tests: epoch ms and a sleep. */
export interface SpacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** Real time (platform edge). */
export const realSpacerClock: SpacerClock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
};

/**
 * A scheduler: `run(task)` resolves with the task's result once its turn came and it ran.
 * @example const run = createRequestSpacer(1000); await run(() => fetch(url))
 */
export function createRequestSpacer(intervalMs: number, clock: SpacerClock = realSpacerClock) {
  let queue: Promise<unknown> = Promise.resolve();
  let lastStart = Number.NEGATIVE_INFINITY;
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const turn = queue.then(async () => {
      const wait = lastStart + intervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      lastStart = clock.now();
      return task();
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
}
