/**
 * Issue 15, alias rules: a name or alias that would match unrelated words ("A", "I", "The") or
 * nothing visible (white space, a zero-width space) is refused with the file, the field and the
 * reason; one claimed by two actors stays an error. Loaded through the real actor registry too.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { aliasesOf, createAliasMatcher, validateAliases } from '../../src/analysis/mentions/find-mentions.ts';
import { loadActorRegistry } from '../../src/load/actor-registry.ts';
import { loadActorFiles } from '../../src/load/load-actors.ts';

const FILE = 'content/actors/marco-rubio.yaml';
const rubio = (aliases: string[], name = 'Marco Rubio') => [{ file: FILE, slug: 'marco-rubio', name, aliases }];

describe('validateAliases refuses aliases that match unrelated words', () => {
  test.each([
    [
      'A',
      `${FILE}: aliases: "A" is a single letter: it would match in unrelated sentences ("A man said…" would credit the quote to this actor); a name or alias needs at least 2 letters`,
    ],
    [
      'I',
      `${FILE}: aliases: "I" is a single letter: it would match in unrelated sentences ("A man said…" would credit the quote to this actor); a name or alias needs at least 2 letters`,
    ],
    [
      'J.',
      `${FILE}: aliases: "J." is a single letter: it would match in unrelated sentences ("A man said…" would credit the quote to this actor); a name or alias needs at least 2 letters`,
    ],
    [
      'The',
      `${FILE}: aliases: "The" is a common word (an article): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'He',
      `${FILE}: aliases: "He" is a common word (a pronoun): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'Us',
      `${FILE}: aliases: "Us" is a common word (a pronoun): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'Will',
      `${FILE}: aliases: "Will" is a common word (a function word): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'Mr.',
      `${FILE}: aliases: "Mr." is a common word (a title): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'Friday',
      `${FILE}: aliases: "Friday" is a common word (a day or month): it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'Said',
      `${FILE}: aliases: "Said" is a common word: it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
    [
      'The President',
      `${FILE}: aliases: "The President" is made only of common words: it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    ],
  ])('%j', (alias, message) => {
    expect(validateAliases(rubio([alias]))).toEqual([message]);
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

describe('the actor registry, loaded from files', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = '';
  });

  function actorsDir(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'input-aliases-'));
    mkdirSync(path.join(dir, 'actors'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'actors', name), text);
    return path.join(dir, 'actors');
  }

  test('refuses a stop-word alias, naming the file and the field, under a heading that does not say "ambiguous"', () => {
    const actors = actorsDir({
      'marco-rubio.yaml': 'name: Marco Rubio\nkind: person\naliases:\n  - Rubio\n  - The\ndescription: x\n',
    });
    expect(() => loadActorRegistry(actors)).toThrow(
      `Actor names and aliases cannot be matched safely:\n${path.join(actors, 'marco-rubio.yaml')}: aliases: "The" is a common word (an article)`,
    );
  });

  test('a name typed with a combining accent matches the body’s precomposed name (both NFC)', () => {
    const actors = actorsDir({ 'anna-petrova.yaml': 'name: "Anna Petrova\u0301"\nkind: person\naliases: []\ndescription: x\n' });
    const registry = loadActorRegistry(actors);
    const mentions = registry.matcher.findMentions([{ id: 'p-1', text: 'Anna Petrová said so.', kind: 'paragraph' }]);
    expect(mentions.map((mention) => mention.actor)).toEqual(['anna-petrova']);
  });

  test('an actor file is read under the slug its page is built at', () => {
    const actors = actorsDir({ 'marco-rubio.yaml': 'name: Marco Rubio\nkind: person\ndescription: x\n' });
    expect(loadActorFiles(actors).map((actor) => actor.slug)).toEqual(['marco-rubio']);
  });
});
