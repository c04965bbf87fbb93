/**
 * The benchmark's corpus generator, run as its command (`node scripts/cli/generate-corpus.ts`), on
 * corpora small enough to analyse here: the files it writes are deterministic, shaped as asked,
 * valid against the real schemas and references, and shaped like the real articles. The tests run
 * the bench's commands (scripts/cli/), as the benchmark and a maintainer do.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { load as parseYaml } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { analyzeArticle, type CuratedAttribution } from '../../../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../../../src/analysis/text/body-blocks.ts';
import { aliasesOf, createAliasMatcher, validateAliases } from '../../../../src/analysis/mentions/find-mentions.ts';
import { extractQuotes, wordCount } from '../../../../src/analysis/quotes/find-quotes.ts';
import { quotedRangesByBlock } from '../../../../src/analysis/text/ranges.ts';
import { sentenceEnds } from '../../../../src/analysis/text/sentences.ts';
import type { ArticleAnalysis } from '../../../../src/analysis/types.ts';
import { checkFidelity } from '../../../../src/load/fidelity.ts';
import { readArticleFile } from '../../../../scripts/lib/read-article-file.ts';
import { findExcerptBlock, normalizeSpace, validateReferences } from '../../../../src/load/validate-references.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';
import { articleSchema } from '../../../../src/schemas/article.ts';
import { eventSchema } from '../../../../src/schemas/event.ts';

const run = promisify(execFile);
const workDir = mkdtempSync(path.join(tmpdir(), 'dossier-corpus-generator-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A file the generator wrote, by its path inside the corpus folder (`articles/x.md`). */
interface CorpusFile {
  path: string;
  content: string;
}

/** The options the generator resolved and what it counted, from the corpus' `.corpus.json`. */
interface CorpusRecord {
  options: { articles: number; seed: string; actors: number; events: number };
  summary: { articles: number; actors: number; events: number; quotes: number };
}

/** Runs a bench command (scripts/cli/) with the project's Node (the one running the tests) and returns what it printed. */
async function runScript(script: string, ...args: string[]): Promise<string> {
  const { stdout } = await run(process.execPath, [path.join('scripts/cli', script), ...args], { maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Generates a corpus into a fresh folder and reads every file back, sorted by path. */
async function generate(...args: string[]): Promise<{ files: CorpusFile[]; record: CorpusRecord }> {
  const out = mkdtempSync(path.join(workDir, 'corpus-'));
  await runScript('generate-corpus.ts', ...args, '--out', out);
  const files = readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(out, path.join(entry.parentPath, entry.name)))
    .sort()
    .map((file) => ({ path: file, content: readFileSync(path.join(out, file), 'utf8') }));
  const record = JSON.parse(files.find((file) => file.path === '.corpus.json')?.content ?? 'null') as CorpusRecord;
  return { files: files.filter((file) => file.path !== '.corpus.json'), record };
}

/** A corpus small enough to analyse in a test, big enough to show every kind of paragraph. */
const OPTIONS = ['--articles', '60', '--seed', 'unit-test'];

let files: CorpusFile[];
let record: CorpusRecord;
let articles: Array<{ slug: string; frontmatter: Record<string, unknown>; body: string }>;
let actors: Array<{ slug: string; data: Record<string, unknown> }>;
let events: Array<{ slug: string; data: Record<string, unknown> }>;

const byFolder = (folder: string) => files.filter((file) => file.path.startsWith(`${folder}/`));
const slugOf = (file: CorpusFile) => path.basename(file.path).replace(/\.[^.]+$/, '');

/** The other corpora the tests compare with, generated at the same time as the main one. */
let others: Record<'same' | 'otherSeed' | 'larger' | 'curated', Promise<{ files: CorpusFile[]; record: CorpusRecord }>>;

beforeAll(async () => {
  const main = generate(...OPTIONS);
  others = {
    same: generate(...OPTIONS),
    otherSeed: generate('--articles', '60', '--seed', 'another'),
    // As many actors as the main corpus got by default, for more articles.
    larger: main.then(({ record: { options } }) =>
      generate('--articles', '61', '--seed', 'unit-test', '--actors', String(options.actors)),
    ),
    curated: generate('--articles', '120', '--seed', 'unit-test'),
  };
  ({ files, record } = await main);
  articles = byFolder('articles').map((file) => ({ slug: slugOf(file), ...readArticleFile(file.content, file.path) }));
  actors = byFolder('actors').map((file) => ({ slug: slugOf(file), data: parseYaml(file.content) as Record<string, unknown> }));
  events = byFolder('events').map((file) => ({ slug: slugOf(file), data: parseYaml(file.content) as Record<string, unknown> }));
});

describe('the generator is deterministic', () => {
  test('the same seed gives byte-identical files', async () => {
    expect((await others.same).files).toEqual(files);
  });

  test('another seed gives another corpus', async () => {
    const other = (await others.otherSeed).files;
    expect(other.find((file) => file.path.startsWith('articles/'))?.content).not.toEqual(byFolder('articles')[0]?.content);
  });

  test('a larger corpus starts with the same actors (each part has its own random stream)', async () => {
    const larger = (await others.larger).files;
    expect(larger.filter((file) => file.path.startsWith('actors/'))).toEqual(byFolder('actors'));
  });
});

describe('the corpus has the requested shape', () => {
  test('defaults scale to a few hundred actors and a few thousand events at 10,000 articles', async () => {
    expect(JSON.parse(await runScript('generate-corpus.ts', '--articles', '10000', '--dry-run'))).toMatchObject({
      actors: 300,
      events: 3000,
    });
  });

  test('it has the requested number of articles, actors and events, each article with its raw file', () => {
    expect(record.options).toMatchObject({ articles: 60, seed: 'unit-test' });
    expect(articles).toHaveLength(60);
    expect(actors).toHaveLength(record.options.actors);
    expect(events).toHaveLength(record.options.events);
    expect(byFolder('raw')).toHaveLength(60);
    expect(record.summary).toMatchObject({ articles: 60, actors: record.options.actors, events: record.options.events });
  });

  test('a wrong flag stops the script with its usage', async () => {
    await expect(runScript('generate-corpus.ts', '--articles', 'many')).rejects.toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--articles: expected a whole number'),
    });
  });
});

/** A schema as these tests use it: a check that says what is wrong. */
interface Schema {
  safeParse(data: unknown): { success: true } | { success: false; error: { message: string } };
}

describe('every file is valid against the real schemas', () => {
  // The files are read in beforeAll, so each row names them by a function.
  test.each<[string, () => Array<{ slug: string; data: unknown }>, Schema]>([
    ['article frontmatter', () => articles.map(({ slug, frontmatter }) => ({ slug, data: frontmatter })), articleSchema],
    ['actors', () => actors, actorSchema],
    ['events', () => events, eventSchema],
  ])('%s', (_name, files, schema) => {
    const problems = files().flatMap(({ slug, data }) => {
      const result = schema.safeParse(data);
      return result.success ? [] : [`${slug}: ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  test('no alias is claimed by two actors', () => {
    const names = actors.map(({ slug, data }) => ({
      file: slug,
      slug,
      name: String(data.name),
      aliases: (data.aliases as string[] | undefined) ?? [],
      kind: String(data.kind),
    }));
    expect(validateAliases(names)).toEqual([]);
  });
});

describe('references hold, as the build checks them', () => {
  let analyses: Map<string, ArticleAnalysis>;

  beforeAll(() => {
    const matcher = createAliasMatcher(
      aliasesOf(
        actors.map(({ slug, data }) => ({
          slug,
          name: String(data.name),
          aliases: (data.aliases as string[] | undefined) ?? [],
          kind: String(data.kind),
        })),
      ),
    );
    // analyzeArticle throws when a curated attribution matches no quote or several.
    analyses = new Map(
      articles.map(({ slug, frontmatter, body }) => [
        slug,
        analyzeArticle(
          {
            slug,
            file: slug,
            blocks: bodyBlocksFromMarkdown(body),
            published: (frontmatter.published as { value: string }).value,
            curations: (frontmatter.attributions as CuratedAttribution[] | undefined) ?? [],
          },
          matcher,
        ),
      ]),
    );
  });

  test("every event's excerpts occur verbatim in the bodies of their articles", () => {
    const missing = events.flatMap(({ slug, data }) =>
      (data.sources as Array<{ article: string; excerpt: string }>).flatMap((source) => {
        const blocks = analyses.get(source.article)?.blocks;
        return blocks && findExcerptBlock(blocks, source.excerpt)
          ? []
          : [`${slug}: "${source.excerpt}" not in ${source.article}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  test('the reference check the build runs finds no error', () => {
    const report = validateReferences(
      events.map(({ slug, data }) => ({
        file: slug,
        slug,
        ...(eventSchema.parse(data) as ReturnType<typeof eventSchema.parse>),
      })),
      {
        actorSlugs: new Set(actors.map((actor) => actor.slug)),
        articleBlocks: new Map([...analyses].map(([slug, analysis]) => [slug, analysis.blocks])),
        articleQuotes: new Map(
          [...analyses].map(([slug, analysis]) => [slug, analysis.quotes.map((quote) => normalizeSpace(quote.text))]),
        ),
        mentionedActors: new Set([...analyses.values()].flatMap((analysis) => analysis.mentions.map((mention) => mention.actor))),
        actors: actors.map(({ slug, data }) => ({ file: slug, slug, affiliation: data.affiliation as string | undefined })),
        curatedSpeakers: [],
      },
    );
    expect(report.errors).toEqual([]);
  });

  test('some events name a quote by hand, and some articles carry curated attributions', async () => {
    const generated = (await others.curated).files;
    expect(generated.some((file) => file.path.startsWith('events/') && file.content.includes('\nquotes:'))).toBe(true);
    expect(generated.some((file) => file.path.startsWith('articles/') && file.content.includes('\nattributions:'))).toBe(true);
  });

  test('each raw file is its article, split: body plus furniture, word for word', () => {
    const raws = new Map(byFolder('raw').map((file) => [path.basename(file.path), file.content]));
    const problems = articles.flatMap(({ slug, frontmatter, body }) => {
      const result = checkFidelity({
        raw: raws.get(String(frontmatter.raw)) ?? '',
        body,
        furniture: (frontmatter.furniture as Array<{ kind: string; text: string }> | undefined) ?? [],
        corrections: [],
      });
      return result.ok ? [] : [`${slug}: ${result.message}`];
    });
    expect(problems).toEqual([]);
  });

  test('the analysis finds quotes with named and unnamed speakers, mentions and resolved dates in every article', () => {
    const all = [...analyses.values()];
    expect(all.every((analysis) => analysis.mentions.length > 0 && analysis.quotes.length > 0 && analysis.dates.length > 0)).toBe(
      true,
    );
    const quotes = all.flatMap((analysis) => analysis.quotes);
    expect(quotes.some((quote) => quote.speaker?.actor)).toBe(true);
    expect(quotes.some((quote) => quote.speaker && quote.speaker.actor === null)).toBe(true);
    expect(quotes.filter((quote) => quote.kind === 'statement' && quote.speaker === null).length / quotes.length).toBeLessThan(
      0.1,
    );
  });
});

/** Paragraph and sentence lengths, measured the same way on any set of article bodies. */
function shape(bodies: string[]) {
  const paragraphsPerArticle: number[] = [];
  const wordsPerParagraph: number[] = [];
  const wordsPerSentence: number[] = [];
  const quotesPerArticle: number[] = [];
  for (const body of bodies) {
    const blocks = bodyBlocksFromMarkdown(body).filter((block) => block.kind === 'paragraph');
    const quotes = extractQuotes(blocks);
    const ranges = quotedRangesByBlock(quotes);
    paragraphsPerArticle.push(blocks.length);
    quotesPerArticle.push(quotes.length);
    for (const block of blocks) {
      wordsPerParagraph.push(wordCount(block.text));
      let from = 0;
      for (const end of [...sentenceEnds(block.text, ranges.get(block.id) ?? []), block.text.length]) {
        const sentence = block.text.slice(from, end).trim();
        if (sentence) wordsPerSentence.push(wordCount(sentence));
        from = end;
      }
    }
  }
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  return {
    paragraphsPerArticle: mean(paragraphsPerArticle),
    wordsPerParagraph: mean(wordsPerParagraph),
    wordsPerSentence: mean(wordsPerSentence),
    quotesPerArticle: mean(quotesPerArticle),
  };
}

describe('bodies are shaped like the real articles', () => {
  const realDir = path.resolve('content/articles');
  let real: ReturnType<typeof shape>;
  let synthetic: ReturnType<typeof shape>;

  beforeAll(() => {
    const realBodies = readdirSync(realDir)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readArticleFile(readFileSync(path.join(realDir, name), 'utf8'), name).body);
    real = shape(realBodies);
    synthetic = shape(articles.map((article) => article.body));
  });

  // Within a third of the real means: the real corpus is five articles, so its means are rough.
  test.each(['paragraphsPerArticle', 'wordsPerParagraph', 'wordsPerSentence', 'quotesPerArticle'] as const)(
    '%s is near the real mean',
    (key) => {
      expect(synthetic[key]).toBeGreaterThan(real[key] * 0.67);
      expect(synthetic[key]).toBeLessThan(real[key] * 1.33);
    },
  );
});

describe('the benchmark sorts built pages by type (reading pages must ship no JavaScript)', () => {
  const PAGE_TYPES: Record<string, string> = {
    'articles/why-the-munich-talks-failed/index.html': 'article',
    'actors/donald-trump/index.html': 'actor',
    'events/anchorage-summit/index.html': 'event',
    'quotes/0e7722299e/index.html': 'quote',
    'articles/index.html': 'articles',
    'articles/page/2/index.html': 'articles',
    'events/page/10/index.html': 'events',
    'actors/unnamed-sources/index.html': 'unnamed-sources',
    'actors/unnamed-sources/page/3/index.html': 'unnamed-sources',
    'index.html': 'home',
  };

  let dist: string;
  beforeAll(() => {
    dist = mkdtempSync(path.join(workDir, 'dist-'));
    for (const file of Object.keys(PAGE_TYPES)) {
      mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
      writeFileSync(path.join(dist, file), '<!doctype html><title>x</title><p>x</p>');
    }
  });

  test('each page gets its type (`measure-dist.ts --pages`)', async () => {
    expect(JSON.parse(await runScript('measure-dist.ts', dist, '--pages'))).toEqual(PAGE_TYPES);
  });

  test('one article, actor, event or quote is a reading page, checked for JavaScript; lists are not', async () => {
    const { javascript } = JSON.parse(await runScript('measure-dist.ts', dist)) as {
      javascript: Record<string, { checked: number }>;
    };
    expect(Object.fromEntries(Object.entries(javascript).map(([type, { checked }]) => [type, checked]))).toEqual({
      article: 1,
      actor: 1,
      event: 1,
      quote: 1,
    });
  });
});
