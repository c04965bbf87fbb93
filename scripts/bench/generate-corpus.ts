/**
 * Synthetic corpora for the benchmark (issue: "Corpus generator"): N articles with bodies shaped
 * like the real ones (paragraph and sentence lengths, quotes closed by "X said", unnamed officials,
 * relative dates), a few hundred actors with aliases and a few thousand events whose excerpts are
 * copied from the generated bodies, all valid against `src/schemas/`. Written to its own content
 * folder (built with `DOSSIER_CONTENT_DIR`), so the real corpus is never touched.
 *
 * Deterministic: the same options give byte-identical files on every machine. Each actor list,
 * article and event draws from its own seeded stream, so articles can be produced one at a time.
 *
 * Usage: node scripts/bench/generate-corpus.ts --articles 1000 [--seed dossier] [--out dir]
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { slugFromFileName } from '../../src/corpus/slugs.ts';
import { isoDateToUtc, utcToIsoDate } from '../../src/lib/iso-date.ts';
import { createRandom, createZipfSampler, hashSeed, type Random } from './random.ts';
import * as words from './corpus-vocabulary.ts';

/** What to generate. Only `articles` is required; the rest scale with it. */
export interface CorpusOptions {
  /** Number of articles. */
  articles: number;
  /** Seed of every random choice; the same seed gives the same corpus. Default `dossier`. */
  seed?: string;
  /** Number of actors (people, organizations, countries, media). Default: 300 from 1,000 articles on. */
  actors?: number;
  /** Number of events. Default: 0.3 per article (3,000 for 10,000 articles). */
  events?: number;
  /** First possible publication date. Default 2024-01-01. */
  startDate?: string;
  /** Publication dates fall in `startDate` plus this many days. Default 730. */
  days?: number;
}

/** One file of the corpus, by its path inside the content folder (`articles/x.md`). */
export interface CorpusFile {
  path: string;
  content: string;
}

/** Counts of what was generated. */
export interface CorpusSummary {
  seed: string;
  articles: number;
  actors: number;
  events: number;
  eventSources: number;
  /** Quotes written into the bodies (the analysis may split or merge a few differently). */
  quotes: number;
  paragraphs: number;
  words: number;
}

type ActorKind = 'person' | 'organization' | 'country' | 'media';

/** An actor with the text forms the generator writes it in. */
interface Actor {
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

interface Cast {
  people: Actor[];
  countries: Actor[];
  organizations: Actor[];
}

/** One place an event is reported: the excerpt, and how the article dates it. */
interface EventSource {
  event: EventPlan;
  article: ArticlePlan;
  excerpt: string;
  /** A quote by a participant, linked to the event by hand (the event's `quotes`). */
  curatedQuote?: string;
}

interface EventPlan {
  index: number;
  slug: string;
  title: string;
  date: string;
  precision: 'day' | 'month';
  endDate?: string;
  status: 'held' | 'announced' | 'planned' | 'cancelled' | 'reported';
  kind: EventKind;
  location?: string;
  participants: Actor[];
  sources: EventSource[];
  summary: string;
  /** The names, places and topic the excerpts are written from. */
  context: EventContext;
}

interface ArticlePlan {
  index: number;
  slug: string;
  published: string;
  outlet: Actor;
  headline: string;
  cast: Cast;
  reports: EventSource[];
}

type EventKind = 'talks' | 'meeting' | 'call' | 'summit' | 'statement' | 'interview' | 'sanctions' | 'attack' | 'plan' | 'hearing';

const EVENT_KINDS: readonly EventKind[] = ['talks', 'talks', 'meeting', 'meeting', 'call', 'summit', 'statement', 'interview', 'sanctions', 'attack', 'plan', 'hearing'];

/** Defaults that scale with the corpus; see `CorpusOptions`. */
export function resolveOptions(options: CorpusOptions): Required<CorpusOptions> {
  const articles = Math.max(1, Math.floor(options.articles));
  return {
    articles,
    seed: options.seed ?? 'dossier',
    actors: options.actors ?? Math.min(300, 60 + Math.round(articles * 0.24)),
    events: options.events ?? Math.max(3, Math.round(articles * 0.3)),
    startDate: options.startDate ?? '2024-01-01',
    days: options.days ?? 730,
  };
}

/**
 * Every file of the corpus, one at a time (a 10,000-article corpus never has to sit in memory as
 * text): actors, then events, then each article with its raw file, then `corpus.json`.
 */
export function* generateCorpusFiles(options: CorpusOptions): Generator<CorpusFile, CorpusSummary> {
  const resolved = resolveOptions(options);
  const world = planWorld(resolved);
  for (const actor of world.actors) yield { path: `actors/${actor.slug}.yaml`, content: actorYaml(actor) };
  for (const event of world.events) yield { path: `events/${event.slug}.yaml`, content: eventYaml(event) };
  const summary: CorpusSummary = {
    seed: resolved.seed,
    articles: world.articles.length,
    actors: world.actors.length,
    events: world.events.length,
    eventSources: world.events.reduce((sum, event) => sum + event.sources.length, 0),
    quotes: 0,
    paragraphs: 0,
    words: 0,
  };
  for (const article of world.articles) {
    const written = writeArticle(article, world, resolved.seed);
    summary.quotes += written.quotes;
    summary.paragraphs += written.paragraphs;
    summary.words += written.words;
    yield { path: `articles/${article.slug}.md`, content: written.markdown };
    yield { path: `raw/${written.rawFile}`, content: written.raw };
  }
  yield { path: 'corpus.json', content: `${JSON.stringify({ generator: 'scripts/bench/generate-corpus.ts', options: resolved, summary }, null, 2)}\n` };
  return summary;
}

/** The whole corpus in memory (tests, small corpora). */
export function generateCorpus(options: CorpusOptions): { files: CorpusFile[]; summary: CorpusSummary } {
  const files: CorpusFile[] = [];
  const iterator = generateCorpusFiles(options);
  for (;;) {
    const step = iterator.next();
    if (step.done) return { files, summary: step.value };
    files.push(step.value);
  }
}

/** Writes a corpus into `dir`, replacing what was there. */
export async function writeCorpus(options: CorpusOptions, dir: string): Promise<CorpusSummary> {
  await rm(dir, { recursive: true, force: true });
  for (const folder of ['articles', 'actors', 'events', 'raw']) await mkdir(path.join(dir, folder), { recursive: true });
  const iterator = generateCorpusFiles(options);
  let batch: Promise<void>[] = [];
  for (;;) {
    const step = iterator.next();
    if (step.done) {
      await Promise.all(batch);
      return step.value;
    }
    batch.push(writeFile(path.join(dir, step.value.path), step.value.content));
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The world: actors, article plans and events, decided before any body is written.

interface World {
  actors: Actor[];
  articles: ArticlePlan[];
  events: EventPlan[];
  outlets: Actor[];
  pickPerson: (random: Random) => Actor;
  pickCountry: (random: Random) => Actor;
  pickOrganization: (random: Random) => Actor;
  pickOutlet: (random: Random) => Actor;
}

function planWorld(options: Required<CorpusOptions>): World {
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
    const fill = createFiller(random, cast, { pickPerson, pickCountry, pickOrganization, pickOutlet }, published, (person) => person.name);
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

function createActors(options: Required<CorpusOptions>) {
  const random = createRandom(`${options.seed}:actors`);
  const total = Math.max(12, options.actors);
  const countryCount = Math.min(words.COUNTRIES.length, Math.max(4, Math.round(total * 0.12)));
  const outletCount = Math.min(words.OUTLETS.length, Math.max(4, Math.round(total * 0.07)));
  const organizationCount = Math.max(2, Math.round(total * 0.13));
  const personCount = Math.min(words.SURNAMES.length, total - countryCount - outletCount - organizationCount);
  const asOf = () => addDaysIso(options.startDate, random.int(0, options.days - 1));

  const countries: Actor[] = words.COUNTRIES.slice(0, countryCount).map((country) => ({
    slug: slugFromFileName(`${country.name}.yaml`),
    name: country.name,
    kind: 'country',
    aliases: [country.capital, ...(country.aliases ?? [])],
    short: country.name,
    adjective: country.adjective,
    capital: country.capital,
    description: `A country in the synthetic benchmark corpus; ${country.capital} stands for its government in the articles.`,
  }));

  const combinations = random.shuffle(
    words.ORGANIZATION_PARTS.regions.flatMap((region) =>
      words.ORGANIZATION_PARTS.domains.flatMap((domain) => words.ORGANIZATION_PARTS.bodies.map((body) => `${region} ${domain} ${body}`)),
    ),
  );
  const acronyms = new Map<string, number>();
  const organizationNames = combinations.slice(0, organizationCount);
  const acronymOf = (name: string) => name.split(' ').map((word) => word[0]).join('');
  for (const name of organizationNames) acronyms.set(acronymOf(name), (acronyms.get(acronymOf(name)) ?? 0) + 1);
  const organizations: Actor[] = organizationNames.map((name) => {
    const acronym = acronymOf(name);
    const unique = acronyms.get(acronym) === 1 && acronym.length >= 3;
    return {
      slug: slugFromFileName(`${name}.yaml`),
      name,
      kind: 'organization',
      aliases: unique ? [acronym] : [],
      short: unique ? acronym : name,
      description: `A policy body in the synthetic benchmark corpus, cited on the talks and their cost.`,
    };
  });

  const outlets: Actor[] = words.OUTLETS.slice(0, outletCount).map((name) => ({
    slug: slugFromFileName(`${name}.yaml`),
    name,
    kind: 'media',
    aliases: [],
    short: name,
    description: `A news outlet in the synthetic benchmark corpus: it publishes articles and is cited by others.`,
  }));

  const pickAffiliationCountry = createZipfSampler(countries, 0.9);
  const people: Actor[] = random.shuffle(words.SURNAMES).slice(0, personCount).map((surname) => {
    const [first, pronoun] = random.pick(words.FIRST_NAMES);
    const name = `${first} ${surname}`;
    const aliases = [surname];
    const longer = words.FIRST_NAME_VARIANTS[first];
    if (longer && random.chance(0.6)) aliases.push(`${longer} ${surname}`);
    if (surname.endsWith('ov') && random.chance(0.3)) aliases.push(`${surname.slice(0, -2)}off`);
    const roll = random.next();
    let role: string;
    let affiliation: string;
    if (roll < 0.72) {
      const country = pickAffiliationCountry(random);
      role = random.pick(words.COUNTRY_ROLES).replace('{adj}', country.adjective!);
      affiliation = country.slug;
    } else if (roll < 0.93) {
      const organization = random.pick(organizations);
      role = random.pick(words.ORGANIZATION_ROLES).replace('{org}', organization.name);
      affiliation = organization.slug;
    } else {
      const outlet = random.pick(outlets);
      role = random.pick(words.MEDIA_ROLES).replace('{org}', outlet.name);
      affiliation = outlet.slug;
    }
    return {
      slug: slugFromFileName(`${name}.yaml`),
      name,
      kind: 'person',
      aliases,
      short: surname,
      pronoun,
      role: { title: role, asOf: asOf() },
      affiliation,
      description: `${capitalize(role)}, quoted on the talks in the synthetic benchmark corpus.`,
    };
  });
  return { countries, organizations, outlets, people };
}

function planEvent(
  index: number,
  random: Random,
  primary: ArticlePlan,
  pickers: { pickPerson: (r: Random) => Actor; pickCountry: (r: Random) => Actor; outlets: Actor[] },
  usedSlugs: Set<string>,
): EventPlan {
  const kind = random.pick(EVENT_KINDS);
  const [a, b] = primary.cast.people.length >= 2 ? random.sample(primary.cast.people, 2) : [primary.cast.people[0]!, pickers.pickPerson(random)];
  const personA = a!;
  const personB = b !== undefined && b !== personA ? b : pickers.pickPerson(random);
  const country = random.pick(primary.cast.countries);
  const otherCountry = primary.cast.countries.find((c) => c !== country) ?? pickers.pickCountry(random);
  const city = random.chance(0.6) ? random.pick(words.VENUES) : (otherCountry.capital ?? random.pick(words.VENUES));
  const topic = random.pick(words.TOPICS).replaceAll('{C}', country.name);
  const outlet = random.pick(pickers.outlets);

  const statusRoll = random.next();
  const status: EventPlan['status'] = statusRoll < 0.7 ? 'held' : statusRoll < 0.8 ? 'reported' : statusRoll < 0.9 ? 'announced' : statusRoll < 0.97 ? 'planned' : 'cancelled';
  const precision = random.chance(0.08) ? 'month' : 'day';
  let date = status === 'planned' ? addDaysIso(primary.published, random.int(1, 20)) : addDaysIso(primary.published, -random.int(0, 12));
  if (precision === 'month') date = `${date.slice(0, 7)}-01`;
  const endDate = precision === 'day' && (kind === 'talks' || kind === 'summit') && random.chance(0.2) ? addDaysIso(date, random.int(1, 2)) : undefined;

  const two = `${personA.short}–${personB.short}`;
  const titles: Record<EventKind, string> = {
    talks: `${two} talks in ${city}`,
    meeting: `${personA.short} meets ${personB.short} in ${city}`,
    call: `${two} phone call`,
    summit: `${city} summit`,
    statement: `${personA.short}’s statement on ${topic}`,
    interview: `${personA.short} interview with the ${outlet.name}`,
    sanctions: `${country.name} sanctions on ${otherCountry.name}`,
    attack: `Drone attack on ${city}`,
    plan: `${country.adjective} peace plan`,
    hearing: `${personA.short} hearing on ${topic}`,
  };
  const participants: Record<EventKind, Actor[]> = {
    talks: [personA, personB],
    meeting: [personA, personB],
    call: [personA, personB],
    summit: [personA, personB, country],
    statement: [personA],
    interview: [personA, outlet],
    sanctions: [country, otherCountry],
    attack: [otherCountry],
    plan: [personA, country],
    hearing: [personA],
  };
  const title = titles[kind];
  const context: EventContext = { city, topic, outlet, country, otherCountry };
  const place = kind === 'call' || kind === 'statement' || kind === 'interview' ? undefined : city;
  return {
    index,
    slug: uniqueSlug(title, usedSlugs),
    title,
    date,
    precision,
    ...(endDate ? { endDate } : {}),
    status,
    kind,
    ...(place ? { location: place } : {}),
    participants: participants[kind],
    sources: [],
    summary: `${eventSentence(kind, participants[kind], context)}. The synthetic benchmark corpus reports it as ${status}.`,
    context,
  };
}

interface EventContext {
  city: string;
  topic: string;
  outlet: Actor;
  country: Actor;
  otherCountry: Actor;
}

/** A plain sentence saying what happened, for the event's summary. */
function eventSentence(kind: EventKind, people: Actor[], context: EventContext): string {
  const [a, b] = people;
  switch (kind) {
    case 'talks':
      return `${a!.name} and ${b!.name} held talks in ${context.city} on ${context.topic}`;
    case 'meeting':
      return `${a!.name} met ${b!.name} in ${context.city}`;
    case 'call':
      return `${a!.name} and ${b!.name} spoke by phone about ${context.topic}`;
    case 'summit':
      return `Leaders including ${a!.name} and ${b!.name} met at a summit in ${context.city}`;
    case 'statement':
      return `${a!.name} issued a statement on ${context.topic}`;
    case 'interview':
      return `${a!.name} gave an interview to the ${context.outlet.name}`;
    case 'sanctions':
      return `${context.country.name} announced sanctions on ${context.otherCountry.name}`;
    case 'attack':
      return `A drone attack struck ${context.city}`;
    case 'plan':
      return `${a!.name} presented a ${context.country.adjective} peace plan`;
    case 'hearing':
      return `${a!.name} testified before lawmakers on ${context.topic}`;
  }
}

/** Ways an article can report an event; each is copied verbatim into the body as the excerpt. */
function excerptPhrasings(event: EventPlan): string[] {
  const { city, topic, outlet, country, otherCountry } = event.context;
  const [a, b] = event.participants;
  switch (event.kind) {
    case 'talks':
      return [`${a!.name} held talks with ${b!.name} in ${city}`, `the talks between ${a!.name} and ${b!.name} in ${city}`, `${b!.name} sat down with ${a!.name} in ${city}`];
    case 'meeting':
      return [`${a!.name} met ${b!.name} in ${city}`, `the meeting between ${a!.name} and ${b!.name} in ${city}`];
    case 'call':
      return [`${a!.name} spoke by phone with ${b!.name}`, `the phone call between ${a!.name} and ${b!.name}`];
    case 'summit':
      return [`the summit in ${city}`, `${a!.name} and ${b!.name} attended the summit in ${city}`];
    case 'statement':
      return [`${a!.name} issued a statement on ${topic}`, `a statement from ${a!.name} on ${topic}`];
    case 'interview':
      return [`${a!.name} told the ${outlet.name} in an interview`, `an interview with the ${outlet.name}, in which ${a!.name}`];
    case 'sanctions':
      return [`${country.name} announced new sanctions on ${otherCountry.name}`, `the new ${country.adjective} sanctions on ${otherCountry.name}`];
    case 'attack':
      return [`a drone attack on ${city}`, `the drone strike on ${city}`];
    case 'plan':
      return [`the ${country.adjective} peace plan presented by ${a!.name}`, `${a!.name} presented a ${country.adjective} peace plan`];
    case 'hearing':
      return [`${a!.name} testified before lawmakers on ${topic}`, `the hearing on ${topic}, where ${a!.name}`];
  }
}

function addSource(event: EventPlan, article: ArticlePlan, random: Random, primary: boolean): void {
  const excerpt = random.pick(excerptPhrasings(event));
  const speaker = event.participants.find((actor) => actor.kind === 'person');
  // One primary source in ten carries a quote the automatic link misses (it is in the next
  // paragraph), so the event names it in `quotes`, as editors do.
  const curatedQuote =
    primary && speaker && random.chance(0.1)
      ? `The ${event.kind === 'call' ? 'call' : 'meeting'} with ${event.participants.find((p) => p !== speaker)?.name ?? 'them'}${event.kind === 'call' ? '' : ` in ${event.context.city}`} was ${random.pick(['useful', 'difficult', 'frank', 'long'])}, and we agreed to keep talking`
      : undefined;
  const source: EventSource = { event, article, excerpt, ...(curatedQuote ? { curatedQuote } : {}) };
  event.sources.push(source);
  article.reports.push(source);
}

// ---------------------------------------------------------------------------------------------
// Writing an article

interface WrittenArticle {
  markdown: string;
  raw: string;
  rawFile: string;
  quotes: number;
  paragraphs: number;
  words: number;
}

interface Pickers {
  pickPerson: (random: Random) => Actor;
  pickCountry: (random: Random) => Actor;
  pickOrganization: (random: Random) => Actor;
  pickOutlet: (random: Random) => Actor;
}

/** Fills a template's placeholders from the article's cast; people are named in full the first time. */
function createFiller(random: Random, cast: Cast, pickers: Pickers, published: string, refer: (person: Actor) => string) {
  return (template: string): string => {
    const people = cast.people.length >= 2 ? random.sample(cast.people, 2) : [cast.people[0] ?? pickers.pickPerson(random), pickers.pickPerson(random)];
    const countries = cast.countries.length >= 2 ? random.sample(cast.countries, 2) : [cast.countries[0] ?? pickers.pickCountry(random), pickers.pickCountry(random)];
    if (countries[1] === countries[0]) countries[1] = pickers.pickCountry(random);
    const organization = cast.organizations.length > 0 ? random.pick(cast.organizations) : pickers.pickOrganization(random);
    const [c1, c2] = [countries[0]!, countries[1]!];
    const topic = () => random.pick(words.TOPICS).replaceAll('{C}', random.pick(cast.countries.length ? cast.countries : [c1]).name);
    const values: Record<string, () => string> = {
      P: () => refer(people[0]!),
      P2: () => refer(people[1]!),
      S: () => people[0]!.short,
      S2: () => people[1]!.short,
      C: () => c1.name,
      C2: () => c2.name,
      Cadj: () => c1.adjective!,
      Ccap: () => c1.capital!,
      Ccap2: () => c2.capital!,
      O: () => organization.name,
      M: () => pickers.pickOutlet(random).name,
      T: topic,
      T2: topic,
      D: () => pastDate(random, published),
      F: () => random.pick(words.FUTURE_DATE_PHRASES),
      city: () => random.pick(words.VENUES),
      num: () => random.pick(words.NUMBERS),
      Month: () => random.pick(words.MONTH_NAMES),
    };
    return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key]?.() ?? whole);
  };
}

function pastDate(random: Random, published: string): string {
  const roll = random.next();
  if (roll < 0.45) return `on ${words.WEEKDAY_NAMES[isoWeekday(addDaysIso(published, -random.int(1, 6)))]!}`;
  if (roll < 0.8) return random.pick(words.PAST_DATE_PHRASES);
  if (roll < 0.9) return `in ${random.pick(words.MONTH_NAMES)}`;
  const date = addDaysIso(published, -random.int(7, 60));
  return `on ${words.MONTH_NAMES[Number(date.slice(5, 7)) - 1]!} ${Number(date.slice(8, 10))}`;
}

/** How an article dates an event it reports, relative to its own publication date. */
function eventDatePhrase(event: EventPlan, published: string): string {
  const month = (date: string) => words.MONTH_NAMES[Number(date.slice(5, 7)) - 1]!;
  if (event.precision === 'month') return event.date <= published ? `in ${month(event.date)}` : 'next month';
  const days = Math.round((Date.parse(`${published}T00:00:00Z`) - Date.parse(`${event.date}T00:00:00Z`)) / 86_400_000);
  if (days < 0) return days >= -6 ? `next ${words.WEEKDAY_NAMES[isoWeekday(event.date)]!}` : 'next month';
  if (days <= 6) return `on ${words.WEEKDAY_NAMES[isoWeekday(event.date)]!}`;
  if (days <= 13) return 'last week';
  return `on ${month(event.date)} ${Number(event.date.slice(8, 10))}`;
}

const LOWERCASE_EXCERPT_FRAMES = [
  'Little came of', 'Much of the attention was on', 'Officials are still weighing the outcome of', 'Markets barely reacted to',
  'Diplomats in several capitals were briefed on',
];
const EVENT_TAILS = [
  ', according to people familiar with the matter', ', the first such contact in weeks', ', though neither side released details',
  ', a step officials had been working toward for months', ', days after the last round of talks ended without agreement', '',
];

function writeArticle(article: ArticlePlan, world: World, seed: string): WrittenArticle {
  const random = createRandom(`${seed}:article:${article.index}:body`);
  const mentioned = new Set<string>();
  /** Full name the first time, the short form after. */
  const refer = (person: Actor) => {
    if (mentioned.has(person.slug)) return person.short;
    mentioned.add(person.slug);
    return person.name;
  };
  const fill = createFiller(random, article.cast, world, article.published, refer);
  const quoteTexts: string[] = [];
  const reserved = article.reports.flatMap((source) => (source.curatedQuote ? [source.curatedQuote] : []));

  const statement = (): string => {
    for (let attempt = 0; ; attempt++) {
      let text = fill(random.pick(words.STATEMENT_OPENERS));
      // Statements run from a clause to several sentences (real quotes: median 15 words, p90 41).
      if (random.chance(0.3)) text += `, and ${lowerFirst(fill(random.pick(words.STATEMENT_OPENERS)))}`;
      if (random.chance(0.45)) text += `. ${fill(random.pick(words.STATEMENT_FOLLOW_UPS)).replace(/\.$/, '')}`;
      if (random.chance(0.15)) text += `. ${fill(random.pick(words.STATEMENT_OPENERS))}`;
      const clashes = quoteTexts.some((other) => other.startsWith(text) || text.startsWith(other.replace(/[,.]$/, '')))
        || reserved.some((other) => other.includes(text) || text.includes(other));
      if (!clashes || attempt >= 6) return text;
    }
  };
  const speakerOf = () => random.pick(article.cast.people.slice(0, Math.max(1, Math.min(article.cast.people.length, random.int(1, 4)))));
  const unnamedIntroduction = () => {
    const [introduction, back] = random.pick(words.UNNAMED_SOURCES);
    return [introduction.replace('{adj}', random.pick(article.cast.countries).adjective!), back] as const;
  };
  const recordQuote = (text: string) => {
    quoteTexts.push(text);
    return text;
  };

  let lastSpeaker: Actor | null = null;
  let lastUnnamed: string | null = null;

  const builders: Array<[weight: number, build: () => string | null]> = [
    [0.28, () => narrative(weighted(random, [1, 2, 3, 4], [0.15, 0.4, 0.3, 0.15]))],
    [0.27, () => {
      const speaker = speakerOf();
      const text = recordQuote(`${statement()},`);
      const firstTime = !mentioned.has(speaker.slug);
      lastSpeaker = speaker;
      const attribution = firstTime
        ? `said ${refer(speaker)}, the ${speaker.role!.title}.`
        : random.chance(0.25)
          ? `${refer(speaker)} told the ${world.pickOutlet(random).name} ${pastDate(random, article.published)}.`
          : `${refer(speaker)} said.`;
      const more = random.chance(0.7) ? ` ${sentence()}` : '';
      return `“${text}” ${attribution}${more}`;
    }],
    [0.08, () => {
      const speaker = speakerOf();
      lastSpeaker = speaker;
      if (random.chance(0.5)) {
        const text = recordQuote(`${statement()}.`);
        return `In a statement ${pastDate(random, article.published)}, ${refer(speaker)} said: “${text}” ${sentence()}`;
      }
      const fragment = recordQuote(`${random.pick(words.FRAGMENTS)}.`);
      return `${capitalize(refer(speaker))} said ${pastDate(random, article.published)} that ${fill('{T}')} was “${fragment}” ${sentence()}`;
    }],
    [0.08, () => {
      if (!lastSpeaker) return null;
      const text = recordQuote(`${statement()},`);
      return `“${text}” ${lastSpeaker.pronoun} said.`;
    }],
    [0.1, () => {
      const [introduction, back] = unnamedIntroduction();
      lastUnnamed = back;
      lastSpeaker = null;
      const text = recordQuote(`${statement()},`);
      const anonymity = random.chance(0.5) ? ', who was granted anonymity to discuss private conversations' : '';
      return `“${text}” said ${introduction}${anonymity}. ${sentence()}`;
    }],
    [0.05, () => {
      if (!lastUnnamed) return null;
      const text = recordQuote(`${statement()},`);
      return `“${text}” ${lastUnnamed} said.`;
    }],
    [0.06, () => {
      const speaker = speakerOf();
      lastSpeaker = speaker;
      const fragment = recordQuote(random.pick(words.FRAGMENTS));
      return `${capitalize(refer(speaker))} called ${fill('{T}')} “${fragment}” and said the two sides would meet again ${random.pick(words.FUTURE_DATE_PHRASES)}. ${sentence()}`;
    }],
    [0.02, () => {
      const speaker = speakerOf();
      const title = recordQuote(random.pick(words.SHOW_TITLES));
      return `${capitalize(refer(speaker))} made the remarks in an interview with “${title}” on the ${world.pickOutlet(random).name} ${pastDate(random, article.published)}. ${sentence()}`;
    }],
    [0.02, () => {
      const scare = recordQuote(random.pick(words.SCARE_QUOTES));
      return `Officials in ${fill('{Ccap}')} refer to the arrangement as a “${scare}” rather than a settlement. ${sentence()}`;
    }],
  ];

  /** A reporter's sentence, one in two lengthened by a clause (the real sentences run 12 to 46 words). */
  function sentence(): string {
    const text = fill(random.pick(words.NARRATIVE_SENTENCES));
    if (!random.chance(0.5) || !text.endsWith('.')) return text;
    return `${text.slice(0, -1)}${fill(random.pick(words.SENTENCE_EXTENSIONS))}.`;
  }

  function narrative(sentences: number): string {
    return Array.from({ length: sentences }, sentence).join(' ');
  }

  function eventParagraph(source: EventSource): string[] {
    const { event, excerpt } = source;
    for (const actor of event.participants) if (excerpt.includes(actor.name)) mentioned.add(actor.slug);
    const when = eventDatePhrase(event, article.published);
    const tail = random.pick(EVENT_TAILS);
    const report = /^\p{Lu}/u.test(excerpt)
      ? `${excerpt} ${when}${tail}.`
      : `${random.pick(LOWERCASE_EXCERPT_FRAMES)} ${excerpt} ${when}${tail}.`;
    const speaker = event.participants.find((actor) => actor.kind === 'person');
    const paragraphs: string[] = [];
    if (speaker && random.chance(0.5)) {
      // A quote by a participant in the paragraph that reports the event: linked automatically.
      const text = recordQuote(`${statement()},`);
      paragraphs.push(`${report} “${text}” ${speaker.short} said afterwards.`);
      lastSpeaker = speaker;
    } else {
      paragraphs.push(`${report} ${sentence()}`);
    }
    if (source.curatedQuote && speaker) {
      recordQuote(`${source.curatedQuote},`);
      paragraphs.push(`“${source.curatedQuote},” ${speaker.short} said later. ${sentence()}`);
      lastSpeaker = speaker;
    }
    return paragraphs;
  }

  // Paragraph count and shape follow the real articles (10 to 27 paragraphs, about 53 words each).
  const target = Math.round(Math.min(30, Math.max(8, random.normal(15, 5))));
  const blocks: Array<{ kind: 'paragraph' | 'heading'; text: string }> = [{ kind: 'paragraph', text: narrative(random.int(1, 2)) }];
  const eventSlots = new Map<number, EventSource[]>();
  for (const source of article.reports) {
    const slot = random.int(1, Math.max(1, target - 1));
    eventSlots.set(slot, [...(eventSlots.get(slot) ?? []), source]);
  }
  const headings = random.chance(0.2) ? new Set(random.sample([...Array(Math.max(0, target - 4)).keys()].map((n) => n + 3), random.int(1, 2))) : new Set<number>();
  for (let position = 1; blocks.length < target || position <= target; position++) {
    if (headings.has(position)) blocks.push({ kind: 'heading', text: fill(random.pick(words.SUBHEADINGS)) });
    for (const source of eventSlots.get(position) ?? []) for (const text of eventParagraph(source)) blocks.push({ kind: 'paragraph', text });
    if (position > target) continue;
    if (random.chance(0.02) && article.cast.people.length > 0) {
      // A quote running over two paragraphs: the first opens a mark it never closes.
      const speaker = speakerOf();
      const first = `${statement()}. ${fill(random.pick(words.STATEMENT_FOLLOW_UPS))}`;
      const second = `${statement()},`;
      recordQuote(`${first}\n\n${second}`);
      blocks.push({ kind: 'paragraph', text: `“${first}` }, { kind: 'paragraph', text: `“${second}” ${refer(speaker)} said.` });
      lastSpeaker = speaker;
      continue;
    }
    let text: string | null = null;
    while (text === null) text = weighted(random, builders.map(([, build]) => build), builders.map(([weight]) => weight))();
    blocks.push({ kind: 'paragraph', text });
  }

  // Frontmatter facts, with the confidence spread of the real corpus.
  const headlineKnown = random.chance(0.9);
  const author = random.chance(0.75) ? random.pick(words.REPORTERS) : null;
  const urlKnown = random.chance(0.7);
  const dek = random.chance(0.5) ? fill(random.pick(words.DEKS)) : null;
  const rawFile = `${String(article.index).padStart(5, '0')}_${hashSeed(`${seed}:${article.slug}`).toString(16).padStart(8, '0')}${hashSeed(`${article.slug}:${seed}`).toString(16).padStart(8, '0')}.txt`;
  const furniture: Array<{ kind: string; text: string }> = [];
  if (headlineKnown) furniture.push({ kind: 'headline', text: article.headline });
  if (author) furniture.push({ kind: 'byline', text: `By ${author}` });
  const trailing: Array<{ kind: string; text: string }> = [];
  if (random.chance(0.5)) trailing.push({ kind: 'comments', text: 'Comments' });
  if (random.chance(0.2)) trailing.push({ kind: 'newsletter', text: 'Sign up for our daily briefing on the war' });

  const attributions = curatedAttributions(random, quoteTexts, article, blocks);
  const confidence = random.pick(['confirmed', 'confirmed', 'confirmed', 'secondary', 'inferred'] as const);
  const lines: string[] = ['---'];
  lines.push('headline:');
  if (headlineKnown) lines.push(`  value: ${q(article.headline)}`, '  confidence: confirmed', '  note: shown on the stored copy of the page');
  else lines.push('  value: null', '  confidence: unknown', '  note: no copy of the page showing the headline was found');
  if (!headlineKnown) lines.push(`workingTitle: ${q(`${article.outlet.name} report: ${article.headline} (headline unknown)`)}`);
  if (dek) lines.push('dek:', `  value: ${q(dek)}`, '  confidence: confirmed');
  lines.push('outlet:', `  value: ${q(article.outlet.name)}`, '  confidence: confirmed');
  lines.push('published:', `  value: ${q(article.published)}`, `  confidence: ${confidence}`);
  if (confidence !== 'confirmed') lines.push(`  note: ${q(confidence === 'inferred' ? 'inferred from the relative dates in the text' : 'reported by another outlet')}`);
  lines.push('author:');
  if (author) lines.push(`  value: ${q(author)}`, '  confidence: confirmed');
  else lines.push('  value: null', '  confidence: unknown', '  note: the raw text carries no byline');
  lines.push('sourceUrl:');
  if (urlKnown) {
    lines.push(`  value: ${q(`https://www.${article.outlet.slug}.example/${article.published.replaceAll('-', '/')}/${article.slug}/`)}`, '  confidence: confirmed');
  } else {
    lines.push('  value: null', '  confidence: unknown', '  note: no copy of the page was found; the address is not guessed');
  }
  lines.push(`raw: ${q(rawFile)}`);
  const allFurniture = [...furniture, ...trailing];
  if (allFurniture.length > 0) {
    lines.push('furniture:');
    for (const item of allFurniture) lines.push(`  - kind: ${item.kind}`, `    text: ${q(item.text)}`);
  }
  if (attributions.length > 0) {
    lines.push('attributions:');
    for (const item of attributions) {
      lines.push(`  - quote: ${q(item.quote)}`, `    speaker: ${item.speaker === null ? 'null' : q(item.speaker)}`);
      if (item.speakerLabel) lines.push(`    speakerLabel: ${q(item.speakerLabel)}`);
      lines.push(`    reason: ${q(item.reason)}`);
    }
  }
  lines.push('---', '');
  const body = blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text)).join('\n\n');
  const markdown = `${lines.join('\n')}\n${body}\n`;
  const raw = [...furniture.map((item) => item.text), '', blocks.map((block) => block.text).join('\n\n'), '', ...trailing.map((item) => item.text)].join('\n');
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  return {
    markdown,
    raw: `${raw.trimEnd()}\n`,
    rawFile,
    quotes: quoteTexts.length,
    paragraphs: paragraphs.length,
    words: paragraphs.reduce((sum, block) => sum + block.text.split(/\s+/).length, 0),
  };
}

/**
 * One article in twenty has an editor's fix for a pronoun-attributed quote ("he said" traced
 * back), naming the speaker, as the real articles' `attributions` do. Only a quote whose words
 * occur in no other quote of the article is picked, so the fix matches exactly one quote.
 */
function curatedAttributions(random: Random, quoteTexts: string[], article: ArticlePlan, blocks: Array<{ text: string }>) {
  if (!random.chance(0.05)) return [];
  const candidates = blocks.flatMap((block) => {
    const match = /^“([^”]+),” (he|she) said\.$/u.exec(block.text);
    return match ? [match[1]!] : [];
  });
  const unique = candidates.filter((text) => quoteTexts.filter((other) => other.includes(text)).length === 1);
  if (unique.length === 0) return [];
  const quote = random.pick(unique);
  const speaker = article.cast.people[0]!;
  return [{ quote, speaker: speaker.slug as string | null, speakerLabel: undefined as string | undefined, reason: 'checked against the video of the remarks' }];
}

// ---------------------------------------------------------------------------------------------
// YAML (every string JSON-quoted: valid YAML, and dates stay strings)

function q(value: string): string {
  return JSON.stringify(value);
}

function actorYaml(actor: Actor): string {
  const lines = [`name: ${q(actor.name)}`, `kind: ${actor.kind}`];
  if (actor.role) lines.push('roles:', `  - title: ${q(actor.role.title)}`, `    asOf: ${q(actor.role.asOf)}`);
  if (actor.affiliation) lines.push(`affiliation: ${q(actor.affiliation)}`);
  if (actor.aliases.length > 0) lines.push('aliases:', ...actor.aliases.map((alias) => `  - ${q(alias)}`));
  lines.push(`description: ${q(actor.description)}`);
  return `${lines.join('\n')}\n`;
}

function eventYaml(event: EventPlan): string {
  const lines = [
    `title: ${q(event.title)}`,
    `date: ${q(event.date)}`,
    `datePrecision: ${event.precision}`,
    ...(event.endDate ? [`endDate: ${q(event.endDate)}`] : []),
    `status: ${event.status}`,
    `kind: ${event.kind}`,
    ...(event.location ? [`location: ${q(event.location)}`] : []),
    `actors: [${event.participants.map((actor) => q(actor.slug)).join(', ')}]`,
    'sources:',
    ...event.sources.flatMap((source) => [`  - article: ${q(source.article.slug)}`, `    excerpt: ${q(source.excerpt)}`]),
  ];
  const curated = event.sources.filter((source) => source.curatedQuote);
  if (curated.length > 0) {
    lines.push('quotes:', ...curated.flatMap((source) => [`  - article: ${q(source.article.slug)}`, `    quote: ${q(source.curatedQuote!)}`]));
  }
  lines.push(`summary: ${q(event.summary)}`);
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** Lower-cases a statement's first word for use after "and", keeping "I" and names. */
function lowerFirst(text: string): string {
  const first = /^\p{L}+/u.exec(text)?.[0] ?? '';
  return ['We', 'There', 'Nobody', 'The', 'It', 'This', 'Our', 'Everyone', 'If', 'As', 'They'].includes(first)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function uniqueSlug(title: string, used: Set<string>): string {
  const full = slugFromFileName(`${title}.x`);
  const base = (full.length <= 70 ? full : full.slice(0, full.lastIndexOf('-', 70))) || 'untitled';
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  used.add(slug);
  return slug;
}

function distinct<T>(random: Random, pick: (random: Random) => T, count: number): T[] {
  const chosen = new Set<T>();
  for (let attempt = 0; chosen.size < count && attempt < count * 10; attempt++) chosen.add(pick(random));
  return [...chosen];
}

function weighted<T>(random: Random, items: readonly T[], weights: readonly number[]): T {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.next() * total;
  for (let index = 0; index < items.length; index++) {
    target -= weights[index]!;
    if (target < 0) return items[index]!;
  }
  return items.at(-1)!;
}

/** Index of the first article published on or after `date` in a date-sorted list. */
function lowerBound(articles: ArticlePlan[], date: string): number {
  let low = 0;
  let high = articles.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (articles[middle]!.published < date) low = middle + 1;
    else high = middle;
  }
  return low;
}

// ---------------------------------------------------------------------------------------------
// CLI

/** Reads `--name value` pairs. */
export function parseFlags(argv: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (!arg.startsWith('--')) continue;
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    const next = argv[index + 1];
    if (inline !== undefined) flags.set(name, inline);
    else if (next !== undefined && !next.startsWith('--')) {
      flags.set(name, next);
      index++;
    } else flags.set(name, 'true');
  }
  return flags;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const flags = parseFlags(process.argv.slice(2));
  const articles = Number(flags.get('articles') ?? '100');
  const out = path.resolve(flags.get('out') ?? `bench-results/tmp/corpus-${articles}`);
  if (!Number.isInteger(articles) || articles < 1) {
    console.error('Usage: node scripts/bench/generate-corpus.ts --articles N [--seed S] [--out DIR]');
    process.exit(2);
  }
  const started = performance.now();
  writeCorpus({ articles, ...(flags.has('seed') ? { seed: flags.get('seed')! } : {}) }, out).then(
    (summary) => console.log(`${summary.articles} articles, ${summary.actors} actors, ${summary.events} events, ${summary.quotes} quotes → ${out} (${Math.round(performance.now() - started)} ms)`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}

function addDaysIso(date: string, days: number): string {
  const instant = isoDateToUtc(date);
  instant.setUTCDate(instant.getUTCDate() + days);
  return utcToIsoDate(instant);
}

/** 0 for Monday … 6 for Sunday, in UTC (never the machine's time zone). */
function isoWeekday(date: string): number {
  return (isoDateToUtc(date).getUTCDay() + 6) % 7;
}
