/**
 * Hostile and broken input, case by case, at the function that rejects it: each case of
 * `tests/fixtures/hostile/cases/` (tests/helpers/hostile-cases.ts) is read as Astro reads it and
 * given to the check the build runs on it: the site config's actor registry, the slug registry,
 * the collection schemas, the site's Markdown processor (astro.config.mjs, through
 * `@astrojs/markdown-remark`), the raw-text fidelity check and the reference check. Each must
 * reject its case, naming the file and the field, where the base corpus alone passes the same
 * check. tests/build/hostile-input.test.ts builds a few of these cases for real, to show the checks
 * are wired into the build.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import type { ArticleAnalysis, BodyBlock } from '../../../src/analysis/types.ts';
import { findArticlesNotMatchingRaw } from '../../../src/load/raw-fidelity.ts';
import { createSlugRegistry } from '../../../src/lib/slugs.ts';
import { normalizeSpace, validateReferences } from '../../../src/load/validate-references.ts';
import { actorSchema } from '../../../src/schemas/actor.ts';
import { type ArticleData, articleSchema } from '../../../src/schemas/article.ts';
import { type EventData, eventSchema } from '../../../src/schemas/event.ts';
import {
  type ContentEntry,
  createRenderer,
  loadSiteConfig,
  type MarkdownRenderer,
  readEntry,
  renderEntry,
  schemaProblems,
} from '../../helpers/astro-content.ts';
import { BASE_CASE, baseDir, caseDir, caseFiles, listCases, writeFixtureContent } from '../../helpers/fixture-content.ts';
import {
  type CheckStage,
  fieldPattern,
  REJECTED_CASES,
  type RejectedCase,
  SAFE_CASES,
  WIRING_CASES,
} from '../../helpers/hostile-cases.ts';
import { titledRows } from '../../helpers/fixture-cases.ts';

const workDir = mkdtempSync(path.join(tmpdir(), 'dossier-input-validation-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** A content folder of the base corpus with the overlays of `cases`. */
function contentWith(cases: readonly string[]): string {
  const dir = mkdtempSync(path.join(workDir, 'content-'));
  writeFixtureContent(dir, cases);
  return dir;
}

const casesAt = (stage: CheckStage) => REJECTED_CASES.filter((item) => item.stage === stage);

/** The message of what `run` throws, or of its rejection; fails the test when nothing is thrown. */
async function thrown(run: () => unknown): Promise<string> {
  try {
    await run();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  throw new Error('expected an error, but none was thrown');
}

/** The build's own assertion, on one message or a list: every file and the field are named. */
function expectNamed(problems: string | string[], item: RejectedCase): void {
  const text = [problems].flat().join('\n');
  expect(text, `${item.name} should be rejected, but the check found nothing`).not.toBe('');
  for (const file of item.files) expect(text, `the message should name the file ${file}`).toContain(file);
  expect(text, `the message should name the field ${item.field}`).toMatch(fieldPattern(item.field));
}

/** The files in a content folder's collection, as the glob loader finds them (sorted here, for stable tests). */
function collectionFiles(contentDir: string, collection: string, extension: string): string[] {
  return readdirSync(path.join(contentDir, collection))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => path.join(contentDir, collection, name));
}

describe('the case table', () => {
  test('every case folder is checked, and every case named in the table has its folder', () => {
    const tabled = [...REJECTED_CASES.map((item) => item.name), ...SAFE_CASES];
    expect([...listCases()].sort()).toEqual([...tabled].sort());
  });

  test('the cases built for real are rejected cases of the table', () => {
    for (const name of WIRING_CASES) expect(REJECTED_CASES.map((item) => item.name)).toContain(name);
  });
});

describe('the site config: the actor registry refuses an alias claimed by two actors', () => {
  test('the base corpus loads', async () => {
    await expect(loadSiteConfig(contentWith([BASE_CASE]))).resolves.toBeDefined();
  });

  test.each(titledRows(casesAt('config'), 'name', 'input'))('%s: %s', async (_name, _input, item) => {
    expectNamed(await thrown(() => loadSiteConfig(contentWith([item.name]))), item);
  });
});

describe('the slug registry (each collection’s generateId) refuses two files with one slug', () => {
  test.each(titledRows(casesAt('slug'), 'name', 'input'))('%s: %s', async (_name, _input, item) => {
    const dir = contentWith([item.name]);
    const register = createSlugRegistry('articles');
    // The glob loader gives generateId each file name inside the collection folder.
    const message = await thrown(() => {
      for (const file of collectionFiles(dir, 'articles', '.md')) register(path.basename(file));
    });
    expectNamed(message, item);
  });

  test('the base corpus has one slug per file', () => {
    const register = createSlugRegistry('articles');
    for (const file of collectionFiles(baseDir, 'articles', '.md')) expect(register(path.basename(file))).toBeTruthy();
  });
});

const schemaOf = (file: string) =>
  ({ articles: articleSchema, actors: actorSchema, events: eventSchema })[path.dirname(file).split('/')[0]!];

describe('the collection schemas', () => {
  test.each(
    [
      ...collectionFiles(baseDir, 'articles', '.md'),
      ...collectionFiles(baseDir, 'actors', '.yaml'),
      ...collectionFiles(baseDir, 'events', '.yaml'),
    ].map((file) => path.relative(baseDir, file)),
  )('the base corpus passes: %s', (file) => {
    const schema = schemaOf(file)!;
    expect(schemaProblems(schema, readEntry(path.join(baseDir, file)).data)).toEqual([]);
  });

  test.each(titledRows(casesAt('schema'), 'name', 'input'))('%s: %s', (_name, _input, item) => {
    const problems = caseFiles(item.name).flatMap((file) => {
      const schema = schemaOf(file);
      if (!schema) throw new Error(`${item.name}: ${file} is in no collection`);
      // Astro names the entry, and so its file, in front of the issues (InvalidContentEntryDataError).
      return schemaProblems(schema, readEntry(path.join(caseDir(item.name), file)).data).map((problem) => `${file}: ${problem}`);
    });
    expectNamed(problems, item);
  });
});

/** The Markdown cases and the base, in one content folder (each case adds its own article). */
let renderer: MarkdownRenderer;
let contentDir: string;
/** The base corpus, rendered: what the fidelity and reference checks compare with. */
const baseAnalyses = new Map<string, { entry: ContentEntry; data: ArticleData; analysis: ArticleAnalysis }>();

beforeAll(async () => {
  contentDir = contentWith([...casesAt('markdown'), ...casesAt('fidelity')].map((item) => item.name));
  renderer = await createRenderer(await loadSiteConfig(contentDir));
  for (const file of collectionFiles(baseDir, 'articles', '.md')) {
    const entry = readEntry(path.join(contentDir, 'articles', path.basename(file)));
    const frontmatter = await renderEntry(renderer, entry);
    baseAnalyses.set(path.basename(file, '.md'), {
      entry,
      data: articleSchema.parse(entry.data),
      analysis: frontmatter.analysis as ArticleAnalysis,
    });
  }
});

/** The case's own article, in the shared content folder. */
function caseArticle(item: RejectedCase): ContentEntry {
  const [file, ...more] = caseFiles(item.name).filter((name) => name.startsWith('articles/'));
  if (!file || more.length > 0) throw new Error(`${item.name} should add exactly one article`);
  return readEntry(path.join(contentDir, file));
}

describe('the Markdown processor (astro.config.mjs) refuses unsafe or unusable bodies', () => {
  test('the base article renders, with its analysis', () => {
    expect([...baseAnalyses.values()].map(({ analysis }) => analysis.blocks.length > 0)).toEqual([true]);
  });

  test.each(titledRows(casesAt('markdown'), 'name', 'input'))('%s: %s', async (_name, _input, item) => {
    const entry = caseArticle(item);
    // Astro validates the frontmatter before it renders: these cases fail in the body only.
    expect(schemaProblems(articleSchema, entry.data)).toEqual([]);
    // @astrojs/markdown-remark prints the error as well as throwing it; the test reads what it throws.
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expectNamed(await thrown(() => renderEntry(renderer, entry)), item);
    } finally {
      printed.mockRestore();
    }
  });
});

describe('the fidelity check refuses a body that drifted from its raw file', () => {
  const rawDir = () => path.join(contentDir, 'raw');
  const againstRaw = (entry: ContentEntry, data: ArticleData, blocks: BodyBlock[]) => ({ file: entry.file, data, blocks });

  test('the base article accounts for its raw file', () => {
    const articles = [...baseAnalyses.values()].map(({ entry, data, analysis }) => againstRaw(entry, data, analysis.blocks));
    expect(findArticlesNotMatchingRaw(articles, rawDir())).toEqual([]);
  });

  test.each(titledRows(casesAt('fidelity'), 'name', 'input'))('%s: %s', async (_name, _input, item) => {
    const entry = caseArticle(item);
    const analysis = (await renderEntry(renderer, entry)).analysis as ArticleAnalysis;
    const data = articleSchema.parse(entry.data);
    expectNamed(findArticlesNotMatchingRaw([againstRaw(entry, data, analysis.blocks)], rawDir()), item);
  });
});

describe('the reference check refuses dangling references between collections', () => {
  /** The events of a content folder, each validated by its schema, as the corpus index receives them. */
  function eventsOf(dir: string) {
    return collectionFiles(dir, 'events', '.yaml').map((file) => ({
      file,
      slug: path.basename(file, '.yaml'),
      ...(eventSchema.parse(readEntry(file).data) as EventData),
    }));
  }

  /** What the corpus index checks the events against (src/corpus/check-references.ts, checkReferences), for the base corpus. */
  function baseTargets() {
    const actors = collectionFiles(baseDir, 'actors', '.yaml').map((file) => ({
      file,
      slug: path.basename(file, '.yaml'),
      affiliation: actorSchema.parse(readEntry(file).data).affiliation,
    }));
    const analyses = [...baseAnalyses].map(([slug, { analysis }]) => [slug, analysis] as const);
    return {
      actorSlugs: new Set(actors.map((actor) => actor.slug)),
      articleBlocks: new Map(analyses.map(([slug, analysis]) => [slug, analysis.blocks])),
      articleQuotes: new Map(
        analyses.map(([slug, analysis]) => [slug, analysis.quotes.map((quote) => normalizeSpace(quote.text))]),
      ),
      mentionedActors: new Set(
        analyses.flatMap(([, analysis]) => [
          ...analysis.mentions.map((mention) => mention.actor),
          ...analysis.quotes.flatMap((quote) => (quote.speaker?.actor ? [quote.speaker.actor] : [])),
        ]),
      ),
      actors,
      curatedSpeakers: [],
    };
  }

  test('the base corpus has no broken reference', () => {
    expect(validateReferences(eventsOf(baseDir), baseTargets()).errors).toEqual([]);
  });

  test.each(titledRows(casesAt('references'), 'name', 'input'))('%s: %s', (_name, _input, item) => {
    // The event files pass their schema: the reference check is what stops them.
    const events = eventsOf(contentWith([item.name]));
    expectNamed(validateReferences(events, baseTargets()).errors, item);
  });
});
