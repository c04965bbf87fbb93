import { absoluteUrl } from '../lib/site-address.ts';
import { urls } from '../lib/urls.ts';
import type { CorpusActor, CorpusArticle, CorpusEvent } from '../corpus/index.ts';
import type { ActorKind } from '../schemas/actor.ts';
import type { EventStatus } from '../schemas/event.ts';

/** Schema.org data for pages, as JSON-LD objects (without `@context`, which the layout adds). */
type JsonLd = Record<string, unknown>;

/**
 * A page's `url`: its full address, or its root-relative path when the site was built without an
 * address (schema.org's `url` is an IRI, which JSON-LD resolves against the page itself).
 */
const absolute = (path: string, site: URL | undefined) => absoluteUrl(path, site) ?? path;

/** A NewsArticle. Unknown metadata is left out, never filled in. */
export function articleJsonLd(article: CorpusArticle, site: URL | undefined): JsonLd {
  const data = article.data;
  return {
    '@type': 'NewsArticle',
    ...(data.headline.value ? { headline: data.headline.value } : { name: article.title }),
    datePublished: article.publishedAt,
    ...(data.author.value ? { author: { '@type': 'Person', name: data.author.value } } : {}),
    ...(data.outlet.value ? { publisher: { '@type': 'NewsMediaOrganization', name: data.outlet.value } } : {}),
    ...(data.sourceUrl.value ? { isBasedOn: data.sourceUrl.value } : {}),
    url: absolute(urls.article(article.slug), site),
    wordCount: article.wordCount,
  };
}

/** The schema.org type of each kind of actor. */
const ACTOR_TYPES = {
  person: 'Person',
  organization: 'Organization',
  country: 'Country',
  media: 'NewsMediaOrganization',
} satisfies Record<ActorKind, string>;

/** A Person, Organization, Country or NewsMediaOrganization. */
export function actorJsonLd(actor: CorpusActor, site: URL | undefined): JsonLd {
  const role = actor.data.roles[0]?.title;
  return {
    '@type': ACTOR_TYPES[actor.data.kind] ?? 'Thing',
    name: actor.data.name,
    ...(actor.data.aliases.length > 0 ? { alternateName: actor.data.aliases } : {}),
    description: actor.data.description,
    ...(role && actor.data.kind === 'person' ? { jobTitle: role } : {}),
    url: absolute(urls.actor(actor.slug), site),
  };
}

/** The schema.org event status of each status. */
const EVENT_STATUS = {
  held: 'https://schema.org/EventScheduled',
  reported: 'https://schema.org/EventScheduled',
  announced: 'https://schema.org/EventScheduled',
  planned: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
} satisfies Record<EventStatus, string>;

/** An Event; dates known only to the month or year are given at that precision. */
export function eventJsonLd(event: CorpusEvent, site: URL | undefined): JsonLd {
  const data = event.data;
  const startDate =
    data.datePrecision === 'day' ? data.date : data.datePrecision === 'month' ? data.date.slice(0, 7) : data.date.slice(0, 4);
  return {
    '@type': 'Event',
    name: data.title,
    startDate,
    ...(data.endDate ? { endDate: data.endDate } : {}),
    eventStatus: EVENT_STATUS[data.status],
    ...(data.location ? { location: { '@type': 'Place', name: data.location } } : {}),
    description: data.summary,
    performer: event.actors.map((actor) => ({ '@type': ACTOR_TYPES[actor.data.kind] ?? 'Thing', name: actor.data.name })),
    url: absolute(urls.event(event.slug), site),
  };
}
