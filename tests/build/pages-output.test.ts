/**
 * The built pages (dist/) that list and join the corpus: alias redirects, the actors index, the
 * unnamed-sources index, event pages, the timeline, the events coverage matrix, the quotes index
 * and the quote pages. Expectations come from the JSON exports, which analysis-output.test.ts
 * checks against the gold standard.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ActorExport, ArticleExport, EventExport, QuoteExport } from '../../src/outputs/exports.ts';
import { cachedPage as page } from '../helpers/cached-pages.ts';
import { MONTH_NAMES } from '../helpers/calendar.ts';
import { assertBuilt, distDir, listHtmlFiles, readDist, readDistJson, squash } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const quotes = readDistJson<QuoteExport[]>('data/quotes.json');
const actors = readDistJson<ActorExport[]>('data/actors.json');
const events = readDistJson<EventExport[]>('data/events.json');
const articles = readDistJson<ArticleExport[]>('data/articles.json');
const actorBySlug = new Map(actors.map((actor) => [actor.slug, actor]));

const href = (node: Element) => String(node.properties.href);

/** The slug the site would give a label (as `slugFromFileName` does). */
const slugOf = (label: string) =>
  label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

// ---------------------------------------------------------------------------------------------
describe('actor alias redirects', () => {
  const actorDirs = readdirSync(path.join(distDir, 'actors'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  /** The target of a redirect page, or null for a real page. */
  function redirectTarget(slug: string): string | null {
    const refresh = select('meta[http-equiv="refresh"]', page(`/actors/${slug}/`));
    if (!refresh) return null;
    const match = /^0; url=(.+)$/.exec(String(refresh.properties.content));
    return match ? match[1]! : `unparseable: ${String(refresh.properties.content)}`;
  }

  test.each([
    { alias: 'zelensky', target: 'volodymyr-zelenskyy' },
    { alias: 'zelenskiy', target: 'volodymyr-zelenskyy' },
    { alias: 'trump', target: 'donald-trump' },
    { alias: 'rubio', target: 'marco-rubio' },
  ])('/actors/$alias/ leads to /actors/$target/ with a refresh and noindex', ({ alias, target }) => {
    // Its canonical link needs the site's address: tests/build/base-path.test.ts checks it.
    const tree = page(`/actors/${alias}/`);
    expect(redirectTarget(alias)).toBe(`/actors/${target}/`);
    expect(select('meta[name="robots"]', tree)?.properties.content).toBe('noindex');
    expect(selectAll('a', tree).map(href)).toContain(`/actors/${target}/`);
  });

  test('no alias page overwrites a canonical actor page', () => {
    const overwritten = actors.filter(
      (actor) => redirectTarget(actor.slug) !== null || squash(toString(select('h1', page(actor.url))!)) !== actor.name,
    );
    expect(overwritten.map((actor) => actor.slug)).toEqual([]);
    expect(redirectTarget('unnamed-sources')).toBeNull();
  });

  test('every other page under /actors/ is a redirect to an existing actor', () => {
    const bad = actorDirs
      .filter((slug) => !actorBySlug.has(slug) && slug !== 'unnamed-sources')
      .map((slug) => ({ slug, target: redirectTarget(slug) }))
      .filter(({ target }) => target === null || !actors.some((actor) => actor.url === target));
    expect(bad).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('/actors/', () => {
  const tree = () => page('/actors/');
  const prominence = (actor: ActorExport) => actor.mentionCount + actor.quoteCount;

  test.each(['person', 'organization', 'country', 'media'])(
    'the %s section lists its actors, most mentioned and quoted first',
    (kind) => {
      const section = select(`section[aria-labelledby="kind-${kind}"]`, tree());
      expect(section).toBeDefined();
      const listed = selectAll('h3 a', section!).map(href);
      const expected = actors
        .filter((actor) => actor.kind === kind && !actor.provisional)
        .sort((a, b) => prominence(b) - prominence(a) || a.name.localeCompare(b.name))
        .map((actor) => actor.url);
      expect(listed).toEqual(expected);
    },
  );

  test('provisional actors (found in the text, not yet reviewed) have their own section, and only there', () => {
    const provisional = actors
      .filter((actor) => actor.provisional)
      .map((actor) => actor.url)
      .sort();
    const section = select('section[aria-labelledby="provisional-actors"]', tree());
    if (provisional.length === 0) {
      expect(section).toBeUndefined();
      return;
    }
    expect(selectAll('h3 a', section!).map(href).sort()).toEqual(provisional);
    expect(toString(section!)).toContain('not yet reviewed');
  });

  test('every actor is listed exactly once', () => {
    const listed = selectAll('section h3 a', tree()).map(href).sort();
    expect(listed).toEqual(actors.map((actor) => actor.url).sort());
  });
});

// ---------------------------------------------------------------------------------------------
describe('/actors/unnamed-sources/', () => {
  const unnamed = quotes.filter((quote) => quote.speaker === null && quote.speakerLabel !== null);

  test('there are unnamed sources to list', () => {
    expect(unnamed.length).toBeGreaterThan(0);
  });

  test('lists the unnamed quotes by article, one section per article that has them', () => {
    const sections = selectAll('main section', page('/actors/unnamed-sources/')).map((section) => ({
      article: String(select('h2 a', section)?.properties.href),
      quotes: selectAll('a[href*="#q-"]', section).map(href).sort(),
    }));
    const articleSlugs = [...new Set(unnamed.map((quote) => quote.article))];
    expect(sections.sort((a, b) => a.article.localeCompare(b.article))).toEqual(
      articleSlugs
        .map((slug) => ({
          article: `/articles/${slug}/`,
          quotes: unnamed
            .filter((quote) => quote.article === slug)
            .map((quote) => quote.url)
            .sort(),
        }))
        .sort((a, b) => a.article.localeCompare(b.article)),
    );
  });

  test('shows each unnamed source in the article’s own words', () => {
    const text = squash(toString(select('main', page('/actors/unnamed-sources/'))!));
    for (const label of new Set(unnamed.map((quote) => quote.speakerLabel!))) expect(text).toContain(label);
  });

  test('no unnamed source has a person page or an entry in actors.json', () => {
    const labels = [...new Set(unnamed.map((quote) => quote.speakerLabel!))];
    const withPage = labels.filter((label) => existsSync(path.join(distDir, 'actors', slugOf(label))));
    expect(withPage).toEqual([]);
    expect(actors.filter((actor) => labels.includes(actor.name))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('event pages', () => {
  test.each(events.map((event, index) => ({ slug: event.slug, index })))(
    '/events/$slug/ links to the previous and next event of events.json',
    ({ slug, index }) => {
      const pager = select('nav.pager', page(`/events/${slug}/`));
      expect(pager).toBeDefined();
      const previous = select('a[rel="prev"]', pager!);
      const next = select('a[rel="next"]', pager!);
      expect(previous ? href(previous) : null).toBe(events[index - 1]?.url ?? null);
      expect(next ? href(next) : null).toBe(events[index + 1]?.url ?? null);
      expect(selectAll('a', pager!).map(href)).toContain(`/timeline/#${slug}`);
    },
  );
});

// ---------------------------------------------------------------------------------------------
describe('/timeline/', () => {
  const tree = () => page('/timeline/');
  const entries = () => selectAll('.timeline li.timeline-event, .timeline li.timeline-coverage', tree());
  const machineDate = (event: EventExport) =>
    event.datePrecision === 'year'
      ? event.date.slice(0, 4)
      : event.datePrecision === 'month'
        ? event.date.slice(0, 7)
        : event.date;
  const sortKey = (event: EventExport) =>
    event.datePrecision === 'year'
      ? `${event.date.slice(0, 4)}-00-00`
      : event.datePrecision === 'month'
        ? `${event.date.slice(0, 7)}-00`
        : event.date;

  test('has one entry per event, its id the event slug, with exactly one <time datetime> at the event’s precision', () => {
    const items = selectAll('li.timeline-event', tree());
    expect(items.map((item) => item.properties.id).sort()).toEqual(events.map((event) => event.slug).sort());
    for (const item of items) {
      const event = events.find((e) => e.slug === item.properties.id)!;
      const times = selectAll('time', item);
      expect(
        times.map((time) => time.properties.dateTime),
        event.slug,
      ).toEqual([machineDate(event)]);
    }
  });

  test('puts the events in date order, a date known only to the year or month first in its period', () => {
    const order = selectAll('li.timeline-event', tree()).map((item) => item.properties.id);
    const expected = [...events]
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b)) || a.slug.localeCompare(b.slug))
      .map((event) => event.slug);
    expect(order).toEqual(expected);
  });

  test('marks the publication of all five articles, each after the events of its day', () => {
    const coverage = selectAll('li.timeline-coverage', tree());
    expect(coverage.map((item) => href(select('a[href^="/articles/"]', item)!)).sort()).toEqual(
      articles.map((article) => article.url).sort(),
    );
    for (const item of coverage) {
      const url = href(select('a[href^="/articles/"]', item)!);
      expect(select('time', item)?.properties.dateTime, url).toBe(articles.find((article) => article.url === url)!.publishedAt);
    }
    const all = entries();
    const datetimes = all.map((item) => String(select('time', item)?.properties.dateTime));
    expect(datetimes).toEqual([...datetimes].sort());
    all.forEach((item, index) => {
      if (!(item.properties.className as string[]).includes('timeline-coverage')) return;
      const laterEventsSameDay = all
        .slice(index + 1)
        .filter(
          (later) =>
            (later.properties.className as string[]).includes('timeline-event') &&
            select('time', later)?.properties.dateTime === datetimes[index],
        );
      expect(laterEventsSameDay.map((later) => later.properties.id)).toEqual([]);
    });
  });

  test('groups entries under a year <h2> and a month <h3>, each heading once', () => {
    const yearSections = selectAll('.timeline > section', tree());
    const years = yearSections.map((section) => toString(select('h2', section)!));
    expect(years).toEqual([...new Set(years)].sort());
    const months: string[] = [];
    for (const yearSection of yearSections) {
      const year = toString(select('h2', yearSection)!);
      for (const monthSection of selectAll('section.timeline-month', yearSection)) {
        const heading = toString(select('h3', monthSection)!);
        months.push(heading);
        for (const item of selectAll('li', monthSection).filter((li) => select('time', li))) {
          const datetime = String(select('time', item)!.properties.dateTime);
          const expected =
            datetime.length === 4
              ? `${datetime}, month not known`
              : `${MONTH_NAMES[Number(datetime.slice(5, 7)) - 1]} ${datetime.slice(0, 4)}`;
          expect(datetime.slice(0, 4), `${datetime} under year ${year}`).toBe(year);
          expect(heading, `${datetime} under month heading`).toBe(expected);
        }
      }
    }
    expect(months).toEqual([...new Set(months)]);
    expect(selectAll('.timeline li', tree()).filter((li) => li.properties.id || select('time', li)).length).toBe(
      events.length + articles.length,
    );
  });

  test('ships the filters hidden, for the script to reveal', () => {
    const form = select('#timeline-filters', tree());
    expect(form).toBeDefined();
    expect(form!.properties.hidden).toBe(true);
  });

  test('has a strip of the events: SVGs with a <title> and a <desc>, every dot a link to an entry of the list', () => {
    const svgs = selectAll('figure.strip svg', tree());
    expect(svgs.length).toBeGreaterThan(0);
    const ids = new Set(selectAll('li.timeline-event', tree()).map((item) => `#${String(item.properties.id)}`));
    for (const svg of svgs) {
      expect(squash(toString(select('title', svg)!))).not.toBe('');
      expect(squash(toString(select('desc', svg)!))).not.toBe('');
      const links = selectAll('a', svg);
      expect(links.length).toBeGreaterThan(0);
      expect(links.map(href).filter((target) => !ids.has(target))).toEqual([]);
      expect(links.filter((link) => !String(link.properties.ariaLabel ?? '').trim())).toEqual([]);
    }
  });

  test('the overview states an event known only to the year or month at that precision, not as a day', () => {
    const svg = select('figure.strip svg', tree())!;
    // Every text a reader or screen reader gets from the chart: <title>s, <desc> and aria-labels.
    const texts = [
      ...selectAll('title, desc', svg).map((node) => `<${node.tagName}> ${squash(toString(node))}`),
      ...selectAll('[aria-label]', svg).map((node) => `aria-label ${String(node.properties.ariaLabel)}`),
    ];
    const coarse = events.filter((event) => event.datePrecision !== 'day');
    expect(coarse.length).toBeGreaterThan(0);
    const asDays = coarse.flatMap((event) => {
      const [year, month, day] = event.date.split('-');
      const dayForm = `${Number(day)} ${MONTH_NAMES[Number(month) - 1]} ${year}`;
      return texts.filter((text) => text.includes(dayForm));
    });
    expect(asDays).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('/events/ coverage matrix', () => {
  test('has a ✓ exactly where events.json says the article covers the event', () => {
    const table = select('main table', page('/events/'))!;
    expect(table).toBeDefined();
    const columns = selectAll('thead th a[href^="/articles/"]', table).map((a) => href(a).split('/')[2]!);
    expect([...columns].sort()).toEqual(articles.map((article) => article.slug).sort());
    const rows = selectAll('tbody tr', table);
    expect(rows.map((row) => href(select('th a', row)!))).toEqual(events.map((event) => event.url));
    const problems: string[] = [];
    rows.forEach((row, index) => {
      const event = events[index]!;
      const cells = selectAll('td', row); // the row header holds the title and the date
      expect(cells, event.slug).toHaveLength(columns.length);
      cells.forEach((cell, column) => {
        const ticked = toString(cell).includes('✓');
        if (ticked !== event.articles.includes(columns[column]!))
          problems.push(`${event.slug} × ${columns[column]}: ${ticked ? '✓' : 'no ✓'}`);
      });
    });
    expect(problems).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('/quotes/', () => {
  const tree = () => page('/quotes/');
  const sections = () =>
    selectAll('main > section', tree()).map((section) => ({
      id: String(select('h2', section)?.properties.id),
      quotes: selectAll('a[href*="#q-"]', section).map(href).sort(),
    }));
  const namedSpeakers = [...new Set(quotes.map((quote) => quote.speaker).filter((slug): slug is string => slug !== null))];

  test('has one section per named speaker, most quoted first, then unnamed sources, then titles and scare quotes', () => {
    const expectedNamed = namedSpeakers
      .map((slug) => actorBySlug.get(slug)!)
      .sort((a, b) => b.quoteCount - a.quoteCount || a.name.localeCompare(b.name))
      .map((actor) => actor.slug);
    expect(sections().map((section) => section.id)).toEqual([...expectedNamed, 'unnamed', 'no-speaker']);
  });

  test('each section lists exactly its quotes', () => {
    const expected = [
      ...namedSpeakers.map((slug) => ({ id: slug, quotes: quotes.filter((quote) => quote.speaker === slug) })),
      { id: 'unnamed', quotes: quotes.filter((quote) => quote.speaker === null && quote.speakerLabel !== null) },
      { id: 'no-speaker', quotes: quotes.filter((quote) => quote.speakerLabel === null) },
    ].map(({ id, quotes: list }) => ({ id, quotes: list.map((quote) => quote.url).sort() }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(sections().sort(byId)).toEqual(expected.sort(byId));
  });
});

// ---------------------------------------------------------------------------------------------
describe('article pages', () => {
  test.each(articles.map((article) => article.slug))('/articles/%s/ runs no script (JSON-LD data is not a script)', (slug) => {
    const scripts = [...readDist(`articles/${slug}/index.html`).matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    expect(scripts.filter((tag) => !/type="application\/ld\+json"/.test(tag))).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
describe('quotes have no pages (each opens in its sentence: tests/build/quote-anchors.test.ts)', () => {
  test('the only page under /quotes/ is the index', () => {
    expect(listHtmlFiles().filter((file) => file.startsWith('quotes/'))).toEqual(['quotes/index.html']);
  });
});
