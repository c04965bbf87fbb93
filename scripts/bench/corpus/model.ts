/**
 * The generator's model of a news world, decided before any text is written: actors with the
 * forms the text writes them in, the plan of each article (date, outlet, cast) and of each event
 * (who, where, when, which articles report it).
 */
import type { ActorKind } from '../../../src/schemas/actor.ts';
import type { EventData } from '../../../src/schemas/event.ts';
import type { Random } from './random.ts';

export type { ActorKind };

/** An actor with the text forms the generator writes it in. */
export interface Actor {
  slug: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** How later mentions write it: a surname, an acronym, or the name. */
  short: string;
  description: string;
  role?: { title: string; asOf: string };
  affiliation?: string;
  pronoun?: 'he' | 'she';
  /** Countries only. */
  adjective?: string;
  capital?: string;
}

/** The actors an article is about. */
export interface Cast {
  people: Actor[];
  countries: Actor[];
  organizations: Actor[];
}

/** One place an event is reported: the excerpt, and how the article dates it. */
export interface EventSource {
  event: EventPlan;
  article: ArticlePlan;
  excerpt: string;
  /** A quote by a participant, linked to the event by hand (the event's `quotes`). */
  curatedQuote?: string;
}

/** One event, with the articles that report it. */
export interface EventPlan {
  index: number;
  slug: string;
  title: string;
  date: string;
  precision: 'day' | 'month';
  endDate?: string;
  status: EventData['status'];
  kind: EventKind;
  location?: string;
  participants: Actor[];
  sources: EventSource[];
  summary: string;
  /** The names, places and topic the excerpts are written from. */
  context: EventContext;
}

/** One article before its text is written. */
export interface ArticlePlan {
  index: number;
  slug: string;
  published: string;
  outlet: Actor;
  headline: string;
  cast: Cast;
  reports: EventSource[];
}

/** The kinds of event the generator writes: some of the schema's (`src/schemas/event.ts`). */
export type EventKind = Extract<
  EventData['kind'],
  'talks' | 'meeting' | 'call' | 'summit' | 'statement' | 'interview' | 'sanctions' | 'attack' | 'plan' | 'hearing'
>;

/** The names, places and topic an event's title, summary and excerpts are written from. */
export interface EventContext {
  city: string;
  topic: string;
  outlet: Actor;
  country: Actor;
  otherCountry: Actor;
}

/** Draws an actor of one kind, the prominent ones most often. */
export interface Pickers {
  pickPerson: (random: Random) => Actor;
  pickCountry: (random: Random) => Actor;
  pickOrganization: (random: Random) => Actor;
  pickOutlet: (random: Random) => Actor;
}

/** The planned world: every actor, article and event, and how attention is spread over them. */
export interface World extends Pickers {
  actors: Actor[];
  articles: ArticlePlan[];
  events: EventPlan[];
  outlets: Actor[];
}
