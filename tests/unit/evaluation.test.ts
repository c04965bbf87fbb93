import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BodyBlock, QuoteKind, ResolvedDate } from '../../src/analysis/types.ts';
import { readBrat } from '../../scripts/eval/brat.ts';
import { loadDevSet } from '../../scripts/eval/gold-sets.ts';
import { matchByFirstWords, matchByOverlap } from '../../scripts/eval/match-quotes.ts';
import { headNoun, speakerMatches, surname, unnamedLabelNamesGold } from '../../scripts/eval/match-speaker.ts';
import { polnearBlocks, rangesToSpans } from '../../scripts/eval/polnear.ts';
import { appositiveName, polnearGoldQuotes, pronounReferent, quotedSegments } from '../../scripts/eval/polnear-gold.ts';
import { scoreSet } from '../../scripts/eval/score.ts';
import { scoreDates } from '../../scripts/eval/score-dates.ts';
import type { GoldQuote, GoldSpeaker, SystemQuote, SystemSpeaker } from '../../scripts/eval/types.ts';

// Hand-made fixtures only: no PolNeAR text is copied into the project.

// ---------------------------------------------------------------------------------------------
// The brat reader

describe('readBrat', () => {
  const ann = [
    'T1\tSource 0 9\tThe mayor',
    'T2\tCue 10 14\tsaid',
    'T3\tContent 15 30;35 50\tfirst part second part',
    'T4\tAttribution 10 14\tsaid',
    'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
    'T5\tCue 60 68\tappeared',
    'T6\tContent 69 80\tto be wrong',
    'T7\tAttribution-no-source 60 68\tappeared',
    'E2\tAttribution-no-source:T7 Content:T6 Cue:T5',
    'T8\tContent 90 95\tmore',
    'E3\tAttribution:T9 Content:T3 Content2:T8 Source:T1',
    'T9\tAttribution 85 89\tsaid',
    'E4\tAttribution:T10 Content:T99',
    'T10\tAttribution 1 2\tx',
  ].join('\n');
  const document = readBrat(ann);
  const attribution = (id: string) => document.attributions.find((a) => a.id === id)!;

  test.each<[string, () => unknown, unknown]>([
    [
      'a discontinuous span has one fragment per range',
      () => document.spans.get('T3')!.fragments,
      [
        [15, 30],
        [35, 50],
      ],
    ],
    ['an attribution ties its Source by role', () => attribution('E1').source?.id, 'T1'],
    ['an attribution ties its Cue by role', () => attribution('E1').cue?.id, 'T2'],
    ['an attribution without Source has source null', () => attribution('E2').source, null],
    ['the no-source trigger type is kept', () => attribution('E2').type, 'Attribution-no-source'],
    ['Content2 counts as a second Content', () => attribution('E3').contents.map((c) => c.id), ['T3', 'T8']],
    [
      'a reference to an undefined span is a problem',
      () => document.problems,
      ['line 13: E4 refers to T99, which is not defined'],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  test('a span text running over two lines is read, its second line ignored', () => {
    const multiline = readBrat('T1\tContent 0 12\tOne.\n\nTwo words\nT2\tSource 13 15\tHe');
    expect([[...multiline.spans.keys()], multiline.problems]).toEqual([['T1', 'T2'], []]);
  });
});

// ---------------------------------------------------------------------------------------------
// Gold quotes from Content spans

/** The quoted segments of one Content range, as text. */
function segmentsOf(text: string, from = 0, to = text.length): string[] {
  return quotedSegments(text, [[from, to]]).map((segment) =>
    segment.ranges.map(([start, end]) => text.slice(start, end)).join(' | '),
  );
}

describe('quotedSegments', () => {
  test.each<[string, string, string[]]>([
    ['two quoted segments in one Content', '“We will win,” the mayor said. “And soon.”', ['We will win,', 'And soon.']],
    ['straight marks', 'He called it "a mess" and "a disgrace".', ['a mess', 'a disgrace']],
    ['a quote nested inside another stays inside it', '"She asked: “Why now?” and left."', ['She asked: “Why now?” and left.']],
    [
      'a quote running on into the next paragraph is one segment',
      '“First paragraph.\n“Second paragraph.”',
      ['First paragraph. | Second paragraph.'],
    ],
    ['a closing mark with no opening one closes from the Content start', 'unfit” to serve', ['unfit']],
    ['an opening mark never closed runs to the Content end', 'he said “we are done', ['we are done']],
  ])('%s', (_name, text, expected) => {
    expect(segmentsOf(text)).toEqual(expected);
  });

  test('a segment spanning two Content fragments has one range per fragment', () => {
    const text = '“Taxes will rise,” Lee said, “and soon.”';
    //            0         1         2         3
    const segments = quotedSegments(text, [
      [0, 18],
      [28, text.length],
    ]);
    expect(segments.map((s) => s.ranges.map(([a, b]) => text.slice(a, b)))).toEqual([['Taxes will rise,'], ['and soon.']]);
  });
});

// ---------------------------------------------------------------------------------------------
// Pronoun sources

describe('pronoun Sources', () => {
  // A made-up article: offsets are computed from the text, so the fixture stays readable.
  const text = [
    'Title line',
    'Senator Jane Roe said the plan was late. The campaign said it was fine.',
    '“It is late,” she said. Officials said costs rose. “We need money,” they said.',
  ].join('\n');
  const at = (words: string, from = 0) => {
    const start = text.indexOf(words, from);
    return `${start} ${start + words.length}`;
  };
  const second = text.indexOf('\n', 12);
  const ann = [
    `T1\tSource ${at('Senator Jane Roe')}\tSenator Jane Roe`,
    `T2\tSource ${at('The campaign')}\tThe campaign`,
    `T3\tSource ${at('she', second)}\tshe`,
    `T4\tContent ${at('“It is late,”')}\t“It is late,”`,
    `T5\tCue ${at('said', text.indexOf('she'))}\tsaid`,
    `E1\tAttribution:T5 Content:T4 Source:T3`,
    `T6\tSource ${at('Officials')}\tOfficials`,
    `T7\tSource ${at('they')}\tthey`,
    `T8\tContent ${at('“We need money,”')}\t“We need money,”`,
    `E2\tAttribution:T5 Content:T8 Source:T7`,
  ].join('\n');
  const document = readBrat(ann);
  const sources = [...document.spans.values()].filter((span) => span.type === 'Source');

  test('“she” refers to the nearest earlier Source that looks like a name, not to “The campaign”', () => {
    expect(pronounReferent(text, sources, document.spans.get('T3')!)?.id).toBe('T1');
  });

  test('“they” refers to the nearest earlier Source of any kind', () => {
    expect(pronounReferent(text, sources, document.spans.get('T7')!)?.id).toBe('T6');
  });

  test('a quote with a pronoun Source carries the referent and the pronoun', () => {
    const { quotes } = polnearGoldQuotes(text, document);
    expect(quotes.map((quote) => [quote.text, quote.source])).toEqual([
      ['It is late,', { text: 'Senator Jane Roe', pronoun: 'she' }],
      ['We need money,', { text: 'Officials', pronoun: 'they' }],
    ]);
  });

  test('the counts give the pronoun quotes', () => {
    expect(polnearGoldQuotes(text, document).counts.pronounQuotes).toBe(2);
  });
});

describe('PolNeAR blocks', () => {
  const text = 'A Title\n\nFirst paragraph here.\nSecond one.\n\n  Third.  \n';
  const layout = polnearBlocks(text);

  test('every non-blank line after the title is a block', () => {
    expect(layout.blocks.map((block) => [block.id, block.text])).toEqual([
      ['p-1', 'First paragraph here.'],
      ['p-2', 'Second one.'],
      ['p-3', 'Third.'],
    ]);
  });

  test('text offsets map to block offsets, the title left out', () => {
    const second = text.indexOf('Second');
    expect(
      rangesToSpans(
        [
          [0, 7],
          [second, second + 6],
        ],
        layout,
      ),
    ).toEqual([{ block: 'p-2', start: 0, end: 6 }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Name matching

function system(name: string, type: SystemSpeaker['type'], extra: Partial<SystemSpeaker> = {}): SystemSpeaker {
  const actor = type === 'unnamed' ? null : name.toLowerCase().replace(/\s+/g, '-');
  return { actor, label: name, name, aliases: [], type, provisional: false, ...extra };
}

describe('speakerMatches', () => {
  test.each<[string, GoldSpeaker, SystemSpeaker | null, boolean]>([
    ['person: the same surname', { type: 'person', name: 'Mr. Marco Rubio' }, system('Marco Rubio', 'person'), true],
    ['person: the surname with a suffix', { type: 'person', name: 'Martin Luther King Jr.' }, system('King', 'person'), true],
    [
      'person: a shorter form as whole words',
      { type: 'named', name: 'longtime Democratic pollster Pat Caddell' },
      system('Pat Caddell', 'person'),
      true,
    ],
    ['person: a different person is wrong', { type: 'person', name: 'Dmitry Peskov' }, system('Vladimir Putin', 'person'), false],
    ['person: an organization is wrong', { type: 'person', name: 'Dmitry Peskov' }, system('Kremlin', 'organization'), false],
    [
      'organization: “the Kremlin” is the actor Kremlin',
      { type: 'organization', name: 'the Kremlin' },
      system('Kremlin', 'organization'),
      true,
    ],
    [
      'organization: a registered alias',
      { type: 'organization', name: 'Moscow' },
      system('Russia', 'organization', { aliases: ['Moscow'] }),
      true,
    ],
    [
      'organization: a different one is wrong',
      { type: 'organization', name: 'the Pentagon' },
      system('White House', 'organization'),
      false,
    ],
    [
      'unnamed: the same head noun',
      { type: 'unnamed', name: 'a senior official from a European country' },
      system('the official', 'unnamed'),
      true,
    ],
    [
      'unnamed: plural and singular fold',
      { type: 'unnamed', name: 'two people familiar with the matter' },
      system('a person familiar with the talks', 'unnamed'),
      true,
    ],
    [
      'unnamed: a different head noun is wrong',
      { type: 'unnamed', name: 'a White House official' },
      system('a diplomat', 'unnamed'),
      false,
    ],
    [
      'cross-type: a person for an unnamed source is wrong',
      { type: 'unnamed', name: 'a Rubio aide' },
      system('Marco Rubio', 'person'),
      false,
    ],
    [
      'cross-type: an unnamed source for a person is wrong',
      { type: 'person', name: 'Marco Rubio' },
      system('a Rubio aide', 'unnamed'),
      false,
    ],
    ['none: no speaker is right', { type: 'none', name: '' }, null, true],
    ['none: a speaker is wrong', { type: 'none', name: '' }, system('Marco Rubio', 'person'), false],
    [
      'corpus: the exact slug',
      { type: 'named', name: 'marco-rubio', actor: 'marco-rubio' },
      system('Marco Rubio', 'person'),
      true,
    ],
    [
      'corpus: a shared surname is not enough',
      { type: 'named', name: 'joe-biden', actor: 'joe-biden' },
      system('Hunter Biden', 'person'),
      false,
    ],
    [
      'corpus: an unnamed label must be equal',
      { type: 'unnamed', name: 'a White House official', actor: null },
      system('the official', 'unnamed'),
      false,
    ],
  ])('%s', (_name, gold, answer, expected) => {
    expect(speakerMatches(gold, answer)).toBe(expected);
  });
});

describe('unnamedLabelNamesGold', () => {
  test.each<[string, GoldSpeaker, SystemSpeaker, boolean]>([
    [
      'an unnamed source labelled with the gold name',
      { type: 'person', name: 'Michael Flynn' },
      system('Flynn', 'unnamed'),
      true,
    ],
    [
      'an unnamed source with a description',
      { type: 'person', name: 'Michael Flynn' },
      system('a retired general', 'unnamed'),
      false,
    ],
    ['a named actor is not an unresolved name', { type: 'person', name: 'Michael Flynn' }, system('Flynn', 'person'), false],
  ])('%s', (_name, gold, answer, expected) => {
    expect(unnamedLabelNamesGold(gold, answer)).toBe(expected);
  });
});

describe('head nouns and surnames', () => {
  test.each<[string, string]>([
    ['a senior official from a European country', 'official'],
    ['two people familiar with the matter', 'person'],
    ['officials who spoke on condition of anonymity', 'official'],
    ['a spokeswoman for the ministry', 'spokesperson'],
    ['the Clinton campaign', 'campaign'],
  ])('head noun of “%s” is %s', (description, expected) => {
    expect(headNoun(description)).toBe(expected);
  });

  test.each<[string, string]>([
    ['Martin Luther King Jr.', 'king'],
    ['Rep. Jim Clyburn (D-S.C.), the assistant leader', 'clyburn'],
    ['Trump’s', 'trump'],
  ])('surname of “%s” is %s', (name, expected) => {
    expect(surname(name)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Quote matching and the metrics

function goldQuote(startsWith: string, kind: QuoteKind, speaker: GoldSpeaker | null): GoldQuote {
  return { article: 'a', startsWith, block: 'p-1', text: startsWith, kind, speaker };
}

function systemQuote(text: string, kind: QuoteKind, speaker: SystemSpeaker | null): SystemQuote {
  return {
    article: 'a',
    parts: [{ block: 'p-1', start: 0, end: text.length }],
    text,
    kind,
    speaker,
    method: speaker ? 'explicit' : null,
  };
}

describe('quote matching', () => {
  test('first words match after normalising marks and whitespace', () => {
    const gold = [goldQuote('We’re  not going', 'statement', null)];
    expect(matchByFirstWords(gold, [systemQuote("We're not going to continue", 'statement', null)])).toEqual([0]);
  });

  test('overlap matching is one to one, largest overlap first', () => {
    const gold: GoldQuote[] = [
      {
        article: 'a',
        parts: [{ block: 'p-1', start: 0, end: 10 }],
        block: 'p-1',
        text: 'x',
        kind: null,
        speaker: null,
      },
      {
        article: 'a',
        parts: [{ block: 'p-1', start: 8, end: 30 }],
        block: 'p-1',
        text: 'y',
        kind: null,
        speaker: null,
      },
    ];
    const found: SystemQuote[] = [{ ...systemQuote('z', 'statement', null), parts: [{ block: 'p-1', start: 5, end: 30 }] }];
    expect(matchByOverlap(gold, found)).toEqual([null, 0]);
  });
});

describe('scoreSet on one quote of each outcome', () => {
  const rubio = system('Marco Rubio', 'person');
  const gold = [
    goldQuote('Right speaker', 'statement', { type: 'person', name: 'Rubio' }),
    goldQuote('Wrong speaker', 'statement', { type: 'person', name: 'Lavrov' }),
    goldQuote('No speaker', 'fragment', { type: 'person', name: 'Rubio' }),
    goldQuote('Missed', 'statement', { type: 'person', name: 'Rubio' }),
    goldQuote('Scare', 'scare', null),
    goldQuote('Nobody named', 'statement', { type: 'none', name: '' }),
  ];
  const found = [
    systemQuote('Right speaker here', 'statement', rubio),
    systemQuote('Wrong speaker here', 'statement', rubio),
    systemQuote('No speaker here', 'fragment', null),
    systemQuote('Scare', 'fragment', null),
    systemQuote('Nobody named here', 'statement', null),
    systemQuote('Spurious', 'statement', null),
  ];
  const { figures, errors } = scoreSet([{ id: 'a', blocks: [], gold, system: found }], {
    match: 'first-words',
    annotatedKinds: ['statement', 'fragment', 'title', 'scare'],
  });

  test.each<[string, () => unknown, unknown]>([
    ['precision: 5 of 6 system quotes matched', () => figures.precision, 5 / 6],
    ['recall: 5 of 6 gold quotes matched', () => figures.recall, 5 / 6],
    ['kind accuracy: 4 of 5 matched agree', () => figures.kind?.accuracy, 4 / 5],
    [
      'speaker counts over the 4 gold quotes with a speaker',
      () => [figures.speaker.gold, figures.speaker.correct, figures.speaker.wrong, figures.speaker.none, figures.speaker.missed],
      [4, 1, 1, 1, 1],
    ],
    [
      'speaker accuracy counts the missed quote as no speaker',
      () => [figures.speaker.accuracy, figures.speaker.noneRate],
      [1 / 4, 2 / 4],
    ],
    ['the abstention is counted apart', () => figures.abstention, { gold: 1, correct: 1, wrong: 0, missed: 0 }],
    [
      'one error in each group',
      () => errors.map((error) => [error.group, error.text]).sort(),
      [
        ['missed', 'Missed'],
        ['no speaker', 'No speaker'],
        ['spurious', 'Spurious'],
        ['wrong kind', 'Scare'],
        ['wrong speaker', 'Wrong speaker'],
      ],
    ],
  ])('%s', (_name, actual, expected) => {
    expect(actual()).toEqual(expected);
  });

  test('precision counts only the kinds the set annotates', () => {
    const onlySpoken = scoreSet([{ id: 'a', blocks: [], gold, system: [...found, systemQuote('A title', 'title', null)] }], {
      match: 'first-words',
      annotatedKinds: ['statement', 'fragment'],
    });
    expect([onlySpoken.figures.systemQuotesScored, onlySpoken.figures.matchedSystemScored]).toEqual([6, 5]);
  });
});

describe('scoreDates', () => {
  const blocks: BodyBlock[] = [{ id: 'p-1', text: 'He left on Friday and came back last week, in June.', kind: 'paragraph' }];
  const resolved = (text: string, date: string, precision: ResolvedDate['precision']): ResolvedDate => {
    const start = blocks[0]!.text.indexOf(text);
    return { block: 'p-1', start, end: start + text.length, text, date, precision, explanation: '' };
  };
  const { figures } = scoreDates(
    'a',
    blocks,
    [
      { text: 'on Friday', date: '2025-04-18', precision: 'day' },
      { text: 'last week', date: '2025-04-07', precision: 'week' },
      { text: 'in June', date: '2025-06-01', precision: 'month' },
    ],
    [resolved('Friday', '2025-04-18', 'day'), resolved('last week', '2025-04-14', 'week')],
  );

  test('found, right, wrong and missed', () => {
    expect([figures.found, figures.right, figures.wrong, figures.missed]).toEqual([2, 1, 1, 1]);
  });
});

// ---------------------------------------------------------------------------------------------
// The dev-set loader

describe('loadDevSet', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'dossier-dev-set-'));
    const article = (headline: string, body: string) =>
      `---\noutlet: Example News\nheadline: "${headline}"\npublished: "2024-03-01"\nsource: "hand-written fixture"\n---\n\n${body}\n`;
    writeFileSync(
      path.join(dir, 'council-vote.md'),
      article('Council votes', '“We will vote today,” said Mayor Ann Lee.\n\nA spokesman called it “a formality.”'),
    );
    writeFileSync(
      path.join(dir, 'council-vote.gold.yaml'),
      [
        'quotes:',
        '  - startsWith: "We will vote"',
        '    kind: statement',
        '    speaker: "Ann Lee"',
        '    type: person',
        '  - startsWith: "a formality"',
        '    kind: fragment',
        '    speaker: "a spokesman"',
        '    type: unnamed',
        '    note: "unnamed"',
        'dates:',
        '  - text: "today"',
        '    date: "2024-03-01"',
        '    precision: day',
      ].join('\n'),
    );
    writeFileSync(path.join(dir, 'no-gold-yet.md'), article('Pending', 'Text.'));
    writeFileSync(path.join(dir, 'bad-kind.md'), article('Bad', '“Hello.”'));
    writeFileSync(
      path.join(dir, 'bad-kind.gold.yaml'),
      'quotes:\n  - startsWith: "Hello"\n    kind: quote\n    speaker: null\n    type: none\n',
    );
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('an article with its gold file is loaded with its quotes', () => {
    const { articles } = loadDevSet(dir);
    expect(articles.map((a) => [a.id, a.published, a.gold.map((q) => [q.startsWith, q.kind, q.speaker, q.block])])).toEqual([
      [
        'council-vote',
        '2024-03-01',
        [
          ['We will vote', 'statement', { type: 'person', name: 'Ann Lee' }, 'p-1'],
          ['a formality', 'fragment', { type: 'unnamed', name: 'a spokesman' }, 'p-2'],
        ],
      ],
    ]);
  });

  test('gold dates are read', () => {
    expect(loadDevSet(dir).articles[0]?.goldDates).toEqual([{ text: 'today', date: '2024-03-01', precision: 'day' }]);
  });

  test('an article without a gold file and a gold file with a bad field are reported, not loaded', () => {
    expect(loadDevSet(dir).problems).toEqual([
      `${path.join(dir, 'bad-kind.gold.yaml')}: quotes[0].kind: one of statement, fragment, title, scare is required, skipped`,
      `${path.join(dir, 'no-gold-yet.md')}: no no-gold-yet.gold.yaml yet, skipped`,
    ]);
  });

  test('a missing folder gives no articles', () => {
    expect(loadDevSet(path.join(dir, 'absent')).articles).toEqual([]);
  });
});

describe('a PolNeAR Source that gives a name in apposition', () => {
  test.each([
    ['Her campaign manager, Robby Mook,', 'Robby Mook'],
    ['Florida’s Republican attorney general, Pam Bondi,', 'Pam Bondi'],
    ['the source', null],
    ['Trump, who spoke Monday', null],
  ])('%s → %s', (source, name) => {
    expect(appositiveName(source)).toBe(name);
  });
});

describe('PolNeAR blocks leave out lines of embed markup', () => {
  test('a tweet embed line is no block, so its attribute values are not read as quotes', () => {
    const text = 'Title\n\nPence said “we will win.”\n\n<tweet tweet-id="783499116076687360"><tweet/>.\n\nThe end.';
    expect(polnearBlocks(text).blocks.map((block) => block.text)).toEqual(['Pence said “we will win.”', 'The end.']);
  });
});
