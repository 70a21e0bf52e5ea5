/**
 * @file 取込みの実行係 (createRunScheduler): processes each capture run at most once at a time in this service worker,
 * and keeps the offscreen parser open while any run is working. Two runs may work at once (two tabs); the per-site
 * spacer keeps them to 1 request per second per site together.
 */
import { type CaptureRunView, isUnfinished } from './capture-run';
import { loadRun } from './capture-run-store';
import type { CaptureDeps } from './capture-page';
import { processRun } from './process-capture-run';

/** The scheduler: `start(runId, report)` processes a stored run unless it is already being processed. */
export interface RunScheduler {
  start(runId: string, report: (view: CaptureRunView) => void | Promise<void>): Promise<void>;
}

/**
 * @param deps capture dependencies (db, clock, fetch, hash …), resolved once per run.
 * @param wrap keeps a resource while a run works (the offscreen document: withOffscreen).
 * @example const scheduler = createRunScheduler(deps, withOffscreen); void scheduler.start(run.id, report)
 */
export function createRunScheduler(
  deps: () => Promise<CaptureDeps>,
  wrap: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
  onError: (error: unknown) => void = () => undefined,
): RunScheduler {
  const running = new Set<string>();
  return {
    async start(runId, report) {
      if (running.has(runId)) return;
      running.add(runId);
      try {
        const d = await deps();
        const run = await loadRun(d.db, runId);
        if (run && isUnfinished(run)) await wrap(() => processRun(d, runId, report));
      } catch (error) {
        onError(error);
      } finally {
        running.delete(runId);
      }
    },
  };
}
