/**
 * The world of a synthetic corpus, planned before any text is written: the actors, one plan per
 * article (publication date, outlet, headline, cast) and the events, each reported first by one
 * article and then by others in the following weeks. Attention is uneven, as in the news: a few
 * people and countries are in most stories.
 */
import { partitionPoint } from '../../../src/lib/partition-point.ts';
import { createActors } from './actors.ts';
import { addDaysIso } from './dates.ts';
import { addSource, planEvent } from './events.ts';
import { createFiller } from './fill.ts';
import type { ArticlePlan, Cast, EventPlan, World } from './model.ts';
import type { CorpusOptions } from './options.ts';
import { createRandom, createZipfSampler, distinct, weighted } from './random.ts';
import { uniqueSlug } from './text.ts';
import * as words from './vocabulary.ts';

/** Plans the whole corpus from resolved options; each article and event draws from its own seeded stream. */
export function planWorld(options: Required<CorpusOptions>): World {
  const { countries, organizations, outlets, people } = createActors(options);
  // Attention is uneven, as in the news: a few people and countries are in most stories.
  const pickPerson = createZipfSampler(people, 1);
  const pickCountry = createZipfSampler(countries, 1.1);
  const pickOrganization = createZipfSampler(organizations, 0.8);
  const pickOutlet = createZipfSampler(outlets, 0.7);

  const usedSlugs = new Set<string>();
  const articles: ArticlePlan[] = [];
  for (let index = 0; index < options.articles; index++) {
    const random = createRandom(`${options.seed}:article:${index}:plan`);
    const cast: Cast = {
      people: distinct(random, pickPerson, random.int(3, 6)),
      countries: distinct(random, pickCountry, random.int(1, 3)),
      organizations: distinct(random, pickOrganization, random.int(0, 2)),
    };
    const published = addDaysIso(options.startDate, random.int(0, options.days - 1));
    const fill = createFiller(
      random,
      cast,
      { pickPerson, pickCountry, pickOrganization, pickOutlet },
      published,
      (person) => person.name,
    );
    const headline = fill(random.pick(words.HEADLINES));
    articles.push({
      index,
      slug: uniqueSlug(headline.slice(0, 80), usedSlugs),
      published,
      outlet: pickOutlet(random),
      headline,
      cast,
      reports: [],
    });
  }

  const byDate = [...articles].sort((a, b) => a.published.localeCompare(b.published) || a.index - b.index);
  const eventSlugs = new Set<string>();
  const events: EventPlan[] = [];
  for (let index = 0; index < options.events; index++) {
    const random = createRandom(`${options.seed}:event:${index}`);
    const primary = articles[random.int(0, articles.length - 1)]!;
    const event = planEvent(index, random, primary, { pickPerson, pickCountry, outlets }, eventSlugs);
    addSource(event, primary, random, true);
    // Other outlets report it in the weeks after.
    const secondary = weighted(random, [0, 1, 2, 3], [0.3, 0.35, 0.25, 0.1]);
    const from = lowerBound(byDate, event.date);
    const to = lowerBound(byDate, addDaysIso(event.date, 41));
    const candidates = byDate.slice(from, to).filter((article) => article !== primary);
    for (const article of random.sample(candidates, secondary)) addSource(event, article, random, false);
    events.push(event);
  }
  return {
    actors: [...countries, ...organizations, ...outlets, ...people],
    articles,
    events,
    outlets,
    pickPerson,
    pickCountry,
    pickOrganization,
    pickOutlet,
  };
}

/** Index of the first article published on or after `date` in a date-sorted list. */
function lowerBound(articles: ArticlePlan[], date: string): number {
  return partitionPoint(articles.length, (index) => articles[index]!.published >= date);
}
