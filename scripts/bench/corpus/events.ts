/**
 * Events of a synthetic corpus: what happened (talks, calls, sanctions…), who took part, where and
 * when, a neutral title and summary, and the words each reporting article uses for it (the
 * excerpt, copied verbatim into the article's body so the reference check finds it).
 */
import { addDaysIso } from './dates.ts';
import type { Actor, ArticlePlan, EventContext, EventKind, EventPlan, EventSource } from './model.ts';
import type { Random } from './random.ts';
import { uniqueSlug } from './text.ts';
import * as words from './vocabulary.ts';

/** Kinds to draw from: talks and meetings twice as often as the rest. */
export const EVENT_KINDS: readonly EventKind[] = [
  'talks',
  'talks',
  'meeting',
  'meeting',
  'call',
  'summit',
  'statement',
  'interview',
  'sanctions',
  'attack',
  'plan',
  'hearing',
];

/** Plans one event around the cast of the article that first reports it. */
export function planEvent(
  index: number,
  random: Random,
  primary: ArticlePlan,
  pickers: { pickPerson: (r: Random) => Actor; pickCountry: (r: Random) => Actor; outlets: Actor[] },
  usedSlugs: Set<string>,
): EventPlan {
  const kind = random.pick(EVENT_KINDS);
  const [a, b] =
    primary.cast.people.length >= 2
      ? random.sample(primary.cast.people, 2)
      : [primary.cast.people[0]!, pickers.pickPerson(random)];
  const personA = a!;
  const personB = b !== undefined && b !== personA ? b : pickers.pickPerson(random);
  const country = random.pick(primary.cast.countries);
  const otherCountry = primary.cast.countries.find((c) => c !== country) ?? pickers.pickCountry(random);
  const city = random.chance(0.6) ? random.pick(words.VENUES) : (otherCountry.capital ?? random.pick(words.VENUES));
  const topic = random.pick(words.TOPICS).replaceAll('{C}', country.name);
  const outlet = random.pick(pickers.outlets);

  const statusRoll = random.next();
  const status: EventPlan['status'] =
    statusRoll < 0.7
      ? 'held'
      : statusRoll < 0.8
        ? 'reported'
        : statusRoll < 0.9
          ? 'announced'
          : statusRoll < 0.97
            ? 'planned'
            : 'cancelled';
  const precision = random.chance(0.08) ? 'month' : 'day';
  let date =
    status === 'planned' ? addDaysIso(primary.published, random.int(1, 20)) : addDaysIso(primary.published, -random.int(0, 12));
  if (precision === 'month') date = `${date.slice(0, 7)}-01`;
  const endDate =
    precision === 'day' && (kind === 'talks' || kind === 'summit') && random.chance(0.2)
      ? addDaysIso(date, random.int(1, 2))
      : undefined;

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
      return [
        `${a!.name} held talks with ${b!.name} in ${city}`,
        `the talks between ${a!.name} and ${b!.name} in ${city}`,
        `${b!.name} sat down with ${a!.name} in ${city}`,
      ];
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
      return [
        `${country.name} announced new sanctions on ${otherCountry.name}`,
        `the new ${country.adjective} sanctions on ${otherCountry.name}`,
      ];
    case 'attack':
      return [`a drone attack on ${city}`, `the drone strike on ${city}`];
    case 'plan':
      return [
        `the ${country.adjective} peace plan presented by ${a!.name}`,
        `${a!.name} presented a ${country.adjective} peace plan`,
      ];
    case 'hearing':
      return [`${a!.name} testified before lawmakers on ${topic}`, `the hearing on ${topic}, where ${a!.name}`];
  }
}

/** Makes `article` report `event`: draws its excerpt and, for one primary source in ten, a quote the event names by hand. */
export function addSource(event: EventPlan, article: ArticlePlan, random: Random, primary: boolean): void {
  const excerpt = random.pick(excerptPhrasings(event));
  const speaker = event.participants.find((actor) => actor.kind === 'person');
  // One primary source in ten carries a quote the automatic link misses (it is in the next
  // paragraph), so the event names it in `quotes`, as editors do.
  const curatedQuote =
    primary && speaker && random.chance(0.1)
      ? `The ${event.kind === 'call' ? 'call' : 'meeting'} with ${event.participants.find((p) => p !== speaker)?.name ?? 'them'}` +
        `${event.kind === 'call' ? '' : ` in ${event.context.city}`} ` +
        `was ${random.pick(['useful', 'difficult', 'frank', 'long'])}, and we agreed to keep talking`
      : undefined;
  const source: EventSource = { event, article, excerpt, ...(curatedQuote ? { curatedQuote } : {}) };
  event.sources.push(source);
  article.reports.push(source);
}
