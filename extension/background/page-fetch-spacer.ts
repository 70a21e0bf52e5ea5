/**
 * @file 取得間隔 (createRequestSpacer): runs page requests one at a time, each starting at least
 * `intervalMs` after the previous one ended (its response read, or its failure) — the 1 request per second we
 * allow ourselves on each Diet site. Counting from the end, not the start, keeps the gap the site sees at
 * `intervalMs` or more even when a loaded machine delays one request and not the next (counted from the start,
 * two requests could arrive 850 ms apart). One spacer per site per service worker (createSiteSpacer), shared by
 * every capture, so two tabs capturing at once still stay under the rate.
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
  let lastEnd = Number.NEGATIVE_INFINITY;
  return function run<T>(task: () => Promise<T>): Promise<T> {
    const turn = queue.then(async () => {
      const wait = lastEnd + intervalMs - clock.now();
      if (wait > 0) await clock.sleep(wait);
      try {
        return await task();
      } finally {
        lastEnd = clock.now();
      }
    });
    queue = turn.catch(() => undefined);
    return turn;
  };
}

/**
 * One spacer per site (host): at most one request per `intervalMs` to each Diet site, while a 衆議院 capture and a
 * 参議院 capture do not wait for each other.
 * @example const run = createSiteSpacer(1000); await run(url, () => fetch(url))
 */
export function createSiteSpacer(intervalMs: number, clock: SpacerClock = realSpacerClock) {
  const spacers = new Map<string, ReturnType<typeof createRequestSpacer>>();
  return function run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const host = new URL(url).host;
    let spacer = spacers.get(host);
    if (!spacer) spacers.set(host, (spacer = createRequestSpacer(intervalMs, clock)));
    return spacer(task);
  };
}
