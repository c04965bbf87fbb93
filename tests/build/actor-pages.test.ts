/**
 * Actor pages and the actors index as a reader meets them (issue 23, item 7): "What X said" in
 * date order under plain headings, fact boxes without zero rows or the name repeated, events an
 * actor is named in, mentions folded after a few, a line under every name in the index.
 */
import type { Element } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ActorExport } from '../../src/outputs/exports.ts';
import { foldName } from '../../src/outputs/actor-facts.ts';
import { cachedPage as page } from '../helpers/cached-pages.ts';
import { assertBuilt, readDistJson, squash } from '../helpers/dist.ts';

beforeAll(assertBuilt);

const actors = readDistJson<ActorExport[]>('data/actors.json');
const text = (node: Element | undefined) => squash(node ? toString(node) : '');
const factBox = (slug: string) => select('dl.facts', page(`/actors/${slug}/`))!;
/** The fact box's counts, one line each ("3 mentions"). */
const countLines = (slug: string) => selectAll('.fact-counts > div', factBox(slug)).map((node) => text(node));
/** The fact box's rows as "term: value" pairs. */
const facts = (slug: string) => {
  const rows = new Map<string, Element>();
  let term = '';
  for (const child of factBox(slug).children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'dt') term = text(child);
    else rows.set(term, child);
  }
  return rows;
};

describe('What Donald Trump said', () => {
  const groups = selectAll('.said-group', page('/actors/donald-trump/'));

  test('the groups run newest first by their date (the event’s, else the article’s)', () => {
    const dates = groups.map((group) => String(select('.said-group__about time', group)?.properties.dateTime));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every((date) => /^\d{4}-\d{2}-\d{2}$/.test(date))).toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  test('headings carry no bracketed asides: an editors’ description is said so in words below it', () => {
    for (const group of groups) expect(text(select('h3', group))).not.toMatch(/\(headline unknown\)|\) \(/);
    const described = groups.find((group) => text(select('.said-group__about', group)).includes('headline is not known'));
    expect(text(select('.said-group__about', described))).toMatch(
      /^Article, Politico, \d+ \w+ \d{4}\. The outlet’s headline is not known/,
    );
  });
});

describe('fact boxes', () => {
  const registered = actors.filter((actor) => !actor.provisional);

  test.each(registered.map((actor) => actor.slug))('%s: no count of zero', (slug) => {
    const counts = countLines(slug);
    expect(counts.length).toBeGreaterThan(0);
    for (const line of counts) expect(line).not.toMatch(/(^|\D)0 /);
  });

  test.each(registered.map((actor) => actor.slug))('%s: "Also written" does not repeat the name', (slug) => {
    const name = text(select('h1', page(`/actors/${slug}/`)));
    const also = facts(slug).get('Also written');
    if (also) for (const spelling of text(also).split(', ')) expect(foldName(spelling)).not.toBe(foldName(name));
  });

  test('Italy is named in the Vance–Meloni meeting’s cited passage, and its page says so (not as a participant)', () => {
    expect(countLines('italy')).toEqual(['1 mention', '1 article', 'named in 1 event']);
    const item = select('.actor-events li:has(a[href="/events/vance-meloni-meeting/"])', page('/actors/italy/'));
    expect(item?.properties.dataTie).toBe('named');
    expect(text(select('section:has(#events-heading)', page('/actors/italy/')))).toContain(
      'Italy is not listed as taking part in this event; the article passage it cites as its source names it.',
    );
  });

  test('a participant stays a participant: Giorgia Meloni took part in the meeting', () => {
    const item = select('.actor-events li:has(a[href="/events/vance-meloni-meeting/"])', page('/actors/giorgia-meloni/'));
    expect(item?.properties.dataTie).toBe('participant');
    expect(countLines('giorgia-meloni')).toContain('1 event');
  });
});

describe('mentions in context', () => {
  const section = select('section:has(#mentions-heading)', page('/actors/donald-trump/'))!;

  test('five are open, the rest fold under a summary that gives their number', () => {
    const open = selectAll(':scope > ul.mentions > li', section);
    const folded = selectAll('details.mentions-more ul.mentions > li', section);
    expect(open).toHaveLength(5);
    expect(folded.length).toBeGreaterThan(0);
    expect(text(select('details.mentions-more > summary', section))).toBe(`Show all ${open.length + folded.length} mentions`);
  });

  test('an actor with few mentions has nothing to fold', () => {
    expect(select('details.mentions-more', page('/actors/italy/'))).toBeUndefined();
  });
});

describe('the actors index', () => {
  const cards = selectAll('ul.actor-cards > li', page('/actors/'));

  test('every card has a line under the name: a role, else what the description says it is', () => {
    expect(cards.length).toBeGreaterThanOrEqual(actors.filter((actor) => !actor.provisional).length);
    for (const card of cards) expect(text(select('.actor-card__line', card)), text(select('h3', card))).not.toBe('');
  });

  test('Anatol Lieven, who has no role in the articles, gets his description, not an invented title', () => {
    const lieven = cards.find((card) => text(select('h3', card)) === 'Anatol Lieven');
    expect(text(select('.actor-card__line', lieven))).toBe('Analyst quoted by Responsible Statecraft in April 2025');
  });
});

test('the actors index shows no count of zero under a name', () => {
  for (const card of selectAll('ul.actor-cards > li .meta', page('/actors/'))) expect(text(card)).not.toMatch(/(^|\D)0 /);
});
