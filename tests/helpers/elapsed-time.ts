/** Wall-clock timing for the tests that check a scan stays linear on long input. */

/** How many milliseconds `run` takes. */
export function millisecondsOf(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
