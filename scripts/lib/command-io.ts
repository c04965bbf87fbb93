/**
 * What a command (`npm run add`, `analyze`, `eval:*`, `bench`, the search index) reads from and
 * writes to, instead of the process: its entry point in scripts/cli/ passes the process's streams,
 * folder and environment (`processIO`), a test passes its own and runs the command in-process.
 * Also how a command ends on a wrong command line (`UsageError`, `runCommand`, `runCommandWithFlags`).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { inspect, type ParseArgsOptionsConfig, parseArgs } from 'node:util';

/** The streams, folders and clock of one run of a command. */
export interface CommandIO {
  /** Writes text as it is (no newline is added). */
  stdout(text: string): void;
  /** Writes text to the error stream as it is (no newline is added). */
  stderr(text: string): void;
  /** The folder relative paths are read from and printed relative to (the process's working folder). */
  cwd: string;
  /** The content folder (`DOSSIER_CONTENT_DIR`), resolved against `cwd`; `<cwd>/content` when absent. */
  contentRoot?: string;
  /** The build's output folder (`DOSSIER_OUT_DIR`), where the search index goes; the command's default when absent. */
  outDir?: string;
  /** Astro's cache folder (`DOSSIER_CACHE_DIR`), where the search bundles are kept between builds; Astro's default when absent. */
  cacheDir?: string;
  /**
   * How long the run took so far, in milliseconds: wall-clock and CPU time. The scripts count from
   * the start of the process (Node's start and the imports included); without it, a command counts
   * from its own start.
   */
  elapsed?: () => { wallMs: number; cpuMs: number };
}

/** The content folder `io` names, as an absolute path. */
export function contentRootOf(io: CommandIO): string {
  return path.resolve(io.cwd, io.contentRoot ?? 'content');
}

/** `elapsed` of `io`, or a clock started now. */
export function clockOf(io: CommandIO): () => { wallMs: number; cpuMs: number } {
  if (io.elapsed) return io.elapsed;
  const started = performance.now();
  const cpu = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(cpu);
    return { wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
  };
}

/** The IO of the process itself, for the scripts in scripts/: console output, `DOSSIER_CONTENT_DIR`. */
export function processIO(): CommandIO {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    contentRoot: process.env.DOSSIER_CONTENT_DIR,
    outDir: process.env.DOSSIER_OUT_DIR,
    cacheDir: process.env.DOSSIER_CACHE_DIR,
    // performance.now() counts from the start of the process: Node's start and the imports included.
    elapsed: () => ({
      wallMs: performance.now(),
      cpuMs: ((cpu) => (cpu.user + cpu.system) / 1000)(process.cpuUsage()),
    }),
  };
}

/** A wrong command line: the command prints the message and its usage, and exits with status 2. */
export class UsageError extends Error {}

/** True for an error about the command line: a `UsageError`, or `parseArgs`' own (an unknown flag, a missing value). */
function isUsageError(error: unknown): error is Error {
  if (error instanceof UsageError) return true;
  const code = error instanceof Error ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Runs the body of a command and returns its exit code (0 when the body returns none): a wrong
 * command line prints its message and `usage` (status 2), any other failure the error (status 1).
 */
export async function runCommand(
  io: CommandIO,
  usage: string,
  body: () => Promise<number | undefined> | number | undefined,
): Promise<number> {
  try {
    return (await body()) ?? 0;
  } catch (error) {
    if (isUsageError(error)) {
      io.stderr(`${error.message}\n${usage}\n`);
      return 2;
    }
    io.stderr(`${inspect(error)}\n`);
    return 1;
  }
}

/** The flag values `parseArgs` gives for `options` (no positionals). */
export type CommandFlags<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O }>
>['values'];

/**
 * `runCommand` for a command that takes flags only: reads `args` against `options` (an unknown
 * flag or a missing value is a wrong command line) and runs the body with the values.
 */
export function runCommandWithFlags<const O extends ParseArgsOptionsConfig>(
  io: CommandIO,
  usage: string,
  args: string[],
  options: O,
  body: (flags: CommandFlags<O>) => Promise<number | undefined> | number | undefined,
): Promise<number> {
  return runCommand(io, usage, () => body(parseArgs({ args, options }).values));
}
