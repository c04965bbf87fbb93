/**
 * How the benchmark's command-line scripts start and fail: flags are read with `node:util`
 * `parseArgs`; a wrong flag prints its message and the usage and exits with status 2, any other
 * failure prints the error and exits with status 1.
 */

/** True for an error about the command line: parseArgs' own, or a message naming a flag (`--sizes: …`). */
function isUsageError(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) || error.message.startsWith('--');
}

/** Runs a script's `main`, reporting a failure as described above. */
export function runCli(main: () => Promise<void>, usage: string): void {
  main().catch((error: unknown) => {
    if (isUsageError(error)) {
      console.error(`${error.message}\n${usage}`);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  });
}

/** A whole number of at least `min` from a flag's value, or an error naming the flag. */
export function wholeNumber(flag: string, value: string, min = 1): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new Error(`--${flag}: expected a whole number of at least ${min}, got "${value}"`);
  return number;
}
