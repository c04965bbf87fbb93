/**
 * What the actors index and an actor's fact box say about an actor, in words: the line under its
 * name, the other spellings worth listing and the counts worth showing.
 */
import { countOf } from '../lib/format-number.ts';
import { firstSentence } from '../analysis/text/opening.ts';

/** A name for comparing spellings: case, accents and punctuation ignored ("Zelenskyy" = "ZELENSKYY"). */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The aliases a reader has not already seen: not the name itself, however it is written, and
 * each spelling once (the first as written).
 */
export function otherSpellings(name: string, aliases: readonly string[]): string[] {
  const seen = new Set([foldName(name)]);
  return aliases.filter((alias) => {
    const folded = foldName(alias);
    if (seen.has(folded)) return false;
    seen.add(folded);
    return true;
  });
}

/**
 * The line under an actor's name in the actors index: its role as the articles give it, else the
 * first sentence of its description up to a colon (what it is, not what it said), without its
 * final full stop, as a role is written. Nothing is made
 * up: an actor with neither gets no line.
 */
export function actorSummaryLine(data: { roles: ReadonlyArray<{ title: string }>; description?: string }): string | null {
  const role = data.roles[0]?.title;
  if (role) return role;
  const description = data.description?.trim();
  if (!description) return null;
  const sentence = firstSentence(description);
  const colon = sentence.indexOf(': ');
  if (colon > 0) return sentence.slice(0, colon);
  // A line, like a role, ends without a full stop, unless the stop is an abbreviation's ("U.S.").
  const lastWord = sentence.split(' ').at(-1) ?? '';
  return lastWord.endsWith('.') && !lastWord.slice(0, -1).includes('.') ? sentence.slice(0, -1) : sentence;
}

/** How much the corpus holds of an actor. */
export interface ActorCounts {
  mentions: number;
  quotes: number;
  statements: number;
  articles: number;
  /** Events the actor took part in (listed among the event's actors). */
  events: number;
  /** Events it did not take part in whose cited passage names it (`src/corpus/actor-events.ts`). */
  namedInEvents: number;
}

/**
 * The counts for the fact box, in words ("12 quotes"), leaving out every count that is zero.
 * Events the actor is only named in are counted apart from those it took part in.
 */
export function actorCountLines(counts: ActorCounts): string[] {
  const lines: Array<[number, string, string]> = [
    [counts.mentions, 'mention', 'mentions'],
    [counts.quotes, 'quote', 'quotes'],
    [counts.statements, 'reported statement', 'reported statements'],
    [counts.articles, 'article', 'articles'],
    [counts.events, 'event', 'events'],
  ];
  const shown = lines.filter(([count]) => count > 0).map(([count, one, many]) => countOf(count, one, many));
  if (counts.namedInEvents > 0) {
    const noun = counts.events > 0 ? 'more event' : 'event';
    shown.push(`named in ${countOf(counts.namedInEvents, noun, `${noun}s`)}`);
  }
  return shown;
}
