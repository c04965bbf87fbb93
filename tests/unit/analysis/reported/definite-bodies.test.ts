/**
 * A definite description of one body as a statement's source (src/analysis/reported/definite-bodies.ts):
 * the body named nearest before it with the description's noun in its name, or no speaker at all.
 */
import { describe, expect, test } from 'vitest';
import { analyseParagraphs, statementNotation } from '../../../helpers/reported-statements.ts';

/** The content and speaker of each statement of a made-up article. */
function speakersOf(...paragraphs: string[]) {
  return analyseParagraphs(paragraphs).statements.map((statement) => {
    const { content, speaker } = statementNotation(statement);
    return { content, speaker };
  });
}

describe('a definite description of a body', () => {
  test('takes the body named before it whose name ends on its noun', () => {
    expect(
      speakersOf(
        'A new Transport Ministry rule will cap ferry fares from March.',
        'The ministry said the cap would save families 200 euros a year.',
      ),
    ).toEqual([{ content: 'the cap would save families 200 euros a year', speaker: '“Transport Ministry”' }]);
  });

  test('takes the body named before it when the attribution reads it as pointing back to that name in its own words', () => {
    expect(
      speakersOf(
        'The deficit will grow this year, the nonpartisan Congressional Budget Office reported on Tuesday.',
        'Costs rose in the spring.',
        'After small increases over two years, the budget office said, deficits will go up more sharply.',
      ).at(-1),
    ).toEqual({ content: expect.stringContaining('deficits will go up more sharply'), speaker: '“Congressional Budget Office”' });
  });

  test('takes the name in the words it points back to when no paragraph looked through names the body', () => {
    expect(
      speakersOf(
        'The deficit will grow this year, the nonpartisan Congressional Budget Office reported on Tuesday.',
        'Costs rose in the spring.',
        'After small increases over two years, the budget office said, deficits will go up more sharply.',
        'Costs fell in the summer.',
        'Costs rose in the autumn.',
        'Costs fell in the winter.',
        'Costs rose again in March.',
        'The budget office said about half of the higher deficit came from the tax cuts.',
      ).at(-1),
    ).toEqual({ content: 'about half of the higher deficit came from the tax cuts', speaker: '“Congressional Budget Office”' });
  });

  test('takes the nearest of two such bodies', () => {
    expect(
      speakersOf(
        'The Harbour Court rejected the appeal in May, and the case went to the Supreme Court.',
        'The court said the port authority had broken no law.',
      ).at(-1),
    ).toEqual({ content: 'the port authority had broken no law', speaker: '“Supreme Court”' });
  });

  test('is nobody when no body was named with its noun', () => {
    expect(
      speakersOf('Baltic Wings flight 202 landed safely in Riga on Sunday.', 'The airline said all 140 passengers were unhurt.'),
    ).toEqual([{ content: 'all 140 passengers were unhurt', speaker: null }]);
  });

  test('a capitalised name after "the" is a name, not a description', () => {
    expect(speakersOf('The Federal Ferry Board said the cap would be reviewed in a year.')).toEqual([
      { content: 'the cap would be reviewed in a year', speaker: '“the Federal Ferry Board”' },
    ]);
  });
});
