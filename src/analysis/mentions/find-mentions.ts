import { describeCodePoints, findCharacterProblems } from '../../lib/code-points.ts';
import type { ActorRole } from '../attribution/roles.ts';
import type { ActorAlias, BodyBlock, Mention } from '../types.ts';

/**
 * Actor mentions: every alias of every actor is found in one pass over the text.
 *
 * Aliases are stored in a trie keyed by token (a word or a punctuation mark), so matching costs
 * at most "tokens × the longest alias in tokens" trie steps, whatever the number of actors. A
 * regex per alias would cost actors × text, which does not survive hundreds of actors and
 * thousands of articles.
 */

/** An alias for the matcher, optionally with its actor's kind (from the actor file). */
export interface MatcherAlias extends ActorAlias {
  /**
   * The actor's kind (`person`, `organization`, …). `resolveActor` looks inside longer words only
   * for people; an alias without a kind counts as a person there.
   */
  kind?: string;
}

/** Finds actor mentions in article bodies and names the actor behind a speaker label. */
export interface AliasMatcher {
  /** Every mention in the blocks, in reading order; longest alias first, never overlapping. */
  findMentions(blocks: BodyBlock[]): Mention[];
  /**
   * The actor a speaker label names: the label itself when it is an alias ("Rubio", "the
   * Kremlin"), otherwise the last person named in its first comma-separated part that names one
   * ("Kremlin spokesman Dmitry Peskov" → dmitry-peskov); null when it names nobody ("the president").
   */
  resolveActor(words: string): string | null;
  /** The kind an actor's file gives (`person`, `organization`, `country`, `media`), if known. */
  kindOf(actor: string): string | undefined;
  /** Roles from the actor files, for role phrases ("Russia's foreign minister"). */
  readonly roles: readonly ActorRole[];
  /** Trie steps taken since the matcher was built; lets tests check that matching stays linear. */
  readonly steps: number;
}

/** One word or punctuation mark of a text. */
interface Token {
  /** The token with apostrophes and hyphens normalised, so ’ and ' match each other. */
  key: string;
  start: number;
  end: number;
  /** True when no whitespace separates it from the previous token. */
  glued: boolean;
  /** Letters and digits (a word), as opposed to one punctuation mark. */
  isWord: boolean;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** Set when an alias ends here. */
  actor?: string;
  person?: boolean;
}

const APOSTROPHES = /['’ʼ‘`´]/g;
const HYPHENS = /[‐‑]/g;
const NEEDS_NORMALIZING = /['’ʼ‘`´‐‑]/;
// A word: letters, marks and digits, joined across an apostrophe followed by a letter (d’Orsay,
// O'Brien); anything else that is not whitespace is one punctuation token.
const TOKEN = /([\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}\p{N}]+)*)|\S/gu;
// A possessive (or "is") ending, split off so "Trump’s" is the word "Trump" plus "’" and "s".
const POSSESSIVE = /^(.+)(['’ʼ])(s)$/u;

/** Splits text into tokens with their offsets. Linear in the text. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = -1;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const word = match[0];
    const glued = start === previousEnd;
    previousEnd = start + word.length;
    if (match[1] === undefined) {
      tokens.push({ key: normalize(word), start, end: previousEnd, glued, isWord: false });
      continue;
    }
    const possessive = word.endsWith('s') ? POSSESSIVE.exec(word) : null;
    if (possessive) {
      const [, base = '', mark = '', ending = ''] = possessive;
      const markStart = start + base.length;
      tokens.push({ key: normalize(base), start, end: markStart, glued, isWord: true });
      tokens.push({ key: normalize(mark), start: markStart, end: markStart + 1, glued: true, isWord: false });
      tokens.push({ key: ending, start: markStart + 1, end: previousEnd, glued: true, isWord: true });
    } else {
      tokens.push({ key: normalize(word), start, end: previousEnd, glued, isWord: true });
    }
  }
  return tokens;
}

function normalize(token: string): string {
  return NEEDS_NORMALIZING.test(token) ? token.replace(APOSTROPHES, "'").replace(HYPHENS, '-') : token;
}

/** A token's trie key: after the first token of an alias, a token carries the space before it. */
function stepKey(token: Token, isFirst: boolean): string {
  return isFirst || token.glued ? token.key : ` ${token.key}`;
}

/** The canonical form of an alias: two aliases with the same form match the same words. */
function aliasForm(alias: string): string {
  return tokenize(alias.normalize('NFC'))
    .map((token, index) => stepKey(token, index === 0))
    .join('');
}

/**
 * A run of tokens must not start or end in the middle of a word: "U.S." may not match the start
 * of "U.S.A.". Word tokens are maximal, so only a punctuation mark at an edge, glued to a word
 * beyond it, can break this.
 */
function hasWordBoundaries(tokens: Token[], first: number, last: number): boolean {
  const firstToken = tokens[first]!;
  const lastToken = tokens[last]!;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (!firstToken.isWord && firstToken.glued && before?.isWord) return false;
  if (!lastToken.isWord && after?.glued && after.isWord) return false;
  return true;
}

/** Builds the matcher for a set of aliases. When two actors share an alias, the first keeps it. */
export function createAliasMatcher(aliases: readonly MatcherAlias[], roles: readonly ActorRole[] = []): AliasMatcher {
  const root: TrieNode = { children: new Map() };
  const kinds = new Map<string, string>();
  for (const { actor, kind } of aliases) if (kind !== undefined && !kinds.has(actor)) kinds.set(actor, kind);
  for (const { actor, alias, kind } of aliases) {
    const tokens = tokenize(alias);
    if (tokens.length === 0) continue;
    let node = root;
    tokens.forEach((token, index) => {
      const key = stepKey(token, index === 0);
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    });
    if (node.actor === undefined) {
      node.actor = actor;
      node.person = kind === undefined || kind === 'person';
    }
  }

  let steps = 0;

  /** The longest alias starting at token `first`, as the index of its last token and its node. */
  function longestAt(tokens: Token[], first: number, last = tokens.length - 1) {
    let node: TrieNode | undefined = root;
    let found: { last: number; node: TrieNode } | null = null;
    for (let index = first; index <= last && node.children.size > 0; index++) {
      steps++;
      node = node.children.get(stepKey(tokens[index]!, index === first));
      if (!node) break;
      if (node.actor !== undefined && hasWordBoundaries(tokens, first, index)) found = { last: index, node };
    }
    return found;
  }

  /** Non-overlapping matches in tokens[from..to], scanning left to right, longest first. */
  function matchTokens(tokens: Token[], from = 0, to = tokens.length - 1) {
    const matches: Array<{ first: number; last: number; node: TrieNode }> = [];
    let index = from;
    while (index <= to) {
      const found = longestAt(tokens, index, to);
      if (found) {
        matches.push({ first: index, ...found });
        index = found.last + 1;
      } else {
        index++;
      }
    }
    return matches;
  }

  return {
    findMentions(blocks) {
      const mentions: Mention[] = [];
      for (const block of blocks) {
        const tokens = tokenize(block.text);
        for (const { first, last, node } of matchTokens(tokens)) {
          const start = tokens[first]!.start;
          const end = tokens[last]!.end;
          mentions.push({ block: block.id, start, end, actor: node.actor!, text: block.text.slice(start, end) });
        }
      }
      return mentions;
    },

    resolveActor(words) {
      const tokens = tokenize(words);
      // The words as a whole, or after a leading article: "the Kremlin" names the Kremlin.
      const starts = tokens[0]?.key === 'the' || tokens[0]?.key === 'The' ? [0, 1] : [0];
      for (const first of starts) {
        const exact = first < tokens.length ? longestAt(tokens, first) : null;
        if (exact?.last === tokens.length - 1) return exact.node.actor!;
      }
      // "Yuri Ushakov, an advisor to Vladimir Putin": the head comes before the comma, and in
      // "Kremlin spokesman Dmitry Peskov" the name comes after its title, so take the last person
      // in the first comma-separated part that names one.
      let partStart = 0;
      for (let index = 0; index <= tokens.length; index++) {
        if (index < tokens.length && tokens[index]!.key !== ',') continue;
        const people = matchTokens(tokens, partStart, index - 1).filter((match) => match.node.person);
        const lastPerson = people.at(-1);
        if (lastPerson) return lastPerson.node.actor!;
        partStart = index + 1;
      }
      return null;
    },

    kindOf(actor) {
      return kinds.get(actor);
    },

    roles,

    get steps() {
      return steps;
    },
  };
}

/** An actor as the alias helpers need it: its file, slug, name and aliases (and kind, if known). */
export interface ActorNames {
  file: string;
  slug: string;
  name: string;
  aliases: string[];
  kind?: string;
}

/** Every name and alias of the actors, as matcher aliases (an actor's kind travels with them). */
export function aliasesOf(actors: ReadonlyArray<Omit<ActorNames, 'file'>>): MatcherAlias[] {
  return actors.flatMap(({ slug, name, aliases, kind }) =>
    [...new Set([name, ...aliases])].map((alias) => (kind === undefined ? { actor: slug, alias } : { actor: slug, alias, kind })),
  );
}

/**
 * Problems that would make mentions ambiguous, impossible or wrong: the same words (after
 * Unicode NFC, apostrophe and spacing normalisation) claimed by two actors; an alias with no words
 * in it (white space alone gets its own message, with its code points, since it prints as
 * nothing); an alias written with a possessive (the matcher strips ’s itself); an alias shorter
 * than two letters ("A", "I") or made only of common words ("The", "He", "Said"), which would be
 * matched in unrelated sentences and credit quotes to the wrong actor. Each message names the
 * file, the field and the reason.
 */
export function validateAliases(actors: readonly ActorNames[]): string[] {
  const errors: string[] = [];
  const claims = new Map<string, { file: string; slug: string; field: string; alias: string }>();
  for (const actor of actors) {
    const own: Array<[string, string]> = [
      ['name', actor.name],
      ...actor.aliases.map((alias): [string, string] => ['aliases', alias]),
    ];
    for (const [field, alias] of own) {
      const problem = aliasProblem(alias, field === 'name' ? 'the name' : 'the alias');
      if (problem) {
        errors.push(`${actor.file}: ${field}: ${problem.message}`);
        if (!problem.matchable) continue;
      }
      // Claims are compared without case: matching is case-sensitive, but "MARCO RUBIO" on another
      // actor would give that actor Rubio's name wherever a text writes it in capitals.
      const form = aliasForm(alias).toLowerCase();
      const claim = claims.get(form);
      if (!claim) {
        claims.set(form, { file: actor.file, slug: actor.slug, field, alias });
      } else if (claim.slug !== actor.slug) {
        errors.push(
          `${actor.file}: ${field}: ${JSON.stringify(alias)} is also claimed by ${claim.file} (${claim.field}: ${JSON.stringify(claim.alias)})` +
            (aliasForm(alias) === aliasForm(claim.alias) ? '' : ', written in other capitals'),
        );
      }
    }
  }
  return errors;
}

/** Fewer letters and digits than this, and an alias matches unrelated words ("A", "I"). */
export const MIN_ALIAS_LETTERS = 2;

/**
 * Why one name or alias cannot be matched safely, or null. `matchable` is false when it could not
 * be compared with other actors' aliases at all (nothing to match).
 */
function aliasProblem(alias: string, what: string): { message: string; matchable: boolean } | null {
  const quoted = JSON.stringify(alias);
  const unmatchable = (message: string) => ({ message, matchable: false });
  if (alias.trim() === '') {
    return unmatchable(
      alias === ''
        ? `${what} is empty; write the name or remove the entry`
        : `${quoted} is only white space (${describeCodePoints(alias)}); write the name or remove the entry`,
    );
  }
  const invisible = findCharacterProblems(alias).map((problem) => String.fromCodePoint(problem.codePoint));
  if (invisible.length > 0) {
    const one = invisible.length === 1;
    return unmatchable(
      `${quoted} contains ${one ? 'an invisible character' : 'invisible characters'} (${describeCodePoints(invisible.join(''))}): ` +
        `it would not match the name readers see; delete ${one ? 'it' : 'them'}`,
    );
  }
  const tokens = tokenize(alias.normalize('NFC'));
  const words = tokens.filter((token) => token.isWord);
  if (words.length === 0) return unmatchable(`${quoted} contains no words to match`);
  const matchable = (message: string) => ({ message, matchable: true });
  if (tokens.length > 1 && POSSESSIVE.test(alias)) return matchable(`${quoted} ends in a possessive; write the name alone`);
  const letters = alias.match(/[\p{L}\p{N}]/gu)?.length ?? 0;
  if (letters < MIN_ALIAS_LETTERS) {
    return matchable(
      `${quoted} is a single letter: it would match in unrelated sentences ("A man said…" would credit the quote to this actor); ` +
        `a name or alias needs at least ${MIN_ALIAS_LETTERS} letters`,
    );
  }
  const kinds = words.map((word) => stopWordKind(word.key));
  if (kinds.every((kind) => kind !== undefined)) {
    const kind =
      kinds.length > 1 ? 'made only of common words' : kinds[0] === COMMON ? 'a common word' : `a common word (${kinds[0]})`;
    return matchable(
      `${quoted} is ${kind}: it would match in unrelated sentences and credit their quotes to this actor; use the name itself`,
    );
  }
  return null;
}

/**
 * Words that are never a name on their own, by what they are. Matching is case-sensitive, so a
 * capitalised one still matches at the start of every sentence that begins with it. Written in
 * capitals with two letters or more, a word is an acronym and not on the list ("US", "WHO").
 */
const COMMON = 'a common word';
const STOP_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'an article': 'a an the',
    'a pronoun':
      'i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers ' +
      'herself it its itself they them their theirs themselves this that these those who whom whose which what ' +
      'someone somebody everyone everybody anyone anybody nobody none something everything anything nothing each ' +
      'all both some any other another one',
    'a function word':
      'and or but nor so yet if then than as at by for from in into of off on onto out over to up with about after ' +
      'before under not no yes is am are was were be been being has have had do does did will would shall should can ' +
      'could may might must',
    'a title':
      'mr mrs ms dr sir president minister secretary official officials spokesman spokeswoman spokesperson leader leaders',
    'a day or month':
      'monday tuesday wednesday thursday friday saturday sunday january february march april june july august ' +
      'september october november december',
    [COMMON]:
      'said says say told tell there here now today yesterday tomorrow also just only very more most new old first last ' +
      'government source sources people man men woman women',
  }).flatMap(([kind, words]) => words.split(' ').map((word): [string, string] => [word, kind])),
);

/** What kind of common word a token is, or undefined when it may be (part of) a name. */
function stopWordKind(word: string): string | undefined {
  const isAcronym = word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
  return isAcronym ? undefined : STOP_WORDS.get(word.toLowerCase());
}
