/**
 * Provisional actors (people found in the text with no actor file): who wins over whom, how the
 * people of several articles merge, what their pages, the build log and the editor CLI are given;
 * the not-people list; the draft of an actor file. Analyses are hand-made to the contract of
 * src/analysis/types.ts (`people`, `Speaker.provisional`, `Mention.provisional`).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, test } from 'vitest';
import type {
  ArticleAnalysis,
  AttributedQuote,
  BodyBlock,
  DiscoveredPerson,
  Mention,
  Speaker,
} from '../../src/analysis/types.ts';
import {
  draftActor,
  draftActorYaml,
  findProvisionalPerson,
  lowerCaseWords,
  validateDraft,
} from '../../scripts/ingest/draft-actor.ts';
import { loadNotPeople, parseNotPeople } from '../../src/load/not-people.ts';
import { registeredNames, resolveDiscovered, resolveProvisional } from '../../src/analysis/attribution/provisional-people.ts';
import {
  draftActorCommand,
  mergeDiscoveredPeople,
  provisionalActorData,
  provisionalPeopleLines,
} from '../../src/corpus/provisional-actors.ts';
import { slugFromFileName, slugFromName } from '../../src/lib/slugs.ts';
import { actorSchema } from '../../src/schemas/actor.ts';

// ---------------------------------------------------------------------------------------------
// Hand-made analyses. Two invented articles name the same invented person, Anna Petrova.

const PETROVA_SENTENCE = 'Russia’s deputy foreign minister, Anna Petrova, said on Monday that “no one is in a hurry.”';
const petrovaBlock: BodyBlock = {
  id: 'p-2',
  text: `Talks resumed. ${PETROVA_SENTENCE} Petrova added that “the door is open.”`,
  kind: 'paragraph',
};

/** A span of `text` in `block`, found by its words. */
function spanOf(block: BodyBlock, text: string, from = 0) {
  const start = block.text.indexOf(text, from);
  if (start < 0) throw new Error(`"${text}" is not in ${block.id}`);
  return { block: block.id, start, end: start + text.length };
}

/** A discovered person; the evidence points at the name in `block` when it is there, else at the block's start. */
function person(slug: string, name: string, roles: string[], block: BodyBlock, sentence: string): DiscoveredPerson {
  const at = Math.max(0, block.text.indexOf(name));
  return { slug, name, roles, evidence: { block: block.id, start: at, end: at + name.length, sentence } };
}

function quote(id: string, block: BodyBlock, words: string, speaker: Speaker | null): AttributedQuote {
  const span = spanOf(block, words);
  return {
    id,
    parts: [{ ...span, start: span.start - 1, end: span.end + 1 }],
    text: words,
    kind: 'fragment',
    speaker,
    attribution: speaker ? 'explicit' : null,
    automatic: { speaker, kind: 'fragment' },
  };
}

function mention(block: BodyBlock, text: string, actor: string, provisional: boolean, from = 0): Mention {
  return { ...spanOf(block, text, from), actor, text, ...(provisional ? { provisional: true } : {}) };
}

/** An article's analysis naming one discovered person, with two quotes and two mentions. */
function analysisNaming(discovered: DiscoveredPerson, surname = 'Petrova'): ArticleAnalysis {
  const speaker = (label: string): Speaker => ({ actor: discovered.slug, label, provisional: true });
  return {
    blocks: [{ id: 'p-1', text: 'An opening paragraph.', kind: 'paragraph' }, petrovaBlock],
    mentions: [
      mention(petrovaBlock, discovered.name === 'Anna Petrova' ? 'Anna Petrova' : discovered.name, discovered.slug, true),
      mention(petrovaBlock, surname, discovered.slug, true, petrovaBlock.text.indexOf('added') - 10),
      mention(petrovaBlock, 'Russia', 'russia', false),
    ],
    quotes: [
      quote('q1', petrovaBlock, 'no one is in a hurry.', speaker('Anna Petrova')),
      quote('q2', petrovaBlock, 'the door is open.', speaker(surname)),
    ],
    dates: [],
    people: [discovered],
  };
}

const petrova = person('anna-petrova', 'Anna Petrova', ['deputy foreign minister'], petrovaBlock, PETROVA_SENTENCE);
const names = registeredNames([
  { slug: 'russia', name: 'Russia', aliases: [] },
  { slug: 'sergey-lavrov', name: 'Sergey Lavrov', aliases: ['Lavrov', 'Sergei Lavrov'] },
  { slug: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelenskyy', 'Zelensky'] },
]);

// ---------------------------------------------------------------------------------------------
describe('resolveDiscovered: a registered actor always wins', () => {
  test('a person nobody has registered stays provisional under their own slug', () => {
    expect(resolveDiscovered({ slug: 'anna-petrova', name: 'Anna Petrova' }, names)).toEqual({
      slug: 'anna-petrova',
      registered: false,
    });
  });

  test('an actor file with the same slug wins', () => {
    expect(resolveDiscovered({ slug: 'sergey-lavrov', name: 'Sergey V. Lavrov' }, names)).toEqual({
      slug: 'sergey-lavrov',
      registered: true,
    });
  });

  test('an actor whose name or alias is the name wins, whatever the slug, accents or case', () => {
    expect(resolveDiscovered({ slug: 'sergei-lavrov', name: 'Sergei Lavrov' }, names)).toEqual({
      slug: 'sergey-lavrov',
      registered: true,
    });
    expect(resolveDiscovered({ slug: 'zelensky', name: 'ZELENSKÝ' }, names)).toEqual({
      slug: 'volodymyr-zelenskyy',
      registered: true,
    });
  });

  test('a slug that is a page of its own (/actors/unnamed-sources/) is moved aside', () => {
    expect(resolveDiscovered({ slug: 'unnamed-sources', name: 'Unnamed Sources' }, names)).toEqual({
      slug: 'unnamed-sources-person',
      registered: false,
    });
  });

  test('a name two registered actors share after slugging claims nobody', () => {
    const ambiguous = registeredNames([
      { slug: 'a', name: 'Ana Perez', aliases: [] },
      { slug: 'b', name: 'Ana Pérez', aliases: [] },
    ]);
    expect(resolveDiscovered({ slug: 'ana-perez-2', name: 'Ana Perez' }, ambiguous)).toEqual({
      slug: 'ana-perez-2',
      registered: false,
    });
  });
});

// ---------------------------------------------------------------------------------------------
describe('resolveProvisional: one article’s analysis', () => {
  test('an analysis with no provisional people is returned as it is', () => {
    const plain: ArticleAnalysis = {
      blocks: [petrovaBlock],
      mentions: [mention(petrovaBlock, 'Russia', 'russia', false)],
      quotes: [],
      dates: [],
      people: [],
    };
    expect(resolveProvisional(plain, names)).toBe(plain);
  });

  test('a provisional person keeps their slug, mentions and quotes', () => {
    const analysis = analysisNaming(petrova);
    expect(resolveProvisional(analysis, names)).toEqual(analysis);
  });

  test('a person a registered actor claims leaves `people`; their mentions and quotes become the actor’s, no longer provisional', () => {
    const sergei = person(
      'sergei-lavrov',
      'Sergei Lavrov',
      ['foreign minister'],
      { ...petrovaBlock, text: petrovaBlock.text },
      PETROVA_SENTENCE,
    );
    const block: BodyBlock = {
      id: 'p-2',
      text: 'Foreign Minister Sergei Lavrov said “no one is in a hurry.” Lavrov added that “the door is open.”',
      kind: 'paragraph',
    };
    const discovered = { ...sergei, evidence: { ...spanOf(block, 'Sergei Lavrov'), sentence: block.text } };
    const analysis: ArticleAnalysis = {
      blocks: [block],
      mentions: [mention(block, 'Sergei Lavrov', 'sergei-lavrov', true), mention(block, 'Lavrov', 'sergey-lavrov', false, 30)],
      quotes: [
        quote('q1', block, 'no one is in a hurry.', {
          actor: 'sergei-lavrov',
          label: 'Foreign Minister Sergei Lavrov',
          provisional: true,
        }),
      ],
      dates: [],
      people: [discovered],
    };
    const resolved = resolveProvisional(analysis, names);
    expect(resolved.people).toEqual([]);
    expect(resolved.mentions.map((m) => [m.text, m.actor, m.provisional])).toEqual([
      ['Sergei Lavrov', 'sergey-lavrov', undefined],
      ['Lavrov', 'sergey-lavrov', undefined],
    ]);
    expect(resolved.quotes[0]!.speaker).toEqual({ actor: 'sergey-lavrov', label: 'Foreign Minister Sergei Lavrov' });
    expect(resolved.quotes[0]!.automatic!.speaker).toEqual({ actor: 'sergey-lavrov', label: 'Foreign Minister Sergei Lavrov' });
  });

  test('resolving twice changes nothing', () => {
    const analysis = { ...analysisNaming(petrova), people: [{ ...petrova, slug: 'unnamed-sources' }] };
    const once = resolveProvisional(analysis, names);
    expect(resolveProvisional(once, names)).toEqual(once);
  });

  test('a provisional speaker missing from `people` gets a person made from its words, so no link is left without a page', () => {
    const analysis = { ...analysisNaming(petrova), people: [] };
    const resolved = resolveProvisional(analysis, names);
    expect(resolved.people).toEqual([
      {
        slug: 'anna-petrova',
        name: 'Anna Petrova',
        roles: [],
        evidence: { ...spanOf(petrovaBlock, 'Anna Petrova'), sentence: PETROVA_SENTENCE },
      },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('mergeDiscoveredPeople: the provisional actors of the corpus', () => {
  const ARTICLE_A = 'talks-resume-in-geneva';
  const ARTICLE_B = 'moscow-rejects-plan';
  const article = (slug: string, publishedAt: string, analysis: ArticleAnalysis) => ({ slug, publishedAt, analysis });

  test('one person named in two articles is one provisional actor, with the evidence of both and every role once', () => {
    const inB = { ...petrova, roles: ['Deputy Foreign Minister', 'chief negotiator'] };
    const articles = [
      article(ARTICLE_B, '2025-06-02', analysisNaming(inB)),
      article(ARTICLE_A, '2025-05-07', analysisNaming(petrova)),
    ];
    const [merged, ...others] = mergeDiscoveredPeople(articles);
    expect(others).toEqual([]);
    expect(merged!.slug).toBe('anna-petrova');
    expect(merged!.name).toBe('Anna Petrova');
    expect(merged!.roles).toEqual(['Deputy Foreign Minister', 'chief negotiator']);
    expect(merged!.evidence.map((item) => [item.article.slug, item.block, item.sentence])).toEqual([
      [ARTICLE_B, 'p-2', PETROVA_SENTENCE],
      [ARTICLE_A, 'p-2', PETROVA_SENTENCE],
    ]);
  });

  test('two spellings with one slug are one person, named as most articles write it (the longest on a tie)', () => {
    const accented = { ...petrova, name: 'Anna Petrová' };
    expect(slugFromName(accented.name)).toBe(petrova.slug);
    const two = mergeDiscoveredPeople([
      article('a', '2025-05-01', { ...analysisNaming(petrova), people: [accented] }),
      article('b', '2025-05-02', analysisNaming(petrova)),
      article('c', '2025-05-03', { ...analysisNaming(petrova), people: [accented] }),
    ]);
    expect(two.map((p) => [p.slug, p.name, p.evidence.length])).toEqual([['anna-petrova', 'Anna Petrová', 3]]);
  });

  test('different people stay apart, sorted by name; a registered actor’s namesake never becomes one', () => {
    const ivanov = person('pavel-ivanov', 'Pavel Ivanov', [], petrovaBlock, PETROVA_SENTENCE);
    const lavrov = person('sergei-lavrov', 'Sergei Lavrov', [], petrovaBlock, PETROVA_SENTENCE);
    const raw = { ...analysisNaming(petrova), people: [petrova, ivanov, lavrov] };
    const merged = mergeDiscoveredPeople([article('a', '2025-05-01', resolveProvisional(raw, names))]);
    expect(merged.map((p) => p.name)).toEqual(['Anna Petrova', 'Pavel Ivanov']);
  });

  test('a provisional actor’s page data comes from the articles only: roles dated by the newest article writing them', () => {
    const articles = [
      article(ARTICLE_B, '2025-06-02', analysisNaming({ ...petrova, roles: ['Deputy Foreign Minister'] })),
      article(ARTICLE_A, '2025-05-07', analysisNaming({ ...petrova, roles: ['deputy foreign minister', 'envoy'] })),
    ];
    const [merged] = mergeDiscoveredPeople(articles);
    const data = provisionalActorData(merged!, (a) => a.publishedAt);
    expect(data.roles).toEqual([
      { title: 'Deputy Foreign Minister', asOf: '2025-06-02' },
      { title: 'envoy', asOf: '2025-05-07' },
    ]);
    expect(data.kind).toBe('person');
    expect(data.aliases).toEqual([]);
    expect(data.description).toContain('not yet reviewed');
    expect(actorSchema.safeParse(data).success).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
describe('the build log and the editor’s command', () => {
  test('one line per article with provisional people, with their quote counts', () => {
    const ivanov = person('pavel-ivanov', 'Pavel Ivanov', [], petrovaBlock, PETROVA_SENTENCE);
    const withTwo = { ...analysisNaming(petrova), people: [petrova, ivanov] };
    const none: ArticleAnalysis = { blocks: [petrovaBlock], mentions: [], quotes: [], dates: [], people: [] };
    expect(
      provisionalPeopleLines([
        { slug: 'talks-resume-in-geneva', analysis: withTwo },
        { slug: 'quiet-article', analysis: none },
      ]),
    ).toEqual(['talks-resume-in-geneva: provisional people: Anna Petrova (2 quotes), Pavel Ivanov (0 quotes)']);
  });

  test('the draft command quotes the name for the shell', () => {
    expect(draftActorCommand('Anna Petrova')).toBe('npm run actor:draft -- "Anna Petrova"');
    expect(draftActorCommand('Jean "Johnny" D’Arc $HOME')).toBe('npm run actor:draft -- "Jean \\"Johnny\\" D’Arc \\$HOME"');
  });

  test('slugFromName keeps what slugFromFileName would take for an extension', () => {
    expect(slugFromName('St. Petersburg')).toBe('st-petersburg');
    expect(slugFromFileName('St. Petersburg')).toBe('st');
    expect(slugFromName('Anna Petrová')).toBe('anna-petrova');
  });
});

// ---------------------------------------------------------------------------------------------
describe('content/not-people.yaml', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-not-people-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const FILE = 'content/not-people.yaml';

  test('the real file is valid', () => {
    expect(Array.isArray(loadNotPeople(path.resolve(FILE)))).toBe(true);
  });

  test('a good file gives the names, in order', () => {
    const source =
      '# names that are never people\n- name: Black Sea\n  reason: a sea\n- name: Ursula Street\n  reason: a street in Kyiv\n';
    expect(parseNotPeople(source, FILE).map((entry) => entry.name)).toEqual(['Black Sea', 'Ursula Street']);
    const file = path.join(dir, 'not-people.yaml');
    writeFileSync(file, source);
    expect(loadNotPeople(file)).toEqual(['Black Sea', 'Ursula Street']);
  });

  test('an empty list, a file of comments only and a missing file list nobody', () => {
    expect(parseNotPeople('# nothing yet\n[]\n', FILE)).toEqual([]);
    expect(parseNotPeople('# nothing yet\n', FILE)).toEqual([]);
    expect(loadNotPeople(path.join(dir, 'missing.yaml'))).toEqual([]);
  });

  test('an entry without a reason is an error naming the file and the entry', () => {
    expect(() => parseNotPeople('- name: Black Sea\n  reason: a sea\n- name: Ursula Street\n', FILE)).toThrow(
      /content\/not-people\.yaml: \[1\]\.reason: /,
    );
  });

  test('an unknown key, an empty name and a mapping instead of a list are errors naming the file and where', () => {
    expect(() => parseNotPeople('- name: Black Sea\n  reason: a sea\n  kind: place\n', FILE)).toThrow(
      /content\/not-people\.yaml: \[0\]: .*kind/,
    );
    expect(() => parseNotPeople('- name: " "\n  reason: blank\n', FILE)).toThrow(/content\/not-people\.yaml: \[0\]\.name: /);
    expect(() => parseNotPeople('names:\n  - Black Sea\n', FILE)).toThrow(/content\/not-people\.yaml: \(the file\): /);
  });

  test('a name listed twice is an error naming both entries', () => {
    expect(() => parseNotPeople('- name: Black Sea\n  reason: a sea\n- name: Black Sea\n  reason: again\n', FILE)).toThrow(
      'content/not-people.yaml: [1].name: "Black Sea" is already listed at [0]',
    );
  });

  test('a YAML syntax error names the file', () => {
    expect(() => parseNotPeople('- name: [Black Sea\n', FILE)).toThrow(/content\/not-people\.yaml/);
  });
});

// ---------------------------------------------------------------------------------------------
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
