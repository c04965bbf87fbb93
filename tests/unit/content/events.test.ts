/**
 * The event files of content/events/: each passes the schema and points at articles, excerpts and
 * actors that exist; dates, statuses and notes agree with the checked record.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { bodyBlocksFromMarkdown } from '../../../src/analysis/text/body-blocks.ts';
import { slugFromFileName } from '../../../src/lib/slugs.ts';
import { eventSchema, type EventData } from '../../../src/schemas/event.ts';
import { contentDir, corpusArticleSlugs, readCorpusArticle } from '../../helpers/corpus-files.ts';
import { titledRows } from '../../helpers/fixture-cases.ts';

const articleSlugs = corpusArticleSlugs();
const bodies = new Map(articleSlugs.map((slug) => [slug, readCorpusArticle(slug).body]));
const blockTexts = new Map(
  articleSlugs.map((slug) => [slug, bodyBlocksFromMarkdown(bodies.get(slug)!).map((block) => block.text)]),
);

const eventFiles = readdirSync(new URL('events/', contentDir))
  .filter((name) => name.endsWith('.yaml'))
  .sort();

/** Each event file as YAML parsed it (`raw`) and, when it passes the schema, as typed data. */
const events = eventFiles.map((file) => {
  const raw = load(readFileSync(new URL(`events/${file}`, contentDir), 'utf8'));
  const parsed = eventSchema.safeParse(raw);
  return { file, slug: file.slice(0, -'.yaml'.length), raw, parsed };
});
const eventBySlug = new Map(events.map((event) => [event.slug, event]));

/** The schema-checked data of an event; throws (naming the file) when it fails the schema. */
function dataOf(slug: string): EventData {
  const event = eventBySlug.get(slug);
  if (!event) throw new Error(`content/events/${slug}.yaml does not exist`);
  if (!event.parsed.success) throw new Error(`content/events/${slug}.yaml fails the event schema`);
  return event.parsed.data;
}

test('the corpus has at least 25 events', () => {
  expect(events.length).toBeGreaterThanOrEqual(25);
});

describe.each(titledRows(events, 'file'))('events/%s', (_file, { file, slug }) => {
  test('passes the event schema', () => {
    const { parsed } = eventBySlug.get(slug)!;
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  // Slugs describe the event; a date in the slug would duplicate `date` and go stale if it is corrected.
  test('its file name is a descriptive slug, not a date', () => {
    expect(slugFromFileName(file)).toBe(slug);
    expect(slug).not.toMatch(/^\d/);
  });

  test('every source names an existing article', () => {
    const missing = dataOf(slug).sources.filter(({ article }) => !bodies.has(article));
    expect(missing).toEqual([]);
  });

  test('every excerpt is verbatim text of its article’s body', () => {
    const notFound = dataOf(slug).sources.filter(
      ({ article, excerpt }) => bodies.has(article) && !bodies.get(article)!.includes(excerpt),
    );
    expect(notFound).toEqual([]);
  });

  // Event pages link each excerpt to its paragraph, so it must not straddle two blocks.
  test('every excerpt lies within one paragraph of its article', () => {
    const straddling = dataOf(slug).sources.filter(
      ({ article, excerpt }) => bodies.has(article) && !blockTexts.get(article)!.some((text) => text.includes(excerpt)),
    );
    expect(straddling).toEqual([]);
  });

  test('endDate, when given, is not before date', () => {
    const { date, endDate } = dataOf(slug);
    // ISO dates compare correctly as strings.
    expect(endDate === undefined || endDate >= date).toBe(true);
  });

  test('every actor has a file in content/actors/', () => {
    const missing = dataOf(slug).actors.filter((actor) => !existsSync(new URL(`actors/${actor}.yaml`, contentDir)));
    expect(missing).toEqual([]);
  });
});

/** Dates checked against public reports (the last table of /work/shared/sources.md). */
const checkedDates = [
  { slug: 'trump-putin-call-energy-pause', date: '2025-03-18' },
  { slug: 'energy-strike-pause', date: '2025-03-18' },
  { slug: 'witkoff-putin-meeting-february', date: '2025-02-11' },
  { slug: 'witkoff-putin-meeting-march', date: '2025-03-13' },
  { slug: 'witkoff-putin-meeting-st-petersburg', date: '2025-04-11' },
  { slug: 'rubio-paris-talks', date: '2025-04-17' },
  { slug: 'rubio-tarmac-remarks', date: '2025-04-18' },
  { slug: 'trump-take-a-pass-remarks', date: '2025-04-18' },
  { slug: 'vance-meloni-meeting', date: '2025-04-18' },
  { slug: 'london-talks', date: '2025-04-23' },
  { slug: 'anchorage-summit', date: '2025-08-15' },
  { slug: 'east-room-meeting', date: '2025-08-18' },
  { slug: 'lavrov-road-to-nowhere', date: '2025-08-20' },
  { slug: 'russian-drone-attack-western-ukraine', date: '2025-08-20' },
  { slug: 'lavrov-meet-the-press-interview', date: '2025-08-24' },
  { slug: 'budapest-summit', date: '2025-10-16' },
  { slug: 'us-28-point-peace-plan', date: '2025-11-19' },
  { slug: 'geneva-talks', date: '2025-11-23' },
  { slug: 'florida-talks', date: '2025-11-30' },
  { slug: 'kremlin-meeting-witkoff-kushner-putin', date: '2025-12-02' },
];

describe('dates agree with the checked record', () => {
  test.each(checkedDates)('$slug is dated $date', ({ slug, date }) => {
    expect(dataOf(slug).date).toBe(date);
  });

  test('the energy-strike pause ends about 16–17 April 2025', () => {
    expect(['2025-04-16', '2025-04-17']).toContain(dataOf('energy-strike-pause').endDate);
  });

  test('the 574-drone attack spans the night of 20–21 August 2025', () => {
    expect(dataOf('russian-drone-attack-western-ukraine').endDate).toBe('2025-08-21');
  });
});

describe('status and notes follow the record', () => {
  // Downgraded after Rubio withdrew on 22 April: never held as the articles describe it.
  test('the London talks are planned or cancelled, not held', () => {
    expect(['planned', 'cancelled']).toContain(dataOf('london-talks').status);
  });

  test('the Budapest summit is cancelled', () => {
    expect(dataOf('budapest-summit').status).toBe('cancelled');
  });

  // Where an article's relative wording gives a different day than the record, the page must say so.
  test.each(['trump-announces-putin-zelenskyy-meeting', 'russian-drone-attack-western-ukraine', 'budapest-summit'])(
    '%s explains its date in a dateNote',
    (slug) => {
      expect(dataOf(slug).dateNote).toBeTruthy();
    },
  );

  test('Trump’s announcement is dated 18 August, not the “three days ago” of 22 August', () => {
    expect(dataOf('trump-announces-putin-zelenskyy-meeting').date).toBe('2025-08-18');
  });
});

test('Rubio’s tarmac remarks are sourced from all three April articles', () => {
  const articles = dataOf('rubio-tarmac-remarks').sources.map(({ article }) => article);
  expect(new Set(articles)).toEqual(
    new Set(['trump-team-impatience-walk-away', 'rubio-trump-ready-to-walk-away', 'trump-rubio-threaten-to-walk-away']),
  );
});
