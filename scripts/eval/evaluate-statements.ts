/**
 * The reported-speech section of each evaluation set: PolNeAR's `reported` attributions with a
 * speech cue, the corpus gold of `scripts/eval/gold/statements.ts`, and the development set's
 * `statements:` lists where a gold file has one (else the system's counts only). Each set's gold
 * is turned into the words of its content clauses and scored by `score-statements.ts`.
 */
import { load as parseYaml } from 'js-yaml';
import type { BodyBlock, TextSpan } from '../../src/analysis/types.ts';
import { locateContent, wordsInSpans } from './match-statements.ts';
import { speakerMatches } from './match-speaker.ts';
import { type BlockLayout, rangesToSpans } from './polnear.ts';
import { type ResolvedArticle, type ResolvedQuote, type ResolvedReport, speakerMatchesResolved } from './resolved-speakers.ts';
import {
  countPatterns,
  type PatternCount,
  type StatementArticle,
  type StatementScore,
  scoreStatements,
} from './score-statements.ts';
import { isSpeechCue } from './speech-cues.ts';
import type { GoldStatement, StatementOutcome, SystemStatement } from './statement-types.ts';
import type { GoldSpeaker, GoldSpeakerType } from './types.ts';

/** What the system found, whatever the gold. */
export interface SystemStatementCounts {
  statements: number;
  withSpeaker: number;
  byRule: PatternCount[];
}

/** The reported-speech section of one set. */
export interface StatementResult {
  /** Where the gold came from; null when the set has no statement gold (counts only). */
  gold: string | null;
  score: StatementScore | null;
  system: SystemStatementCounts;
  /** PolNeAR: the `reported` attributions, speech and not, and those outside the analysed text. */
  polnear?: { reported: number; speech: number; notSpeech: number; outsideText: number };
  problems: string[];
  notes: string[];
}

/** One analysed article: its blocks and the system's statements. */
export interface AnalysedStatements {
  name: string;
  blocks: BodyBlock[];
  system: SystemStatement[];
}

/** The system's counts over the articles. */
export function systemCounts(articles: AnalysedStatements[]): SystemStatementCounts {
  const all = articles.flatMap((article) => article.system);
  return {
    statements: all.length,
    withSpeaker: all.filter((statement) => statement.speaker !== null).length,
    byRule: countPatterns(all.map((statement) => statement.rule ?? '(no speaker)')),
  };
}

// ---------------------------------------------------------------------------------------------
// PolNeAR: speakers as the resolved gold gives them, scored like its quotes.

/** A `reported` attribution's speaker as the resolved quotes state theirs, so it is judged the same way. */
function asResolvedQuote(report: ResolvedReport): ResolvedQuote {
  const [start, end] = report.contentSpans[0] ?? [0, 0];
  return { text: report.content, start, end, status: report.status, speaker: report.speaker, source: report.source };
}

/** The gold speaker as the error list shows it. */
function describeReport(report: ResolvedReport): string {
  const source = report.source === null ? '' : ` (Source “${report.source}”)`;
  if (report.status === 'name') return `${report.speaker ?? '?'}${report.speaker === report.source ? '' : source} [name]`;
  return `${report.status === 'anon' ? 'unnamed' : report.status}${source} [${report.status}]`;
}

/**
 * A system speaker against a resolved gold speaker (`speakerMatchesResolved`): any of an actor's
 * names may carry the surname; an unnamed source is judged by its label.
 */
export function judgeResolved(gold: GoldStatement<ResolvedQuote>, system: SystemStatement): StatementOutcome {
  const speaker = system.speaker;
  if (speaker === null) return speakerMatchesResolved(null, false, gold.speaker) === 'unscored' ? 'unscored' : 'none';
  const unnamed = speaker.actor === null;
  const names = unnamed ? [speaker.label] : [speaker.name, ...speaker.aliases];
  const outcomes = names.map((name) => speakerMatchesResolved(name, unnamed, gold.speaker));
  return outcomes.includes('right') ? 'right' : (outcomes[0] ?? 'wrong');
}

/** Whether the resolved gold names a speaker to score (`name` or `anon`). */
const resolvedIsScored = (gold: GoldStatement<ResolvedQuote>) => gold.speaker.status === 'name' || gold.speaker.status === 'anon';

/** One PolNeAR article: its speech attributions as gold, the rest (and its quoted segments) left out of precision. */
export function polnearStatementArticle(
  gold: ResolvedArticle,
  layout: BlockLayout,
  system: SystemStatement[],
): { article: StatementArticle<ResolvedQuote>; speech: number; notSpeech: number; outsideText: number } {
  const wordsOf = (ranges: Array<[number, number]>) => wordsInSpans(rangesToSpans(ranges, layout), layout.blocks);
  const statements: GoldStatement<ResolvedQuote>[] = [];
  const outOfScope: TextSpan[][] = gold.quotes.map((quote) => wordsOf([[quote.start, quote.end]]));
  let [speech, notSpeech, outsideText] = [0, 0, 0];
  for (const report of gold.reported) {
    const words = wordsOf(report.contentSpans);
    if (!isSpeechCue(report.cue)) {
      notSpeech++;
      outOfScope.push(words);
      continue;
    }
    speech++;
    if (words.length === 0) {
      outsideText++;
      continue;
    }
    statements.push({
      article: gold.name,
      block: words[0]?.block ?? null,
      words,
      text: report.content,
      cue: report.cue,
      speaker: asResolvedQuote(report),
      speakerText: describeReport(report),
    });
  }
  return { article: { name: gold.name, gold: statements, system, outOfScope }, speech, notSpeech, outsideText };
}

/** PolNeAR's statements scored against the resolved gold's speech attributions. */
export function scorePolnearStatements(
  source: string,
  gold: ResolvedArticle[],
  analysed: Map<string, { layout: BlockLayout; statements: SystemStatement[] }>,
): StatementResult {
  const articles: StatementArticle<ResolvedQuote>[] = [];
  const counts = { reported: 0, speech: 0, notSpeech: 0, outsideText: 0 };
  const system: AnalysedStatements[] = [];
  for (const article of gold) {
    const found = analysed.get(article.name);
    if (!found) continue;
    const scored = polnearStatementArticle(article, found.layout, found.statements);
    articles.push(scored.article);
    system.push({ name: article.name, blocks: found.layout.blocks, system: found.statements });
    counts.reported += article.reported.length;
    counts.speech += scored.speech;
    counts.notSpeech += scored.notSpeech;
    counts.outsideText += scored.outsideText;
  }
  return {
    gold: source,
    score: scoreStatements(articles, judgeResolved, resolvedIsScored),
    system: systemCounts(system),
    polnear: counts,
    problems: [],
    notes: [
      "gold: PolNeAR's attributions whose Content holds no quotation mark and whose cue reports speech or writing " +
        '(scripts/eval/speech-cues.ts); beliefs, knowledge, documents and quoted segments are left out, and a system ' +
        'statement holding half of one is not counted in precision',
      'a statement matches when its content holds at least half the gold content words; speakers scored as the resolved quotes are',
    ],
  };
}

// ---------------------------------------------------------------------------------------------
// The corpus: exact actor slugs.

/** A statement of `scripts/eval/gold/statements.ts`. */
export interface CorpusGoldStatement {
  /** The article's slug (file name without `.md`), or its gold key (`000`). */
  article: string;
  block: string;
  content: string;
  speaker: string | null;
}

/**
 * A corpus speaker: the actor slug must be the gold's; for a gold null (an unnamed source, or no
 * source) anything is right but a registered actor.
 */
export function judgeCorpus(isRegistered: (slug: string) => boolean) {
  return (gold: GoldStatement<string | null>, system: SystemStatement): StatementOutcome => {
    const speaker = system.speaker;
    if (gold.speaker === null) {
      const registered = speaker !== null && speaker.actor !== null && !speaker.provisional && isRegistered(speaker.actor);
      return registered ? 'wrong' : 'right';
    }
    if (speaker === null) return 'none';
    return speaker.actor === gold.speaker ? 'right' : 'wrong';
  };
}

/** The corpus articles with their gold statements; a gold article or content not found is a problem. */
export function corpusStatementArticles(
  gold: readonly CorpusGoldStatement[],
  articles: Array<AnalysedStatements & { aliases: string[] }>,
): { articles: StatementArticle<string | null>[]; problems: string[] } {
  const problems: string[] = [];
  const byArticle = new Map(articles.map((article) => [article.name, { article, gold: [] as GoldStatement<string | null>[] }]));
  for (const statement of gold) {
    const entry = [...byArticle.values()].find(
      ({ article }) => article.name === statement.article || article.aliases.includes(statement.article),
    );
    if (!entry) {
      problems.push(`statements gold: no corpus article ${statement.article}`);
      continue;
    }
    const words = locateContent(statement.content, entry.article.blocks, statement.block);
    if (words === null) {
      problems.push(
        `statements gold: ${statement.article} ${statement.block}: content not found: "${statement.content.slice(0, 60)}"`,
      );
      continue;
    }
    entry.gold.push({
      article: entry.article.name,
      block: words[0]?.block ?? statement.block,
      words,
      text: statement.content,
      cue: null,
      speaker: statement.speaker,
      speakerText: statement.speaker ?? 'no registered actor',
    });
  }
  return {
    articles: [...byArticle.values()].map(({ article, gold: statements }) => ({
      name: article.name,
      gold: statements,
      system: article.system,
      outOfScope: [],
    })),
    problems,
  };
}

// ---------------------------------------------------------------------------------------------
// The development set: `statements:` in a gold file, speakers compared by name.

const DEV_TYPES: GoldSpeakerType[] = ['person', 'organization', 'unnamed', 'named', 'none'];

/** A dev gold statement as its file gives it. */
export interface DevGoldStatement {
  content: string;
  block: string | null;
  speaker: GoldSpeaker;
}

/**
 * The `statements:` list of a dev gold file (each `content`, `speaker` a name or null, optional
 * `type` and `block`); null when the file has none. Throws naming the field that is wrong.
 */
export function parseDevStatements(source: string, file: string): DevGoldStatement[] | null {
  const data = parseYaml(source) as { statements?: unknown } | null;
  if (data === null || typeof data !== 'object' || data.statements === undefined || data.statements === null) return null;
  if (!Array.isArray(data.statements)) throw new Error(`${file}: statements: a list is required`);
  return data.statements.map((entry: unknown, index: number): DevGoldStatement => {
    const at = `${file}: statements[${index}]`;
    const row = (entry ?? {}) as Record<string, unknown>;
    if (typeof row.content !== 'string' || row.content.trim() === '')
      throw new Error(`${at}.content: a non-empty string is required`);
    if (row.speaker !== null && typeof row.speaker !== 'string') throw new Error(`${at}.speaker: a string or null is required`);
    const type = row.type ?? (row.speaker === null ? 'none' : 'named');
    if (!DEV_TYPES.includes(type as GoldSpeakerType)) throw new Error(`${at}.type: one of ${DEV_TYPES.join(', ')} is required`);
    const block = typeof row.block === 'string' ? row.block : null;
    return { content: row.content, block, speaker: { type: type as GoldSpeakerType, name: row.speaker ?? '' } };
  });
}

/** A dev speaker by name (`speakerMatches`); a gold `none` is right only with no speaker. */
export function judgeDev(gold: GoldStatement<GoldSpeaker>, system: SystemStatement): StatementOutcome {
  if (system.speaker === null && gold.speaker.type !== 'none') return 'none';
  return speakerMatches(gold.speaker, system.speaker) ? 'right' : 'wrong';
}

/** One dev article with its gold statements located in its blocks; contents not found are problems. */
export function devStatementArticle(
  article: AnalysedStatements,
  gold: DevGoldStatement[],
): { article: StatementArticle<GoldSpeaker>; problems: string[] } {
  const problems: string[] = [];
  const statements: GoldStatement<GoldSpeaker>[] = [];
  for (const statement of gold) {
    const words = locateContent(statement.content, article.blocks, statement.block);
    if (words === null) {
      problems.push(`statements gold: ${article.name}: content not found: "${statement.content.slice(0, 60)}"`);
      continue;
    }
    const speakerText = statement.speaker.type === 'none' ? '(nobody)' : `${statement.speaker.name} [${statement.speaker.type}]`;
    statements.push({
      article: article.name,
      block: words[0]?.block ?? null,
      words,
      text: statement.content,
      cue: null,
      speaker: statement.speaker,
      speakerText,
    });
  }
  return { article: { name: article.name, gold: statements, system: article.system, outOfScope: [] }, problems };
}

/** Every dev gold statement has a speaker to score (`none`: the system must give nobody). */
export const devIsScored = () => true;
/** Every corpus gold statement is scored: a slug exactly, null as no registered actor. */
export const corpusIsScored = () => true;
