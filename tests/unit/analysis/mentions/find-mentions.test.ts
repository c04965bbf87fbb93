/**
 * Mentions (src/analysis/mentions/find-mentions.ts): the matching rules, with a few aliases given
 * here (the table is tests/fixtures/analysis/mentions/matching-rules.yaml), the offsets a mention
 * gives, resolving speaker words, and the aliases an actor's names make. The matcher with the real
 * actor files is tested in tests/unit/content/actor-mentions.test.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  aliasesOf,
  createAliasMatcher,
  type AliasMatcher,
  type MatcherAlias,
} from '../../../../src/analysis/mentions/find-mentions.ts';
import { paragraphBlocks } from '../../../helpers/body-blocks.ts';
import { readNamedCases } from '../../../helpers/fixture-cases.ts';

/** A text and the mentions expected in it, in order. */
interface MentionCase {
  name: string;
  text: string;
  mentions: Array<{ text: string; actor: string }>;
}

/** The mentions in one text, as their words and actor, in order. */
function mentionsIn(matcher: AliasMatcher, text: string): MentionCase['mentions'] {
  return matcher.findMentions(paragraphBlocks(text)).map((mention) => ({ text: mention.text, actor: mention.actor }));
}

function aliases(byActor: Record<string, string[]>): MatcherAlias[] {
  return Object.entries(byActor).flatMap(([actor, words]) => words.map((alias) => ({ actor, alias })));
}

describe('findMentions: matching rules', () => {
  const matcher = createAliasMatcher(
    aliases({
      'donald-trump': ['Donald Trump', 'Trump'],
      'trump-administration': ['Trump administration', 'Trump team'],
      'marco-rubio': ['Rubio'],
      'vladimir-putin': ['Putin'],
      france: ['Quai d’Orsay'],
      'united-states': ['U.S.', 'US'],
      'jean-yves-le-drian': ['Jean-Yves Le Drian'],
      fdd: ['Foundation for Defense of Democracies'],
    }),
  );

  test.each(readNamedCases<MentionCase>('analysis/mentions/matching-rules.yaml'))('%s', (_name, { text, mentions }) => {
    expect(mentionsIn(matcher, text)).toEqual(mentions);
  });

  test('a mention gives its block and offsets; the possessive is not in the span', () => {
    const text = 'There have been meetings: Trump’s envoy spoke.';
    expect(matcher.findMentions(paragraphBlocks('Rubio spoke.', text))).toEqual([
      { block: 'p-1', start: 0, end: 5, actor: 'marco-rubio', text: 'Rubio' },
      { block: 'p-2', start: 26, end: 31, actor: 'donald-trump', text: 'Trump' },
    ]);
  });

  test('when two actors share an alias, the first keeps it', () => {
    const shared = createAliasMatcher(aliases({ first: ['Graham'], second: ['Graham'] }));
    expect(mentionsIn(shared, 'Graham said')).toEqual([{ text: 'Graham', actor: 'first' }]);
  });
});

describe('resolveActor', () => {
  test('without kinds, every actor counts as a person inside longer words', () => {
    const matcher = createAliasMatcher(aliases({ 'white-house': ['White House'] }));
    expect(matcher.resolveActor('a White House official')).toBe('white-house');
  });
});

describe('aliasesOf', () => {
  test('lists the name and every alias once, with the kind', () => {
    expect(
      aliasesOf([
        { slug: 'sergey-lavrov', name: 'Sergey Lavrov', kind: 'person', aliases: ['Lavrov', 'Sergey Lavrov', 'Sergei Lavrov'] },
      ]),
    ).toEqual([
      { actor: 'sergey-lavrov', alias: 'Sergey Lavrov', kind: 'person' },
      { actor: 'sergey-lavrov', alias: 'Lavrov', kind: 'person' },
      { actor: 'sergey-lavrov', alias: 'Sergei Lavrov', kind: 'person' },
    ]);
  });
});
