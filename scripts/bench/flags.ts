/**
 * Reading the benchmark commands' flags (`node:util` `parseArgs` gives strings): a wrong value is
 * a `UsageError` naming the flag, so the command prints it with its usage and exits with status 2.
 */
import { UsageError } from '../lib/command-io.ts';

/** A whole number of at least `min` from a flag's value, or an error naming the flag. */
export function wholeNumber(flag: string, value: string, min = 1): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min)
    throw new UsageError(`--${flag}: expected a whole number of at least ${min}, got "${value}"`);
  return number;
}

/** The items of a comma-separated flag value (`100,1000`), trimmed, empty ones left out. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}
