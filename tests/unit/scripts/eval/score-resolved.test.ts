import { describe, expect, test } from 'vitest';
import type { QuoteKind } from '../../../../src/analysis/types.ts';
import { polnearBlocks } from '../../../../scripts/eval/polnear.ts';
import type { ResolvedQuote } from '../../../../scripts/eval/resolved-speakers.ts';
import { resolvedOutcome, scoreResolved, type ResolvedEvaluatedArticle } from '../../../../scripts/eval/score-resolved.ts';
import type { SystemQuote, SystemSpeaker } from '../../../../scripts/eval/types.ts';
import { system as speaker } from '../../../helpers/made-up-quotes.ts';

// Made-up text in PolNeAR's layout (title line, then paragraphs): no PolNeAR text is copied.
const TEXT = [
  'Harbour plan draws crowds',
  '',
  "\"We will rebuild the pier,\" said Mayor Ana Lim. She added: ''It is long overdue.''",
  '',
  '"Nobody asked us," a fisherman said.',
  '',
  '"Wait and see," he said. "Enough," said Omar Lindqvist.',
].join('\n');
const LAYOUT = polnearBlocks(TEXT);

function gold(words: string, status: ResolvedQuote['status'], name: string | null = null): ResolvedQuote {
  const start = TEXT.indexOf(words);
  return { text: words, start, end: start + words.length, status, speaker: name, source: name };
}

/** A system quote over `words` in its paragraph, with a speaker and the rule behind it. */
function found(words: string, who: SystemSpeaker | null, rule: string | null, kind: QuoteKind = 'statement'): SystemQuote {
  const block = LAYOUT.ranges.find((range) => TEXT.slice(range.start, range.end).includes(words))!;
  const start = TEXT.indexOf(words) - block.start;
  return {
    article: 'harbour',
    parts: [{ block: block.id, start, end: start + words.length }],
    text: words,
    kind,
    speaker: who,
    method: who ? 'explicit' : null,
    rule,
  };
}

const LIM = speaker('Ana Lim', 'person');
const GOLD = [
  gold('We will rebuild the pier,', 'name', 'Mayor Ana Lim'),
  gold('It is long overdue.', 'name', 'Ana Lim'),
  gold('Nobody asked us,', 'anon'),
  gold('Wait and see,', 'unresolved'),
  gold('Enough,', 'name', 'Omar Lindqvist'),
];
const SYSTEM = [
  found('We will rebuild the pier,', LIM, 'verb-before-name'),
  found('It is long overdue.', LIM, 'pronoun'),
  found('Nobody asked us,', null, null),
  found('Wait and see,', LIM, 'pronoun'),
  found('a fisherman', null, null, 'title'),
  found('rebuild', null, null, 'fragment'),
];
const ARTICLE: ResolvedEvaluatedArticle = { name: 'harbour', layout: LAYOUT, quotes: GOLD, system: SYSTEM };
const { figures, errors } = scoreResolved([ARTICLE], ['statement', 'fragment']);

describe('scoreResolved', () => {
  test('detection counts every gold segment, whatever its marks', () => {
    expect(figures.goldQuotes).toBe(5);
    expect(figures.detection).toMatchObject({ goldMatched: 4, recall: 4 / 5 });
  });

  test('precision counts system statements and fragments only; a second quote over the same words is spurious', () => {
    expect(figures.detection).toMatchObject({ systemScored: 5, systemMatched: 4 });
    expect(errors.filter((error) => error.group === 'spurious').map((error) => error.text)).toEqual(['rebuild']);
  });

  test('name and anon quotes are scored apart and together, a missed one as no speaker', () => {
    expect(figures.speaker.name).toMatchObject({ scored: 3, right: 2, wrong: 0, none: 0, missed: 1 });
    expect(figures.speaker.anon).toMatchObject({ scored: 1, right: 0, none: 1 });
    expect(figures.speaker.all).toMatchObject({ scored: 4, right: 2, rightRate: 0.5, noneRate: 0.5 });
  });

  test('unresolved and nosource quotes are counted, not scored', () => {
    expect(figures.byStatus).toEqual({ name: 3, anon: 1, unresolved: 1, nosource: 0 });
    expect(figures.unscored).toEqual({ unresolved: 1, nosource: 0 });
  });

  test('detected scored quotes are counted by the rule behind the speaker', () => {
    expect(figures.byRule).toEqual([
      { rule: '(no speaker)', right: 0, wrong: 0, none: 1 },
      { rule: 'pronoun', right: 1, wrong: 0, none: 0 },
      { rule: 'verb-before-name', right: 1, wrong: 0, none: 0 },
    ]);
  });

  test('a speaker error carries its rule; a gold quote not found is missed', () => {
    expect(errors.filter((error) => error.group !== 'spurious').map((error) => [error.group, error.text, error.method])).toEqual([
      ['no speaker', 'Nobody asked us,', '(no speaker)'],
      ['missed', 'Enough,', null],
    ]);
  });

  test('the quote method stands in for the rule while the analysis records none', () => {
    const { rule: _rule, ...withoutRule } = found('Enough,', speaker('Omar Lindqvist', 'person'), null);
    const score = scoreResolved([{ ...ARTICLE, quotes: [GOLD[4]!], system: [withoutRule] }], ['statement']);
    expect(score.figures.byRule).toEqual([{ rule: 'explicit', right: 1, wrong: 0, none: 0 }]);
  });
});

describe('resolvedOutcome', () => {
  test('an actor is right by any of its registered names', () => {
    const quote = found('Enough,', speaker('Omar L.', 'person', { aliases: ['Omar Lindqvist'] }), 'x');
    expect(resolvedOutcome(quote, GOLD[4]!)).toBe('right');
  });

  test('an unnamed source for a name is wrong', () => {
    expect(resolvedOutcome(found('Enough,', speaker('a sailor', 'unnamed'), 'x'), GOLD[4]!)).toBe('wrong');
  });

  test('a quote not detected is missed, unless it is not scored', () => {
    expect(resolvedOutcome(null, GOLD[4]!)).toBe('missed');
    expect(resolvedOutcome(null, GOLD[3]!)).toBe('unscored');
  });
});
