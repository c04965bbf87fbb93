/**
 * The figures of one evaluation set: quote detection (precision, recall), kind accuracy, speaker
 * accuracy with its wrong and no-speaker rates, abstentions where the gold names nobody, and the
 * list of every error behind them.
 */
import type { QuoteKind } from '../../src/analysis/types.ts';
import { excerpt } from './normalise-text.ts';
import { matchByFirstWords, matchByOverlap, type QuoteMatching } from './match-quotes.ts';
import { speakerMatches, unnamedLabelNamesGold } from './match-speaker.ts';
import { NO_RULE, type RuleFigures, ruleOf, tallyByRule } from './rule-figures.ts';
import type {
  EvaluatedArticle,
  EvaluationError,
  GoldQuote,
  GoldSpeaker,
  SpeakerOutcome,
  SystemQuote,
  SystemSpeaker,
} from './types.ts';

/** How a set is scored. */
export interface ScoringOptions {
  /** How gold quotes find their system quote. */
  match: 'first-words' | 'overlap';
  /** The kinds of quote the set's gold annotates: precision counts only system quotes of these kinds. */
  annotatedKinds: QuoteKind[];
}

/** Speaker figures over some gold quotes that have a speaker. */
export interface SpeakerFigures {
  /** Gold quotes with a speaker. */
  gold: number;
  correct: number;
  /** The system gave a different speaker. */
  wrong: number;
  /** Of the wrong: an unnamed source whose label is the gold's name (a name left unresolved). */
  wrongUnresolvedName: number;
  /** Detected, but given no speaker. */
  none: number;
  /** Not detected (counted as no speaker in the rates). */
  missed: number;
  /** correct / gold. */
  accuracy: number | null;
  /** wrong / gold. */
  wrongRate: number | null;
  /** (none + missed) / gold. */
  noneRate: number | null;
}

/** The gold's statements and fragments that name nobody: the system should give no speaker. */
export interface AbstentionFigures {
  gold: number;
  /** Detected and given no speaker. */
  correct: number;
  /** Detected and given a speaker anyway. */
  wrong: number;
  missed: number;
}

export interface SetFigures {
  articles: number;
  goldQuotes: number;
  systemQuotes: number;
  /** System quotes of the kinds the set annotates: the precision's denominator. */
  systemQuotesScored: number;
  matchedGold: number;
  /** Matched system quotes of the annotated kinds: the precision's numerator. */
  matchedSystemScored: number;
  /** Gold quotes matched by a system quote of a kind the set does not annotate (a title or scare quote). */
  matchedAsOtherKind: number;
  precision: number | null;
  recall: number | null;
  /** Kind accuracy over matched quotes whose gold has a kind; null when the set has no kinds. */
  kind: { matched: number; agree: number; accuracy: number | null } | null;
  speaker: SpeakerFigures;
  /** Detected gold quotes with a speaker, by the rule behind the system's speaker. */
  byRule: RuleFigures[];
  abstention: AbstentionFigures;
}

/** One gold quote's result. */
export interface GoldOutcome {
  gold: GoldQuote;
  system: SystemQuote | null;
  /** Null when the gold's speaker is not scored (titles, scare quotes, no Source). */
  speaker: SpeakerOutcome | null;
}

export interface SetScore {
  figures: SetFigures;
  outcomes: GoldOutcome[];
  errors: EvaluationError[];
}

/** A fraction, or null when there is nothing to divide. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** How a gold quote's speaker came out against its system quote (or its absence). */
export function speakerOutcome(gold: GoldSpeaker, system: SystemQuote | null): SpeakerOutcome {
  if (system === null) return 'missed';
  if (gold.type !== 'none' && system.speaker === null) return 'none';
  return speakerMatches(gold, system.speaker) ? 'correct' : 'wrong';
}

function unresolvedName({ gold, system }: GoldOutcome): boolean {
  return gold.speaker !== null && unnamedLabelNamesGold(gold.speaker, system?.speaker ?? null);
}

/** Speaker figures over outcomes; abstentions (gold `none`) and unscored quotes are left out. */
export function speakerFigures(outcomes: GoldOutcome[]): SpeakerFigures {
  const scored = outcomes.filter((outcome) => outcome.gold.speaker !== null && outcome.gold.speaker.type !== 'none');
  const count = (result: SpeakerOutcome) => scored.filter((outcome) => outcome.speaker === result).length;
  const [correct, wrong, none, missed] = [count('correct'), count('wrong'), count('none'), count('missed')];
  return {
    gold: scored.length,
    correct,
    wrong,
    wrongUnresolvedName: scored.filter((outcome) => outcome.speaker === 'wrong' && unresolvedName(outcome)).length,
    none,
    missed,
    accuracy: ratio(correct, scored.length),
    wrongRate: ratio(wrong, scored.length),
    noneRate: ratio(none + missed, scored.length),
  };
}

function abstentionFigures(outcomes: GoldOutcome[]): AbstentionFigures {
  const abstaining = outcomes.filter((outcome) => outcome.gold.speaker?.type === 'none');
  const count = (result: SpeakerOutcome) => abstaining.filter((outcome) => outcome.speaker === result).length;
  return { gold: abstaining.length, correct: count('correct'), wrong: count('wrong'), missed: count('missed') };
}

/** Detected quotes whose gold names a speaker, counted by the rule behind the system's speaker. */
export function figuresByRule(outcomes: GoldOutcome[]): RuleFigures[] {
  const named = { correct: 'right', wrong: 'wrong', none: 'none' } as const;
  return tallyByRule(
    outcomes.flatMap(({ gold, system, speaker }) =>
      system === null || gold.speaker === null || gold.speaker.type === 'none' || speaker === null || speaker === 'missed'
        ? []
        : [{ rule: ruleOf(system), outcome: named[speaker] }],
    ),
  );
}

/** Scores every article of a set. */
export function scoreSet(articles: EvaluatedArticle[], options: ScoringOptions): SetScore {
  const annotated = new Set(options.annotatedKinds);
  const outcomes: GoldOutcome[] = [];
  const errors: EvaluationError[] = [];
  let systemQuotes = 0;
  let systemQuotesScored = 0;
  let matchedSystemScored = 0;

  for (const article of articles) {
    const matching: QuoteMatching =
      options.match === 'overlap'
        ? matchByOverlap(article.gold, article.system)
        : matchByFirstWords(article.gold, article.system);
    const matchedSystem = new Set(matching.filter((index): index is number => index !== null));
    systemQuotes += article.system.length;
    article.system.forEach((quote, index) => {
      if (!annotated.has(quote.kind)) return;
      systemQuotesScored++;
      if (matchedSystem.has(index)) matchedSystemScored++;
      else errors.push(spuriousError(article.id, quote));
    });
    article.gold.forEach((gold, index) => {
      const position = matching[index];
      const system = position === null || position === undefined ? null : (article.system[position] ?? null);
      const outcome: GoldOutcome = {
        gold,
        system,
        speaker: gold.speaker === null ? null : speakerOutcome(gold.speaker, system),
      };
      outcomes.push(outcome);
      errors.push(...errorsOf(outcome));
    });
  }

  const matched = outcomes.filter((outcome) => outcome.system !== null);
  const withKind = matched.filter((outcome) => outcome.gold.kind !== null);
  const agree = withKind.filter((outcome) => outcome.system!.kind === outcome.gold.kind).length;
  const hasKinds = outcomes.some((outcome) => outcome.gold.kind !== null);
  return {
    figures: {
      articles: articles.length,
      goldQuotes: outcomes.length,
      systemQuotes,
      systemQuotesScored,
      matchedGold: matched.length,
      matchedSystemScored,
      matchedAsOtherKind: matched.filter((outcome) => !annotated.has(outcome.system!.kind)).length,
      precision: ratio(matchedSystemScored, systemQuotesScored),
      recall: ratio(matched.length, outcomes.length),
      kind: hasKinds ? { matched: withKind.length, agree, accuracy: ratio(agree, withKind.length) } : null,
      speaker: speakerFigures(outcomes),
      byRule: figuresByRule(outcomes),
      abstention: abstentionFigures(outcomes),
    },
    outcomes,
    errors,
  };
}

/** The gold's speaker, as the error list shows it. */
export function describeGoldSpeaker(speaker: GoldSpeaker | null): string {
  if (speaker === null) return '(not scored)';
  if (speaker.type === 'none') return '(nobody)';
  const name = speaker.type === 'unnamed' ? `unnamed “${speaker.name}”` : speaker.name;
  return speaker.pronoun === undefined ? name : `“${speaker.pronoun}” → ${name} (referent by heuristic)`;
}

/** The system's speaker, as the error list shows it. */
export function describeSystemSpeaker(speaker: SystemSpeaker | null): string {
  if (speaker === null) return '(no speaker)';
  if (speaker.actor === null) return `unnamed “${speaker.label}”`;
  const provisional = speaker.provisional ? ', provisional' : '';
  return `${speaker.name} [${speaker.actor}${provisional}]`;
}

function blockOf(gold: GoldQuote, system: SystemQuote | null): string | null {
  return gold.block ?? system?.parts[0]?.block ?? null;
}

function errorsOf({ gold, system, speaker }: GoldOutcome): EvaluationError[] {
  const base = { article: gold.article, block: blockOf(gold, system), kind: gold.kind, text: excerpt(gold.text) };
  if (system === null) {
    return [{ ...base, group: 'missed', gold: describeGoldSpeaker(gold.speaker), system: '(not found)', method: null }];
  }
  const errors: EvaluationError[] = [];
  if (gold.kind !== null && system.kind !== gold.kind) {
    errors.push({ ...base, group: 'wrong kind', gold: gold.kind, system: system.kind, method: null });
  }
  if (speaker === 'wrong' || speaker === 'none') {
    errors.push({
      ...base,
      group: speaker === 'wrong' ? 'wrong speaker' : 'no speaker',
      gold: describeGoldSpeaker(gold.speaker),
      system:
        describeSystemSpeaker(system.speaker) +
        (unresolvedName({ gold, system, speaker }) ? ' — the label names the gold speaker' : ''),
      method: ruleOf(system) ?? NO_RULE,
    });
  }
  return errors;
}

/** The error for a system quote that matches no gold quote. */
export function spuriousError(article: string, quote: SystemQuote): EvaluationError {
  return {
    group: 'spurious',
    article,
    block: quote.parts[0]?.block ?? null,
    kind: quote.kind,
    text: excerpt(quote.text),
    gold: '(no gold quote)',
    system: describeSystemSpeaker(quote.speaker),
    method: ruleOf(quote),
  };
}
