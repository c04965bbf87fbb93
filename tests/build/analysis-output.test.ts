/**
 * The analysis as the built site publishes it (dist/): the JSON exports checked against the
 * hand-checked gold standard of quotes and the checked event dates (shared/sources.md), the
 * joins the pages show, the resolved dates on the article pages and the iCalendar file.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  EVENT_COLUMNS,
  QUOTE_COLUMNS,
  type ActorExport,
  type ArticleExport,
  type EventExport,
  type QuoteExport,
} from '../../src/outputs/exports.ts';
import { goldQuotes, type ArticleKey, type GoldQuote } from '../../scripts/eval/gold/quotes.ts';
import { cachedPage as page } from '../helpers/cached-pages.ts';
import { MONTH_NAMES } from '../helpers/calendar.ts';
import { assertBuilt, distDir, listHtmlFiles, readDist, readDistJson, squash } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const SLUGS: Record<ArticleKey, string> = {
  '000': 'trump-team-impatience-walk-away',
  '001': 'rubio-trump-ready-to-walk-away',
  '002': 'why-us-russia-ukraine-talks-failed',
  '003': 'leaders-retreat-to-their-corners',
  '004': 'trump-rubio-threaten-to-walk-away',
};

const quotes = readDistJson<QuoteExport[]>('data/quotes.json');
const actors = readDistJson<ActorExport[]>('data/actors.json');
const events = readDistJson<EventExport[]>('data/events.json');
const articles = readDistJson<ArticleExport[]>('data/articles.json');

/**
 * The article text of a body block: the speaker links the quote markup adds after each quote
 * are not article text, so they are left out.
 */
function blockText(articleSlug: string, blockId: string): string | null {
  const block = select(`.article-body > #${blockId}`, page(`/articles/${articleSlug}/`));
  if (!block) return null;
  const copy = structuredClone(block) as Element;
  const strip = (node: Element) => {
    node.children = node.children.filter(
      (child) => !(child.type === 'element' && (child.properties.className as string[] | undefined)?.includes('quote-speaker')),
    );
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(copy);
  return squash(toString(copy));
}

function goldMatches(gold: GoldQuote): QuoteExport[] {
  return quotes.filter((quote) => quote.article === SLUGS[gold.article] && quote.text.startsWith(gold.startsWith));
}

const goldName = (gold: GoldQuote) => `${gold.article} “${gold.startsWith}”`;

// ---------------------------------------------------------------------------------------------
describe('data/quotes.json against the gold standard', () => {
  test.each(goldQuotes.map((gold) => ({ name: goldName(gold), gold })))(
    '$name is there exactly once, with the gold kind and speaker',
    ({ gold }) => {
      const matches = goldMatches(gold);
      expect(matches, 'quotes with this article and these first words').toHaveLength(1);
      const quote = matches[0]!;
      const expected =
        gold.kind === 'title' || gold.kind === 'scare'
          ? { kind: gold.kind, speaker: null, speakerLabel: null }
          : gold.speaker === null
            ? { kind: gold.kind, speaker: null, speakerLabel: gold.label }
            : { kind: gold.kind, speaker: gold.speaker };
      expect(quote).toMatchObject(expected);
      if (gold.speaker !== null)
        expect(quote.speakerLabel, 'a named speaker has the article’s words for them').toEqual(expect.any(String));
    },
  );

  test('has nothing beyond the gold quotes', () => {
    const extra = quotes.filter(
      (quote) => !goldQuotes.some((gold) => quote.article === SLUGS[gold.article] && quote.text.startsWith(gold.startsWith)),
    );
    expect(extra.map((quote) => `${quote.article}: “${quote.text.slice(0, 50)}”`)).toEqual([]);
    expect(quotes).toHaveLength(goldQuotes.length);
  });

  test('ids are 10 hex characters and unique', () => {
    for (const quote of quotes) expect(quote.id).toMatch(/^[0-9a-f]{10}$/);
    expect(new Set(quotes.map((quote) => quote.id)).size).toBe(quotes.length);
  });

  test('every quote’s url is its anchor in its article, on the element that holds its words; no quote has a page', () => {
    for (const quote of quotes) {
      expect(quote.url).toBe(`/articles/${quote.article}/#q-${quote.id}`);
      const anchored = select(`[id="q-${quote.id}"]`, page(`/articles/${quote.article}/`));
      const firstWord = quote.text.split(/\s+/)[0]!;
      expect(anchored && toString(anchored), quote.url).toContain(firstWord);
      expect(existsSync(path.join(distDir, 'quotes', quote.id)), quote.url).toBe(false);
    }
  });

  test('every quote’s paragraph is on its article page and holds the quote’s first words', () => {
    const problems: string[] = [];
    for (const quote of quotes) {
      const firstWords = squash(quote.text).split(' ').slice(0, 4).join(' ');
      const text = blockText(quote.article, quote.paragraph);
      if (text === null) problems.push(`${quote.id}: no #${quote.paragraph} on /articles/${quote.article}/`);
      else if (!text.includes(firstWords))
        problems.push(`${quote.id}: #${quote.paragraph} of ${quote.article} does not contain “${firstWords}”`);
    }
    expect(problems).toEqual([]);
  });

  test('Rubio’s 18 April tarmac remarks are linked to rubio-tarmac-remarks in all three April articles', () => {
    const tarmac = [
      { article: '000', startsWith: 'We’re not going to continue to fly' },
      { article: '001', startsWith: "We're not going to continue with this endeavor" },
      { article: '004', startsWith: 'We need to figure out here' },
    ] as const;
    const linked = tarmac.map(({ article, startsWith }) => {
      const quote = quotes.find((q) => q.article === SLUGS[article] && q.text.startsWith(startsWith));
      return { article, startsWith, event: quote?.event };
    });
    expect(linked).toEqual(tarmac.map((item) => ({ ...item, event: 'rubio-tarmac-remarks' })));
  });
});

// ---------------------------------------------------------------------------------------------
describe('the JSON exports have exactly the documented keys (src/outputs/exports.ts)', () => {
  const shapes = [
    {
      file: 'data/quotes.json',
      rows: quotes,
      keys: QUOTE_COLUMNS,
    },
    {
      file: 'data/actors.json',
      rows: actors,
      keys: ['slug', 'name', 'kind', 'role', 'aliases', 'url', 'mentionCount', 'quoteCount', 'articles', 'provisional'],
    },
    {
      file: 'data/events.json',
      rows: events,
      keys: EVENT_COLUMNS,
    },
    {
      file: 'data/articles.json',
      rows: articles,
      keys: ['slug', 'title', 'outlet', 'publishedAt', 'author', 'url', 'sourceUrl', 'wordCount', 'raw'],
    },
  ];
  test.each(shapes)('$file', ({ rows, keys }) => {
    expect(rows.length).toBeGreaterThan(0);
    const shapesSeen = new Set(rows.map((row) => Object.keys(row).sort().join(',')));
    expect([...shapesSeen]).toEqual([[...keys].sort().join(',')]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('actors', () => {
  const articleHtml = listHtmlFiles()
    .filter((file) => /^articles\/[^/]+\/index\.html$/.test(file))
    .map((file) => readDist(file));
  const people = actors.filter((actor) => actor.kind === 'person');

  test.each(people.map((actor) => ({ slug: actor.slug, actor })))(
    '$slug is mentioned and linked from an article page',
    ({ slug, actor }) => {
      expect(actor.mentionCount).toBeGreaterThan(0);
      expect(articleHtml.some((html) => html.includes(`<a href="/actors/${slug}/"`))).toBe(true);
    },
  );

  test('every quoteCount equals the quotes of that speaker', () => {
    const counts = actors.map((actor) => ({
      slug: actor.slug,
      quoteCount: quotes.filter((quote) => quote.speaker === actor.slug).length,
    }));
    expect(actors.map(({ slug, quoteCount }) => ({ slug, quoteCount }))).toEqual(counts);
  });

  const speakers = actors.filter((actor) => actor.quoteCount > 0);
  test.each(speakers.map((actor) => actor.slug))(
    '/actors/%s/ links to each of their quotes in its sentence, and only those',
    (slug) => {
      const links = selectAll('article a[href*="#q-"]', page(`/actors/${slug}/`)).map((a) => String(a.properties.href));
      const expected = quotes.filter((quote) => quote.speaker === slug).map((quote) => quote.url);
      expect([...new Set(links)].sort()).toEqual(expected.sort());
    },
  );

  test('Marco Rubio has quotes in all three April articles', () => {
    expect(new Set(quotes.filter((quote) => quote.speaker === 'marco-rubio').map((quote) => quote.article))).toEqual(
      new Set([SLUGS['000'], SLUGS['001'], SLUGS['004']]),
    );
  });
});

// ---------------------------------------------------------------------------------------------
interface EventFile {
  sources: Array<{ article: string; excerpt: string }>;
}
const eventSources = readdirSync(path.resolve('content/events'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => ({
    slug: file.slice(0, -'.yaml'.length),
    data: load(readFileSync(path.resolve('content/events', file), 'utf8')) as EventFile,
  }));

describe('events', () => {
  test('events.json has at least 25 events, one per event file, in date order', () => {
    expect(events.length).toBeGreaterThanOrEqual(25);
    expect(events.map((event) => event.slug).sort()).toEqual(eventSources.map((event) => event.slug).sort());
    const dates = events.map((event) => event.date);
    expect(dates).toEqual([...dates].sort());
  });

  test.each([
    ['rubio-paris-talks', '2025-04-17'],
    ['rubio-tarmac-remarks', '2025-04-18'],
    ['anchorage-summit', '2025-08-15'],
    ['east-room-meeting', '2025-08-18'],
    ['lavrov-road-to-nowhere', '2025-08-20'],
    ['geneva-talks', '2025-11-23'],
    ['florida-talks', '2025-11-30'],
    ['kremlin-meeting-witkoff-kushner-putin', '2025-12-02'],
  ])('%s is dated %s to the day, as shared/sources.md has it', (slug, date) => {
    expect(events.find((event) => event.slug === slug)).toMatchObject({ date, datePrecision: 'day' });
  });

  describe.each(eventSources.map(({ slug, data }) => ({ slug, sources: data.sources })))(
    '/events/$slug/',
    ({ slug, sources }) => {
      test.each(sources.map((source, index) => ({ index, ...source })))(
        'shows source $index ($article) with a link to the paragraph that holds it',
        ({ article, excerpt }) => {
          const tree = page(`/events/${slug}/`);
          const quoted = selectAll('article blockquote[cite]', tree).find((node) => squash(toString(node)) === squash(excerpt));
          expect(quoted, 'the excerpt shown as a blockquote').toBeDefined();
          const cite = String(quoted!.properties.cite);
          expect(cite).toMatch(new RegExp(`^/articles/${article}/#p-\\d+$`));
          expect(select(`article a[href="${cite}"]`, tree), 'a link to the paragraph').toBeDefined();
          expect(blockText(article, cite.split('#')[1]!)).toContain(squash(excerpt));
        },
      );
    },
  );

  test('events.json lists as an event’s articles exactly the articles of its sources', () => {
    for (const { slug, data } of eventSources) {
      const exported = events.find((event) => event.slug === slug)!;
      expect(new Set(exported.articles), slug).toEqual(new Set(data.sources.map((source) => source.article)));
    }
  });
});

// ---------------------------------------------------------------------------------------------
describe('resolved dates on the article pages', () => {
  const resolved = Object.values(SLUGS).flatMap((slug) =>
    selectAll('.article-body time.resolved-date', page(`/articles/${slug}/`)).map((node) => ({
      slug,
      text: toString(node),
      datetime: node.properties.dateTime as string | undefined,
      title: node.properties.title as string | undefined,
    })),
  );

  test('there are resolved dates on every article page', () => {
    expect(new Set(resolved.map((date) => date.slug))).toEqual(new Set(Object.values(SLUGS)));
  });

  test('each has a machine-readable datetime and a title that explains it with the date it gives', () => {
    const problems: string[] = [];
    for (const { slug, text, datetime, title } of resolved) {
      const where = `${slug}: “${text}”`;
      if (!datetime || !/^\d{4}(-\d{2}(-\d{2})?|-W\d{2})?$/.test(datetime)) {
        problems.push(`${where}: datetime ${JSON.stringify(datetime)}`);
        continue;
      }
      const [year, month, day] = datetime.split('-');
      const expected = datetime.includes('W')
        ? 'week'
        : day
          ? `${Number(day)} ${MONTH_NAMES[Number(month) - 1]} ${year}`
          : month
            ? `${MONTH_NAMES[Number(month) - 1]} ${year}`
            : year!;
      if (!title?.includes('→') || !title.includes(expected))
        problems.push(`${where}: title ${JSON.stringify(title)} should explain “${expected}”`);
    }
    expect(problems).toEqual([]);
  });

  test.each([
    { article: '003', text: 'on Wednesday', datetime: '2025-08-20' },
    { article: '003', text: 'overnight Thursday', datetime: '2025-08-21' },
    { article: '003', text: 'Sunday', datetime: '2025-08-24' },
    { article: '002', text: 'on Tuesday', datetime: '2025-12-02' },
    { article: '000', text: 'on Thursday', datetime: '2025-04-17' },
  ] as const)('$article “$text” → $datetime', ({ article, text, datetime }) => {
    const found = resolved.filter((date) => date.slug === SLUGS[article] && date.text === text);
    expect(found.map((date) => date.datetime)).toEqual([datetime]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('data/events.ics', () => {
  const ics = (() => {
    assertBuilt();
    return readDist('data/events.ics');
  })();
  /** Content lines after unfolding (RFC 5545 §3.1). */
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  /** Each VEVENT as a map of property name (with parameters) to value. */
  const vevents: Array<Map<string, string>> = [];
  let current: Map<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = new Map();
    else if (line === 'END:VEVENT' && current) {
      vevents.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current.set(line.slice(0, colon), line.slice(colon + 1));
    }
  }

  test('is CRLF throughout, with no line over 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const encoder = new TextEncoder();
    const long = ics.split('\r\n').filter((line) => encoder.encode(line).length > 75);
    expect(long).toEqual([]);
  });

  test('is one VCALENDAR', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
    expect(lines.at(-1)).toBe('');
  });

  test('has one VEVENT per event of events.json, in order, with its UID and DTSTART', () => {
    expect(vevents).toHaveLength(events.length);
    expect(vevents.map((vevent) => [vevent.get('UID'), vevent.get('DTSTART;VALUE=DATE')])).toEqual(
      events.map((event) => [`${event.slug}@dossier`, event.date.replaceAll('-', '')]),
    );
  });

  test('every DTEND is after its DTSTART', () => {
    for (const vevent of vevents)
      expect(vevent.get('DTEND;VALUE=DATE')! > vevent.get('DTSTART;VALUE=DATE')!, vevent.get('UID')).toBe(true);
  });
});
