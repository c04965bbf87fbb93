/**
 * The pure modules behind the reading layer (issue 14): the timeline strip, the timeline cards'
 * key quote, the heat map's key, shared phrases between outlets' versions, "the same remarks",
 * mentions in context, plain words for uncertain facts and counts, the search page's metadata.
 * Texts are taken from the real articles.
 */
import { describe, expect, test } from 'vitest';
import { heatLegend, heatLevel } from '../../src/outputs/charts.ts';
import { mentionsInContext } from '../../src/corpus/mentions-in-context.ts';
import { quoteSections, type QuoteForSections } from '../../src/outputs/quote-sections.ts';
import { quoteVersions, type VersionedQuote } from '../../src/corpus/quote-versions.ts';
import { keyQuote, stripGeometry, type StripEvent } from '../../src/outputs/timeline.ts';
import { uncertaintyWords, asSentence } from '../../src/schemas/confidence.ts';
import type { QuoteKind } from '../../src/schemas/quote.ts';
import { countOf } from '../../src/lib/format-number.ts';
import { isSameRemarks, sharedPhrases, sharedPhraseWords, toRuns } from '../../src/lib/word-diff.ts';
import { unescapeMeta } from '../../src/scripts-client/search-query.ts';

// ---------------------------------------------------------------------------------------------
describe('stripGeometry', () => {
  const event = (
    slug: string,
    date: string,
    datePrecision: StripEvent['datePrecision'] = 'day',
    tentative = false,
  ): StripEvent => ({ slug, date, datePrecision, tentative });
  // The real corpus's shape: an invasion in 2014 and 2022, an election in November 2024, then
  // the talks of 2025 with clusters in April and August.
  const events: StripEvent[] = [
    event('invasion-2014', '2014-01-01', 'year'),
    event('invasion-2022', '2022-02-24'),
    event('election', '2024-11-05'),
    event('inauguration', '2025-01-20'),
    ...Array.from({ length: 9 }, (_, i) => event(`april-${i}`, `2025-04-${String(11 + i).padStart(2, '0')}`)),
    ...Array.from({ length: 7 }, (_, i) => event(`august-${i}`, '2025-08-18')),
    event('budapest', '2025-10-16', 'day', true),
    event('kremlin', '2025-12-02'),
  ];
  const articles = [
    { slug: 'guardian', publishedAt: '2025-04-18' },
    { slug: 'abc', publishedAt: '2025-04-18' },
    { slug: 'time', publishedAt: '2025-12-03' },
  ];
  const wide = stripGeometry(events, articles, { width: 1100 })!;

  test('earlier events go left of an axis break, one slot per date, labelled by year', () => {
    expect(wide.context.map((slot) => slot.label)).toEqual(['2014', '2022']);
    expect(wide.axisBreak).toBeGreaterThan(wide.context.at(-1)!.x);
    expect(wide.story).toMatchObject({ start: '2024-11-05', end: '2025-12-03' });
  });

  test('the story fills the width: its axis runs from the break to the right edge', () => {
    expect(wide.story.x1).toBeGreaterThan(wide.axisBreak!);
    expect(wide.story.x2).toBeGreaterThan(1050);
    // Most of the width goes to the story's 13 months, not the decade before.
    expect((wide.story.x2 - wide.story.x1) / wide.width).toBeGreaterThan(0.85);
  });

  test('no two dots overlap, however many events share a week', () => {
    const tooClose = wide.dots.flatMap((a, i) =>
      wide.dots
        .slice(i + 1)
        .filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 24)
        .map((b) => `${a.slug}/${b.slug}`),
    );
    expect(tooClose).toEqual([]);
  });

  test('a column holds at most maxStack places; a fuller one ends in a “+n” that leads to the first event left out', () => {
    const august = [
      ...wide.dots.filter((dot) => dot.slug.startsWith('august')),
      ...wide.more.filter((more) => more.slug.startsWith('august')),
    ];
    expect(august).toHaveLength(6);
    const more = wide.more.find((m) => m.slug.startsWith('august'))!;
    expect(more).toMatchObject({ count: 2, slug: 'august-5' });
    // Every event is a dot or counted in a "+n".
    expect(wide.dots.length + wide.more.reduce((sum, m) => sum + m.count, 0)).toBe(events.length);
  });

  test('planned or cancelled events are marked tentative; article dates are marks below the axis, one per date', () => {
    expect(wide.dots.filter((dot) => dot.tentative).map((dot) => dot.slug)).toEqual(['budapest']);
    expect(wide.coverage.map((mark) => [mark.date, mark.slugs.length])).toEqual([
      ['2025-04-18', 2],
      ['2025-12-03', 1],
    ]);
  });

  test('a tick at each first of the month, labelled mid-month; the year on the first and on January', () => {
    const labels = wide.ticks.filter((tick) => tick.label).map((tick) => tick.label);
    expect(labels.slice(0, 4)).toEqual(['Nov 2024', 'Dec', 'Jan 2025', 'Feb']);
    const november = wide.ticks[0]!;
    expect(november.labelX).toBeGreaterThan(november.x);
  });

  test('on a phone: every third month labelled, short years, and still no overlap', () => {
    const narrow = stripGeometry(events, articles, { width: 343, labelEvery: 3, maxStack: 5 })!;
    expect(narrow.ticks.filter((tick) => tick.label).map((tick) => tick.label)).toEqual([
      'Nov ’24',
      'Feb ’25',
      'May',
      'Aug',
      'Nov',
    ]);
    const tooClose = narrow.dots.flatMap((a, i) => narrow.dots.slice(i + 1).filter((b) => Math.hypot(a.x - b.x, a.y - b.y) < 24));
    expect(tooClose).toEqual([]);
    expect(Math.max(...narrow.dots.map((dot) => dot.x))).toBeLessThanOrEqual(343);
  });

  test('a quiet spell inside the story is not a break: the real corpus’s summer of 2025', () => {
    const story = [
      event('a', '2025-01-15'),
      event('b', '2025-03-18'),
      event('c', '2025-04-18'),
      event('d', '2025-04-23'),
      event('e', '2025-08-15'),
      event('f', '2025-08-20'),
      event('g', '2025-11-30'),
      event('h', '2025-12-02'),
    ];
    expect(stripGeometry(story, [], { width: 1100 })!.context).toEqual([]);
  });

  test('a story with no long gap has no context and no break', () => {
    const geometry = stripGeometry([event('a', '2025-04-11'), event('b', '2025-05-02'), event('c', '2025-06-20')], [], {
      width: 600,
    })!;
    expect(geometry.context).toEqual([]);
    expect(geometry.axisBreak).toBeNull();
  });

  test('many earlier dates share slots by year, the oldest years in the first slot', () => {
    const old = ['2001', '2003', '2005', '2007', '2009', '2011'].map((year) => event(`e${year}`, `${year}-06-01`));
    const story = Array.from({ length: 8 }, (_, i) => event(`s${i}`, `2025-0${i + 1}-10`));
    const geometry = stripGeometry([...old, ...story], [], { width: 1100, maxContextSlots: 4 })!;
    expect(geometry.context.map((slot) => slot.label)).toEqual(['2001–2005', '2007', '2009', '2011']);
  });

  test('a long span keeps few ticks: every few months, or years labelled by year alone', () => {
    const fiveYears = stripGeometry([event('a', '2021-01-10'), event('b', '2025-12-20')], [], { width: 1100 })!;
    expect(fiveYears.ticks).toHaveLength(31); // every two months, January 2021 to January 2026
    expect(fiveYears.ticks.slice(0, 3).map((tick) => [tick.month, tick.label])).toEqual([
      ['2021-01', 'Jan 2021'],
      ['2021-03', 'Mar'],
      ['2021-05', 'May'],
    ]);
    // An article dated in the far future (the build warns, and builds it) must not draw a tick a month.
    const farFuture = stripGeometry([event('a', '2025-04-11')], [{ slug: 'x', publishedAt: '9999-12-31' }], { width: 1100 })!;
    expect(farFuture.ticks.length).toBeLessThanOrEqual(37);
    // Past the year 9999 there is no ISO date string: every position is still a number.
    expect(farFuture.ticks.filter((tick) => !Number.isFinite(tick.x) || !Number.isFinite(tick.labelX))).toEqual([]);
    expect(farFuture.ticks.filter((tick) => tick.label).map((tick) => tick.label)).toContain('3000');
  });

  test('nothing to place gives null', () => {
    expect(stripGeometry([], [], { width: 1100 })).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
describe('keyQuote', () => {
  const quote = (text: string, kind: QuoteKind, actor: string | null) => ({
    text,
    kind,
    speaker: actor === null ? null : { actor },
  });
  test('prefers a participant’s statement of card length', () => {
    const quotes = [
      quote('thousands', 'fragment', 'marco-rubio'),
      quote('It’s not our war.', 'statement', 'marco-rubio'),
      quote('We’re not going to continue to fly all over the world and do meeting after meeting', 'statement', 'marco-rubio'),
    ];
    expect(keyQuote(quotes, new Set(['marco-rubio']))?.text).toMatch(/^We’re not going to continue/);
  });
  test('falls back to any attributed quote of three words or more, else none', () => {
    expect(keyQuote([quote('a road to nowhere', 'fragment', 'sergey-lavrov')], new Set(['marco-rubio']))?.text).toBe(
      'a road to nowhere',
    );
    expect(keyQuote([quote('grind', 'fragment', null)], new Set())).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------
describe('heatLegend', () => {
  test('gives each shade the counts it stands for, on the square-root scale of heatLevel', () => {
    expect(heatLegend(30)).toEqual([
      { level: 0, label: 'none' },
      { level: 1, label: '1' },
      { level: 2, label: '2–7' },
      { level: 3, label: '8–16' },
      { level: 4, label: '17–30' },
    ]);
    for (const step of heatLegend(30).slice(1)) {
      const [from, to = from] = step.label.split('–').map(Number) as [number, number?];
      expect([heatLevel(from, 30), heatLevel(to, 30)]).toEqual([step.level, step.level]);
    }
  });
  test('a maximum of 1 has one shade', () => {
    expect(heatLegend(1)).toEqual([
      { level: 0, label: 'none' },
      { level: 4, label: '1' },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('shared phrases between outlets’ versions', () => {
  const guardian = 'We’re not going to continue to fly all over the world and do meeting after meeting';
  const statecraft = "We're not going to continue with this endeavor for weeks and months on end";

  test('a phrase of three words or more both print is shared; chance single words are not', () => {
    const shared = sharedPhraseWords(guardian, statecraft);
    const words = guardian.split(' ').filter((_, i) => shared.a[i]);
    expect(words.join(' ')).toBe('We’re not going to continue');
    // "and" is in both, alone: not shared.
    expect(statecraft.split(' ').filter((_, i) => shared.b[i])).not.toContain('and');
  });

  test('sharedPhrases marks, in each version, what another version prints too; toRuns makes phrases of it', () => {
    const marked = sharedPhrases([guardian, statecraft, 'It’s not our war.']);
    expect(
      toRuns(marked[0]!)
        .filter((run) => run.shared)
        .map((run) => run.text),
    ).toEqual(['We’re not going to continue']);
    expect(marked[2]!.every((word) => !word.shared)).toBe(true);
  });

  test.each([
    ['move on', 'then we’re just going to move on. We’re going to move on to other topics', true],
    ['We’re not going to continue to fly', "We're not going to continue with this endeavor", true],
    ['It’s not our war.', 'We have other priorities to focus on as well', false],
    ['thousands', 'stop thousands of people from dying', false],
  ])('isSameRemarks(%j, %j) is %s', (a, b, expected) => {
    expect(isSameRemarks(a, b)).toBe(expected);
  });
});

// ---------------------------------------------------------------------------------------------
describe('quoteVersions', () => {
  const event: { quotes: VersionedQuote[] } = { quotes: [] };
  const quote = (id: string, article: string, text: string, actor: string | null = 'marco-rubio'): VersionedQuote => ({
    id,
    text,
    speaker: { actor },
    article: { slug: article },
    event,
  });
  const guardian = quote('g', 'guardian', 'So if they’re serious about peace we want to help. We’re going to move on');
  event.quotes.push(
    guardian,
    quote('g2', 'guardian', 'thousands'),
    quote('s', 'statecraft', 'we are going to move on'),
    quote('a', 'abc', 'It’s not our war.'),
    quote('t', 'abc', 'going to move on', 'donald-trump'),
  );

  test('other outlets only; the same remarks when a phrase is shared by the same speaker, the rest as other quotes of the event', () => {
    const versions = quoteVersions(guardian);
    expect(versions.same.map((q) => q.id)).toEqual(['s']);
    expect(versions.other.map((q) => q.id)).toEqual(['a', 't']);
  });

  test('a quote with no event has no versions', () => {
    expect(quoteVersions({ ...guardian, event: null })).toEqual({ same: [], other: [] });
  });
});

// ---------------------------------------------------------------------------------------------
describe('mentionsInContext', () => {
  const guardian = { slug: 'guardian', publishedAt: '2025-04-18' };
  const politico = { slug: 'politico', publishedAt: '2025-08-22' };
  const mention = (article: typeof guardian, block: string, start: number, text: string, sentence: string) => ({
    article,
    block,
    start,
    text,
    sentence,
  });
  const mentions = [
    mention(
      politico,
      'p-3',
      120,
      'Lavrov',
      'Foreign minister Sergey Lavrov dismissed the transatlantic talks as “a road to nowhere” on Wednesday.',
    ),
    mention(guardian, 'p-9', 40, 'Lavrov', 'Rubio was on the phone with Sergei Lavrov, the Russian foreign minister.'),
    mention(guardian, 'p-2', 10, 'Lavrov', '“This will not work,” Lavrov said.'),
    mention(guardian, 'p-9', 60, 'Lavrov', 'Rubio was on the phone with Sergei Lavrov, the Russian foreign minister.'),
  ];
  const quotes = [{ article: { slug: 'guardian' }, parts: [{ block: 'p-2' }], text: 'This will not work,' }];

  test('date order, each sentence once, the name cut out for marking, the actor’s own quotes left out', () => {
    expect(mentionsInContext(mentions, quotes).map((m) => [m.article.slug, m.block, m.before, m.name, m.after])).toEqual([
      ['guardian', 'p-9', 'Rubio was on the phone with Sergei ', 'Lavrov', ', the Russian foreign minister.'],
      [
        'politico',
        'p-3',
        'Foreign minister Sergey ',
        'Lavrov',
        ' dismissed the transatlantic talks as “a road to nowhere” on Wednesday.',
      ],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('words for readers', () => {
  test.each([
    ['date', 'confirmed', null],
    ['date', 'inferred', 'date inferred'],
    ['outlet', 'secondary', 'outlet from another source'],
    ['author', 'unknown', 'author unknown'],
  ] as const)('uncertaintyWords(%s, %s) is %j', (field, confidence, words) => {
    expect(uncertaintyWords(field, confidence)).toBe(words);
  });

  test('a note becomes a sentence', () => {
    expect(asSentence('inferred from the text.')).toBe('Inferred from the text.');
    expect(asSentence('the page carries no byline')).toBe('The page carries no byline.');
  });

  test.each([
    [0, 'articles'],
    [1, 'article'],
    [1252, 'articles'],
  ])('countOf(%i) agrees in number', (count, noun) => {
    expect(countOf(count, 'article')).toBe(`${count.toLocaleString('en-GB')} ${noun}`);
  });

  test('search results show metadata without the backslashes that escape commas', () => {
    expect(unescapeMeta('“So if they’re serious about peace – either side\\, or both”')).toBe(
      '“So if they’re serious about peace – either side, or both”',
    );
  });
});

// ---------------------------------------------------------------------------------------------
describe('quoteSections: spoken words whose speaker could not be determined', () => {
  test('get a section of their own, apart from titles and scare quotes', () => {
    const quotes: Array<QuoteForSections & { id: string }> = [
      { id: 'u', kind: 'statement', speaker: null, outlet: 'Politico' },
      { id: 's', kind: 'scare', speaker: null, outlet: 'Politico' },
      { id: 'r', kind: 'statement', speaker: { actor: 'marco-rubio', label: 'Rubio' }, outlet: 'ABC' },
    ];
    const index = quoteSections(quotes, (a, b) => b.total - a.total, { speakers: 5, quotesPerSection: 5 });
    expect(index.sections.map((section) => [section.id, section.shown.map((q) => q.id)])).toEqual([
      ['marco-rubio', ['r']],
      ['unnamed', []],
      ['undetermined', ['u']],
      ['no-speaker', ['s']],
    ]);
  });
});
