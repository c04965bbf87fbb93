/**
 * The pure modules behind the corpus index and its pages, each with small inputs named for what
 * they show. Texts are taken from the real articles where the module reads text.
 */
import { describe, expect, test, vi } from 'vitest';
import type { BodyBlock, TextSpan } from '../../src/analysis/types.ts';
import { aliasRedirects } from '../../src/corpus/alias-redirects.ts';
import { displayTitle, headingTitle } from '../../src/corpus/article-facts.ts';
import { eventsToICalendar, foldLine, type CalendarEvent } from '../../src/outputs/icalendar.ts';
import { linkQuotesToEvents, type EventForLinking, type QuoteForLinking } from '../../src/corpus/link-quotes-to-events.ts';
import { groupTimeline, type TimelineArticle, type TimelineEvent } from '../../src/outputs/timeline.ts';
import { validateReferences, type EventForValidation, type ReferenceTargets } from '../../src/load/validate-references.ts';
import { compareVersions, toRuns, wordDiff } from '../../src/lib/word-diff.ts';

// src/corpus/index.ts imports `astro:content`, a virtual module only Astro's Vite plugin provides.
// The two functions tested here are pure; the collections are never read.
vi.mock('astro:content', () => ({
  getCollection: () => {
    throw new Error('astro:content is not available in unit tests');
  },
}));
const { prominence, sentenceTextAt } = await import('../../src/corpus/index.ts');

// ---------------------------------------------------------------------------------------------
describe('groupTimeline', () => {
  const event = (slug: string, date: string, datePrecision: TimelineEvent['datePrecision'] = 'day'): TimelineEvent => ({
    slug,
    date,
    datePrecision,
  });
  const article = (slug: string, publishedAt: string): TimelineArticle => ({ slug, publishedAt });

  /** The timeline as `year / month key / type:slug` lines, easy to compare. */
  function outline(events: TimelineEvent[], articles: TimelineArticle[]) {
    return groupTimeline(events, articles).map((year) => ({
      year: year.year,
      months: year.months.map((month) => ({
        key: month.key,
        entries: month.entries.map((entry) => `${entry.type}:${entry.item.slug}`),
      })),
    }));
  }

  test('puts events in date order whatever the input order, grouped by year then month', () => {
    const events = [
      event('rubio-tarmac-remarks', '2025-04-18'),
      event('anchorage-summit', '2025-08-15'),
      event('russian-full-scale-invasion-of-ukraine', '2022-02-24'),
      event('rubio-paris-talks', '2025-04-17'),
    ];
    expect(outline(events, [])).toEqual([
      { year: '2022', months: [{ key: '2022-02', entries: ['event:russian-full-scale-invasion-of-ukraine'] }] },
      {
        year: '2025',
        months: [
          { key: '2025-04', entries: ['event:rubio-paris-talks', 'event:rubio-tarmac-remarks'] },
          { key: '2025-08', entries: ['event:anchorage-summit'] },
        ],
      },
    ]);
  });

  test('an event known only to the year comes first in its year, under its own `YYYY-00` group', () => {
    const events = [
      event('march-event', '2014-03-01'),
      event('russian-invasion-of-ukraine-2014', '2014-01-01', 'year'),
      event('new-year', '2014-01-01'),
    ];
    expect(outline(events, [])).toEqual([
      {
        year: '2014',
        months: [
          { key: '2014-00', entries: ['event:russian-invasion-of-ukraine-2014'] },
          { key: '2014-01', entries: ['event:new-year'] },
          { key: '2014-03', entries: ['event:march-event'] },
        ],
      },
    ]);
  });

  test('an event known only to the month comes before the dated events of that month', () => {
    const events = [event('first-of-april', '2025-04-01'), event('april-something', '2025-04-01', 'month')];
    expect(outline(events, [])[0]!.months).toEqual([
      { key: '2025-04', entries: ['event:april-something', 'event:first-of-april'] },
    ]);
  });

  test('coverage comes after the events of its day, even when its slug sorts first', () => {
    const events = [event('zz-rubio-tarmac-remarks', '2025-04-18'), event('rubio-paris-talks', '2025-04-17')];
    const articles = [
      article('aa-trump-team-impatience-walk-away', '2025-04-18'),
      article('why-us-russia-ukraine-talks-failed', '2025-12-03'),
    ];
    expect(outline(events, articles)).toEqual([
      {
        year: '2025',
        months: [
          {
            key: '2025-04',
            entries: ['event:rubio-paris-talks', 'event:zz-rubio-tarmac-remarks', 'coverage:aa-trump-team-impatience-walk-away'],
          },
          { key: '2025-12', entries: ['coverage:why-us-russia-ukraine-talks-failed'] },
        ],
      },
    ]);
  });

  test('entries carry their date and the item itself', () => {
    const tarmac = event('rubio-tarmac-remarks', '2025-04-18');
    const [entry] = groupTimeline([tarmac], [])[0]!.months[0]!.entries;
    expect(entry).toEqual({ type: 'event', date: '2025-04-18', item: tarmac });
  });

  test('no events and no articles give an empty timeline', () => {
    expect(groupTimeline([], [])).toEqual([]);
  });
});

// The timeline strip's geometry (stripGeometry) is tested in tests/unit/reading-layer.test.ts.

// ---------------------------------------------------------------------------------------------
describe('aliasRedirects', () => {
  const zelenskyy = {
    slug: 'volodymyr-zelenskyy',
    name: 'Volodymyr Zelenskyy',
    aliases: ['Zelenskyy', 'Zelensky', 'Volodymyr Zelensky'],
  };
  const trump = { slug: 'donald-trump', name: 'Donald Trump', aliases: ['Trump', 'Donald J. Trump'] };
  const france = { slug: 'france', name: 'France', aliases: ['Quai d’Orsay'] };

  test('gives every alias spelling a slug that leads to its actor; the name that is the slug gets none', () => {
    expect(Object.fromEntries(aliasRedirects([zelenskyy, trump, france]))).toEqual({
      zelenskyy: 'volodymyr-zelenskyy',
      zelensky: 'volodymyr-zelenskyy',
      'volodymyr-zelensky': 'volodymyr-zelenskyy',
      trump: 'donald-trump',
      'donald-j-trump': 'donald-trump',
      'quai-d-orsay': 'france',
    });
  });

  test('an alias equal to another actor’s slug gets no redirect (the canonical page stays)', () => {
    const kremlin = { slug: 'kremlin', name: 'Kremlin', aliases: [] };
    const putin = { slug: 'vladimir-putin', name: 'Vladimir Putin', aliases: ['Putin', 'Kremlin'] };
    expect(Object.fromEntries(aliasRedirects([kremlin, putin]))).toEqual({ putin: 'vladimir-putin' });
  });

  test('an alias slug two actors would share gets no redirect', () => {
    const unitedStates = { slug: 'united-states', name: 'United States', aliases: ['Washington'] };
    const whiteHouse = { slug: 'white-house', name: 'White House', aliases: ['WASHINGTON'] };
    expect(Object.fromEntries(aliasRedirects([unitedStates, whiteHouse]))).toEqual({});
  });

  test('spellings with the same slug for one actor give one redirect', () => {
    const usa = { slug: 'united-states', name: 'United States', aliases: ['U.S.', 'U. S.'] };
    expect(Object.fromEntries(aliasRedirects([usa]))).toEqual({ 'u-s': 'united-states' });
  });
});

// ---------------------------------------------------------------------------------------------
describe('linkQuotesToEvents', () => {
  // One paragraph with two events reported in it and a quote near each; a second paragraph with none.
  const paragraph =
    '“We talked for hours,” Rubio said in Paris on Thursday. Later Rubio spoke on the tarmac: “We are going to move on.”';
  const blocks: BodyBlock[] = [
    { id: 'p-1', text: paragraph, kind: 'paragraph' },
    { id: 'p-2', text: '“It’s not our war,” Rubio said.', kind: 'paragraph' },
  ];
  const blocksByArticle = new Map([
    ['guardian', blocks],
    ['politico', blocks],
  ]);

  function quote(id: string, article: string, block: string, words: string, actor: string | null): QuoteForLinking {
    const text = blocks.find((b) => b.id === block)!.text;
    const start = text.indexOf(words) - 1;
    const part: TextSpan = { block, start, end: start + words.length + 2 };
    return { id, article, text: words, parts: [part], speaker: { actor, label: actor ?? 'a State Department official' } };
  }
  const paris: EventForLinking = {
    slug: 'rubio-paris-talks',
    actors: ['marco-rubio'],
    sources: [{ article: 'guardian', excerpt: 'Rubio said in Paris' }],
    quotes: [],
  };
  const tarmac: EventForLinking = {
    slug: 'rubio-tarmac-remarks',
    actors: ['marco-rubio'],
    sources: [{ article: 'guardian', excerpt: 'Rubio spoke on the tarmac' }],
    quotes: [],
  };
  const lavrovOnly: EventForLinking = {
    slug: 'lavrov-call',
    actors: ['sergey-lavrov'],
    sources: [{ article: 'guardian', excerpt: 'Rubio spoke\n  on the tarmac' }],
    quotes: [],
  };

  const talked = quote('q-talked', 'guardian', 'p-1', 'We talked for hours,', 'marco-rubio');
  const moveOn = quote('q-move-on', 'guardian', 'p-1', 'We are going to move on.', 'marco-rubio');
  const notOurWar = quote('q-war', 'guardian', 'p-2', 'It’s not our war,', 'marco-rubio');

  test('links a quote to an event reported in its paragraph whose participants include the speaker, choosing the nearest excerpt', () => {
    const links = linkQuotesToEvents([talked, moveOn], [paris, tarmac], blocksByArticle);
    expect(Object.fromEntries(links)).toEqual({ 'q-talked': 'rubio-paris-talks', 'q-move-on': 'rubio-tarmac-remarks' });
  });

  test('does not link when the speaker did not take part', () => {
    expect(Object.fromEntries(linkQuotesToEvents([moveOn], [lavrovOnly], blocksByArticle))).toEqual({});
  });

  test('matches an excerpt folded over several lines by YAML', () => {
    const folded = { ...tarmac, sources: [{ article: 'guardian', excerpt: 'Rubio spoke\n  on the tarmac' }] };
    expect(Object.fromEntries(linkQuotesToEvents([moveOn], [folded], blocksByArticle))).toEqual({
      'q-move-on': 'rubio-tarmac-remarks',
    });
  });

  test('does not link a quote in another paragraph', () => {
    expect(Object.fromEntries(linkQuotesToEvents([notOurWar], [paris, tarmac], blocksByArticle))).toEqual({});
  });

  test('does not link a quote in another article with the same paragraph id', () => {
    const elsewhere = { ...moveOn, id: 'q-elsewhere', article: 'politico' };
    expect(Object.fromEntries(linkQuotesToEvents([elsewhere], [paris, tarmac], blocksByArticle))).toEqual({});
  });

  test('does not link an unnamed source automatically', () => {
    const unnamed = quote('q-unnamed', 'guardian', 'p-1', 'We are going to move on.', null);
    expect(Object.fromEntries(linkQuotesToEvents([unnamed], [paris, tarmac], blocksByArticle))).toEqual({});
  });

  test('a curated link wins over the automatic one, and links quotes the rule misses', () => {
    const londonTalks: EventForLinking = {
      slug: 'london-talks',
      actors: ['steve-witkoff'],
      sources: [{ article: 'politico', excerpt: 'Rubio' }],
      quotes: [
        { article: 'guardian', quote: 'going to   move on' },
        { article: 'guardian', quote: 'not our war' },
      ],
    };
    const links = linkQuotesToEvents([talked, moveOn, notOurWar], [paris, tarmac, londonTalks], blocksByArticle);
    expect(Object.fromEntries(links)).toEqual({
      'q-talked': 'rubio-paris-talks',
      'q-move-on': 'london-talks',
      'q-war': 'london-talks',
    });
  });
});

// ---------------------------------------------------------------------------------------------
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

// ---------------------------------------------------------------------------------------------
describe('word diff of versions of the same remarks', () => {
  const words = (diff: Array<{ word: string; shared: boolean }>) =>
    diff.map(({ word, shared }) => (shared ? word : `[${word}]`)).join(' ');

  test('marks the longest common run of words, curly and straight apostrophes alike', () => {
    // Rubio's tarmac remarks as Responsible Statecraft and the Guardian printed them.
    const diff = wordDiff(
      "We're not going to continue with this endeavor for weeks",
      'We’re not going to continue to fly all over the world',
    );
    expect(words(diff.a)).toBe("We're not going to continue [with] [this] [endeavor] [for] [weeks]");
    expect(words(diff.b)).toBe('We’re not going to continue [to] [fly] [all] [over] [the] [world]');
  });

  test('ignores case and edge punctuation', () => {
    const diff = wordDiff('“move on.”', 'Move on');
    expect(diff.a).toEqual([
      { word: '“move', shared: true },
      { word: 'on.”', shared: true },
    ]);
    expect(diff.b).toEqual([
      { word: 'Move', shared: true },
      { word: 'on', shared: true },
    ]);
  });

  test('an empty text shares nothing', () => {
    expect(wordDiff('', 'move on')).toEqual({
      a: [],
      b: [
        { word: 'move', shared: false },
        { word: 'on', shared: false },
      ],
    });
  });

  test('compareVersions: a word is shared when at least one other version has it in order', () => {
    expect(compareVersions(['a b c', 'a x c', 'y b']).map(words)).toEqual(['a b c', 'a [x] c', '[y] b']);
  });

  test('toRuns joins neighbouring words of the same status', () => {
    expect(
      toRuns([
        { word: 'We’re', shared: true },
        { word: 'not', shared: true },
        { word: 'going', shared: false },
        { word: 'to', shared: true },
      ]),
    ).toEqual([
      { text: 'We’re not', shared: true },
      { text: 'going', shared: false },
      { text: 'to', shared: true },
    ]);
    expect(toRuns([])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('eventsToICalendar', () => {
  const base = { status: 'held', summary: 'Summary.', url: 'https://dossier.example.org/events/x/' };
  const events: CalendarEvent[] = [
    {
      ...base,
      slug: 'rubio-tarmac-remarks',
      title: 'Rubio’s remarks; “move on”, he said \\ in Paris',
      date: '2025-04-18',
      datePrecision: 'day',
      location: 'Paris, France',
    },
    {
      ...base,
      slug: 'russian-drone-attack-western-ukraine',
      title: 'Drone attack',
      date: '2025-08-20',
      endDate: '2025-08-21',
      datePrecision: 'day',
      status: 'reported',
    },
    {
      ...base,
      slug: 'budapest-summit',
      title: 'Budapest summit',
      date: '2025-10-01',
      datePrecision: 'month',
      status: 'cancelled',
    },
    { ...base, slug: 'december-thing', title: 'December', date: '2025-12-01', datePrecision: 'month', status: 'planned' },
    { ...base, slug: 'russian-invasion-of-ukraine-2014', title: 'Invasion', date: '2014-01-01', datePrecision: 'year' },
    {
      ...base,
      slug: 'long-summary',
      title: 'Long',
      date: '2025-12-02',
      datePrecision: 'day',
      summary:
        'Witkoff and Kushner met Putin in the Kremlin for about five hours; “no compromise version” of a peace settlement was found,\nUshakov said — the talks ended without a deal.',
    },
  ];
  const ics = eventsToICalendar(events, '2025-12-03');
  const physicalLines = ics.slice(0, -2).split('\r\n');
  /** Content lines after unfolding (RFC 5545 §3.1: CRLF followed by one space or tab is removed). */
  const contentLines = ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .slice(0, -1);
  /** The properties of the VEVENT with this UID. */
  function vevent(slug: string): Map<string, string> {
    const start = contentLines.indexOf(`UID:${slug}@dossier`);
    const end = contentLines.indexOf('END:VEVENT', start);
    return new Map(
      contentLines.slice(start, end).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1)]),
    );
  }

  test('ends every line with CRLF and has no bare LF or CR', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('folds no line beyond 75 octets, and folding is undone by unfolding', () => {
    const encoder = new TextEncoder();
    for (const line of physicalLines) expect(encoder.encode(line).length, line).toBeLessThanOrEqual(75);
    expect(physicalLines.length).toBeGreaterThan(contentLines.length);
    expect(vevent('long-summary').get('DESCRIPTION')).toBe(
      'Witkoff and Kushner met Putin in the Kremlin for about five hours\\; “no compromise version” of a peace settlement was found\\,\\nUshakov said — the talks ended without a deal. Status: held.',
    );
  });

  test('foldLine keeps a 75-octet line whole and never splits a character', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    // “ is 3 octets: 74 + 3 > 75, so it moves to the next line whole.
    expect(foldLine(`${'x'.repeat(74)}“y`)).toBe(`${'x'.repeat(74)}\r\n “y`);
  });

  test('wraps the events in one VCALENDAR with one VEVENT each', () => {
    expect(contentLines[0]).toBe('BEGIN:VCALENDAR');
    expect(contentLines).toContain('VERSION:2.0');
    expect(contentLines.at(-1)).toBe('END:VCALENDAR');
    expect(contentLines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(events.length);
    expect(contentLines.filter((line) => line === 'END:VEVENT')).toHaveLength(events.length);
  });

  test('escapes backslash, semicolon and comma in TEXT values', () => {
    const tarmac = vevent('rubio-tarmac-remarks');
    expect(tarmac.get('SUMMARY')).toBe('Rubio’s remarks\\; “move on”\\, he said \\\\ in Paris');
    expect(tarmac.get('LOCATION')).toBe('Paris\\, France');
    expect(tarmac.get('URL')).toBe('https://dossier.example.org/events/x/');
  });

  test.each([
    {
      slug: 'rubio-tarmac-remarks',
      start: '20250418',
      end: '20250419',
      status: 'CONFIRMED',
      shows: 'a day: DTEND is the next day (exclusive)',
    },
    {
      slug: 'russian-drone-attack-western-ukraine',
      start: '20250820',
      end: '20250822',
      status: 'TENTATIVE',
      shows: 'a day with an end date: DTEND the day after it',
    },
    { slug: 'budapest-summit', start: '20251001', end: '20251101', status: 'CANCELLED', shows: 'a month: the whole month' },
    { slug: 'december-thing', start: '20251201', end: '20260101', status: 'TENTATIVE', shows: 'December: into the next year' },
    {
      slug: 'russian-invasion-of-ukraine-2014',
      start: '20140101',
      end: '20150101',
      status: 'CONFIRMED',
      shows: 'a year: the whole year',
    },
  ])('$shows', ({ slug, start, end, status }) => {
    const properties = vevent(slug);
    expect(properties.get('DTSTART;VALUE=DATE')).toBe(start);
    expect(properties.get('DTEND;VALUE=DATE')).toBe(end);
    expect(properties.get('STATUS')).toBe(status);
    expect(properties.get('DTSTAMP')).toBe('20251203T000000Z');
  });

  test('says when a date is known only to the month or year', () => {
    expect(vevent('budapest-summit').get('SUMMARY')).toBe('Budapest summit (date known only to the month)');
    expect(vevent('russian-invasion-of-ukraine-2014').get('SUMMARY')).toBe('Invasion (date known only to the year)');
    expect(vevent('rubio-tarmac-remarks').has('LOCATION')).toBe(true);
    expect(vevent('budapest-summit').has('LOCATION')).toBe(false);
  });

  test('the same events and stamp give the same file', () => {
    expect(eventsToICalendar(events, '2025-12-03')).toBe(ics);
  });
});

// ---------------------------------------------------------------------------------------------
describe('sentenceTextAt (the sentence shown in “mentions in context”)', () => {
  // The Guardian, paragraphs 9 and 6.
  const vance =
    'There are more hopeful voices in the administration. JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni, on Friday that he felt “optimistic that we can hopefully bring this war, this very brutal war, to a close”. There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.';
  const rubio =
    '“We’re not going to continue to fly all over the world and do meeting after meeting after meeting if no progress is being made,” Rubio said, noting that the US wanted to stop “thousands” of people from dying in the next year. “So if they’re serious about peace – either side, or both – we want to help. If it’s not going to happen, then we’re just going to move on.';
  // TIME, paragraph 1, and Politico, paragraph 19.
  const time =
    '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor to Vladimir Putin, summed up the five-hour meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday. That’s no surprise: Putin has never negotiated in good faith since his first invasion of Ukraine in 2014.';
  const politico =
    'In doing so, Lavrov “said the quiet part out loud,” said Jonathan Green, a national security strategist in Washington and former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.). “Gone is whatever public illusion there was about Russian intentions. Putin wants a return of the Soviet regime, full stop.”';

  test.each([
    { mention: 'the first sentence', text: vance, at: 0, sentence: 'There are more hopeful voices in the administration.' },
    {
      mention: 'JD Vance (a sentence ending in a closing mark and a full stop)',
      text: vance,
      at: vance.indexOf('JD Vance'),
      sentence:
        'JD Vance, the Ukraine-sceptic vice-president, told Italy’s prime minister, Giorgia Meloni, on Friday that he felt “optimistic that we can hopefully bring this war, this very brutal war, to a close”.',
    },
    {
      mention: 'the last sentence',
      text: vance,
      at: vance.indexOf('ceasefire'),
      sentence:
        'There had been “some things … even in the past 24 hours” that he said could indicate a chance to secure a ceasefire.',
    },
    {
      mention: 'Rubio (a quotation inside the sentence does not end it)',
      text: rubio,
      at: rubio.indexOf('Rubio'),
      sentence:
        '“We’re not going to continue to fly all over the world and do meeting after meeting after meeting if no progress is being made,” Rubio said, noting that the US wanted to stop “thousands” of people from dying in the next year.',
    },
    {
      mention: 'a sentence opening with a quotation mark',
      text: rubio,
      at: rubio.indexOf('serious'),
      sentence: '“So if they’re serious about peace – either side, or both – we want to help.',
    },
    {
      mention: 'Putin (TIME, second sentence)',
      text: time,
      at: time.indexOf('Putin has'),
      sentence: 'That’s no surprise: Putin has never negotiated in good faith since his first invasion of Ukraine in 2014.',
    },
    // "U.S." and "Sen." are abbreviations, not the ends of sentences.
    {
      mention: 'Steve Witkoff, after “U.S.”',
      text: time,
      at: time.indexOf('Steve Witkoff'),
      sentence:
        '“So far, no compromise version of a peace settlement has been found,” was how Yuri Ushakov, an advisor to Vladimir Putin, summed up the five-hour meeting between the Russian President and U.S. Special Envoy Steve Witkoff on Tuesday.',
    },
    {
      mention: 'Jeanne Shaheen, after “Sen.”',
      text: politico,
      at: politico.indexOf('Jeanne Shaheen'),
      sentence:
        'In doing so, Lavrov “said the quiet part out loud,” said Jonathan Green, a national security strategist in Washington and former defense policy adviser to Sen. Jeanne Shaheen (D-N.H.).',
    },
  ])('$mention', ({ text, at, sentence }) => {
    expect(sentenceTextAt(text, at)).toBe(sentence);
  });
});

describe('prominence', () => {
  test.each([
    { mentions: 0, quotes: 0, expected: 0 },
    { mentions: 22, quotes: 0, expected: 22 },
    { mentions: 22, quotes: 12, expected: 34 },
    { mentions: 0, quotes: 3, expected: 3 },
  ])('$mentions mentions and $quotes quotes → $expected', ({ mentions, quotes, expected }) => {
    const actor = { mentions: Array.from({ length: mentions }), quotes: Array.from({ length: quotes }) } as never;
    expect(prominence(actor)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
describe('article titles when the headline is unknown', () => {
  const known = { headline: { value: 'Rubio says Trump is ready to walk away' }, workingTitle: 'unused' };
  const unknown = {
    headline: { value: null },
    workingTitle: "Politico report: Trump's push for a Putin–Zelenskyy meeting stalls",
  };

  test('a known headline is shown as published, in both forms', () => {
    expect(displayTitle(known)).toBe('Rubio says Trump is ready to walk away');
    expect(headingTitle(known)).toBe('Rubio says Trump is ready to walk away');
  });

  test('an editors’ description says so in words where no badge can be shown, once', () => {
    expect(displayTitle(unknown)).toBe("Politico report: Trump's push for a Putin–Zelenskyy meeting stalls (headline unknown)");
    // Beside a "headline unknown" badge the description stands alone, so the badge is not repeated.
    expect(headingTitle(unknown)).toBe("Politico report: Trump's push for a Putin–Zelenskyy meeting stalls");
  });
});
