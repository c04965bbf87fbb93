/**
 * Attribution through the whole analysis (src/analysis/analyze-article.ts) on sentences of the shapes
 * that failed on articles no rule was written for (the cases of the attribution issue, written
 * afresh): people with no actor file, roles, places and bodies standing for a source, pronouns
 * after a newly introduced person, and abstaining where no candidate is clearly right. Each case
 * names the one behaviour it checks; the tables are in tests/fixtures/analysis/attribution/unseen-shapes.yaml.
 */
import { describe, expect, test } from 'vitest';
import { analyzeArticle } from '../../../src/analysis/analyze-article.ts';
import type { ArticleAnalysis, BodyBlock } from '../../../src/analysis/types.ts';
import { type KindedText, kindedBlocks, paragraphBlocks } from '../../helpers/body-blocks.ts';
import { readNamedCases } from '../../helpers/fixture-cases.ts';
import { madeUpActorMatcher } from '../../helpers/made-up-actors.ts';
const matcher = madeUpActorMatcher(
  [
    { slug: 'france', name: 'France', aliases: [], kind: 'country' },
    { slug: 'germany', name: 'Germany', aliases: [], kind: 'country' },
  ],
  [
    { actor: 'vladimir-putin', title: 'Kremlin leader', asOf: '2025-04-18' },
    { actor: 'sergey-lavrov', title: 'Russian foreign minister', asOf: '2025-04-18' },
  ],
);

/** A table of cases: the speaker expected for the last quote of some paragraphs (or blocks of other kinds). */
interface ShapeTable {
  title: string;
  cases: Array<{ name: string; paragraphs?: string[]; blocks?: KindedText[]; speaker: string | null }>;
}

function analyseBlocks(blocks: BodyBlock[], published = '2025-05-01', notPeople: string[] = []): ArticleAnalysis {
  return analyzeArticle({ slug: 'test-article', file: 'test.md', blocks, published, curations: [], notPeople }, matcher);
}

function analyse(paragraphs: string[], published?: string, notPeople?: string[]): ArticleAnalysis {
  return analyseBlocks(paragraphBlocks(...paragraphs), published, notPeople);
}

/** The last quote's speaker, as `slug` (registered), `slug*` (provisional), `“label”` (unnamed) or null. */
function speakerOfLast(blocks: BodyBlock[], published?: string): string | null {
  const speaker = analyseBlocks(blocks, published).quotes.at(-1)!.speaker;
  if (!speaker) return null;
  if (speaker.actor === null) return `“${speaker.label}”`;
  return speaker.provisional ? `${speaker.actor}*` : speaker.actor;
}

describe.each(readNamedCases<ShapeTable>('analysis/attribution/unseen-shapes.yaml', 'title'))('%s', (_title, { cases }) => {
  test.each(cases.map((row) => [row.name, row] as const))('%s', (_name, { paragraphs, blocks, speaker }) => {
    expect(speakerOfLast(blocks ? kindedBlocks(blocks) : paragraphBlocks(...paragraphs!))).toBe(speaker);
  });
});

describe('a person with no actor file is found and named', () => {
  test('the discovered person is reported with the evidence sentence and the title', () => {
    const analysis = analyse(['“We will not sign,” Deputy Foreign Minister Anna Petrova said.']);
    expect(analysis.people).toEqual([
      {
        slug: 'anna-petrova',
        name: 'Anna Petrova',
        roles: ['Deputy Foreign Minister'],
        evidence: {
          block: 'p-1',
          start: 44,
          end: 56,
          sentence: '“We will not sign,” Deputy Foreign Minister Anna Petrova said.',
        },
      },
    ]);
    expect(analysis.mentions.filter((m) => m.provisional).map((m) => m.text)).toEqual(['Anna Petrova']);
  });

  test('a name on the editor’s not-people list is never a person', () => {
    const analysis = analyse(['“The water is rising,” Ursula Street said.'], '2025-05-01', ['Ursula Street']);
    expect(analysis.people).toEqual([]);
    expect(analysis.quotes[0]!.speaker).toBeNull();
  });

  test('a name in another script gets an address too', () => {
    const analysis = analyse(['“Мы не подпишем,” Deputy Minister Анна Петрова said.']);
    expect(analysis.people.map((person) => [person.name, person.slug])).toEqual([['Анна Петрова', 'anna-petrova']]);
  });

  test('one-word names are told apart per article, so two articles’ "Weaver" are not merged', () => {
    const analysis = analyse(['“It is fine,” Weaver said.']);
    expect(analysis.people.map((person) => person.slug)).toEqual(['weaver-in-test-article']);
  });
});

describe('roles and descriptions: a country inside a role is never the speaker by itself', () => {
  test('an actor-file role is not used years away from its date', () => {
    expect(
      speakerOfLast(
        paragraphBlocks('Vladimir Putin met the envoy.', '“We have our goals,” the Kremlin leader declared.'),
        '2016-05-01',
      ),
    ).toBe('“the Kremlin leader”');
  });
});

describe('indirect speech and nested marks', () => {
  test('a fragment inside indirect speech belongs to the verb’s subject', () => {
    const [quote] = analyse(['Lavrov restated that Moscow was ready for talks “in which our interests are upheld”.']).quotes;
    expect([quote!.kind, quote!.speaker?.actor]).toEqual(['fragment', 'sergey-lavrov']);
  });

  test('three levels of nested marks stay one quote with one speaker', () => {
    const analysis = analyse(['“Outer ‘inner “deep” quote’ end,” Lavrov said.']);
    expect(analysis.quotes.map((q) => [q.text, q.speaker?.actor])).toEqual([
      ['Outer ‘inner “deep” quote’ end,', 'sergey-lavrov'],
    ]);
  });
});
