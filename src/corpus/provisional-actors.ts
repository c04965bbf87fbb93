/**
 * Provisional actors: people the analysis found named as speakers who have no actor file. Each
 * gets a page like any actor, marked as found automatically and not yet reviewed, until an editor
 * writes the file (`npm run actor:draft`).
 *
 * Pure functions, shared by the Markdown plugin, the corpus index and the editor CLIs, so the
 * article page, the actor pages, the exports and `npm run analyze` all agree on who is provisional.
 */
import { quotedRangesByBlock } from '../analysis/ranges.ts';
import { sentenceAround } from '../analysis/sentences.ts';
import type { ArticleAnalysis, DiscoveredPerson, Mention, Speaker, TextSpan } from '../analysis/types.ts';
import type { ActorData } from '../schemas/actor.ts';
import { slugFromName } from './slugs.ts';

/** Actor slugs that are pages of their own under `/actors/`, which no discovered person may take. */
export const RESERVED_ACTOR_SLUGS: readonly string[] = ['unnamed-sources'];

/** What the registered actors (the files in `content/actors/`) claim: their slugs, names and aliases. */
export interface RegisteredNames {
  /** Slugs of the actor files. */
  slugs: ReadonlySet<string>;
  /** Actor slug by the slug of each name and alias ("Zelensky" → `zelensky` → volodymyr-zelenskyy). */
  slugByName: ReadonlyMap<string, string>;
  /** Slugs no provisional actor may take (`RESERVED_ACTOR_SLUGS`). */
  reserved: ReadonlySet<string>;
}

/** Indexes the registered actors' slugs, names and aliases, once per build. */
export function registeredNames(
  actors: ReadonlyArray<{ slug: string; name: string; aliases: readonly string[] }>,
  reserved: readonly string[] = RESERVED_ACTOR_SLUGS,
): RegisteredNames {
  const slugByName = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const actor of actors) {
    for (const name of [actor.name, ...actor.aliases]) {
      const key = slugFromName(name);
      const claimed = slugByName.get(key);
      if (claimed !== undefined && claimed !== actor.slug) ambiguous.add(key);
      else slugByName.set(key, actor.slug);
    }
  }
  // Two actors whose names only differ in accents or case: a discovered name cannot say which.
  for (const key of ambiguous) slugByName.delete(key);
  return { slugs: new Set(actors.map((actor) => actor.slug)), slugByName, reserved: new Set(reserved) };
}

/** Where a discovered person's page is: a registered actor's (who wins), or a provisional one. */
export interface DiscoveredResolution {
  /** The actor slug to use for the person's mentions and quotes. */
  slug: string;
  /** True when a registered actor is this person: they are not provisional. */
  registered: boolean;
}

/**
 * Decides who a discovered person is. A registered actor always wins: one whose file has the
 * person's slug, or whose name or an alias is the person's name (compared as slugs, so accents
 * and case do not matter; the analysis resolves registered names first, so this is a safeguard).
 * A slug that is a page of its own (`unnamed-sources`) is moved aside to `<slug>-person`.
 */
export function resolveDiscovered(person: { slug: string; name: string }, names: RegisteredNames): DiscoveredResolution {
  if (names.slugs.has(person.slug)) return { slug: person.slug, registered: true };
  const registered = names.slugByName.get(slugFromName(person.name)) ?? names.slugByName.get(person.slug);
  if (registered !== undefined) return { slug: registered, registered: true };
  if (names.reserved.has(person.slug)) return { slug: `${person.slug}-person`, registered: false };
  return { slug: person.slug, registered: false };
}

/**
 * The analysis with every discovered person resolved: people a registered actor claims leave
 * `people`, and their mentions and quotes become the registered actor's (no longer provisional).
 * A provisional mention or speaker the analysis did not list in `people` gets a person made from
 * its own words, so no page links to a provisional actor that has no page. An analysis with no
 * provisional people is returned as it is; resolving twice changes nothing.
 */
export function resolveProvisional(analysis: ArticleAnalysis, names: RegisteredNames): ArticleAnalysis {
  const people = analysis.people ?? [];
  const hasProvisional =
    people.length > 0 ||
    analysis.mentions.some((mention) => mention.provisional) ||
    analysis.quotes.some((quote) => quote.speaker?.provisional || quote.automatic?.speaker?.provisional);
  if (!hasProvisional) return people === analysis.people ? analysis : { ...analysis, people };

  const listed = new Map(people.map((person) => [person.slug, person]));
  const unlisted = unlistedPeople(analysis, listed);
  const resolution = new Map<string, DiscoveredResolution>();
  for (const person of [...people, ...unlisted]) resolution.set(person.slug, resolveDiscovered(person, names));

  const resolveSpeaker = (speaker: Speaker | null): Speaker | null => {
    if (!speaker?.provisional || speaker.actor === null) return speaker;
    const target = resolution.get(speaker.actor)!;
    return target.registered ? { actor: target.slug, label: speaker.label } : { ...speaker, actor: target.slug };
  };
  const resolveMention = (mention: Mention): Mention => {
    if (!mention.provisional) return mention;
    const target = resolution.get(mention.actor)!;
    if (!target.registered) return { ...mention, actor: target.slug };
    const { provisional: _provisional, ...rest } = mention;
    return { ...rest, actor: target.slug };
  };

  const provisionalPeople: DiscoveredPerson[] = [];
  const kept = new Set<string>();
  for (const person of [...people, ...unlisted]) {
    const target = resolution.get(person.slug)!;
    if (target.registered || kept.has(target.slug)) continue;
    kept.add(target.slug);
    provisionalPeople.push({ ...person, slug: target.slug });
  }
  return {
    ...analysis,
    mentions: analysis.mentions.map(resolveMention),
    quotes: analysis.quotes.map((quote) => ({
      ...quote,
      speaker: resolveSpeaker(quote.speaker),
      automatic: quote.automatic ? { ...quote.automatic, speaker: resolveSpeaker(quote.automatic.speaker) } : null,
    })),
    people: provisionalPeople,
  };
}

/** People for provisional mentions and speakers missing from `people`: named by their own words, found where first seen. */
function unlistedPeople(analysis: ArticleAnalysis, listed: ReadonlyMap<string, DiscoveredPerson>): DiscoveredPerson[] {
  const found = new Map<string, { name: string; span: TextSpan }>();
  for (const mention of analysis.mentions) {
    if (mention.provisional && !listed.has(mention.actor) && !found.has(mention.actor)) {
      found.set(mention.actor, { name: mention.text, span: mention });
    }
  }
  for (const quote of analysis.quotes) {
    for (const speaker of [quote.speaker, quote.automatic?.speaker ?? null]) {
      if (!speaker?.provisional || speaker.actor === null || listed.has(speaker.actor) || found.has(speaker.actor)) continue;
      const part = quote.parts.at(-1)!;
      found.set(speaker.actor, { name: speaker.label, span: part });
    }
  }
  if (found.size === 0) return [];
  const text = new Map(analysis.blocks.map((block) => [block.id, block.text]));
  const quoted = quotedRangesByBlock(analysis.quotes);
  return [...found].map(([slug, { name, span }]) => {
    const blockText = text.get(span.block) ?? '';
    const sentence = sentenceAround(blockText, quoted.get(span.block) ?? [], span.start, span.end);
    return {
      slug,
      name,
      roles: [],
      evidence: {
        block: span.block,
        start: span.start,
        end: span.end,
        sentence: blockText.slice(sentence.start, sentence.end).trim(),
      },
    };
  });
}

/** Where one article gives a provisional person's name in full. */
export interface ProvisionalEvidence<A> {
  article: A;
  /** Id of the paragraph (`p-3`), for the link to `#p-3`. */
  block: string;
  /** Offsets of the name in the paragraph's text. */
  start: number;
  end: number;
  /** The sentence that gives the name in full, as written. */
  sentence: string;
  /** The name as this article gives it. */
  name: string;
  /** The titles and roles this article writes with the name, as written. */
  roles: string[];
}

/** A provisional actor: one person found in one or more articles, merged by slug. */
export interface ProvisionalPerson<A> {
  slug: string;
  /** The name as most articles give it (the longest on a tie, then the first in article order). */
  name: string;
  /** Every title and role the articles write with the name, as written, once each, first seen first. */
  roles: string[];
  /** One piece of evidence per article, in the order the articles were given. */
  evidence: Array<ProvisionalEvidence<A>>;
}

/**
 * Merges the (resolved) discovered people of all articles by slug: the same person named in two
 * articles is one provisional actor with the evidence of both. Linear in the number of people.
 * Sorted by name.
 */
export function mergeDiscoveredPeople<A extends { analysis: Pick<ArticleAnalysis, 'people'> }>(
  articles: readonly A[],
): Array<ProvisionalPerson<A>> {
  const bySlug = new Map<string, { evidence: Array<ProvisionalEvidence<A>>; roleKeys: Set<string>; roles: string[] }>();
  for (const article of articles) {
    for (const person of article.analysis.people ?? []) {
      const merged = bySlug.get(person.slug) ?? { evidence: [], roleKeys: new Set<string>(), roles: [] };
      bySlug.set(person.slug, merged);
      const { block, start, end, sentence } = person.evidence;
      merged.evidence.push({ article, block, start, end, sentence, name: person.name, roles: person.roles });
      for (const role of person.roles) {
        const key = role.trim().toLowerCase();
        if (merged.roleKeys.has(key)) continue;
        merged.roleKeys.add(key);
        merged.roles.push(role.trim());
      }
    }
  }
  return [...bySlug]
    .map(([slug, { evidence, roles }]) => ({ slug, name: preferredName(evidence.map((item) => item.name)), roles, evidence }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}

/** The spelling most articles use; the longest on a tie, then the first. */
function preferredName(names: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  let best = names[0] ?? '';
  for (const [name, count] of counts) {
    const bestCount = counts.get(best) ?? 0;
    if (count > bestCount || (count === bestCount && name.length > best.length)) best = name;
  }
  return best;
}

/**
 * The actor data a provisional actor's page shows, from what the articles write and nothing else:
 * each role dated by the newest article that writes it, no aliases (an editor chooses them), and
 * a description that says the person is not yet reviewed.
 */
export function provisionalActorData<A>(person: ProvisionalPerson<A>, publishedAt: (article: A) => string): ActorData {
  const newest = new Map<string, { title: string; asOf: string }>();
  for (const item of person.evidence) {
    for (const title of item.roles) {
      const key = title.trim().toLowerCase();
      const asOf = publishedAt(item.article);
      const known = newest.get(key);
      if (!known || asOf > known.asOf) newest.set(key, { title: known?.title ?? title.trim(), asOf });
    }
  }
  const articles = person.evidence.length;
  return {
    name: person.name,
    kind: 'person',
    roles: person.roles.map((title) => newest.get(title.toLowerCase())!),
    aliases: [],
    description:
      person.roles.length > 0
        ? `${capitalize(person.roles.join('; '))}, as ${articles === 1 ? 'the article writes' : 'the articles write'} it. Found in the text; not yet reviewed by an editor.`
        : `Named as a speaker in ${articles === 1 ? 'one article' : `${articles} articles`}. Found in the text; not yet reviewed by an editor.`,
  };
}

/** The command an editor runs to draft a provisional actor's file, with the name quoted for a POSIX shell. */
export function draftActorCommand(name: string): string {
  return `npm run actor:draft -- "${name.replace(/(["\\$`])/g, '\\$1')}"`;
}

/** One build-log line per article with provisional people: `<slug>: provisional people: Anna Petrova (2 quotes), …`. */
export function provisionalPeopleLines(
  articles: ReadonlyArray<{ slug: string; analysis: Pick<ArticleAnalysis, 'people' | 'quotes'> }>,
): string[] {
  const lines: string[] = [];
  for (const article of articles) {
    const people = article.analysis.people ?? [];
    if (people.length === 0) continue;
    const quotes = new Map<string, number>();
    for (const quote of article.analysis.quotes) {
      if (quote.speaker?.provisional && quote.speaker.actor)
        quotes.set(quote.speaker.actor, (quotes.get(quote.speaker.actor) ?? 0) + 1);
    }
    const listed = people.map((person) => `${person.name} (${countQuotes(quotes.get(person.slug) ?? 0)})`);
    lines.push(`${article.slug}: provisional people: ${listed.join(', ')}`);
  }
  return lines;
}

/** "1 quote", "2 quotes", "0 quotes". */
export function countQuotes(count: number): string {
  return `${count} ${count === 1 ? 'quote' : 'quotes'}`;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
