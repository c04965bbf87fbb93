/**
 * What an editor command (`npm run add`, `npm run actor:draft`) reads from and writes to, instead
 * of the process: the script in scripts/ passes the process's streams, folder and environment, a
 * test passes its own and runs the command in-process.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface CommandIO {
  /** Writes text as it is (no newline is added). */
  stdout(text: string): void;
  stderr(text: string): void;
  /** The folder relative paths are read from and printed relative to (the process's working folder). */
  cwd: string;
  /** The content folder (`DOSSIER_CONTENT_DIR`), resolved against `cwd`; `<cwd>/content` when absent. */
  contentRoot?: string;
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
    // performance.now() counts from the start of the process: Node's start and the imports included.
    elapsed: () => ({
      wallMs: performance.now(),
      cpuMs: ((cpu) => (cpu.user + cpu.system) / 1000)(process.cpuUsage()),
    }),
  };
}
