/**
 * Names in the text: runs of capitalised words ("Deputy Foreign Minister Anna Petrova"), split
 * into the title and the name, and read as a registered actor, a person the article introduces
 * (discovered, with no actor file yet), an organisation, or nothing a speaker can be.
 */
import { slugText } from '../../lib/slug-text.ts';
import { COUNTRY_ADJECTIVES, COUNTRY_NAMES } from '../lexicon/countries.ts';
import { COMPANIES, NEWS_MEDIA_AND_POLLSTERS, ONLINE_PLATFORMS } from '../lexicon/media-and-companies.ts';
import { NAME_CONNECTORS as CONNECTOR_LIST, NAME_SUFFIXES as SUFFIX_LIST } from '../lexicon/name-parts.ts';
import {
  NEVER_NAME_WORDS as NEVER_NAME_LIST,
  NEVER_SURNAME_WORDS,
  SENTENCE_OPENING_ADVERBS,
} from '../lexicon/never-name-words.ts';
import { ORGANIZATION_WORDS as ORGANIZATION_LIST } from '../lexicon/organization-words.ts';
import { PARTIES_AND_FAITHS } from '../lexicon/parties-and-faiths.ts';
import { CAPITALS_AND_SEATS_OF_POWER, CITIES_AND_REGIONS, US_STATES } from '../lexicon/place-names.ts';
import { PLACE_WORDS as PLACE_LIST } from '../lexicon/place-words.ts';
import { PERSON_SOURCE_NOUNS } from '../lexicon/role-nouns.ts';
import { THING_WORDS, TIME_WORDS } from '../lexicon/thing-words.ts';
import {
  FEMALE_TITLES as FEMALE_TITLE_LIST,
  MALE_TITLES as MALE_TITLE_LIST,
  TITLE_WORDS as TITLE_LIST,
} from '../lexicon/titles.ts';
import { isInside, type Range } from '../text/ranges.ts';
import type { DiscoveredPerson, Speaker, TextSpan } from '../types.ts';
import { genderOfGivenName, isGivenName } from './given-names.ts';

// The lexicon's lists (src/analysis/lexicon/) as the name finder looks words up in them.
const TITLE_WORDS = new Set(TITLE_LIST);
const MALE_TITLES = new Set(MALE_TITLE_LIST);
const FEMALE_TITLES = new Set(FEMALE_TITLE_LIST);
const ORGANIZATION_WORDS = new Set(ORGANIZATION_LIST);
const NEVER_NAME_WORDS = new Set(NEVER_NAME_LIST);
const SENTENCE_ADVERBS = new Set(SENTENCE_OPENING_ADVERBS);

/**
 * The sex a name as written tells: its title ("Mrs. Clinton", "Congressman King") or its given
 * name ("Donald Trump"); undefined when neither says ("Trump", "Alex Smith").
 */
export function genderOfWrittenName(titleWords: readonly string[], nameWords: readonly string[]): 'male' | 'female' | undefined {
  const title = titleWords.find((word) => MALE_TITLES.has(word) || FEMALE_TITLES.has(word));
  if (title) return MALE_TITLES.has(title) ? 'male' : 'female';
  return nameWords.length >= 2 ? genderOfGivenName(nameWords[0]!) : undefined;
}

const NAME_SUFFIXES = new Set(SUFFIX_LIST);
/**
 * Words that make a run a place or a thing, no person. The web platforms are companies, but
 * they have always been read here as places are (see `ONLINE_PLATFORMS`).
 */
const PLACE_OR_THING_WORDS = new Set([...PLACE_LIST, ...THING_WORDS, ...TIME_WORDS, ...ONLINE_PLATFORMS]);
/**
 * One capitalised word that is never a surname nor part of a name: a place that speaks for its
 * government ("Moscow said"), a medium, a company, a party or a faith ("Iowa Republican"), or a
 * function word.
 */
const NEVER_SURNAMES = new Set([
  ...CAPITALS_AND_SEATS_OF_POWER,
  ...US_STATES,
  ...CITIES_AND_REGIONS,
  ...NEWS_MEDIA_AND_POLLSTERS,
  ...COMPANIES,
  ...PARTIES_AND_FAITHS,
  ...NEVER_SURNAME_WORDS,
]);

/** A given name or an initial ("T."), before a surname. */
const GIVEN_OR_INITIAL = (word: string) => /^\p{Lu}\.?$/u.test(word) || isGivenName(word);

/** Media, pollsters and companies known by one word: organisations when written alone. */
const ONE_WORD_ORGANIZATIONS: ReadonlySet<string> = new Set([...NEWS_MEDIA_AND_POLLSTERS, ...COMPANIES]);

/** Maps words as written ("Rubio", "Marco Rubio") to an actor slug, or null. */
export type ResolveActor = (words: string) => string | null;

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}.'’-]*/gu;
/** Lower-case words that may sit inside a name ("Secretary of State", "Bart De Wever"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(CONNECTOR_LIST);

export interface Word {
  start: number;
  /** The word without a trailing possessive or full stop. */
  text: string;
  /** Offset after the word as written, possessive included. */
  rawEnd: number;
  possessive: boolean;
}

export function wordsIn(text: string, quoted: readonly Range[]): Word[] {
  const words: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    if (isInside(quoted, match.index)) continue;
    let word = match[0];
    const possessive = /['’]s$|s['’]$/u.test(word);
    word = word.replace(/['’]s$/u, '').replace(/['’]$/u, '');
    if (word.endsWith('.') && !word.slice(0, -1).includes('.') && !TITLE_WORDS.has(word)) word = word.slice(0, -1);
    words.push({ start: match.index, text: word, rawEnd: match.index + match[0].length, possessive });
  }
  return words;
}

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
/** "M." in "Robert M. Danin": an initial, whose full stop does not end the name. */
const isInitial = (word: Word) => /^\p{Lu}$/u.test(word.text) && word.rawEnd === word.start + 2;

/** Speech verbs that open a sentence before their subject ("Said Comey, “…”", "Stated Stone: “…”"). */
const INVERTED_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'Said',
  'Says',
  'Stated',
  'Explained',
  'Added',
  'Wrote',
  'Noted',
  'Recalled',
  'Continued',
  'Declared',
  'Remarked',
  'Observed',
  'Quipped',
]);
/** Where a sentence starts: the text's start, or a full stop, question or exclamation mark (a closing mark after it) and spaces. */
const AT_SENTENCE_START = /(?:^|[.!?]["”’']?\s+)["“‘']?$/u;

/**
 * Capitalised words that open sentences rather than names ("But Trump", "Later, …"); dropped from
 * the front of a run so that a speaker's label is the name as written, not "But Trump".
 */
export const isSentenceOpener = (word: string) => NEVER_NAME_WORDS.has(word) || SENTENCE_ADVERBS.has(word);

/** Runs of capitalised words ("Secretary of State Marco Rubio"); a possessive or punctuation ends a run. */
export function nameRuns(text: string, quoted: readonly Range[]): Word[][] {
  const words = wordsIn(text, quoted);
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && NAME_CONNECTORS.has(run.at(-1)!.text)) run.pop();
    while (run.length > 1 && isSentenceOpener(run[0]!.text)) run.shift();
    // "Said Comey, “…”": a speech verb opening the sentence before its subject is no given name.
    if (
      run.length > 1 &&
      INVERTED_SPEECH_VERBS.has(run[0]!.text) &&
      AT_SENTENCE_START.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start))
    )
      run.shift();
    if (run.length) runs.push(run);
    run = [];
  };
  for (const [index, word] of words.entries()) {
    const previous = run.at(-1);
    // Joined by one space, and the previous word lost no full stop ("… said Rubio. Later …").
    const joined =
      previous !== undefined &&
      text.slice(previous.rawEnd, word.start) === ' ' &&
      (previous.rawEnd === previous.start + previous.text.length || TITLE_WORDS.has(previous.text) || isInitial(previous));
    const connector = NAME_CONNECTORS.has(word.text) && previous !== undefined && isCapitalised(words[index + 1]?.text ?? '');
    if (!(isCapitalised(word.text) || connector) || (previous && !joined)) close();
    if (isCapitalised(word.text) || (connector && run.length)) run.push(word);
    if (word.possessive) close();
  }
  close();
  return runs;
}

/** The longest resolvable words of a run, preferring the rightmost (the head of the phrase). */
export function resolveRun(
  run: Word[],
  resolve: ResolveActor,
): { first: number; last: number; actor: string; words: string } | null {
  for (let length = run.length; length >= 1; length--) {
    for (let first = run.length - length; first >= 0; first--) {
      const slice = run.slice(first, first + length);
      if (NAME_CONNECTORS.has(slice[0]!.text) || NAME_CONNECTORS.has(slice.at(-1)!.text)) continue;
      // "And Witkoff": a sentence opener is not part of the name as written.
      if (slice.length > 1 && isSentenceOpener(slice[0]!.text)) continue;
      const words = slice.map((word) => word.text).join(' ');
      const actor = resolve(words);
      if (actor) return { first, last: first + length - 1, actor, words };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Reading a run no actor file names

/** What an unregistered run of capitalised words is. */
export interface ReadName {
  /** `person`: a name; `organization`: a body that can speak; `other`: a place, a date, a thing. */
  entity: 'person' | 'organization' | 'other' | 'unknown';
  /** Index of the first word of the name proper (after any title). */
  nameStart: number;
  /** Index after the last word of the name proper ("of Israel" left out). */
  nameEnd: number;
  /** The title written before the name, as written ("Deputy Foreign Minister"), if any. */
  title: string;
  /** Sex given by the title, when it gives one. */
  gender?: 'male' | 'female';
}

export const isTitleWord = (word: string) => TITLE_WORDS.has(word) || TITLE_WORDS.has(word.replace(/\.$/u, ''));
/** A word shaped like part of a personal name: "Anna", "O'Brien", "Jean-Claude", "McConnell", "J.", "JD". */
const NAME_SHAPE = new RegExp(
  `^(?:${[
    String.raw`\p{Lu}[\p{Ll}\p{M}]+(?:[-'’]\p{Lu}?[\p{Ll}\p{M}]+)*`,
    String.raw`\p{Lu}['’]\p{Lu}[\p{Ll}\p{M}]+`,
    String.raw`\p{Lu}\p{Ll}*\p{Lu}[\p{Ll}\p{M}]+`,
    String.raw`\p{Lu}\.?|\p{Lu}{2}|\p{Lu}\.\p{Lu}\.`,
  ].join('|')})$`,
  'u',
);
/** A demonym in a title ("Tunisian Prime Minister", "Russian Deputy Foreign Minister"). */
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ian|an|ese|ish|i|ic)$/u;

/** Whether word `index` of a run still belongs to the title before the name. */
function isTitlePrefix(words: string[], index: number): boolean {
  const word = words[index]!;
  if (isTitleWord(word)) return true;
  if (NAME_CONNECTORS.has(word)) return index > 0;
  // A demonym or acronym is part of the title only when a title word follows ("U.N. Secretary-General").
  const next = words[index + 1];
  const qualifies = COUNTRY_ADJECTIVES.has(word.toLowerCase()) || DEMONYM.test(word) || /^(?:\p{Lu}\.?){2,4}$/u.test(word);
  return qualifies && next !== undefined && isTitleWord(next);
}

/**
 * Reads a run of capitalised words that no actor file names. `lowercaseTitleBefore` says the run
 * follows a role noun in lower case ("spokeswoman Jane Hill", "said Oleg Bondar"), which makes a
 * one-word run a surname rather than anything else.
 */
/** Honorifics that only stand before a surname. */
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/u;

/** Where a given name and one or two more name-shaped words end a longer run (its title before), else 0. */
function givenNameEndingRun(words: readonly string[]): number {
  for (const length of [2, 3]) {
    const start = words.length - length;
    if (start < 1) continue;
    const name = words.slice(start);
    if (isGivenName(name[0]!) && name.every((word) => NAME_SHAPE.test(word)) && !isGivenName(words[start - 1]!)) return start;
  }
  return 0;
}

export function readName(run: Word[], lowercaseTitleBefore: boolean): ReadName {
  const words = run.map((word) => word.text);
  let nameStart = 0;
  while (nameStart < words.length - 1 && isTitlePrefix(words, nameStart)) nameStart++;
  // "House Speaker Paul Ryan", "Senate Majority Leader Mitch McConnell": the name starts after
  // the last title word, whatever body or place the title begins with.
  // "Representative Peter T. King of New York", "Steve King of Iowa": a title word after a given name or an initial is a surname.
  const lastTitle = words.findLastIndex(
    (word, index) =>
      index < words.length - 1 &&
      isTitleWord(word) &&
      !(index > 0 && GIVEN_OR_INITIAL(words[index - 1]!) && words[index + 1] === 'of'),
  );
  if (lastTitle >= nameStart) nameStart = lastTitle + 1;
  // "Maricopa County Recorder Helen Purcell": with no known title word, a given name followed by a surname ends the run.
  if (nameStart === 0) nameStart = givenNameEndingRun(words);
  // "Benjamin Netanyahu of Israel": a name ends before "of".
  const of = words.indexOf('of', nameStart + 1);
  const nameEnd = of > nameStart ? of : words.length;
  // "Deputy Foreign Minister of Russia Anna Petrova" is rare; a country after a title is a title word too.
  const title = words.slice(0, nameStart).join(' ');
  const name = words.slice(nameStart, nameEnd).filter((word) => !NAME_SUFFIXES.has(word));
  const firstTitle = words[0] ?? '';
  const gender = MALE_TITLES.has(firstTitle) ? 'male' : FEMALE_TITLES.has(firstTitle) ? 'female' : undefined;
  const withGender = (read: ReadName): ReadName => (gender ? { ...read, gender } : read);
  const nameOnly = words.slice(nameStart, nameEnd);
  // "Don Guardian", "Frank Church": a given name first makes it a person, whatever follows.
  const givenFirst =
    nameOnly.length >= 2 &&
    nameOnly.length <= 4 &&
    isGivenName(nameOnly[0]!) &&
    nameOnly.every((w) => NAME_SHAPE.test(w) || NAME_CONNECTORS.has(w) || /^\p{Lu}\.?$/u.test(w));
  if (givenFirst) {
    const fromName = genderOfGivenName(nameOnly[0]!);
    return { entity: 'person', nameStart, nameEnd, title, ...((gender ?? fromName) ? { gender: (gender ?? fromName)! } : {}) };
  }
  if (
    // "USA Today": a word that also opens sentences ("Today, …") makes an organisation only after another word.
    nameOnly.some((word) => ORGANIZATION_WORDS.has(word) && (nameOnly.length > 1 || !NEVER_NAME_WORDS.has(word))) ||
    (words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!) && !title)
  ) {
    return { entity: 'organization', nameStart: 0, nameEnd: words.length, title: '' };
  }
  // "Mr. Prince", "Mrs. King": after an honorific, a word that is also a title is the surname.
  if (name.length === 1 && nameStart > 0 && HONORIFIC.test(words[nameStart - 1]!) && NAME_SHAPE.test(name[0]!)) {
    return withGender({ entity: 'person', nameStart, nameEnd, title });
  }
  const joined = words.join(' ');
  if (
    name.length === 0 ||
    isTitleWord(words[nameEnd - 1]!) ||
    nameOnly.some((word) => PLACE_OR_THING_WORDS.has(word)) ||
    COUNTRY_NAMES.has(joined) ||
    COUNTRY_NAMES.has(name.join(' '))
  ) {
    return { entity: 'other', nameStart, nameEnd, title };
  }
  if (!name.every((word) => NAME_SHAPE.test(word) || NAME_CONNECTORS.has(word)) || name.some((w) => NEVER_NAME_WORDS.has(w))) {
    return { entity: 'other', nameStart, nameEnd, title };
  }
  // "Amtrak said", "Quinnipiac found": a medium, pollster or company written alone is an organisation.
  if (words.length === 1 && ONE_WORD_ORGANIZATIONS.has(words[0]!))
    return { entity: 'organization', nameStart: 0, nameEnd: 1, title: '' };
  // "Iowa Republican", "Texas Democrat": a place or a party with a capital is not a name.
  if (name.some((word) => NEVER_SURNAMES.has(word))) return { entity: 'other', nameStart, nameEnd, title };
  if (name.length >= 2 && name.length <= 4) {
    const fromName = genderOfGivenName(name[0]!);
    return withGender({ entity: 'person', nameStart, nameEnd, title, ...(fromName ? { gender: fromName } : {}) });
  }
  if (name.length === 1 && (title !== '' || lowercaseTitleBefore))
    return withGender({ entity: 'person', nameStart, nameEnd, title });
  return { entity: 'unknown', nameStart, nameEnd, title };
}

/**
 * Whether one capitalised word beside a speech verb ("Weaver said") can be a person's surname:
 * shaped like a name, and not a body, place, medium or city that speaks for its government.
 */
export function canBeSurname(word: string): boolean {
  return (
    NAME_SHAPE.test(word) &&
    !/^\p{Lu}+$/u.test(word) &&
    !isTitleWord(word) &&
    !ORGANIZATION_WORDS.has(word) &&
    !PLACE_OR_THING_WORDS.has(word) &&
    !NEVER_NAME_WORDS.has(word) &&
    !COUNTRY_NAMES.has(word) &&
    !NEVER_SURNAMES.has(word) &&
    !COUNTRY_ADJECTIVES.has(word.toLowerCase()) &&
    !DEMONYM_PLURAL.test(word) &&
    !PLURAL_SOURCE_NOUNS.has(word.toLowerCase())
  );
}
/** "Aides said", "Officials told": a group of unnamed sources opening a sentence, not a surname. */
const PLURAL_SOURCE_NOUNS: ReadonlySet<string> = new Set(
  PERSON_SOURCE_NOUNS.filter((noun) => /s$/u.test(noun)).map((noun) => noun.toLowerCase()),
);
/** "Republicans said", "Democrats": groups, not surnames. */
const DEMONYM_PLURAL = /^\p{Lu}\p{Ll}+(?:ans|ians|ists|ites|ers)$/u;

// ---------------------------------------------------------------------------------------------
// The people an article introduces

/** A person the article names who has no actor file, while the article is read. */
export interface PersonRecord {
  slug: string;
  name: string;
  roles: string[];
  evidence: TextSpan;
  gender?: 'male' | 'female';
}

/** A slug from a name, the way content file names become slugs (any script keeps an address). */
export function slugOfName(name: string): string {
  return slugText(name);
}

const surnameOf = (name: string) =>
  name
    .split(' ')
    .filter((word) => !NAME_SUFFIXES.has(word))
    .at(-1)!;

/**
 * The people one article introduces, by full name and by surname, so that "Petrova said" after
 * "Deputy Foreign Minister Anna Petrova" is the same person. A surname two people share points to
 * neither (the reader could not tell either).
 */
export class ArticlePeople {
  readonly #bySlug = new Map<string, PersonRecord>();
  readonly #bySurname = new Map<string, PersonRecord | 'ambiguous'>();
  readonly #notPeople: ReadonlySet<string>;
  /** Slugs of the people who end up speaking a quote. */
  readonly speakers = new Set<string>();

  readonly #articleSlug: string;

  /**
   * `articleSlug` scopes people known by one word only: "Weaver" in one article and "Weaver" in
   * another may be two people, so their provisional pages are not merged.
   */
  constructor(notPeople: readonly string[] = [], articleSlug = '') {
    this.#notPeople = new Set(notPeople.map((name) => name.normalize('NFC')));
    this.#articleSlug = articleSlug;
  }

  isExcluded(name: string): boolean {
    return this.#notPeople.has(name.normalize('NFC'));
  }

  /** Records a full name (two words or more); returns the person. */
  introduce(name: string, title: string, evidence: TextSpan, gender?: 'male' | 'female'): PersonRecord {
    const oneWord = !name.includes(' ');
    const slug = oneWord && this.#articleSlug ? `${slugOfName(name)}-in-${this.#articleSlug}` : slugOfName(name);
    let person = this.#bySlug.get(slug);
    if (!person) {
      person = { slug, name, roles: [], evidence, ...(gender ? { gender } : {}) };
      this.#bySlug.set(slug, person);
      const surname = surnameOf(name);
      const holder = this.#bySurname.get(surname);
      this.#bySurname.set(surname, holder && holder !== person ? 'ambiguous' : person);
    }
    if (title && !person.roles.includes(title)) person.roles.push(title);
    if (gender && !person.gender) person.gender = gender;
    return person;
  }

  /** The person a single word stands for, when the article introduced exactly one with that surname. */
  bySurname(word: string): PersonRecord | null {
    const person = this.#bySurname.get(word);
    return person && person !== 'ambiguous' ? person : null;
  }

  bySlug(slug: string): PersonRecord | undefined {
    return this.#bySlug.get(slug);
  }

  all(): PersonRecord[] {
    return [...this.#bySlug.values()];
  }

  /** The speaker for a person record, as quotes carry it. */
  speaker(person: PersonRecord, label: string): Speaker {
    return { actor: person.slug, label, provisional: true };
  }

  /** The people who speak a quote, with the evidence sentence for the editor. */
  discovered(sentenceOf: (span: TextSpan) => string): DiscoveredPerson[] {
    return this.all()
      .filter((person) => this.speakers.has(person.slug))
      .map((person) => ({
        slug: person.slug,
        name: person.name,
        roles: person.roles,
        evidence: { ...person.evidence, sentence: sentenceOf(person.evidence) },
      }));
  }
}
