import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { selectAll, select } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import { EVENT_COLUMNS, QUOTE_COLUMNS } from '../../src/outputs/exports.ts';
import { coverageTableRows, parseAccuracyCoverage } from '../../src/outputs/accuracy-coverage.ts';
import { parseCsv } from '../helpers/csv.ts';
import { assertBuilt, distDir, listHtmlFiles, readDist, readPage } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const articles = () =>
  JSON.parse(readDist('data/articles.json')) as Array<{ slug: string; title: string; url: string; publishedAt: string }>;
const quotes = () => JSON.parse(readDist('data/quotes.json')) as Array<Record<string, unknown>>;
const events = () => JSON.parse(readDist('data/events.json')) as Array<Record<string, unknown>>;
/** Pages that are only a redirect from an alias URL to a canonical page. */
const isRedirect = (file: string) => readDist(file).includes('http-equiv="refresh"');
const contentPages = () => listHtmlFiles().filter((file) => file !== '404.html' && !isRedirect(file));

// The default build has no address (no SITE): what needs a full URL is left out rather than
// pointed at a placeholder. tests/build/base-path.test.ts checks all of it with SITE set.
describe('feeds and sitemap without a site address', () => {
  test('there is no RSS feed (its links must be full URLs) and no sitemap, and no page links to either', () => {
    for (const file of ['rss.xml', 'sitemap-index.xml', 'sitemap-0.xml'])
      expect(existsSync(path.join(distDir, file)), file).toBe(false);
    const linking = listHtmlFiles().filter((file) => /href="[^"]*(rss\.xml|sitemap)/.test(readDist(file)));
    expect(linking).toEqual([]);
  });

  test('robots.txt allows crawling and names no sitemap', () => {
    expect(readDist('robots.txt')).toBe('User-agent: *\nAllow: /\n');
  });
});

describe('every page previews well when shared', () => {
  test.each(contentPages())('%s has title, description, Open Graph and Twitter tags, and no address it cannot know', (file) => {
    const tree = readPage(`/${file}`);
    const meta = (selector: string) => select(selector, tree)?.properties.content;
    expect(select('title', tree)).toBeTruthy();
    expect(String(meta('meta[name=description]')).length).toBeGreaterThan(20);
    for (const property of ['og:title', 'og:description', 'og:type']) {
      expect(meta(`meta[property="${property}"]`), property).toBeTruthy();
    }
    // Canonical links, og:url and og:image must be full URLs; without SITE there is none to give.
    expect(select('link[rel=canonical]', tree)).toBeUndefined();
    for (const property of ['og:url', 'og:image']) expect(select(`meta[property="${property}"]`, tree), property).toBeUndefined();
    expect(meta('meta[name="twitter:card"]')).toBe('summary');
  });
});

/** The JSON-LD objects of a page, parsed. */
function jsonLdOf(file: string): Array<Record<string, unknown>> {
  return selectAll('script[type="application/ld+json"]', readPage(`/${file}`)).map((node) =>
    JSON.parse((node.children[0] as { value: string }).value),
  );
}

describe('structured data (JSON-LD)', () => {
  const typeOf = (file: string) => {
    if (file.startsWith('articles/') && file !== 'articles/index.html') return 'NewsArticle';
    if (file.startsWith('events/') && file !== 'events/index.html') return 'Event';
    if (file.startsWith('quotes/') && file !== 'quotes/index.html') return 'Quotation';
    return null;
  };
  test.each(contentPages().filter((file) => typeOf(file)))('%s has valid JSON-LD of the right type', (file) => {
    const [data] = jsonLdOf(file);
    expect(data?.['@context']).toBe('https://schema.org');
    expect(data?.['@type']).toBe(typeOf(file));
    // Without SITE, a page's JSON-LD url is its root-relative path (JSON-LD resolves it against the page).
    expect(data?.url).toBe(`/${file.replace(/index\.html$/, '')}`);
    if (data?.['@type'] === 'NewsArticle') expect(data.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (data?.['@type'] === 'Event') expect(data.startDate).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    if (data?.['@type'] === 'Quotation') expect(typeof data.text).toBe('string');
  });

  test('actor pages are Person, Organization, Country or NewsMediaOrganization by kind', () => {
    const kinds = { person: 'Person', organization: 'Organization', country: 'Country', media: 'NewsMediaOrganization' } as const;
    const actors = JSON.parse(readDist('data/actors.json')) as Array<{ slug: string; kind: keyof typeof kinds }>;
    for (const actor of actors) {
      expect(jsonLdOf(`actors/${actor.slug}/index.html`)[0]?.['@type'], actor.slug).toBe(kinds[actor.kind]);
    }
  });

  test('an article with no known author or URL invents neither', () => {
    const unknown = articles().find((a) => a.slug === 'leaders-retreat-to-their-corners')!;
    const [data] = jsonLdOf(`articles/${unknown.slug}/index.html`);
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('isBasedOn');
    expect(data).not.toHaveProperty('headline');
  });
});

describe('data downloads', () => {
  // A list (an event's actors, its articles) is one `;`-separated cell.
  test.each([
    { csv: 'quotes.csv', json: 'quotes.json', columns: QUOTE_COLUMNS, rowsOf: quotes, key: 'id' },
    { csv: 'events.csv', json: 'events.json', columns: EVENT_COLUMNS, rowsOf: events, key: 'slug' },
  ])('$csv parses and matches $json row for row', ({ csv, columns, rowsOf, key }) => {
    const [header, ...rows] = parseCsv(readDist(`data/${csv}`));
    expect(header).toEqual(columns);
    const json = rowsOf();
    expect(rows).toHaveLength(json.length);
    rows.forEach((row, index) => {
      header!.forEach((column, c) => {
        const value = json[index]![column];
        expect(row[c], `${json[index]![key]}.${column}`).toBe(Array.isArray(value) ? value.join(';') : String(value ?? ''));
      });
    });
  });

  test('events.ics has one VEVENT per event with matching UID and start date', () => {
    const ics = readDist('data/events.ics');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const unfolded = ics.replace(/\r\n /g, '');
    const vevents = unfolded.split('BEGIN:VEVENT').slice(1);
    expect(vevents).toHaveLength(events().length);
    events().forEach((event, index) => {
      expect(vevents[index]).toContain(`UID:${event.slug}@dossier`);
      expect(vevents[index]).toContain(`DTSTART;VALUE=DATE:${String(event.date).replaceAll('-', '')}`);
    });
  });

  test('the data page lists every download that exists in dist/data/', () => {
    const html = readDist('about/data/index.html');
    const files = readdirSync(path.join(distDir, 'data'));
    for (const file of files) expect(html, file).toContain(`/data/${file}`);
  });

  test('the methodology page shows the accuracy figure computed by the build', () => {
    const text = readDist('about/index.html').replace(/<[^>]+>/g, '');
    const spoken = quotes().filter((q) => q.kind === 'statement' || q.kind === 'fragment').length;
    expect(text).toMatch(new RegExp(`final speaker to \\d+ of ${spoken} quoted sentences and phrases \\(\\d+\\.\\d%\\)`));
  });
});

describe('the speaker’s rule and confidence (issue 21)', () => {
  test('quotes.json gives a rule and a confidence (0 to 1, two decimals) exactly when the quote has a speaker', () => {
    const wrong = quotes().filter((quote) => {
      const { speakerLabel, speakerRule, speakerConfidence: confidence, attribution } = quote;
      if (speakerLabel === null) return speakerRule !== null || confidence !== null;
      if (typeof speakerRule !== 'string' || typeof confidence !== 'number') return true;
      if (confidence < 0 || confidence > 1 || Math.round(confidence * 100) / 100 !== confidence) return true;
      return attribution === 'curated' && (speakerRule !== 'curated' || confidence !== 1);
    });
    expect(wrong.map((quote) => quote.id)).toEqual([]);
  });

  test('quotes.csv has the two columns last, so the columns before them keep their places', () => {
    expect(readDist('data/quotes.csv').split('\r\n')[0]!.endsWith(',url,speakerRule,speakerConfidence')).toBe(true);
  });

  // The curve is committed by the training command; without it the page must show no curve at all.
  const curveFile = path.resolve('src/analysis/attribution/model/accuracy-coverage.json');
  const curve = existsSync(curveFile) ? parseAccuracyCoverage(JSON.parse(readFileSync(curveFile, 'utf8'))) : null;

  test('the methodology page draws the accuracy–coverage curve when it is committed, and no curve when it is not', () => {
    const about = readPage('/about/');
    const section = select('#speaker-confidence', about);
    if (curve === null) {
      expect(section).toBeNull();
      return;
    }
    expect(section).not.toBeNull();
    expect(select('figure.coverage svg[role="img"] title', about)).not.toBeNull();
    expect(selectAll('figure.coverage polygon', about)).toHaveLength(3);
    const rows = selectAll('.coverage__numbers tbody tr', about);
    expect(rows).toHaveLength(coverageTableRows(curve).length);
    expect(rows.filter((row) => toString(row).includes('(chosen in training: '))).toHaveLength(1);
  });
});
