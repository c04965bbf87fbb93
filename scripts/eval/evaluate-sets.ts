/**
 * Runs the analysis over each evaluation set and scores it: the corpus (exact actor slugs), the
 * development set (names, plus dates) and PolNeAR (span overlap; speakers from the resolved gold
 * where the folder has it, and the brat annotations with pronoun Sources resolved by heuristic).
 * The actor registry is built once by the caller and shared.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
import {
  type AnalysedStatements,
  type CorpusGoldStatement,
  corpusIsScored,
  corpusStatementArticles,
  devIsScored,
  devStatementArticle,
  judgeCorpus,
  judgeDev,
  parseDevStatements,
  scorePolnearStatements,
  type StatementResult,
  systemCounts,
} from './evaluate-statements.ts';
import { readResolvedSpeakers } from './resolved-speakers.ts';
import { type StatementArticle, scoreStatements } from './score-statements.ts';
import type { SystemStatement } from './statement-types.ts';
import { systemStatements } from './system-statements.ts';
import { scoreSet, speakerFigures, type SetScore, type SpeakerFigures } from './score.ts';
import { type ResolvedEvaluatedArticle, type ResolvedScore, scoreResolved } from './score-resolved.ts';
import { scoreDates, sumDateFigures, type DateError, type DateFigures } from './score-dates.ts';
import { actorLookup, systemQuotes, type ActorDirectory } from './system-quotes.ts';
import type { EvaluatedArticle, GoldQuote, GoldSpeaker } from './types.ts';

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
  /** Reported speech: statements outside quotation marks, against the set's gold where it has one. */
  statements?: StatementResult;
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

/** An analysed hand-written article: scored quotes, and its reported statements. */
type AnalysedArticle = EvaluatedArticle & { file: string; statements: SystemStatement[] };

function analyse(article: SetArticle, registry: Registry, actors: ReturnType<typeof actorLookup>): AnalysedArticle | string {
  const analysis = tryAnalysis(setArticleInput(article.id, article.file, article.blocks, article.published), registry.matcher);
  if (typeof analysis === 'string') return analysis;
  return {
    file: article.file,
    statements: systemStatements(article.id, analysis, actors),
    id: article.id,
    blocks: article.blocks,
    gold: article.gold,
    system: systemQuotes(article.id, analysis, actors),
    ...(article.goldDates ? { goldDates: article.goldDates } : {}),
    systemDates: analysis.dates,
  };
}

function scoreHandWritten(
  name: SetName,
  source: string,
  loaded: LoadedSet,
  registry: Registry,
  started: number,
  statementsOf: (articles: AnalysedArticle[], actors: ReturnType<typeof actorLookup>) => StatementResult,
): SetResult {
  const actors = actorLookup(registry);
  const analysed = loaded.articles.map((article) => analyse(article, registry, actors));
  const articles = analysed.filter((result): result is AnalysedArticle => typeof result !== 'string');
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
    statements: statementsOf(articles, actors),
    problems: [...loaded.problems, ...failures],
    failedArticles: failures.length,
    notes:
      name === 'corpus'
        ? ['speakers compared exactly: actor slug, or for an unnamed source the same label']
        : ['speakers compared by name (surname, whole words, head noun of unnamed sources)'],
    seconds: (performance.now() - started) / 1000,
  };
}

/** The analysed articles by their slug (file name without `.md`), the set's id an alias of it. */
function bySlug(articles: AnalysedArticle[]): Array<AnalysedStatements & { aliases: string[] }> {
  return articles.map((article) => {
    const slug = path.basename(article.file, '.md');
    return {
      name: slug,
      aliases: [article.id],
      blocks: article.blocks,
      system: article.statements.map((statement) => ({ ...statement, article: slug })),
    };
  });
}

/**
 * The five corpus articles against `scripts/eval/gold/quotes.ts`, and their reported statements
 * against `statements` (`scripts/eval/gold/statements.ts`).
 */
export function evaluateCorpus(
  articlesDir: string,
  gold: CorpusGoldQuote[],
  registry: Registry,
  statements: readonly CorpusGoldStatement[] = [],
): SetResult {
  const started = performance.now();
  const loaded = loadCorpusSet(articlesDir, gold);
  return scoreHandWritten('corpus', articlesDir, loaded, registry, started, (articles, actors) => {
    const located = corpusStatementArticles(statements, bySlug(articles));
    return {
      gold: statements.length > 0 ? 'scripts/eval/gold/statements.ts' : null,
      score:
        statements.length > 0
          ? scoreStatements(
              located.articles,
              judgeCorpus((slug) => actors.has(slug)),
              corpusIsScored,
            )
          : null,
      system: systemCounts(bySlug(articles)),
      problems: located.problems,
      notes: ['speakers compared exactly: the actor slug; for a gold unnamed source or none, any speaker but a registered actor'],
    };
  });
}

/** The development set in `scripts/eval/gold/dev/`; its statements scored where a gold file lists `statements:`. */
export function evaluateDev(dir: string, registry: Registry): SetResult {
  const started = performance.now();
  const loaded = loadDevSet(dir);
  return scoreHandWritten('dev', dir, loaded, registry, started, (articles) => {
    const analysed = articles.map((article) => ({ name: article.id, blocks: article.blocks, system: article.statements }));
    const scored: StatementArticle<GoldSpeaker>[] = [];
    const problems: string[] = [];
    for (const article of analysed) {
      const goldFile = path.join(dir, `${article.name}.gold.yaml`);
      try {
        const gold = existsSync(goldFile) ? parseDevStatements(readFileSync(goldFile, 'utf8'), goldFile) : null;
        if (gold === null) continue;
        const located = devStatementArticle(article, gold);
        scored.push(located.article);
        problems.push(...located.problems);
      } catch (error) {
        problems.push(`${(error as Error).message}, statements skipped`);
      }
    }
    return {
      gold: scored.length > 0 ? `statements: in ${scored.length} gold files` : null,
      score: scored.length > 0 ? scoreStatements(scored, judgeDev, devIsScored) : null,
      system: systemCounts(analysed),
      problems,
      notes:
        scored.length > 0 ? ['statements scored only in the articles whose gold file lists them; speakers compared by name'] : [],
    };
  });
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
  const analysed = new Map<string, PolnearAnalysed>();
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
    analysed.set(file.name, { layout, system, statements: systemStatements(file.name, analysis, actors) });
    articles.push({ id: file.name, blocks: layout.blocks, gold, system });
  }
  const score = scoreSet(articles, { match: 'overlap', annotatedKinds: [...SPOKEN_QUOTE_KINDS] });
  const { resolved, statements } = scorePolnearResolved(root, split, analysed);
  return {
    name: 'polnear',
    source: `${root} (${split})`,
    score,
    ...(resolved ? { resolved } : {}),
    ...(statements ? { statements } : {}),
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

/** A PolNeAR article as analysed: its layout, its quotes and its reported statements. */
interface PolnearAnalysed {
  layout: BlockLayout;
  system: EvaluatedArticle['system'];
  statements: SystemStatement[];
}

/**
 * The split's quotes and reported statements scored against its resolved gold, over the articles
 * analysed for the brat gold; nulls when the folder has no `speakers-<split>.json`. Articles the
 * analysis threw on are left out.
 */
function scorePolnearResolved(
  root: string,
  split: string,
  analysed: Map<string, PolnearAnalysed>,
): { resolved: (ResolvedScore & { source: string }) | null; statements: StatementResult | null } {
  if (split !== 'dev' && split !== 'train') return { resolved: null, statements: null };
  const gold = readResolvedSpeakers(root, split);
  if (gold === null) return { resolved: null, statements: null };
  const articles: ResolvedEvaluatedArticle[] = [];
  for (const article of gold) {
    const found = analysed.get(article.name);
    if (found) articles.push({ name: article.name, layout: found.layout, quotes: article.quotes, system: found.system });
  }
  const source = `${root}/speakers-${split}.json`;
  return {
    resolved: { source, ...scoreResolved(articles, SPOKEN_QUOTE_KINDS) },
    statements: scorePolnearStatements(source, gold, analysed),
  };
}
