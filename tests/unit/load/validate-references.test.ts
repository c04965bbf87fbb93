/**
 * The reference check (src/load/validate-references.ts): events against the actors and articles
 * they name, excerpts found as whole words in one paragraph, curated speakers and affiliations
 * that exist, actors never mentioned, and articles dated after the build date.
 */
import { describe, expect, test } from 'vitest';
import type { BodyBlock } from '../../../src/analysis/types.ts';
import {
  containsWholeWords,
  findExcerptBlock,
  futurePublicationWarnings,
  validateReferences,
  type EventForValidation,
  type ReferenceTargets,
} from '../../../src/load/validate-references.ts';

describe('validateReferences', () => {
  const blocks: BodyBlock[] = [
    {
      id: 'p-1',
      text: 'Foreign minister Sergey Lavrov dismissed the transatlantic talks as “a road to nowhere” on Wednesday.',
      kind: 'paragraph',
    },
  ];
  const targets = (overrides: Partial<ReferenceTargets> = {}): ReferenceTargets => ({
    actorSlugs: new Set(['sergey-lavrov', 'russia']),
    articleBlocks: new Map([['leaders-retreat-to-their-corners', blocks]]),
    articleQuotes: new Map([
      ['leaders-retreat-to-their-corners', ['a road to nowhere', 'This will not work,', 'This will not work, again']],
    ]),
    mentionedActors: new Set(['sergey-lavrov', 'russia']),
    actors: [
      { file: 'content/actors/sergey-lavrov.yaml', slug: 'sergey-lavrov', affiliation: 'russia' },
      { file: 'content/actors/russia.yaml', slug: 'russia' },
    ],
    curatedSpeakers: [{ file: 'content/articles/leaders-retreat-to-their-corners.md', index: 0, speaker: 'sergey-lavrov' }],
    ...overrides,
  });
  const FILE = 'content/events/lavrov-road-to-nowhere.yaml';
  const valid: EventForValidation = {
    file: FILE,
    slug: 'lavrov-road-to-nowhere',
    date: '2025-08-20',
    actors: ['sergey-lavrov'],
    // Folded by YAML over two lines: whitespace does not count.
    sources: [
      { article: 'leaders-retreat-to-their-corners', excerpt: 'dismissed the transatlantic talks as\n  “a road to nowhere”' },
    ],
    quotes: [{ article: 'leaders-retreat-to-their-corners', quote: 'road to nowhere' }],
  };

  test('a consistent corpus gives no errors and no warnings', () => {
    expect(validateReferences([valid], targets())).toEqual({ errors: [], warnings: [] });
  });

  test.each([
    {
      field: 'actors[1]',
      event: { ...valid, actors: ['sergey-lavrov', 'sergei-lavrov'] },
      error: `${FILE}: actors[1]: unknown actor "sergei-lavrov"`,
    },
    {
      field: 'sources[0].article',
      event: { ...valid, sources: [{ article: 'politico', excerpt: 'a road to nowhere' }] },
      error: `${FILE}: sources[0].article: unknown article "politico"`,
    },
    {
      field: 'sources[0].excerpt',
      event: { ...valid, sources: [{ article: 'leaders-retreat-to-their-corners', excerpt: 'a road to\n somewhere' }] },
      error: `${FILE}: sources[0].excerpt: not found in the body of "leaders-retreat-to-their-corners": "a road to somewhere"`,
    },
    {
      field: 'quotes[0].article',
      event: { ...valid, quotes: [{ article: 'politico', quote: 'road to nowhere' }] },
      error: `${FILE}: quotes[0].article: unknown article "politico"`,
    },
    {
      field: 'quotes[0].quote (no match)',
      event: { ...valid, quotes: [{ article: 'leaders-retreat-to-their-corners', quote: 'road to somewhere' }] },
      error: `${FILE}: quotes[0].quote: "road to somewhere" matches 0 quotes in "leaders-retreat-to-their-corners" (needs exactly one)`,
    },
    {
      field: 'quotes[0].quote (two matches)',
      event: { ...valid, quotes: [{ article: 'leaders-retreat-to-their-corners', quote: 'This will not work' }] },
      error: `${FILE}: quotes[0].quote: "This will not work" matches 2 quotes in "leaders-retreat-to-their-corners" (needs exactly one)`,
    },
    {
      field: 'endDate',
      event: { ...valid, endDate: '2025-08-19' },
      error: `${FILE}: endDate: 2025-08-19 is before the start date 2025-08-20`,
    },
  ])('an event with a bad $field: one error naming the file and field', ({ event, error }) => {
    expect(validateReferences([event], targets())).toEqual({ errors: [error], warnings: [] });
  });

  test('an event ending on its start day is valid', () => {
    expect(validateReferences([{ ...valid, endDate: '2025-08-20' }], targets()).errors).toEqual([]);
  });

  test('an unknown affiliation is an error naming the actor file and `affiliation`', () => {
    const report = validateReferences(
      [valid],
      targets({ actors: [{ file: 'content/actors/sergey-lavrov.yaml', slug: 'sergey-lavrov', affiliation: 'soviet-union' }] }),
    );
    expect(report.errors).toEqual(['content/actors/sergey-lavrov.yaml: affiliation: unknown actor "soviet-union"']);
  });

  test('an unknown curated speaker is an error naming the article file and `attributions[i].speaker`', () => {
    const report = validateReferences(
      [valid],
      targets({
        curatedSpeakers: [{ file: 'content/articles/leaders-retreat-to-their-corners.md', index: 2, speaker: 'sergei-lavrov' }],
      }),
    );
    expect(report.errors).toEqual([
      'content/articles/leaders-retreat-to-their-corners.md: attributions[2].speaker: unknown actor "sergei-lavrov"',
    ]);
  });

  test('an actor never mentioned is a warning naming its file, not an error', () => {
    const report = validateReferences([valid], targets({ mentionedActors: new Set(['sergey-lavrov']) }));
    expect(report).toEqual({
      errors: [],
      warnings: ['content/actors/russia.yaml: the actor is never mentioned or quoted in any article'],
    });
  });
});

describe('excerpts', () => {
  test.each([
    ['Rubio said on Friday', 'Rubio said', true],
    ['Rubio said on Friday', 'ubio said on', false],
    ['Rubio said on Friday', 'said on Fri', false],
    ['Rubio said on Friday', 'Rubio said on Friday', true],
    ['He met Rubio. Rubio said so', 'Rubio said', true],
    ['Rubios said; Rubio said', 'Rubio said', true],
    ['“move on,” Rubio said', '“move on,”', true],
  ])('containsWholeWords(%j, %j) is %s', (text, excerpt, expected) => {
    expect(containsWholeWords(text, excerpt)).toBe(expected);
  });

  const blocks = [
    { id: 'p-1', text: 'Rubio met with Ukrainian officials in Paris on Thursday.', kind: 'paragraph' as const },
    { id: 'p-2', text: 'Rubio said the talks would go on.', kind: 'paragraph' as const },
  ];
  const targets = {
    actorSlugs: new Set(['marco-rubio']),
    articleBlocks: new Map([['rubio-walks-away', blocks]]),
    articleQuotes: new Map([['rubio-walks-away', []]]),
    mentionedActors: new Set(['marco-rubio']),
    actors: [],
    curatedSpeakers: [],
  };
  const event = (excerpt: string): EventForValidation => ({
    file: 'content/events/rubio-paris-talks.yaml',
    slug: 'rubio-paris-talks',
    date: '2025-04-17',
    actors: ['marco-rubio'],
    sources: [{ article: 'rubio-walks-away', excerpt }],
    quotes: [],
  });

  test('an excerpt found only inside longer words is an error naming the file and field', () => {
    expect(validateReferences([event('ubio met with Ukrainian officia')], targets).errors).toEqual([
      'content/events/rubio-paris-talks.yaml: sources[0].excerpt: "ubio met with Ukrainian officia" occurs ' +
        'in the body of "rubio-walks-away" only inside longer words; an excerpt starts and ends on word boundaries',
    ]);
  });

  test('a whole-word excerpt finds its paragraph, white space and Unicode form aside', () => {
    expect(findExcerptBlock(blocks, 'the talks\n  would go on')).toBe('p-2');
    expect(validateReferences([event('Ukrainian officials in Paris')], targets).errors).toEqual([]);
    expect(findExcerptBlock([{ id: 'p-1', text: 'Petrová said so.', kind: 'paragraph' }], 'Petrova\u0301 said so')).toBe('p-1');
  });
});

describe('an article dated after the build date', () => {
  test('is a warning naming the file and field', () => {
    expect(
      futurePublicationWarnings(
        [
          { file: 'content/articles/typo.md', published: '9999-12-31' },
          { file: 'content/articles/fine.md', published: '2025-04-18' },
        ],
        '2026-12-01',
      ),
    ).toEqual([
      'content/articles/typo.md: published.value: 9999-12-31 is after the build date (2026-12-01); dates in ' +
        'the text ("on Friday") are resolved against it, so check the year',
    ]);
  });
});
