/**
 * Runs the article analysis on worker threads while Astro's main thread parses and renders
 * Markdown. Astro's glob loader renders up to ten entries at once, but in one thread; the
 * analysis is most of each article's cost (issue 24: 10,000 articles, about 140 s of content
 * sync), so a machine with more than one core analyses several articles at a time. The first
 * articles of a build are analysed inline, so that a small site or a warm rebuild never pays for
 * starting workers, and the workers stop once there is no work, so that they hold no memory while
 * pages are written. A worker builds the same matcher from the same actor files and the analysis
 * is pure, so the result does not depend on the thread (tests/unit/plugins/analysis-pool.test.ts).
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { analyzeArticle, type ArticleInput } from '../analysis/analyze-article.ts';
import type { AliasMatcher } from '../analysis/mentions/find-mentions.ts';
import type { ArticleAnalysis } from '../analysis/types.ts';

/** What the pool sends a worker: one article's input, with an id for the reply. */
export interface AnalysisRequest {
  id: number;
  input: ArticleInput;
}

/** What a worker sends back: the analysis, or the message of the error it threw. */
export type AnalysisReply = { id: number; analysis: ArticleAnalysis } | { id: number; error: string };

export interface AnalysisPoolOptions {
  /** The main thread's matcher, for the articles analysed inline. */
  matcher: AliasMatcher;
  /** The actors folder: each worker builds the same matcher from its files. */
  actorsDir: string;
  /** Worker threads once they start; 0 analyses every article inline. `defaultWorkerCount()` by default. */
  workers?: number;
  /** Articles analysed inline before the workers start (32 by default). */
  inlineFirst?: number;
  /** Milliseconds with no article in flight after which the workers stop (1,000 by default). */
  idleMs?: number;
}

/**
 * Worker threads for this machine: `DOSSIER_ANALYSIS_WORKERS` when set (0 turns them off),
 * else one per core up to four, and none on a single core, where they would only add overhead.
 */
export function defaultWorkerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.DOSSIER_ANALYSIS_WORKERS;
  if (set !== undefined && /^\d+$/u.test(set)) return Number(set);
  const cores = os.availableParallelism();
  return cores > 1 ? Math.min(cores, 4) : 0;
}

interface PoolWorker {
  worker: Worker;
  /** Requests sent to this worker and not yet answered. */
  pending: Set<number>;
}

interface Waiting {
  resolve: (analysis: ArticleAnalysis) => void;
  reject: (error: Error) => void;
}

/** Analyses articles inline or on worker threads (see the module comment). */
export class AnalysisPool {
  readonly #matcher: AliasMatcher;
  readonly #actorsDir: string;
  readonly #size: number;
  readonly #idleMs: number;
  #inlineLeft: number;
  #workers: PoolWorker[] = [];
  readonly #waiting = new Map<number, Waiting>();
  #nextId = 0;
  #idleTimer: NodeJS.Timeout | undefined;
  /** Articles analysed on worker threads so far (for tests and the build's log). */
  analysedOnWorkers = 0;

  constructor(options: AnalysisPoolOptions) {
    this.#matcher = options.matcher;
    this.#actorsDir = options.actorsDir;
    this.#size = options.workers ?? defaultWorkerCount();
    this.#inlineLeft = options.inlineFirst ?? 32;
    this.#idleMs = options.idleMs ?? 1000;
  }

  /** The analysis of one article; rejects with the analysis's own error message. */
  async analyse(input: ArticleInput): Promise<ArticleAnalysis> {
    if (this.#size === 0 || this.#inlineLeft > 0) {
      this.#inlineLeft -= 1;
      return analyzeArticle(input, this.#matcher);
    }
    clearTimeout(this.#idleTimer);
    if (this.#workers.length === 0) this.#start();
    const target = this.#workers.reduce((least, next) => (next.pending.size < least.pending.size ? next : least));
    const id = this.#nextId++;
    target.pending.add(id);
    // A worker with work keeps the process alive; an idle one does not.
    target.worker.ref();
    const reply = new Promise<ArticleAnalysis>((resolve, reject) => this.#waiting.set(id, { resolve, reject }));
    target.worker.postMessage({ id, input } satisfies AnalysisRequest);
    return reply;
  }

  /** Stops the workers now (the pool starts them again if more work comes). */
  async close(): Promise<void> {
    clearTimeout(this.#idleTimer);
    const workers = this.#workers;
    this.#workers = [];
    await Promise.all(workers.map(({ worker }) => worker.terminate()));
  }

  #start(): void {
    for (let index = 0; index < this.#size; index++) {
      const entry: PoolWorker = {
        worker: new Worker(new URL('./analysis-worker.ts', import.meta.url), { workerData: { actorsDir: this.#actorsDir } }),
        pending: new Set(),
      };
      entry.worker.unref();
      entry.worker.on('message', (reply: AnalysisReply) => this.#settle(entry, reply));
      entry.worker.on('error', (error) => this.#fail(entry, error instanceof Error ? error : new Error(String(error))));
      entry.worker.on('exit', (code) => {
        if (entry.pending.size > 0) this.#fail(entry, new Error(`an analysis worker stopped (exit code ${code})`));
      });
      this.#workers.push(entry);
    }
  }

  #settle(entry: PoolWorker, reply: AnalysisReply): void {
    entry.pending.delete(reply.id);
    if (entry.pending.size === 0) entry.worker.unref();
    const waiting = this.#waiting.get(reply.id);
    this.#waiting.delete(reply.id);
    if ('error' in reply) waiting?.reject(new Error(reply.error));
    else {
      this.analysedOnWorkers += 1;
      waiting?.resolve(reply.analysis);
    }
    if (this.#workers.every((worker) => worker.pending.size === 0)) {
      this.#idleTimer = setTimeout(() => void this.close(), this.#idleMs);
      this.#idleTimer.unref();
    }
  }

  /** A worker failed: its articles' analyses reject, and the pool starts fresh workers for the next. */
  #fail(entry: PoolWorker, error: Error): void {
    for (const id of entry.pending) {
      this.#waiting.get(id)?.reject(error);
      this.#waiting.delete(id);
    }
    entry.pending.clear();
    this.#workers = this.#workers.filter((worker) => worker !== entry);
    void entry.worker.terminate();
  }
}
