/** Timing for the tests that check a scan stays linear on long input. */

/**
 * How many milliseconds of CPU this process spends on `run`: CPU time, not wall-clock time, so a
 * machine loaded by other work (other test files run in other processes) does not slow the count.
 */
export function millisecondsOf(run: () => unknown): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
