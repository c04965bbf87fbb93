import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import { analyzeArticle, type CuratedAttribution } from '../../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../../src/analysis/body-blocks.ts';
import { aliasesOf, createAliasMatcher, validateAliases } from '../../src/analysis/mentions.ts';
import { extractQuotes, wordCount } from '../../src/analysis/quotes.ts';
import { quotedRangesByBlock } from '../../src/analysis/ranges.ts';
import { sentenceEnds } from '../../src/analysis/sentences.ts';
import type { ArticleAnalysis } from '../../src/analysis/types.ts';
import { checkFidelity } from '../../src/corpus/fidelity.ts';
import { readArticleFile } from '../../src/corpus/read-article-file.ts';
import { findExcerptBlock, validateReferences } from '../../src/corpus/validate-references.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { generateCorpus, resolveOptions, type CorpusFile } from '../../scripts/bench/generate-corpus.ts';

/** A corpus small enough to analyse in a test, big enough to show every kind of paragraph. */
const OPTIONS = { articles: 60, seed: 'unit-test' };

let files: CorpusFile[];
let articles: Array<{ slug: string; frontmatter: Record<string, unknown>; body: string }>;
let actors: Array<{ slug: string; data: Record<string, unknown> }>;
let events: Array<{ slug: string; data: Record<string, unknown> }>;

const byFolder = (folder: string) => files.filter((file) => file.path.startsWith(`${folder}/`));
const slugOf = (file: CorpusFile) => path.basename(file.path).replace(/\.[^.]+$/, '');

beforeAll(() => {
  files = generateCorpus(OPTIONS).files;
  articles = byFolder('articles').map((file) => ({ slug: slugOf(file), ...readArticleFile(file.content, file.path) }));
  actors = byFolder('actors').map((file) => ({ slug: slugOf(file), data: parseYaml(file.content) as Record<string, unknown> }));
  events = byFolder('events').map((file) => ({ slug: slugOf(file), data: parseYaml(file.content) as Record<string, unknown> }));
});

describe('generateCorpus is deterministic', () => {
  test('the same seed gives byte-identical files', () => {
    expect(generateCorpus(OPTIONS).files).toEqual(files);
  });

  test('another seed gives another corpus', () => {
    const other = generateCorpus({ ...OPTIONS, seed: 'another' }).files;
    expect(other.find((file) => file.path.startsWith('articles/'))?.content).not.toEqual(byFolder('articles')[0]?.content);
  });

  test('a larger corpus starts with the same actors (each part has its own random stream)', () => {
    const larger = generateCorpus({ ...OPTIONS, articles: 61, actors: resolveOptions(OPTIONS).actors }).files;
    expect(larger.filter((file) => file.path.startsWith('actors/'))).toEqual(byFolder('actors'));
  });
});

describe('the corpus has the requested shape', () => {
  test('defaults scale to a few hundred actors and a few thousand events at 10,000 articles', () => {
    expect(resolveOptions({ articles: 10_000 })).toMatchObject({ actors: 300, events: 3000 });
  });

  test('it has the requested number of articles, actors and events, each article with its raw file', () => {
    const resolved = resolveOptions(OPTIONS);
    expect(articles).toHaveLength(OPTIONS.articles);
    expect(actors).toHaveLength(resolved.actors);
    expect(events).toHaveLength(resolved.events);
    expect(byFolder('raw')).toHaveLength(OPTIONS.articles);
  });
});

describe('every file is valid against the real schemas', () => {
  test('article frontmatter', () => {
    const problems = articles.flatMap(({ slug, frontmatter }) => {
      const result = articleSchema.safeParse(frontmatter);
      return result.success ? [] : [`${slug}: ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  test('actors', () => {
    const problems = actors.flatMap(({ slug, data }) => {
      const result = actorSchema.safeParse(data);
      return result.success ? [] : [`${slug}: ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  test('events', () => {
    const problems = events.flatMap(({ slug, data }) => {
      const result = eventSchema.safeParse(data);
      return result.success ? [] : [`${slug}: ${result.error.message}`];
    });
    expect(problems).toEqual([]);
  });

  test('no alias is claimed by two actors', () => {
    const names = actors.map(({ slug, data }) => ({ file: slug, slug, name: String(data.name), aliases: (data.aliases as string[] | undefined) ?? [], kind: String(data.kind) }));
    expect(validateAliases(names)).toEqual([]);
  });
});

describe('references hold, as the build checks them', () => {
  let analyses: Map<string, ArticleAnalysis>;

  beforeAll(() => {
    const matcher = createAliasMatcher(
      aliasesOf(actors.map(({ slug, data }) => ({ slug, name: String(data.name), aliases: (data.aliases as string[] | undefined) ?? [], kind: String(data.kind) }))),
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
        return blocks && findExcerptBlock(blocks, source.excerpt) ? [] : [`${slug}: "${source.excerpt}" not in ${source.article}`];
      }),
    );
    expect(missing).toEqual([]);
  });

  test('the reference check the build runs finds no error', () => {
    const report = validateReferences(
      events.map(({ slug, data }) => ({ file: slug, slug, ...(eventSchema.parse(data) as ReturnType<typeof eventSchema.parse>) })),
      {
        actorSlugs: new Set(actors.map((actor) => actor.slug)),
        articleBlocks: new Map([...analyses].map(([slug, analysis]) => [slug, analysis.blocks])),
        articleQuotes: new Map([...analyses].map(([slug, analysis]) => [slug, analysis.quotes.map((quote) => quote.text)])),
        mentionedActors: new Set([...analyses.values()].flatMap((analysis) => analysis.mentions.map((mention) => mention.actor))),
        actors: actors.map(({ slug, data }) => ({ file: slug, slug, affiliation: data.affiliation as string | undefined })),
        curatedSpeakers: [],
      },
    );
    expect(report.errors).toEqual([]);
  });

  test('some events name a quote by hand, and some articles carry curated attributions', () => {
    const generated = generateCorpus({ articles: 400, seed: 'unit-test' }).files;
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
    expect(all.every((analysis) => analysis.mentions.length > 0 && analysis.quotes.length > 0 && analysis.dates.length > 0)).toBe(true);
    const quotes = all.flatMap((analysis) => analysis.quotes);
    expect(quotes.some((quote) => quote.speaker?.actor)).toBe(true);
    expect(quotes.some((quote) => quote.speaker && quote.speaker.actor === null)).toBe(true);
    expect(quotes.filter((quote) => quote.kind === 'statement' && quote.speaker === null).length / quotes.length).toBeLessThan(0.1);
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
  test.each(['paragraphsPerArticle', 'wordsPerParagraph', 'wordsPerSentence', 'quotesPerArticle'] as const)('%s is near the real mean', (key) => {
    expect(synthetic[key]).toBeGreaterThan(real[key] * 0.67);
    expect(synthetic[key]).toBeLessThan(real[key] * 1.33);
  });
});

describe('the benchmark sorts built pages by type (reading pages must ship no JavaScript)', () => {
  test('one article, actor, event or quote is a reading page', async () => {
    const { pageType } = await import('../../scripts/bench/measure-dist.ts');
    expect(pageType('articles/why-the-munich-talks-failed/index.html')).toBe('article');
    expect(pageType('actors/donald-trump/index.html')).toBe('actor');
    expect(pageType('events/anchorage-summit/index.html')).toBe('event');
    expect(pageType('quotes/0e7722299e/index.html')).toBe('quote');
  });

  test('lists and their later pages are lists, not reading pages', async () => {
    const { pageType } = await import('../../scripts/bench/measure-dist.ts');
    expect(pageType('articles/index.html')).toBe('articles');
    expect(pageType('articles/page/2/index.html')).toBe('articles');
    expect(pageType('events/page/10/index.html')).toBe('events');
    expect(pageType('actors/unnamed-sources/index.html')).toBe('unnamed-sources');
    expect(pageType('actors/unnamed-sources/page/3/index.html')).toBe('unnamed-sources');
    expect(pageType('index.html')).toBe('home');
  });
});
