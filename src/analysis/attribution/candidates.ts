/**
 * Everything in a paragraph that can be a speaker: names (registered actors, people the article
 * introduces, organisations), role phrases traced to their holder ("the deputy foreign
 * minister"), descriptions of unnamed sources ("a second White House official", "the northern
 * military command") and pronouns. Found in reading order, so that a person is introduced before
 * a later surname or title points back to them.
 */
import { WORDS_BEFORE_A_TITLE } from '../lexicon/office-modifiers.ts';
import { OFFICE_NOUNS, ROLE_NOUNS } from '../lexicon/role-nouns.ts';
import { alternationOf } from '../lexicon/word-list.ts';
import type { Range } from '../text/ranges.ts';
import { FINITE_SPEECH_VERB } from '../text/speech-cues.ts';
import type { BodyBlock, Speaker } from '../types.ts';
import {
  type ArticlePeople,
  canBeSurname,
  genderOfWrittenName,
  isTitleWord,
  NAME_CONNECTORS,
  nameRuns,
  readName,
  resolveRun,
  slugOfName,
  type PersonRecord,
  type ResolveActor,
  type Word,
} from './names.ts';
import { findDescriptions } from './descriptions.ts';
import { isGivenName } from './given-names.ts';
import { findPronouns, SPEECH_AFTER } from './pronouns.ts';
import type { RoleBook } from './roles.ts';
import { dropTitlesOfNames, withoutTitleParts } from './title-parts.ts';

/** What a candidate refers to, for "he", "she", "it" and "they" to agree with. */
export type Entity = 'person' | 'organization' | 'place' | 'unknown';

/** Something in the text that can be a speaker: a name, a pronoun, or a description of a source. */
export interface Candidate {
  start: number;
  end: number;
  kind: 'named' | 'pronoun' | 'description';
  /** For names (and roles like "the president", already traced to a name). */
  speaker?: Speaker;
  /** For descriptions: the article's words, with a sentence-initial "A" lower-cased. */
  label: string;
  /** "the official" points back; "a second White House official" introduces a source. */
  definite?: boolean;
  /** "the first White House official" → 1. */
  ordinal?: number;
  /** Words between the determiner and the noun, lower-cased, ordinal left out. */
  modifiers?: string[];
  plural?: boolean;
  entity: Entity;
  gender?: 'male' | 'female';
  /** Where the name's title begins ("Kremlin spokesman Dmitry Peskov"), when it has one before it. */
  titleStart?: number;
}

/** What the candidate finder knows about the actors and the article so far. */
export interface ArticleReader {
  resolve: ResolveActor;
  /** The kind of a registered actor (`person`, `organization`, `country`, `media`). */
  kindOf: (actor: string) => string | undefined;
  people: ArticlePeople;
  roles: RoleBook;
  /** Registered actors named so far in the article. */
  mentioned: Set<string>;
  /** The sex of registered people as the article wrote them ("Donald Trump", "Mrs. Clinton"), for later "Trump" and "she". */
  genders: Map<string, 'male' | 'female'>;
}

export function entityOfKind(kind: string | undefined): Entity {
  if (kind === undefined || kind === 'person') return 'person';
  if (kind === 'country') return 'place';
  return 'organization';
}

/** Every candidate of one block, in text order. Call once per block, in reading order. */
export function findCandidates(blocks: BodyBlock[], index: number, quoted: readonly Range[], reader: ArticleReader): Candidate[] {
  const block = blocks[index]!;
  const text = block.text;
  const descriptions = findDescriptions(text, quoted);
  const datelineEnd = DATELINE.exec(text)?.[0].length ?? 0;
  const runs = nameRuns(text, quoted).filter((run) => run[0]!.start >= datelineEnd);
  // Names and descriptions are read in text order so a title is known before a role points back.
  type Item = { start: number; run?: Word[]; description?: Candidate };
  const items: Item[] = [
    ...runs.map((run) => ({ start: run[0]!.start, run })),
    ...descriptions.map((description) => ({ start: description.start, description })),
  ].sort((a, b) => a.start - b.start);
  const candidates: Candidate[] = [];
  for (const item of items) {
    if (item.run) {
      // A name inside a description is part of it ("a spokesperson for France’s foreign minister").
      if (descriptions.some((d) => item.start >= d.start && item.start < d.end)) continue;
      const candidate = readRun(block, item.run, reader);
      if (candidate) candidates.push(candidate);
    } else {
      candidates.push(resolveDescription(item.description!, reader));
    }
  }
  candidates.push(...findPronouns(text, quoted));
  return dropTitlesOfNames(
    text,
    withoutTitleParts(candidates).sort((a, b) => a.start - b.start),
  );
}

/**
 * A wire dateline opening a paragraph ("WASHINGTON — ", "PHILADELPHIA, July 25 (UPI) — ", "JACKSON, Miss. - ", and in
 * ordinary case with its agency, "Washington (AFP) – "): the place the story was filed from, never a speaker.
 */
export const DATELINE =
  /^(?:\p{Lu}{2,}(?:[\s.'’-]+\p{Lu}{2,})*\.?(?:,\s[^—–\n]{1,40}?)?(?:\s*\([^()]{1,20}\))?|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}(?:,\s[^—–\n()]{1,40}?)?\s*\(\p{Lu}{2,}[^()]{0,17}\))\s+(?:[—–]|--?)\s+/u;

// ---------------------------------------------------------------------------------------------
// Names

/** Lower-case nouns of roles and offices, written before a name or as the head of a description. */
const ROLE_NOUN_WORDS = alternationOf(ROLE_NOUNS);
const ROLE_NOUN = new RegExp(String.raw`^(?:${ROLE_NOUN_WORDS})$`, 'iu');
/** Words that end a title read backwards from a name ("said Kremlin spokesman …" → "Kremlin spokesman"). */
const TITLE_BOUNDARY =
  /^(?:the|a|an|and|or|but|said|says|told|tells|by|with|to|from|for|as|of|in|on|at|that|who|while|when|its|his|her|their)$/iu;

/** A title in lower case just before a name ("Kremlin spokesman Dmitry Peskov", "spokeswoman Jane Hill"). */
function titleBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - 100), start);
  if (!/\s$/u.test(before) || /[,;:.!?“”"]\s*$/u.test(before)) return '';
  const words = before.trimEnd().split(/\s+/u);
  // "former President Rodrigo Duterte": the word that changes the office belongs to the title.
  if (OFFICE_CHANGING_BEFORE.test(words.at(-1)!)) return words.at(-1)!;
  if (!ROLE_NOUN.test(words.at(-1)!.replace(/[’']s$/u, ''))) return '';
  const title: string[] = [];
  for (let i = words.length - 1; i >= 0 && title.length < 5; i--) {
    const word = words[i]!;
    if (TITLE_BOUNDARY.test(word) || FINITE_SPEECH_VERB.test(word) || /[,;:.!?“”"()]$/u.test(word)) break;
    title.unshift(word);
  }
  return title.join(' ');
}

const OFFICE_CHANGING_BEFORE = new RegExp(`^(?:${alternationOf(WORDS_BEFORE_A_TITLE)})$`, 'iu');

/** A role in an appositive after a name ("Oleg Bondar, head of the delegation, said"). */
const APPOSITIVE_ROLE = new RegExp(
  String.raw`^,\s+((?:(?:the|a|an)\s+)?(?:[\p{L}’'.-]+\s+){0,4}?(?:${ROLE_NOUN_WORDS})(?:\s+(?:of|for|at|to|in)\s+[^,;.“”"]{1,60})?),`,
  'iu',
);

/**
 * The words of a run after a registered body or person written as part of a title: "Pentagon Press
 * Secretary Sean Parnell" (the body's alias ends before the title), "Obama Education Secretary Arne
 * Duncan" (the matcher finds Obama inside the whole run). Null when nothing follows the title.
 */
function personAfterTitle(run: Word[], registered: { last: number; actor: string }, resolve: ResolveActor): Word[] | null {
  if (registered.last < run.length - 1) return run.slice(registered.last + 1);
  const lastTitle = run.findLastIndex((word) => isTitleWord(word.text));
  if (lastTitle <= 0 || lastTitle >= run.length - 1) return null;
  const title = run
    .slice(0, lastTitle + 1)
    .map((word) => word.text)
    .join(' ');
  const name = run
    .slice(lastTitle + 1)
    .map((word) => word.text)
    .join(' ');
  return resolve(title) === registered.actor && resolve(name) === null ? run.slice(lastTitle + 1) : null;
}

function readRun(block: BodyBlock, fullRun: Word[], reader: ArticleReader): Candidate | null {
  const text = block.text;
  const surnamed = surnameSpeaking(text, fullRun, reader);
  if (surnamed) return surnamed;
  const run = personOfPlace(fullRun, reader);
  const runEnd = run.at(-1)!.start + run.at(-1)!.text.length;
  const registered = otherGivenName(text, run, reader) || outletOfPlace(run, reader) ? null : resolveRun(run, reader.resolve);
  // "Pentagon Press Secretary Sean Parnell": a registered body written as part of a person's title.
  const rest = registered ? personAfterTitle(run, registered, reader.resolve) : null;
  const restRead = rest ? readName(rest, true) : null;
  if (registered && !(restRead?.entity === 'person')) {
    return readRegisteredRun(text, run, registered, runEnd, reader);
  }
  const lowercaseTitle = titleBefore(text, run[0]!.start);
  const read = restRead ?? readName(run, lowercaseTitle !== '');
  const nameWords = (rest ?? run).slice(read.nameStart, read.nameEnd);
  const first = nameWords[0]!;
  const last = nameWords.at(-1)!;
  const name = nameWords.map((word) => word.text).join(' ');
  const start = first.start;
  const end = last.start + last.text.length;
  if (reader.people.isExcluded(name)) return null;
  const titleWords = run.slice(0, run.indexOf(first)).map((word) => word.text);
  const title = [lowercaseTitle, titleWords.join(' ')].filter(Boolean).join(' ');
  const titleStart = lowercaseTitle ? text.lastIndexOf(lowercaseTitle, run[0]!.start) : run[0]!.start;

  if (read.entity === 'person') {
    const known = nameWords.length === 1 ? reader.people.bySurname(name) : null;
    const knownRoles = (known ?? reader.people.bySlug(slugOfName(name)))?.roles.length ?? 0;
    const person = known ?? reader.people.introduce(name, title, { block: block.id, start, end }, read.gender);
    if (known && title) reader.people.introduce(known.name, title, known.evidence);
    const appositive = APPOSITIVE_ROLE.exec(text.slice(end, end + 120));
    if (appositive) reader.people.introduce(person.name, appositive[1]!, person.evidence);
    const speaker = reader.people.speaker(person, name);
    for (const role of person.roles.slice(knownRoles)) reader.roles.addTitle(speaker, role);
    reader.roles.noteMention(person.slug);
    const gender = person.gender ? { gender: person.gender } : {};
    return { start, end, kind: 'named', speaker, label: name, entity: 'person', titleStart, ...gender };
  }
  if (read.entity === 'unknown') {
    // One capitalised word no one introduced: a surname of someone introduced, or, only right
    // next to a speech verb ("Apple said", "said Smith"), a speaker known by that word alone.
    // "Sanders" after "Bernie Sanders": the surname keeps the sex the full name told.
    const asPerson = (person: PersonRecord): Candidate => ({
      start,
      end,
      kind: 'named',
      speaker: reader.people.speaker(person, name),
      label: name,
      entity: 'person',
      titleStart,
      ...(person.gender ? { gender: person.gender } : {}),
    });
    const person = reader.people.bySurname(name);
    if (person) return asPerson(person);
    // Beside a speech verb, or right after a quote ("“…,” an angry Hollande retaliated").
    const besideVerb =
      FINITE_SPEECH_VERB.test(text.slice(end, end + 120).replace(SPEECH_AFTER, '')) ||
      /\b(?:said|says|told|according to)\s+$/iu.test(text.slice(Math.max(0, start - 20), start)) ||
      /[,!?]["”’]\s+(?:(?:an?|the)\s+\p{Ll}+\s+)?(?:\p{Ll}+ed\s+)?$/u.test(text.slice(Math.max(0, start - 40), start));
    if (!besideVerb) return null;
    // "Weaver said": a surname whose full name the article never gives is still a person.
    if (canBeSurname(name)) return asPerson(reader.people.introduce(name, title, { block: block.id, start, end }));
    return { start, end, kind: 'named', speaker: { actor: null, label: name }, label: name, entity: 'unknown' };
  }
  if (read.entity === 'organization') {
    const withArticle = /\bthe\s$/iu.test(text.slice(Math.max(0, run[0]!.start - 5), run[0]!.start))
      ? `the ${run.map((w) => w.text).join(' ')}`
      : run.map((w) => w.text).join(' ');
    if (isModifier(text, run, runEnd)) return null;
    return {
      start: run[0]!.start,
      end: runEnd,
      kind: 'named',
      speaker: { actor: null, label: withArticle },
      label: withArticle,
      entity: 'organization',
    };
  }
  return null;
}

/**
 * "Al From, who founded the DLC … / From said": the surname of a person the article introduced, right before a speech
 * verb, is that person even when the word is also a place, a body or a common word ("Israel", "Law", "From").
 */
function surnameSpeaking(text: string, run: Word[], reader: ArticleReader): Candidate | null {
  if (run.length !== 1) return null;
  const word = run[0]!;
  const end = word.start + word.text.length;
  const person = reader.people.bySurname(word.text);
  if (!person || person.name === word.text || !speechVerbBeside(text, word.start, end)) return null;
  return {
    start: word.start,
    end,
    kind: 'named',
    speaker: reader.people.speaker(person, word.text),
    label: word.text,
    entity: 'person',
    titleStart: word.start,
    ...(person.gender ? { gender: person.gender } : {}),
  };
}

/**
 * A speech verb reports the word at `start`..`end`: right after it ("Baron said"), after an appositive or aside between
 * commas ("Paris, who used to work on Capitol Hill, said"), or right before it ("said Baron").
 */
function speechVerbBeside(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 160);
  const aside = APPOSITIVE_ASIDE.exec(after)?.[0].length ?? 0;
  return (
    FINITE_SPEECH_VERB.test(after.replace(SPEECH_AFTER, '')) ||
    (aside > 0 && FINITE_SPEECH_VERB.test(after.slice(aside).replace(SPEECH_AFTER, ''))) ||
    /\b(?:said|says|told|according\s+to)\s+$/iu.test(text.slice(Math.max(0, start - 20), start))
  );
}

/** ", who used to work on Capitol Hill," / ", a creative writing professor,": words between commas, no quote in them. */
const APPOSITIVE_ASIDE = /^,[^,;:“”"]{1,100},\s*/u;

/**
 * "Ivanka Trump", "Jane Sanders": a registered person's surname after another capitalised word that is neither a title
 * nor their own given name names someone else of the family, not the registered person.
 */
const SENTENCE_START_BEFORE = /(?:^|[.!?:]["”’']?\s+|["“‘']\s*)$/u;

function otherGivenName(text: string, run: Word[], reader: ArticleReader): boolean {
  const found = resolveRun(run, reader.resolve);
  if (!found || reader.kindOf(found.actor) !== 'person' || found.actor.includes('-in-')) return false;
  const slugWords = found.actor.split('-');
  const words = run
    .slice(found.first, found.last + 1)
    .filter((word) => !isTitleWord(word.text) && !NAME_CONNECTORS.has(word.text));
  // The resolver may find the surname inside the whole run ("Ivanka Trump" → Donald Trump) or in its last word only.
  const given = words.length >= 2 ? words[0]! : found.first > 0 ? run[found.first - 1]! : undefined;
  const surname = words.at(-1)!;
  if (!given || given === surname || given.possessive || isTitleWord(given.text) || NAME_CONNECTORS.has(given.text)) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || reader.resolve(given.text) !== null) return false;
  // "Does Rubio …?": a capitalised word opening a sentence is a given name only when the lists know it.
  if (SENTENCE_START_BEFORE.test(text.slice(Math.max(0, given.start - 3), given.start)) && !isGivenName(given.text)) return false;
  return slugWords.at(-1) === surname.text.toLowerCase() && !slugWords.includes(given.text.toLowerCase());
}

/**
 * "the Washington Post", "the Moscow Times": a registered place whose name opens a run that ends with an organisation word
 * names an outlet or body of its own, not the place.
 */
function outletOfPlace(run: Word[], reader: ArticleReader): boolean {
  const registered = resolveRun(run, reader.resolve);
  if (registered?.first !== 0 || registered.last >= run.length - 1) return false;
  return reader.kindOf(registered.actor) === 'country' && readName(run, false).entity === 'organization';
}

/** "Sen. Maria Cantwell of Washington": a person of a registered place or body is the person, not the place. */
function personOfPlace(run: Word[], reader: ArticleReader): Word[] {
  const registered = resolveRun(run, reader.resolve);
  if (!registered || registered.first < 2 || run[registered.first - 1]!.text !== 'of') return run;
  const head = run.slice(0, registered.first - 1);
  return resolveRun(head, reader.resolve) === null && readName(head, false).entity === 'person' ? head : run;
}

/** "the US secretary of state", "the Trump administration": a name used as a modifier. */
const REFLEXIVE_BEFORE_VERB = /^(?:itself|themselves|himself|herself)\s+/u;

function isModifier(text: string, run: Word[], runEnd: number): boolean {
  return (
    /\bthe\s$/iu.test(text.slice(Math.max(0, run[0]!.start - 5), run[0]!.start)) &&
    (run.at(-1)!.possessive ||
      // "the NHS itself says": a reflexive before the verb leaves the name its subject.
      (/^\s\p{Ll}/u.test(text.slice(runEnd, runEnd + 2)) &&
        !FINITE_SPEECH_VERB.test(text.slice(runEnd + 1, runEnd + 60).replace(REFLEXIVE_BEFORE_VERB, ''))))
  );
}

function readRegisteredRun(
  text: string,
  run: Word[],
  found: { first: number; last: number; actor: string; words: string },
  runEnd: number,
  reader: ArticleReader,
): Candidate | null {
  // "President Donald Trump": the title is not part of the name as written.
  let nameFirst = found.first;
  while (nameFirst < found.last && (isTitleWord(run[nameFirst]!.text) || NAME_CONNECTORS.has(run[nameFirst]!.text))) nameFirst++;
  const first = run[nameFirst]!;
  const last = run[found.last]!;
  const end = last.start + last.text.length;
  const words = run
    .slice(nameFirst, found.last + 1)
    .map((word) => word.text)
    .join(' ');
  found = { ...found, first: nameFirst, words: reader.resolve(words) === found.actor ? words : found.words };
  const kind = reader.kindOf(found.actor);
  const entity = entityOfKind(kind);
  reader.mentioned.add(found.actor);
  if (isModifier(text, run, runEnd)) return null;
  // "France’s chief negotiator": a country or body owning a role is not the speaker by itself.
  if (entity !== 'person' && run.at(-1)!.possessive && /^\s+\p{Ll}/u.test(text.slice(run.at(-1)!.rawEnd))) return null;
  const speaker: Speaker = { actor: found.actor, label: found.words };
  let titleStart = run[0]!.start;
  let gender: 'male' | 'female' | undefined;
  if (entity === 'person') {
    const written = genderOfWrittenName(
      run.slice(0, nameFirst).map((word) => word.text),
      words.split(' '),
    );
    if (written && !reader.genders.has(found.actor)) reader.genders.set(found.actor, written);
    gender = reader.genders.get(found.actor);
    reader.roles.noteMention(found.actor);
    const lowercaseTitle = titleBefore(text, run[0]!.start);
    if (lowercaseTitle) titleStart = text.lastIndexOf(lowercaseTitle, run[0]!.start);
    const title = [
      lowercaseTitle,
      run
        .slice(0, found.first)
        .map((w) => w.text)
        .join(' '),
    ]
      .filter(Boolean)
      .join(' ');
    if (title) reader.roles.addTitle(speaker, title);
    const appositive = APPOSITIVE_ROLE.exec(text.slice(end, end + 120));
    if (appositive) reader.roles.addTitle(speaker, appositive[1]!);
  }
  return {
    start: first.start,
    end,
    kind: 'named',
    speaker,
    label: found.words,
    entity,
    titleStart,
    ...(gender ? { gender } : {}),
  };
}

/** Heads of role phrases that name an office one person holds ("the minister"), unlike "the official". */
const OFFICE_NOUN = new RegExp(String.raw`(?:${alternationOf(OFFICE_NOUNS)})$`, 'iu');

/** A definite role phrase held by one person ("the deputy foreign minister") becomes that person. */
function resolveDescription(description: Candidate, reader: ArticleReader): Candidate {
  if (!description.definite || description.plural || description.entity !== 'person') return description;
  if (!OFFICE_NOUN.test(description.label.replace(/\s+(?:for|from|at|to|of|in|with)\s.*$/u, ''))) return description;
  const holder = reader.roles.holderOf(description.label, (actor) => reader.mentioned.has(actor));
  if (!holder) return description;
  return { ...description, kind: 'named', speaker: holder, label: holder.label, entity: 'person' };
}
