/**
 * Loaders for the hand-written evaluation sets: the five corpus articles with the gold of
 * `scripts/eval/gold/quotes.ts`, and the development set in `scripts/eval/gold/dev/` (`<slug>.md` with a
 * `<slug>.gold.yaml` beside it). Both give articles as body blocks with their gold quotes; an
 * unreadable file is reported as a problem naming the file and field, and its article skipped.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import type { BodyBlock, DatePrecision, QuoteKind } from '../../src/analysis/types.ts';
import { readArticleFile } from '../lib/read-article-file.ts';
import { DATE_PRECISIONS } from '../../src/schemas/dates.ts';
import { isSpokenQuote, QUOTE_KINDS } from '../../src/schemas/quote.ts';
import { normaliseQuoteText } from './normalise-text.ts';
import type { GoldDate, GoldQuote, GoldSpeaker, GoldSpeakerType } from './types.ts';

/** One article of a hand-written set, ready for the analysis. */
export interface SetArticle {
  id: string;
  file: string;
  published: string;
  blocks: BodyBlock[];
  gold: GoldQuote[];
  /** Dev only, when the gold file lists `dates`. */
  goldDates?: GoldDate[];
}

export interface LoadedSet {
  articles: SetArticle[];
  /** Files that could not be used, each naming the file and field. */
  problems: string[];
}

const TYPES: GoldSpeakerType[] = ['person', 'organization', 'unnamed', 'none'];
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The block whose text holds a quote's first words, for the error list. */
export function blockContaining(blocks: BodyBlock[], startsWith: string): string | null {
  const words = normaliseQuoteText(startsWith);
  return blocks.find((block) => normaliseQuoteText(block.text).includes(words))?.id ?? null;
}

/** A frontmatter date: a quoted `YYYY-MM-DD`, a YAML date, or either inside `{ value }`. */
export function publishedDate(value: unknown): string | null {
  const inner =
    value !== null && typeof value === 'object' && !(value instanceof Date) ? (value as { value?: unknown }).value : value;
  if (inner instanceof Date && !Number.isNaN(inner.getTime())) return inner.toISOString().slice(0, 10);
  return typeof inner === 'string' && ISO_DAY.test(inner) ? inner : null;
}

// ---------------------------------------------------------------------------------------------
// The corpus: five articles against scripts/eval/gold/quotes.ts.

/** A quote of `scripts/eval/gold/quotes.ts`. */
export interface CorpusGoldQuote {
  article: string;
  startsWith: string;
  kind: QuoteKind;
  speaker: string | null;
  label?: string;
}

/** A corpus gold speaker, compared exactly: actor slug, or the unnamed source's label. */
function corpusSpeaker(gold: CorpusGoldQuote): GoldSpeaker | null {
  if (!isSpokenQuote(gold.kind)) return null;
  if (gold.speaker !== null) return { type: 'named', name: gold.speaker, actor: gold.speaker };
  if (gold.label !== undefined) return { type: 'unnamed', name: gold.label, actor: null };
  return { type: 'none', name: '' };
}

/**
 * The corpus articles whose `raw` file name starts with a gold article key (`003_…` → '003'),
 * each with its gold quotes. Every key must have an article.
 */
export function loadCorpusSet(articlesDir: string, gold: CorpusGoldQuote[]): LoadedSet {
  const problems: string[] = [];
  const articles: SetArticle[] = [];
  const keys = [...new Set(gold.map((quote) => quote.article))];
  const files = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  for (const key of keys) {
    let found = false;
    for (const name of files) {
      const file = path.join(articlesDir, name);
      const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
      if (typeof frontmatter.raw !== 'string' || !frontmatter.raw.startsWith(`${key}_`)) continue;
      found = true;
      const published = publishedDate(frontmatter.published);
      if (published === null) {
        problems.push(`${file}: published.value: a "YYYY-MM-DD" date is required`);
        break;
      }
      const blocks = bodyBlocksFromMarkdown(body);
      articles.push({
        id: key,
        file,
        published,
        blocks,
        gold: gold
          .filter((quote) => quote.article === key)
          .map((quote) => ({
            article: key,
            startsWith: quote.startsWith,
            block: blockContaining(blocks, quote.startsWith),
            text: quote.startsWith,
            kind: quote.kind,
            speaker: corpusSpeaker(quote),
          })),
      });
      break;
    }
    if (!found) problems.push(`${articlesDir}: no article has raw: ${key}_…`);
  }
  return { articles, problems };
}

// ---------------------------------------------------------------------------------------------
// The development set: scripts/eval/gold/dev/<slug>.md and <slug>.gold.yaml.

/** Reads one `<slug>.gold.yaml`; throws naming the field that is wrong. */
export function parseDevGold(
  source: string,
  file: string,
  article: string,
  blocks: BodyBlock[],
): { quotes: GoldQuote[]; dates?: GoldDate[] } {
  const data = parseYaml(source) as { quotes?: unknown; dates?: unknown } | null;
  if (data === null || typeof data !== 'object') throw new Error(`${file}: expected a YAML mapping with quotes:`);
  if (!Array.isArray(data.quotes)) throw new Error(`${file}: quotes: a list is required`);
  const quotes = data.quotes.map((entry: unknown, index: number): GoldQuote => {
    const at = `${file}: quotes[${index}]`;
    const row = (entry ?? {}) as Record<string, unknown>;
    const { startsWith, kind, speaker, type } = row;
    if (typeof startsWith !== 'string' || startsWith.trim() === '')
      throw new Error(`${at}.startsWith: a non-empty string is required`);
    if (!QUOTE_KINDS.includes(kind as QuoteKind)) throw new Error(`${at}.kind: one of ${QUOTE_KINDS.join(', ')} is required`);
    if (speaker !== null && typeof speaker !== 'string') throw new Error(`${at}.speaker: a string or null is required`);
    if (!TYPES.includes(type as GoldSpeakerType)) throw new Error(`${at}.type: one of ${TYPES.join(', ')} is required`);
    if ((type === 'none') !== (speaker === null)) throw new Error(`${at}: speaker is null exactly when type is none`);
    const spoken = isSpokenQuote(kind as QuoteKind);
    return {
      article,
      startsWith,
      block: blockContaining(blocks, startsWith),
      text: startsWith,
      kind: kind as QuoteKind,
      speaker: spoken ? { type: type as GoldSpeakerType, name: speaker ?? '' } : null,
    };
  });
  if (data.dates === undefined || data.dates === null) return { quotes };
  if (!Array.isArray(data.dates)) throw new Error(`${file}: dates: a list is required`);
  const dates = data.dates.map((entry: unknown, index: number): GoldDate => {
    const at = `${file}: dates[${index}]`;
    const row = (entry ?? {}) as Record<string, unknown>;
    const date = row.date instanceof Date ? row.date.toISOString().slice(0, 10) : row.date;
    if (typeof row.text !== 'string' || row.text === '') throw new Error(`${at}.text: a non-empty string is required`);
    if (typeof date !== 'string' || !ISO_DAY.test(date)) throw new Error(`${at}.date: a "YYYY-MM-DD" date is required`);
    if (!DATE_PRECISIONS.includes(row.precision as DatePrecision))
      throw new Error(`${at}.precision: one of ${DATE_PRECISIONS.join(', ')} is required`);
    return { text: row.text, date, precision: row.precision as DatePrecision };
  });
  return { quotes, dates };
}

/** Every `<slug>.md` of the folder that has a readable `<slug>.gold.yaml`; 0 articles when there are none. */
export function loadDevSet(dir: string): LoadedSet {
  const problems: string[] = [];
  const articles: SetArticle[] = [];
  if (!existsSync(dir)) return { articles, problems };
  const names = readdirSync(dir);
  for (const name of names.filter((file) => file.endsWith('.gold.yaml')).sort()) {
    const slug = name.slice(0, -'.gold.yaml'.length);
    if (!names.includes(`${slug}.md`)) problems.push(`${path.join(dir, name)}: no ${slug}.md beside it, skipped`);
  }
  for (const name of names.filter((file) => file.endsWith('.md') && file !== 'FORMAT.md' && file !== 'README.md').sort()) {
    const slug = name.slice(0, -'.md'.length);
    const file = path.join(dir, name);
    const goldFile = path.join(dir, `${slug}.gold.yaml`);
    if (!existsSync(goldFile)) {
      problems.push(`${file}: no ${slug}.gold.yaml yet, skipped`);
      continue;
    }
    try {
      const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
      const published = publishedDate(frontmatter.published);
      if (published === null) throw new Error(`${file}: published: a quoted "YYYY-MM-DD" date is required`);
      const blocks = bodyBlocksFromMarkdown(body);
      const { quotes, dates } = parseDevGold(readFileSync(goldFile, 'utf8'), goldFile, slug, blocks);
      articles.push({ id: slug, file, published, blocks, gold: quotes, ...(dates ? { goldDates: dates } : {}) });
    } catch (error) {
      problems.push(`${(error as Error).message}, skipped`);
    }
  }
  return { articles, problems };
}
