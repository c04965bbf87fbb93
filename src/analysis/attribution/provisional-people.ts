/**
 * Provisional people: people the analysis found named as speakers who have no actor file. Here
 * they are resolved against the registered actors (an actor file with their slug, name or alias
 * wins), and provisional mentions or speakers the analysis did not list get a person of their own.
 *
 * Pure functions, shared by the Markdown plugin, the corpus index and the editor CLIs, so the
 * article page, the actor pages, the exports and `npm run analyze` all agree on who is provisional.
 * Joining them with the corpus (one provisional actor per person across articles, their pages'
 * data) is src/corpus/provisional-actors.ts.
 */
import { slugFromName } from '../../lib/slugs.ts';
import { quotedRangesByBlock } from '../text/ranges.ts';
import { sentenceAround } from '../text/sentences.ts';
import type { ArticleAnalysis, DiscoveredPerson, Mention, Speaker, TextSpan } from '../types.ts';

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
 * `people`, and their mentions, quotes and reported statements become the registered actor's (no longer provisional).
 * A provisional mention or speaker the analysis did not list in `people` gets a person made from
 * its own words, so no page links to a provisional actor that has no page. An analysis with no
 * provisional people is returned as it is; resolving twice changes nothing.
 */
export function resolveProvisional(analysis: ArticleAnalysis, names: RegisteredNames): ArticleAnalysis {
  const people = analysis.people ?? [];
  const hasProvisional =
    people.length > 0 ||
    analysis.mentions.some((mention) => mention.provisional) ||
    analysis.quotes.some((quote) => quote.speaker?.provisional || quote.automatic?.speaker?.provisional) ||
    (analysis.statements ?? []).some((statement) => statement.speaker?.provisional);
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
    ...(analysis.statements
      ? { statements: analysis.statements.map((statement) => ({ ...statement, speaker: resolveSpeaker(statement.speaker) })) }
      : {}),
    people: provisionalPeople,
  };
}

/**
 * People for provisional mentions and speakers missing from `people`: named by the fullest of their own
 * words ("Gerry Smith", not a later "Smith"), with that place as the evidence.
 */
function unlistedPeople(analysis: ArticleAnalysis, listed: ReadonlyMap<string, DiscoveredPerson>): DiscoveredPerson[] {
  const found = new Map<string, { name: string; span: TextSpan }>();
  const consider = (slug: string, name: string, span: TextSpan) => {
    const known = found.get(slug);
    if (listed.has(slug) || (known && known.name.length >= name.length)) return;
    found.set(slug, { name, span });
  };
  for (const mention of analysis.mentions) if (mention.provisional) consider(mention.actor, mention.text, mention);
  for (const quote of analysis.quotes) {
    for (const speaker of [quote.speaker, quote.automatic?.speaker ?? null]) {
      if (speaker?.provisional && speaker.actor !== null) consider(speaker.actor, speaker.label, quote.parts.at(-1)!);
    }
  }
  for (const statement of analysis.statements ?? []) {
    const speaker = statement.speaker;
    if (speaker?.provisional && speaker.actor !== null)
      consider(speaker.actor, speaker.label, statement.source ?? statement.content);
  }
  if (found.size === 0) return [];
  const text = new Map(analysis.blocks.map((block) => [block.id, block.text]));
  // A short form whose slug was made from a fuller one the text writes elsewhere ("Smith" for gerry-smith):
  // the name is that fuller form as written, where it first stands.
  for (const [slug, { name }] of found) {
    if (slugFromName(name) === slug) continue;
    const written = new RegExp(String.raw`(?<![\p{L}])${slug.split('-').join(String.raw`[\s.-]+`)}(?![\p{L}])`, 'iu');
    for (const block of analysis.blocks) {
      const match = written.exec(block.text);
      if (!match) continue;
      found.set(slug, { name: match[0], span: { block: block.id, start: match.index, end: match.index + match[0].length } });
      break;
    }
  }
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
