/** The actor file drafted for a provisional actor (scripts/ingest/draft-actor.ts, `npm run actor:draft`). */
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import type { DiscoveredPerson } from '../../../../src/analysis/types.ts';
import { mergeDiscoveredPeople } from '../../../../src/corpus/provisional-actors.ts';
import { actorSchema } from '../../../../src/schemas/actor.ts';
import {
  draftActor,
  draftActorYaml,
  findProvisionalPerson,
  lowerCaseWords,
  validateDraft,
} from '../../../../scripts/ingest/draft-actor.ts';
import { PETROVA_SENTENCE, person, petrova, petrovaBlock } from '../../../helpers/provisional-people.ts';

describe('draftActor: the actor file drafted for a provisional actor', () => {
  const source = (slug: string, published: string, discovered: DiscoveredPerson) => ({
    slug,
    published,
    analysis: { blocks: [petrovaBlock], people: [discovered] },
  });
  const registered = [
    {
      file: 'content/actors/sergey-lavrov.yaml',
      slug: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      aliases: ['Lavrov'],
      kind: 'person',
    },
    { file: 'content/actors/russia.yaml', slug: 'russia', name: 'Russia', aliases: [], kind: 'country' },
  ];
  const articles = [
    source('moscow-rejects-plan', '2025-06-02', { ...petrova, roles: ['deputy foreign minister', 'chief negotiator'] }),
    source('talks-resume-in-geneva', '2025-05-07', petrova),
  ];
  const people = mergeDiscoveredPeople(articles);
  const options = { lowerCaseWords: lowerCaseWords(articles), registered };

  test('finds the person by name or slug, accents and case aside', () => {
    expect(findProvisionalPerson('Anna Petrova', people)?.slug).toBe('anna-petrova');
    expect(findProvisionalPerson('anna petrová', people)?.slug).toBe('anna-petrova');
    expect(findProvisionalPerson('Pavel Ivanov', people)).toBeUndefined();
  });

  test('name, kind, roles dated by the articles, the surname as alias and a description marked for review', () => {
    const draft = draftActor(findProvisionalPerson('Anna Petrova', people)!, options);
    expect(draft).toEqual({
      slug: 'anna-petrova',
      data: {
        name: 'Anna Petrova',
        kind: 'person',
        roles: [
          { title: 'deputy foreign minister', asOf: '2025-06-02' },
          { title: 'chief negotiator', asOf: '2025-06-02' },
        ],
        aliases: ['Petrova'],
        description: 'Deputy foreign minister; chief negotiator (from the articles; review)',
      },
      notes: [],
    });
    expect(validateDraft(draft, 'content/actors/anna-petrova.yaml', registered)).toEqual([]);
  });

  test('a surname that is a common word, or one the articles write in lower case, is not an alias', () => {
    const green = person('tom-green', 'Tom Green', [], petrovaBlock, PETROVA_SENTENCE);
    const draft = draftActor(mergeDiscoveredPeople([source('a', '2025-05-07', green)])[0]!, options);
    expect(draft.data.aliases).toEqual([]);
    expect(draft.notes[0]).toContain('"Green" is left out of the aliases: it is a common word');
    const door = person('anna-door', 'Anna Door', [], petrovaBlock, PETROVA_SENTENCE);
    // "the door is open" is in the text: "door" is a word the articles write in lower case.
    expect(draftActor(mergeDiscoveredPeople([source('a', '2025-05-07', door)])[0]!, options).data.aliases).toEqual([]);
  });

  test('a surname another actor claims is not an alias, and the note names that actor’s file', () => {
    const namesake = person('anna-lavrov', 'Anna Lavrov', [], petrovaBlock, PETROVA_SENTENCE);
    const draft = draftActor(mergeDiscoveredPeople([source('a', '2025-05-07', namesake)])[0]!, options);
    expect(draft.data.aliases).toEqual([]);
    expect(draft.notes[0]).toContain('content/actors/sergey-lavrov.yaml already claims it');
    expect(draft.data.description).toBe('Quoted in the articles; no role is written with the name (from the articles; review)');
  });

  test('a draft whose name another actor claims is not valid, naming both files', () => {
    const draft = {
      slug: 'sergey-lavrov-2',
      data: { name: 'Sergey Lavrov', kind: 'person' as const, roles: [], aliases: [], description: 'x' },
      notes: [],
    };
    const problems = validateDraft(draft, 'content/actors/sergey-lavrov-2.yaml', registered);
    expect(problems.join('\n')).toMatch(/content\/actors\/sergey-lavrov-2\.yaml: name: .*content\/actors\/sergey-lavrov\.yaml/);
  });

  test('the YAML parses back to the draft, valid against the actor schema, with the evidence as comments', () => {
    const found = findProvisionalPerson('Anna Petrova', people)!;
    const draft = draftActor(found, options);
    const yaml = draftActorYaml(draft, found);
    expect(load(yaml)).toEqual(draft.data);
    expect(actorSchema.safeParse(load(yaml)).success).toBe(true);
    expect(yaml).toContain('asOf: "2025-06-02"');
    expect(yaml).toContain(`# moscow-rejects-plan (2025-06-02), p-2: ${PETROVA_SENTENCE}`);
    expect(yaml).toContain(`# talks-resume-in-geneva (2025-05-07), p-2: ${PETROVA_SENTENCE}`);
    expect(yaml.split('\n').filter((line) => line.startsWith('#')).length).toBeGreaterThanOrEqual(5);
  });
});
