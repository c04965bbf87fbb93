/**
 * Provisional actors: people the analysis found named as speakers who have no actor file. Each
 * gets a page like any actor, marked as found automatically and not yet reviewed, until an editor
 * writes the file (`npm run actor:draft`).
 *
 * The people of each article are resolved by the analysis (src/analysis/attribution/provisional-people.ts);
 * here they are joined across the corpus: one provisional actor per person, with the evidence of
 * every article, the data their page shows, and the lines the build log and the editor CLIs print.
 */
import type { ArticleAnalysis } from '../analysis/types.ts';
import type { ActorData } from '../schemas/actor.ts';

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
  const unreviewed = 'Found in the text; not yet reviewed by an editor.';
  return {
    name: person.name,
    kind: 'person',
    roles: person.roles.map((title) => newest.get(title.toLowerCase())!),
    aliases: [],
    description:
      person.roles.length > 0
        ? `${capitalize(person.roles.join('; '))}, as ${articles === 1 ? 'the article writes' : 'the articles write'} it. ${unreviewed}`
        : `Named as a speaker in ${articles === 1 ? 'one article' : `${articles} articles`}. ${unreviewed}`,
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
