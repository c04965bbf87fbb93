/**
 * Scores PolNeAR against its resolved gold (`resolved-speakers.ts`): detection over every quoted
 * segment the gold holds, whatever its marks; the speaker of `name` and `anon` quotes right, wrong
 * or missing, apart and together; and the same counts by the rule that chose the system's speaker,
 * with every error kept for the report.
 */
import type { QuoteKind } from '../../src/analysis/types.ts';
import { excerpt } from './normalise-text.ts';
import { matchByOverlap } from './match-quotes.ts';
import { type BlockLayout, rangesToSpans } from './polnear.ts';
import { type ResolvedOutcome, type ResolvedQuote, type ResolvedStatus, speakerMatchesResolved } from './resolved-speakers.ts';
import { NO_RULE, type RuleFigures, type RuleOutcome, ruleOf, tallyByRule } from './rule-figures.ts';
import { describeSystemSpeaker, ratio, spuriousError } from './score.ts';
import { type DetectionFigures, type SpeakerCountFigures, speakerCountFigures } from './scored-figures.ts';
import type { EvaluationError, GoldQuote, SystemQuote } from './types.ts';

/** One analysed article with its resolved gold. */
export interface ResolvedEvaluatedArticle {
  name: string;
  layout: BlockLayout;
  quotes: ResolvedQuote[];
  system: SystemQuote[];
}

/** Speaker figures over scored gold quotes; a quote not detected counts as no speaker in the rates. */
export type ResolvedSpeakerFigures = SpeakerCountFigures;

/** Everything the resolved gold measures on one split. */
export interface ResolvedFigures {
  articles: number;
  /** Gold quoted segments in the analysed text (those in the title line or embed markup left out). */
  goldQuotes: number;
  /** Gold quoted segments left out because they lie wholly outside the analysed text. */
  quotesOutsideText: number;
  /** Gold quotes by status (those outside the text left out). */
  byStatus: Record<ResolvedStatus, number>;
  /** Over system quotes of the kinds PolNeAR annotates (statements and fragments). */
  detection: DetectionFigures;
  speaker: { name: ResolvedSpeakerFigures; anon: ResolvedSpeakerFigures; all: ResolvedSpeakerFigures };
  /** `unresolved` and `nosource` quotes: detected or not, no speaker is scored for them. */
  unscored: { unresolved: number; nosource: number };
  /** By rule, most quotes first. */
  byRule: RuleFigures[];
}

/** The figures and every error behind them. */
export interface ResolvedScore {
  figures: ResolvedFigures;
  errors: EvaluationError[];
}

/** The outcome of one scored quote, `missed` when not detected. */
type Outcome = Exclude<ResolvedOutcome, 'unscored'> | 'missed';

function emptyStatusCounts(): Record<ResolvedStatus, number> {
  return { name: 0, anon: 0, unresolved: 0, nosource: 0 };
}

function speakerFiguresOf(outcomes: Outcome[]): ResolvedSpeakerFigures {
  const count = (outcome: Outcome) => outcomes.filter((candidate) => candidate === outcome).length;
  return speakerCountFigures(count('right'), count('wrong'), count('none'), count('missed'));
}

/** The system's speaker against the gold: any of an actor's names may carry the surname. */
export function resolvedOutcome(system: SystemQuote | null, gold: ResolvedQuote): Outcome | 'unscored' {
  if (gold.status === 'unresolved' || gold.status === 'nosource') return 'unscored';
  if (system === null) return 'missed';
  const speaker = system.speaker;
  if (speaker === null) return speakerMatchesResolved(null, false, gold) as Outcome;
  const unnamed = speaker.actor === null;
  const names = unnamed ? [speaker.label] : [speaker.name, ...speaker.aliases];
  const outcomes = names.map((name) => speakerMatchesResolved(name, unnamed, gold));
  return outcomes.includes('right') ? 'right' : (outcomes[0] as Outcome);
}

/** The gold's speaker, as the error list shows it. */
export function describeResolvedSpeaker(gold: ResolvedQuote): string {
  const source = gold.source === null ? '' : ` (Source “${gold.source}”)`;
  if (gold.status === 'name') return `${gold.speaker ?? '?'}${gold.speaker === gold.source ? '' : source}`;
  if (gold.status === 'anon') return `unnamed${source}`;
  return `${gold.status}${source}`;
}

function goldQuoteOf(article: ResolvedEvaluatedArticle, quote: ResolvedQuote): GoldQuote {
  const parts = rangesToSpans([[quote.start, quote.end]], article.layout);
  return { article: article.name, parts, block: parts[0]?.block ?? null, text: quote.text, kind: null, speaker: null };
}

/** Scores the analysed articles against their resolved gold; precision counts system quotes of `annotatedKinds`. */
export function scoreResolved(articles: ResolvedEvaluatedArticle[], annotatedKinds: readonly QuoteKind[]): ResolvedScore {
  const annotated = new Set(annotatedKinds);
  const byStatus = emptyStatusCounts();
  const outcomes: Record<'name' | 'anon', Outcome[]> = { name: [], anon: [] };
  const unscored = { unresolved: 0, nosource: 0 };
  const ruleOutcomes: RuleOutcome[] = [];
  const errors: EvaluationError[] = [];
  let quotesOutsideText = 0;
  let systemScored = 0;
  let systemMatched = 0;
  let goldMatched = 0;

  for (const article of articles) {
    const inText = article.quotes
      .map((quote) => ({ quote, gold: goldQuoteOf(article, quote) }))
      .filter(({ gold }) => gold.parts!.length > 0);
    quotesOutsideText += article.quotes.length - inText.length;
    const matching = matchByOverlap(
      inText.map(({ gold }) => gold),
      article.system,
    );
    const claimed = new Set(matching.filter((index): index is number => index !== null));
    article.system.forEach((quote, index) => {
      if (!annotated.has(quote.kind)) return;
      systemScored++;
      if (claimed.has(index)) systemMatched++;
      else errors.push(spuriousError(article.name, quote));
    });
    inText.forEach(({ quote, gold }, index) => {
      byStatus[quote.status]++;
      const position = matching[index];
      const system = position === null || position === undefined ? null : (article.system[position] ?? null);
      if (system !== null) goldMatched++;
      const outcome = resolvedOutcome(system, quote);
      if (outcome === 'unscored') {
        unscored[quote.status as 'unresolved' | 'nosource']++;
        if (system === null) errors.push(goldError('missed', gold, quote, null));
        return;
      }
      outcomes[quote.status as 'name' | 'anon'].push(outcome);
      if (outcome === 'missed') {
        errors.push(goldError('missed', gold, quote, null));
        return;
      }
      ruleOutcomes.push({ rule: ruleOf(system), outcome });
      if (outcome !== 'right') errors.push(goldError(outcome === 'wrong' ? 'wrong speaker' : 'no speaker', gold, quote, system));
    });
  }

  const goldQuotes = Object.values(byStatus).reduce((sum, count) => sum + count, 0);
  return {
    figures: {
      articles: articles.length,
      goldQuotes,
      quotesOutsideText,
      byStatus,
      detection: {
        systemScored,
        systemMatched,
        goldMatched,
        precision: ratio(systemMatched, systemScored),
        recall: ratio(goldMatched, goldQuotes),
      },
      speaker: {
        name: speakerFiguresOf(outcomes.name),
        anon: speakerFiguresOf(outcomes.anon),
        all: speakerFiguresOf([...outcomes.name, ...outcomes.anon]),
      },
      unscored,
      byRule: tallyByRule(ruleOutcomes),
    },
    errors,
  };
}

function goldError(
  group: EvaluationError['group'],
  gold: GoldQuote,
  quote: ResolvedQuote,
  system: SystemQuote | null,
): EvaluationError {
  return {
    group,
    article: gold.article,
    block: gold.block,
    kind: system?.kind ?? null,
    text: excerpt(quote.text),
    gold: `${describeResolvedSpeaker(quote)} [${quote.status}]`,
    system: system === null ? '(not found)' : describeSystemSpeaker(system.speaker),
    method: system === null ? null : (ruleOf(system) ?? NO_RULE),
  };
}
