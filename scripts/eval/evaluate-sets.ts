/**
 * Runs the analysis over each evaluation set and scores it: the corpus (exact actor slugs), the
 * development set (names, plus dates) and PolNeAR (span overlap; speakers from the resolved gold
 * where the folder has it, and the brat annotations with pronoun Sources resolved by heuristic).
 * The actor registry is built once by the caller and shared.
 */
import { readFileSync } from 'node:fs';
import { analyzeArticle, articleInput, type ArticleInput } from '../../src/analysis/analyze-article.ts';
import type { AliasMatcher } from '../../src/analysis/mentions/find-mentions.ts';
import type { ArticleAnalysis, BodyBlock } from '../../src/analysis/types.ts';
import { QUOTE_KINDS, SPOKEN_QUOTE_KINDS } from '../../src/schemas/quote.ts';
import { readBrat, spanText } from './brat.ts';
import { loadCorpusSet, loadDevSet, type CorpusGoldQuote, type LoadedSet, type SetArticle } from './gold-sets.ts';
import { type BlockLayout, listPolnearArticles, polnearBlocks, rangesToSpans } from './polnear.ts';
import {
  appositiveName,
  emptyPolnearGoldCounts,
  isNamedSource,
  polnearGoldQuotes,
  type PolnearGoldCounts,
} from './polnear-gold.ts';
import { readResolvedSpeakers } from './resolved-speakers.ts';
import { scoreSet, speakerFigures, type SetScore, type SpeakerFigures } from './score.ts';
import { type ResolvedEvaluatedArticle, type ResolvedScore, scoreResolved } from './score-resolved.ts';
import { scoreDates, sumDateFigures, type DateError, type DateFigures } from './score-dates.ts';
import { actorLookup, systemQuotes, type ActorDirectory } from './system-quotes.ts';
import type { EvaluatedArticle, GoldQuote } from './types.ts';

export type SetName = 'corpus' | 'dev' | 'polnear';

/** What the evaluation needs of the actor registry. */
export interface Registry extends ActorDirectory {
  matcher: AliasMatcher;
}

/** PolNeAR's own counts and the pronoun sub-figures. */
export interface PolnearExtra {
  split: string;
  gold: PolnearGoldCounts;
  /** Gold quotes lying wholly outside the analysed text: the title line and lines of embed markup. */
  quotesInTitle: number;
  /** Speaker figures over quotes whose Source is a pronoun (referent by heuristic) … */
  pronounSources: SpeakerFigures;
  /** … and over the others. */
  namedOrDescribedSources: SpeakerFigures;
  /** Annotated spans whose own text differs from the file at their offsets (a check on offsets). */
  spansDisagreeingWithText: number;
}

export interface SetResult {
  name: SetName;
  /** Where the set came from. */
  source: string;
  /** Set when the set could not be evaluated at all; the reason. */
  skipped?: string;
  score?: SetScore;
  dates?: { figures: DateFigures; errors: DateError[] };
  polnear?: PolnearExtra;
  /** PolNeAR scored against its resolved gold (`speakers-<split>.json`), when the folder has it: the headline figures. */
  resolved?: ResolvedScore & { source: string };
  /** Files that could not be used, and articles the analysis threw on. */
  problems: string[];
  /** Articles left out because the analysis threw on them (listed in `problems`). */
  failedArticles: number;
  /** Lines that explain how to read the figures. */
  notes: string[];
  seconds: number;
}

/**
 * The analysis input of an evaluation article: its id for a slug, and the frontmatter it is
 * judged with, its publication date alone (no curated attributions, no not-people list).
 */
function setArticleInput(slug: string, file: string, blocks: BodyBlock[], published: string): ArticleInput {
  return articleInput({ file, blocks, slug, frontmatter: { published: { value: published } } });
}

/** The analysis of one article, or the message it threw with (the run goes on with the other articles). */
function tryAnalysis(input: ArticleInput, matcher: AliasMatcher): ArticleAnalysis | string {
  try {
    return analyzeArticle(input, matcher);
  } catch (error) {
    const where = (error as Error).stack?.split('\n')[1]?.trim() ?? '';
    return `${input.file}: the analysis threw: ${(error as Error).message} ${where}`;
  }
}

function analyse(article: SetArticle, registry: Registry, actors: ReturnType<typeof actorLookup>): EvaluatedArticle | string {
  const analysis = tryAnalysis(setArticleInput(article.id, article.file, article.blocks, article.published), registry.matcher);
  if (typeof analysis === 'string') return analysis;
  return {
    id: article.id,
    blocks: article.blocks,
    gold: article.gold,
    system: systemQuotes(article.id, analysis, actors),
    ...(article.goldDates ? { goldDates: article.goldDates } : {}),
    systemDates: analysis.dates,
  };
}

function scoreHandWritten(name: SetName, source: string, loaded: LoadedSet, registry: Registry, started: number): SetResult {
  const actors = actorLookup(registry);
  const analysed = loaded.articles.map((article) => analyse(article, registry, actors));
  const articles = analysed.filter((result): result is EvaluatedArticle => typeof result !== 'string');
  const failures = analysed.filter((result): result is string => typeof result === 'string');
  const score = scoreSet(articles, { match: 'first-words', annotatedKinds: [...QUOTE_KINDS] });
  const dated = articles.filter((article) => article.goldDates !== undefined);
  const dateScores = dated.map((article) =>
    scoreDates(article.id, article.blocks, article.goldDates ?? [], article.systemDates ?? []),
  );
  return {
    name,
    source,
    score,
    ...(dated.length > 0
      ? {
          dates: {
            figures: sumDateFigures(dateScores.map((s) => s.figures)),
            errors: dateScores.flatMap((s) => s.errors),
          },
        }
      : {}),
    problems: [...loaded.problems, ...failures],
    failedArticles: failures.length,
    notes:
      name === 'corpus'
        ? ['speakers compared exactly: actor slug, or for an unnamed source the same label']
        : ['speakers compared by name (surname, whole words, head noun of unnamed sources)'],
    seconds: (performance.now() - started) / 1000,
  };
}

/** The five corpus articles against `scripts/eval/gold/quotes.ts`. */
export function evaluateCorpus(articlesDir: string, gold: CorpusGoldQuote[], registry: Registry): SetResult {
  const started = performance.now();
  return scoreHandWritten('corpus', articlesDir, loadCorpusSet(articlesDir, gold), registry, started);
}

/** The development set in `scripts/eval/gold/dev/`. */
export function evaluateDev(dir: string, registry: Registry): SetResult {
  const started = performance.now();
  return scoreHandWritten('dev', dir, loadDevSet(dir), registry, started);
}

/** One split of PolNeAR; skipped (with the reason) when the folder is absent. */
export function evaluatePolnear(root: string, split: string, registry: Registry): SetResult {
  const started = performance.now();
  const { articles: files, problems } = listPolnearArticles(root, split);
  if (files.length === 0) {
    return {
      name: 'polnear',
      source: root,
      skipped: problems[0] ?? 'no articles',
      problems,
      failedArticles: 0,
      notes: [],
      seconds: 0,
    };
  }
  const actors = actorLookup(registry);
  const counts = emptyPolnearGoldCounts();
  let quotesInTitle = 0;
  let spansDisagreeingWithText = 0;
  let failedArticles = 0;
  const articles: EvaluatedArticle[] = [];
  const analysed = new Map<string, { layout: BlockLayout; system: EvaluatedArticle['system'] }>();
  for (const file of files) {
    const text = readFileSync(file.textFile, 'utf8');
    const document = readBrat(readFileSync(file.annotationFile, 'utf8'));
    problems.push(...document.problems.map((problem) => `${file.annotationFile}: ${problem}`));
    for (const span of document.spans.values()) if (spanText(text, span) !== span.text) spansDisagreeingWithText++;
    const layout = polnearBlocks(text);
    const analysis = tryAnalysis(setArticleInput(file.name, file.textFile, layout.blocks, file.published), registry.matcher);
    if (typeof analysis === 'string') {
      problems.push(analysis);
      failedArticles++;
      continue;
    }
    const found = polnearGoldQuotes(text, document);
    for (const key of Object.keys(counts) as Array<keyof PolnearGoldCounts>) counts[key] += found.counts[key];
    const gold: GoldQuote[] = [];
    for (const quote of found.quotes) {
      const parts = rangesToSpans(quote.ranges, layout);
      if (parts.length === 0) {
        quotesInTitle++;
        continue;
      }
      gold.push({
        article: file.name,
        parts,
        block: parts[0]?.block ?? null,
        text: quote.text,
        kind: null,
        speaker:
          quote.source === null
            ? null
            : {
                type: isNamedSource(quote.source.text) || appositiveName(quote.source.text) ? 'named' : 'unnamed',
                name: isNamedSource(quote.source.text)
                  ? quote.source.text
                  : (appositiveName(quote.source.text) ?? quote.source.text),
                ...(quote.source.pronoun === undefined ? {} : { pronoun: quote.source.pronoun }),
              },
      });
    }
    const system = systemQuotes(file.name, analysis, actors);
    analysed.set(file.name, { layout, system });
    articles.push({ id: file.name, blocks: layout.blocks, gold, system });
  }
  const score = scoreSet(articles, { match: 'overlap', annotatedKinds: [...SPOKEN_QUOTE_KINDS] });
  const resolved = scorePolnearResolved(root, split, analysed);
  return {
    name: 'polnear',
    source: `${root} (${split})`,
    score,
    ...(resolved ? { resolved } : {}),
    polnear: {
      split,
      gold: counts,
      quotesInTitle,
      pronounSources: speakerFigures(score.outcomes.filter((outcome) => outcome.gold.speaker?.pronoun !== undefined)),
      namedOrDescribedSources: speakerFigures(
        score.outcomes.filter((outcome) => outcome.gold.speaker !== null && outcome.gold.speaker.pronoun === undefined),
      ),
      spansDisagreeingWithText,
    },
    problems,
    failedArticles,
    notes: [
      ...(resolved
        ? [
            'resolved gold: every quoted segment (curly, straight and two-apostrophe marks) of an attribution, its speaker resolved ' +
              "from PolNeAR's CoreNLP parses; name quotes scored by surname, anon quotes by an unnamed source",
          ]
        : []),
      'brat gold: the quoted segments of attributions whose Content holds quotation marks (first annotator file per text)',
      'quotes matched by overlapping text; PolNeAR annotates only reported speech, so precision counts only system ' +
        'statements and fragments (titles and scare quotes are left out)',
      'speakers compared by name; a pronoun Source is scored against the nearest earlier non-pronoun Source (a heuristic: PolNeAR does not give the referent)',
      'the title line is not analysed; quotes in it are left out',
    ],
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * The split scored against its resolved gold, over the articles analysed for the brat gold; null
 * when the folder has no `speakers-<split>.json`. Articles the analysis threw on are left out.
 */
function scorePolnearResolved(
  root: string,
  split: string,
  analysed: Map<string, { layout: BlockLayout; system: EvaluatedArticle['system'] }>,
): (ResolvedScore & { source: string }) | null {
  if (split !== 'dev' && split !== 'train') return null;
  const gold = readResolvedSpeakers(root, split);
  if (gold === null) return null;
  const articles: ResolvedEvaluatedArticle[] = [];
  for (const article of gold) {
    const found = analysed.get(article.name);
    if (found) articles.push({ name: article.name, layout: found.layout, quotes: article.quotes, system: found.system });
  }
  return { source: `${root}/speakers-${split}.json`, ...scoreResolved(articles, SPOKEN_QUOTE_KINDS) };
}
