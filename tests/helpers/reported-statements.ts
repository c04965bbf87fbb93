/**
 * Reported statements as the case tables of tests/fixtures/analysis/reported/ write them: a
 * made-up article analysed whole (with Reuters as the one registered actor) and each statement in
 * the tables' notation, so a new table needs only its YAML and three lines of test.
 */
import { analyzeArticle } from '../../src/analysis/analyze-article.ts';
import type { ArticleAnalysis, ReportedStatement } from '../../src/analysis/types.ts';
import { paragraphBlocks } from './body-blocks.ts';
import { madeUpActorMatcher } from './made-up-actors.ts';

const matcher = madeUpActorMatcher([{ slug: 'reuters', name: 'Reuters', aliases: [], kind: 'media' }]);

/** The analysis of an article made of these paragraphs. */
export function analyseParagraphs(paragraphs: string[]): ArticleAnalysis {
  return analyzeArticle(
    {
      slug: 'test-article',
      file: 'test.md',
      blocks: paragraphBlocks(...paragraphs),
      published: '2025-05-01',
      curations: [],
      notPeople: [],
    },
    matcher,
  );
}

/** A statement in the tables' notation: a speaker is an actor slug (`*` when provisional), or an unnamed source in “quotes”. */
export interface ExpectedStatement {
  content?: string;
  cue?: string;
  source?: string | null;
  speaker?: string | null;
  rule?: string | null;
  confidence?: number | null;
  quoted?: number;
}

/** One table of cases: paragraphs and the statements expected in them, in reading order. */
export interface StatementTable {
  title: string;
  cases: Array<{ name: string; paragraphs: string[]; statements: ExpectedStatement[] }>;
}

/** The statement in the tables' notation, every field given. */
export function statementNotation(statement: ReportedStatement): Required<ExpectedStatement> {
  const { speaker } = statement;
  return {
    content: statement.text,
    cue: statement.cue.text,
    source: statement.source?.text ?? null,
    speaker: !speaker
      ? null
      : speaker.actor === null
        ? `“${speaker.label}”`
        : `${speaker.actor}${speaker.provisional ? '*' : ''}`,
    rule: statement.speakerRule,
    confidence: statement.speakerConfidence,
    quoted: statement.quoted.length,
  };
}
