/**
 * Synthetic corpora for the benchmark (issue: "Corpus generator"): N articles with bodies shaped
 * like the real ones (paragraph and sentence lengths, quotes closed by "X said", unnamed officials,
 * relative dates), a few hundred actors with aliases and a few thousand events whose excerpts are
 * copied from the generated bodies, all valid against `src/schemas/`. Written to its own content
 * folder (built with `DOSSIER_CONTENT_DIR`), so the real corpus is never touched.
 *
 * Deterministic: the same options give byte-identical files on every machine. Each actor list,
 * article and event draws from its own seeded stream, so articles can be produced one at a time.
 * The parts are in `corpus/`: the world's plan (`world.ts`: actors, articles, events), then each
 * article's body and files.
 *
 *   node scripts/cli/generate-corpus.ts --articles 1000 [--seed dossier] [--actors N] [--events N] [--out dir]
 *   node scripts/cli/generate-corpus.ts --articles 10000 --dry-run    print the resolved options and write nothing
 *
 * Besides the content, the folder gets `.corpus.json` (the options and what was generated; hidden,
 * so the build's content-layout check passes over it).
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCommand, type CommandIO } from '../lib/command-io.ts';
import { wholeNumber } from './flags.ts';
import { writeArticle } from './corpus/article-file.ts';
import { type CorpusOptions, resolveOptions } from './corpus/options.ts';
import { planWorld } from './corpus/world.ts';
import { actorYaml, eventYaml } from './corpus/yaml.ts';

export { type CorpusOptions, resolveOptions } from './corpus/options.ts';

/** One file of the corpus, by its path inside the content folder (`articles/x.md`). */
export interface CorpusFile {
  path: string;
  content: string;
}

/** Counts of what was generated. */
export interface CorpusSummary {
  seed: string;
  articles: number;
  actors: number;
  events: number;
  eventSources: number;
  /** Quotes written into the bodies (the analysis may split or merge a few differently). */
  quotes: number;
  paragraphs: number;
  words: number;
}

/** The generator's record of a corpus, written last, beside the content. */
export const SUMMARY_FILE = '.corpus.json';

/**
 * Every file of the corpus, one at a time (a 10,000-article corpus never has to sit in memory as
 * text): actors, then events, then each article with its raw file, then the summary.
 */
export function* generateCorpusFiles(options: CorpusOptions): Generator<CorpusFile, CorpusSummary> {
  const resolved = resolveOptions(options);
  const world = planWorld(resolved);
  for (const actor of world.actors) yield { path: `actors/${actor.slug}.yaml`, content: actorYaml(actor) };
  for (const event of world.events) yield { path: `events/${event.slug}.yaml`, content: eventYaml(event) };
  const summary: CorpusSummary = {
    seed: resolved.seed,
    articles: world.articles.length,
    actors: world.actors.length,
    events: world.events.length,
    eventSources: world.events.reduce((sum, event) => sum + event.sources.length, 0),
    quotes: 0,
    paragraphs: 0,
    words: 0,
  };
  for (const article of world.articles) {
    const written = writeArticle(article, world, resolved.seed);
    summary.quotes += written.quotes;
    summary.paragraphs += written.paragraphs;
    summary.words += written.words;
    yield { path: `articles/${article.slug}.md`, content: written.markdown };
    yield { path: `raw/${written.rawFile}`, content: written.raw };
  }
  const record = { generator: 'scripts/bench/generate-corpus.ts', options: resolved, summary };
  yield { path: SUMMARY_FILE, content: `${JSON.stringify(record, null, 2)}\n` };
  return summary;
}

/** The whole corpus in memory (small corpora). */
export function generateCorpus(options: CorpusOptions): { files: CorpusFile[]; summary: CorpusSummary } {
  const files: CorpusFile[] = [];
  const iterator = generateCorpusFiles(options);
  for (;;) {
    const step = iterator.next();
    if (step.done) return { files, summary: step.value };
    files.push(step.value);
  }
}

/** Writes a corpus into `dir`, replacing what was there. */
export async function writeCorpus(options: CorpusOptions, dir: string): Promise<CorpusSummary> {
  await rm(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'actors', 'events', 'raw']) await mkdir(path.join(dir, folder), { recursive: true });
  const iterator = generateCorpusFiles(options);
  let batch: Promise<void>[] = [];
  for (;;) {
    const step = iterator.next();
    if (step.done) {
      await Promise.all(batch);
      return step.value;
    }
    batch.push(writeFile(path.join(dir, step.value.path), step.value.content));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
}

const USAGE =
  'Usage: node scripts/cli/generate-corpus.ts --articles N [--seed S] [--actors N] [--events N] [--out DIR] [--dry-run]';

/**
 * Runs the generator with `argv` (the arguments after the script's name): writes the corpus into
 * `--out` (relative to the working folder) and says what it wrote; returns the exit code.
 */
export function runGenerateCorpusCommand(argv: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, () => generate(argv, io));
}

async function generate(argv: string[], io: CommandIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string', default: '100' },
      seed: { type: 'string' },
      actors: { type: 'string' },
      events: { type: 'string' },
      out: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const options: CorpusOptions = {
    articles: wholeNumber('articles', values.articles),
    ...(values.seed !== undefined ? { seed: values.seed } : {}),
    ...(values.actors !== undefined ? { actors: wholeNumber('actors', values.actors) } : {}),
    ...(values.events !== undefined ? { events: wholeNumber('events', values.events, 0) } : {}),
  };
  if (values['dry-run']) {
    io.stdout(`${JSON.stringify(resolveOptions(options))}\n`);
    return 0;
  }
  const out = path.resolve(io.cwd, values.out ?? `bench-results/tmp/corpus-${options.articles}`);
  const started = performance.now();
  const summary = await writeCorpus(options, out);
  const took = Math.round(performance.now() - started);
  io.stdout(
    `${summary.articles} articles, ${summary.actors} actors, ${summary.events} events, ${summary.quotes} quotes → ${out} (${took} ms)\n`,
  );
  return 0;
}
