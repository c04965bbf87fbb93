/**
 * Alias rules (validateAliases, src/analysis/mentions/find-mentions.ts): an alias claimed by two
 * actors, written as a possessive, or that would match unrelated words ("A", "I", "The") or
 * nothing visible (white space, a zero-width space) is refused with the file, the field and the
 * reason. The common-word table is tests/fixtures/analysis/mentions/common-word-aliases.yaml.
 */
import { describe, expect, test } from 'vitest';
import { aliasesOf, createAliasMatcher, validateAliases } from '../../../../src/analysis/mentions/find-mentions.ts';
import { readCases } from '../../../helpers/fixture-cases.ts';

describe('validateAliases', () => {
  const trump = { file: 'content/actors/donald-trump.yaml', slug: 'donald-trump', name: 'Donald Trump', aliases: ['Trump'] };

  test('reports an alias claimed by two actors, naming both files and the field', () => {
    const errors = validateAliases([
      trump,
      {
        file: 'content/actors/trump-administration.yaml',
        slug: 'trump-administration',
        name: 'Trump administration',
        aliases: ['Trump'],
      },
    ]);
    expect(errors).toEqual([
      'content/actors/trump-administration.yaml: aliases: "Trump" is also claimed by content/actors/donald-trump.yaml (aliases: "Trump")',
    ]);
  });

  test('reports an alias that is another actor’s name', () => {
    const errors = validateAliases([trump, { file: 'b.yaml', slug: 'b', name: 'Bravo', aliases: ['Donald Trump'] }]);
    expect(errors).toEqual([
      'b.yaml: aliases: "Donald Trump" is also claimed by content/actors/donald-trump.yaml (name: "Donald Trump")',
    ]);
  });

  test('reports another actor’s name written in other capitals (issue 26)', () => {
    const errors = validateAliases([trump, { file: 'b.yaml', slug: 'b', name: 'Bravo', aliases: ['DONALD TRUMP'] }]);
    expect(errors).toEqual([
      'b.yaml: aliases: "DONALD TRUMP" is also claimed by content/actors/donald-trump.yaml (name: "Donald Trump"), written in other capitals',
    ]);
  });

  test('treats straight and curly apostrophes as the same alias', () => {
    const errors = validateAliases([
      { file: 'a.yaml', slug: 'a', name: 'France', aliases: ['Quai d’Orsay'] },
      { file: 'b.yaml', slug: 'b', name: 'French foreign ministry', aliases: ["Quai d'Orsay"] },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('a.yaml');
  });

  test('accepts an alias repeated within one actor', () => {
    expect(validateAliases([{ ...trump, aliases: ['Trump', 'Donald Trump'] }])).toEqual([]);
  });

  test('reports an alias with no words and an alias written as a possessive', () => {
    expect(validateAliases([{ ...trump, aliases: ['—', 'Trump’s'] }])).toEqual([
      'content/actors/donald-trump.yaml: aliases: "—" contains no words to match',
      'content/actors/donald-trump.yaml: aliases: "Trump’s" ends in a possessive; write the name alone',
    ]);
  });
});

const FILE = 'content/actors/marco-rubio.yaml';
const rubio = (aliases: string[], name = 'Marco Rubio') => [{ file: FILE, slug: 'marco-rubio', name, aliases }];

describe('validateAliases refuses aliases that match unrelated words', () => {
  const commonWords = readCases<{ alias: string; message: string }>('analysis/mentions/common-word-aliases.yaml');
  test.each(commonWords.map(({ alias, message }) => [alias, message]))('%j', (alias, message) => {
    expect(validateAliases(rubio([alias!]))).toEqual([`${FILE}: ${message}`]);
  });

  test('the name is checked like an alias, and named as the field', () => {
    expect(validateAliases(rubio([], 'The'))).toEqual([
      `${FILE}: name: "The" is a common word (an article): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ]);
  });

  test.each(['US', 'EU', 'WHO', 'Xi', 'U.S.', 'The Hague', 'The White House', 'Quai d’Orsay', 'Зеленський', 'NATO'])(
    'accepts %j (an acronym in capitals, a two-letter name, or a name with common words in it)',
    (alias) => {
      expect(validateAliases(rubio([alias]))).toEqual([]);
    },
  );

  test('without the rule, "A" would credit an unrelated quote to the actor (why it is refused)', () => {
    const matcher = createAliasMatcher(aliasesOf([{ slug: 'a-actor', name: 'A', aliases: [] }]));
    expect(
      matcher.findMentions([{ id: 'p-1', text: 'A man said “this is fine.”', kind: 'paragraph' }]).map((m) => m.actor),
    ).toEqual(['a-actor']);
  });
});

describe('validateAliases names white space and invisible characters by code point', () => {
  test.each([
    ['\u00A0', `${FILE}: aliases: "\u00A0" is only white space (U+00A0 NO-BREAK SPACE); write the name or remove the entry`],
    [' ', `${FILE}: aliases: " " is only white space (U+0020 SPACE); write the name or remove the entry`],
    [
      '\u2009\u00A0',
      `${FILE}: aliases: "\u2009\u00A0" is only white space (U+2009 THIN SPACE, U+00A0 NO-BREAK SPACE); write the name or remove the entry`,
    ],
    [
      '\u200B',
      `${FILE}: aliases: "\u200B" contains an invisible character (U+200B ZERO WIDTH SPACE): it would not match the name readers see; delete it`,
    ],
    [
      'Ru\u200Dbio',
      `${FILE}: aliases: "Ru\u200Dbio" contains an invisible character (U+200D ZERO WIDTH JOINER): it would not match the name readers see; delete it`,
    ],
    [
      '\u202ERubio',
      `${FILE}: aliases: "\u202ERubio" contains an invisible character (U+202E RIGHT-TO-LEFT OVERRIDE): it would not match the name readers see; delete it`,
    ],
    ['', `${FILE}: aliases: the alias is empty; write the name or remove the entry`],
  ])('%j', (alias, message) => {
    const errors = validateAliases(rubio([alias]));
    expect(errors).toEqual([message]);
    expect(errors[0]).not.toContain('ambiguous');
  });
});

describe('validateAliases keeps refusing an alias two actors claim', () => {
  test('the same alias on two actors, named with both files', () => {
    expect(
      validateAliases([
        ...rubio(['Rubio']),
        {
          file: 'content/actors/rubio-family-foundation.yaml',
          slug: 'rubio-family-foundation',
          name: 'Rubio Family Foundation',
          aliases: ['Rubio'],
        },
      ]),
    ).toEqual([`content/actors/rubio-family-foundation.yaml: aliases: "Rubio" is also claimed by ${FILE} (aliases: "Rubio")`]);
  });

  test('a composed and a decomposed spelling are one alias (NFC), so two actors cannot split it', () => {
    const errors = validateAliases([
      { file: 'a.yaml', slug: 'a', name: 'Anna Petrová', aliases: [] },
      { file: 'b.yaml', slug: 'b', name: 'Anna Petrova\u0301', aliases: [] },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^b\.yaml: name: .* is also claimed by a\.yaml/);
  });
});
