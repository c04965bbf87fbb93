/**
 * Reported statements (src/analysis/reported/) through the whole analysis, for the patterns of
 * tests/fixtures/analysis/reported/statements-unread.yaml: attributions inside a sentence, verbs
 * whose words are a noun phrase, sources the quote candidates do not read (unread-sources.ts), and
 * pronoun sources named only when nobody else could be meant (pronoun-sources.ts); and the new
 * readings stay linear on long paragraphs.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../../src/analysis/analyze-article.ts';
import type { ArticleAnalysis, ReportedStatement } from '../../../../src/analysis/types.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { millisecondsOf } from '../../../helpers/elapsed-time.ts';
import { readCases, titledRows } from '../../../helpers/fixture-cases.ts';
import { madeUpActorMatcher } from '../../../helpers/made-up-actors.ts';

const matcher = madeUpActorMatcher([{ slug: 'reuters', name: 'Reuters', aliases: [], kind: 'media' }]);

function analyse(paragraphs: string[]): ArticleAnalysis {
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

/** A statement in the fixture's notation (as in statements.yaml). */
interface Expected {
  content?: string;
  cue?: string;
  source?: string | null;
  speaker?: string | null;
  rule?: string | null;
  confidence?: number | null;
  quoted?: number;
}

interface Table {
  title: string;
  cases: Array<{ name: string; paragraphs: string[]; statements: Expected[] }>;
}

function notation(statement: ReportedStatement): Required<Expected> {
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

describe.each(titledRows(readCases<Table>('analysis/reported/statements-unread.yaml'), 'title'))('%s', (_title, table) => {
  test.each(titledRows(table.cases, 'name'))('%s', (_name, { paragraphs, statements }) => {
    expect(analyse(paragraphs).statements.map(notation)).toMatchObject(statements);
  });
});

test.each([
  ['attributions inside sentences', 'The talks, officials said, would resume soon. '],
  ['bare plural sources', 'Western officials said the talks would resume. '],
  ['pronoun sources after a name', 'Lavrov spoke. He said the talks would resume. '],
  ['according to a phrase', 'The talks would resume, according to people close to them. '],
  ['noun-phrase objects', 'Lavrov criticized the draft on grain, '],
])('the scan stays linear: %s', (_name, unit) => {
  const time = (repeats: number) => millisecondsOf(() => analyse([unit.repeat(repeats)]));
  time(50); // warm up
  // 2,000 repetitions make one paragraph of 70,000 to 110,000 characters; a quadratic scan would take minutes.
  expect(time(2000)).toBeLessThan(4000);
});
