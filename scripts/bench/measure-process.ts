/**
 * Runs one command and measures it the way the budgets are stated: wall time, CPU time, and the
 * peak resident memory of the whole process tree (Astro, its workers, Pagefind's binary), sampled
 * from /proc. `/usr/bin/time -v` alone would not do: it reports the largest single process, not
 * the sum of a tree.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync } from 'node:fs';

/** What one measured run gives. */
export interface ProcessMeasurement {
  command: string;
  exitCode: number | null;
  /** True when the run was stopped for exceeding its time limit. */
  timedOut: boolean;
  wallSeconds: number;
  /** User + system CPU seconds of the tree (from /usr/bin/time when present), or null. */
  cpuSeconds: number | null;
  /** Peak of the summed resident set size of every process in the tree, in bytes. */
  peakTreeRssBytes: number;
  /** Largest single process (the kernel's maxrss via /usr/bin/time), in bytes, or null. */
  peakProcessRssBytes: number | null;
  /** Seconds from start at which each marker line was first printed. */
  markers: Record<string, number>;
  /** Peak tree RSS (bytes) reached by the time each marker was printed: where the memory went. */
  peakAtMarkers: Record<string, number>;
  /** The last lines of output, for error reports. */
  tail: string[];
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Output is appended here. */
  logFile: string;
  /** Stop the run after this many seconds. */
  timeoutSeconds: number;
  /** Lines to time: name → pattern. */
  markers?: Record<string, RegExp>;
  /** Sampling interval of the memory poller, in milliseconds. */
  sampleMs?: number;
}

const PAGE_SIZE = 4096;
const TIME_BINARY = '/usr/bin/time';

/** Runs `command args` to completion and returns its measurements (never throws on a failed run). */
export async function measureProcess(command: string, args: string[], options: RunOptions): Promise<ProcessMeasurement> {
  const useTime = existsSync(TIME_BINARY);
  const timeFile = `${options.logFile}.time`;
  const [file, argv] = useTime ? [TIME_BINARY, ['-o', timeFile, '-f', '%U %S %M', command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile, { flags: 'a' });
  log.write(`$ ${command} ${args.join(' ')}\n`);
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const markers: Record<string, number> = {};
  const peakAtMarkers: Record<string, number> = {};
  const tail: string[] = [];
  let peak = 0;
  let pending = '';
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      for (const [name, pattern] of Object.entries(options.markers ?? {})) {
        if (markers[name] === undefined && pattern.test(line)) {
          markers[name] = (performance.now() - started) / 1000;
          peakAtMarkers[name] = peak;
        }
      }
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);

  const sample = () => {
    if (child.pid !== undefined) peak = Math.max(peak, treeRssBytes(child.pid));
  };
  const poller = setInterval(sample, options.sampleMs ?? 200);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    // The child leads its own process group (detached), so the whole tree stops.
    if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutSeconds * 1000);

  const exitCode = await new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  clearInterval(poller);
  clearTimeout(timer);
  const wallSeconds = (performance.now() - started) / 1000;
  await new Promise<void>((resolve) => log.end(resolve));

  let cpuSeconds: number | null = null;
  let peakProcessRssBytes: number | null = null;
  if (useTime && existsSync(timeFile)) {
    // The last line holds the figures (earlier ones may be "Command exited with non-zero status").
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '';
    const [user, system, maxKb] = last.split(/\s+/).map(Number);
    if ([user, system, maxKb].every((n) => Number.isFinite(n))) {
      cpuSeconds = user! + system!;
      peakProcessRssBytes = maxKb! * 1024;
    }
  }
  return {
    command: `${command} ${args.join(' ')}`,
    exitCode: timedOut ? null : exitCode,
    timedOut,
    wallSeconds,
    cpuSeconds,
    peakTreeRssBytes: Math.max(peak, peakProcessRssBytes ?? 0),
    peakProcessRssBytes,
    markers,
    peakAtMarkers,
    tail,
  };
}

/** Summed resident memory of `root` and all its descendants, from /proc (0 where /proc is missing). */
export function treeRssBytes(root: number): number {
  const childrenOf = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0;
  }
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = childrenOf.get(ppid) ?? [];
      list.push(Number(name));
      childrenOf.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    try {
      const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
      if (Number.isFinite(resident)) total += resident * PAGE_SIZE;
    } catch {
      // Gone.
    }
    queue.push(...(childrenOf.get(pid) ?? []));
  }
  return total;
}
