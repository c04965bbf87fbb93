/**
 * Scores reported statements against a gold set: detection (a system statement matches a gold
 * one when its content holds half the gold content's words), the speaker of each matched
 * statement right, wrong or missing, and every error with the pattern it is counted under: the
 * system's speaker rule for a speaker error, the gold cue for a miss, the system's cue for a
 * spurious statement. How a speaker is judged is the set's own (`judge`).
 */
import type { TextSpan } from '../../src/analysis/types.ts';
import { holdsHalf, matchStatements, sharedWords } from './match-statements.ts';
import { excerpt } from './normalise-text.ts';
import { type RuleFigures, type RuleOutcome, tallyByRule } from './rule-figures.ts';
import { describeSystemSpeaker, ratio } from './score.ts';
import { type DetectionFigures, type SpeakerCountFigures, speakerCountFigures } from './scored-figures.ts';
import type { GoldStatement, StatementError, StatementOutcome, SystemStatement } from './statement-types.ts';

/** One analysed article with its gold statements. */
export interface StatementArticle<S> {
  name: string;
  gold: GoldStatement<S>[];
  system: SystemStatement[];
  /**
   * The words of gold attributions the measure leaves out (beliefs, documents, quoted segments):
   * an unmatched system statement holding half of one is neither matched nor spurious.
   */
  outOfScope: TextSpan[][];
}

/** A pattern and how many errors it counts. */
export interface PatternCount {
  pattern: string;
  count: number;
}

/** Speaker figures over gold statements whose speaker is scored; a statement not detected is `missed`. */
export interface StatementSpeakerFigures extends SpeakerCountFigures {
  /** Gold statements whose speaker is not scored (an unresolved pronoun, no Source). */
  unscored: number;
  /** right / (right + wrong + none): the speaker alone, detection aside. */
  rightOfDetected: number | null;
}

/** Everything a gold set of statements measures. */
export interface StatementFigures {
  articles: number;
  gold: number;
  /** Every system statement … */
  system: number;
  /** … of which those that hold half of a left-out gold attribution (not counted in precision). */
  systemOutOfScope: number;
  detection: DetectionFigures;
  speaker: StatementSpeakerFigures;
  /** Detected, scored statements by the rule behind the system's speaker. */
  byRule: RuleFigures[];
  missedByCue: PatternCount[];
  spuriousByCue: PatternCount[];
}

/** The figures and every error behind them. */
export interface StatementScore {
  figures: StatementFigures;
  errors: StatementError[];
}

/** The patterns counted, most errors first (ties by name). */
export function countPatterns(patterns: string[]): PatternCount[] {
  const counts = new Map<string, number>();
  for (const pattern of patterns) counts.set(pattern, (counts.get(pattern) ?? 0) + 1);
  return [...counts.entries()]
    .map(([pattern, count]) => ({ pattern, count }))
    .sort((a, b) => b.count - a.count || a.pattern.localeCompare(b.pattern));
}

/** A cue as a pattern: lower-cased, whitespace collapsed. */
function cuePattern(cue: string | null): string {
  return cue === null ? '(the gold gives no cue)' : cue.toLowerCase().replace(/\s+/g, ' ').trim();
}

function speakerFigures(outcomes: Array<StatementOutcome | 'missed'>): StatementSpeakerFigures {
  const count = (outcome: StatementOutcome | 'missed') => outcomes.filter((candidate) => candidate === outcome).length;
  const [right, wrong, none, missed, unscored] = [
    count('right'),
    count('wrong'),
    count('none'),
    count('missed'),
    count('unscored'),
  ];
  const { rightRate, wrongRate, noneRate, ...counts } = speakerCountFigures(right, wrong, none, missed);
  // `unscored` stays between the counts and the rates: the order the --json file has always had.
  return { ...counts, unscored, rightRate, wrongRate, noneRate, rightOfDetected: ratio(right, right + wrong + none) };
}

/**
 * Scores the articles. `judge` says how a matched statement's speaker came out (never called for
 * a missed one); `unscored` leaves the statement out of the speaker figures.
 */
export function scoreStatements<S>(
  articles: StatementArticle<S>[],
  judge: (gold: GoldStatement<S>, system: SystemStatement) => StatementOutcome,
  scoresSpeaker: (gold: GoldStatement<S>) => boolean,
): StatementScore {
  const errors: StatementError[] = [];
  const outcomes: Array<StatementOutcome | 'missed'> = [];
  const ruleOutcomes: RuleOutcome[] = [];
  let [gold, system, systemOutOfScope, systemMatched, goldMatched] = [0, 0, 0, 0, 0];
  for (const article of articles) {
    gold += article.gold.length;
    system += article.system.length;
    const matching = matchStatements(
      article.gold.map((statement) => statement.words),
      article.system.map((statement) => statement.content),
    );
    const claimed = new Set(matching.filter((index): index is number => index !== null));
    article.system.forEach((statement, index) => {
      if (claimed.has(index)) systemMatched++;
      else if (article.outOfScope.some((words) => holdsHalf(words, statement.content))) systemOutOfScope++;
      else errors.push(spuriousError(statement));
    });
    article.gold.forEach((statement, index) => {
      const position = matching[index];
      const found = position === null || position === undefined ? null : (article.system[position] ?? null);
      if (found === null) {
        // A statement found with too few of its words is shown, so that a clause cut short is told from one not found.
        const partly = article.system.find((system) => sharedWords(statement.words, system.content) > 0);
        errors.push({
          ...goldError('missed', statement, null, cuePattern(statement.cue)),
          ...(partly ? { system: `(partly: “${excerpt(partly.text)}”, cue “${partly.cue}”)` } : {}),
        });
        outcomes.push(scoresSpeaker(statement) ? 'missed' : 'unscored');
        return;
      }
      goldMatched++;
      const outcome = judge(statement, found);
      outcomes.push(outcome);
      if (outcome === 'unscored') return;
      ruleOutcomes.push({ rule: found.rule, outcome });
      if (outcome !== 'right') {
        errors.push(
          goldError(outcome === 'wrong' ? 'wrong speaker' : 'no speaker', statement, found, found.rule ?? '(no speaker)'),
        );
      }
    });
  }
  const systemScored = system - systemOutOfScope;
  return {
    figures: {
      articles: articles.length,
      gold,
      system,
      systemOutOfScope,
      detection: {
        systemScored,
        systemMatched,
        goldMatched,
        precision: ratio(systemMatched, systemScored),
        recall: ratio(goldMatched, gold),
      },
      speaker: speakerFigures(outcomes),
      byRule: tallyByRule(ruleOutcomes),
      missedByCue: countPatterns(errors.filter((error) => error.group === 'missed').map((error) => error.pattern)),
      spuriousByCue: countPatterns(errors.filter((error) => error.group === 'spurious').map((error) => error.pattern)),
    },
    errors,
  };
}

function goldError<S>(
  group: StatementError['group'],
  gold: GoldStatement<S>,
  system: SystemStatement | null,
  pattern: string,
): StatementError {
  return {
    group,
    article: gold.article,
    block: gold.block,
    text: excerpt(gold.text),
    gold: gold.speakerText,
    system: system === null ? '(not found)' : describeSystemSpeaker(system.speaker) + withheldSource(system),
    pattern,
  };
}

/** A statement without a speaker whose source was read: the source and cue, to see why it was withheld. */
function withheldSource(system: SystemStatement): string {
  return system.speaker === null && system.source ? ` — source “${system.source}”, cue “${system.cue}”` : '';
}

function spuriousError(statement: SystemStatement): StatementError {
  return {
    group: 'spurious',
    article: statement.article,
    block: statement.content.block,
    text: excerpt(statement.text),
    gold: '(no gold statement)',
    system: describeSystemSpeaker(statement.speaker),
    pattern: cuePattern(statement.cue),
  };
}
