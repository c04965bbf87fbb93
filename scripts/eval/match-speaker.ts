/**
 * Whether the system's speaker is the gold's, by name: hand-written gold names ("Dmitry Peskov",
 * "the Kremlin", "a senior official from a European country") are compared with the system's
 * display names, loosely enough that a surname or a shorter form of the same name counts, strictly
 * enough that a different person, or a named actor for an unnamed source, does not.
 */
import type { GoldSpeaker, SystemSpeaker } from './types.ts';

const DETERMINERS = new Set(['a', 'an', 'the', 'one']);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/** Words that do not identify an organization ("Council *on* Foreign Relations"). */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'one', 'of', 'and', 'for', 'on', 'in', 'at', 'to', '&']);
/**
 * Where the head of a description ends: a preposition, a relative pronoun, or an adjective or
 * participle that starts a post-modifier ("people familiar with the matter").
 */
const HEAD_BREAKS = new Set([
  'of',
  'from',
  'for',
  'with',
  'at',
  'in',
  'on',
  'to',
  'by',
  'about',
  'under',
  'inside',
  'within',
  'among',
  'near',
  'close',
  'familiar',
  'briefed',
  'involved',
  'speaking',
  'knowledgeable',
  'aware',
  'according',
  'who',
  'whom',
  'whose',
  'that',
  'which',
  'where',
]);
const PUNCTUATION_BREAKS = /^[,;:()—–-]$/;
const IRREGULAR_SINGULARS = new Map([
  ['people', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['spokespeople', 'spokesperson'],
  ['spokesmen', 'spokesperson'],
  ['spokeswomen', 'spokesperson'],
  ['spokesman', 'spokesperson'],
  ['spokeswoman', 'spokesperson'],
]);

/**
 * The words of a name as written (case kept), with punctuation that ends a phrase as tokens of
 * its own: NFC, straight apostrophes, no possessive, no leading determiner, no dots ("U.S." → "US").
 */
export function nameTokens(name: string): string[] {
  const tokens = name
    .normalize('NFC')
    .replace(/[’ʼ‘`´]/g, "'")
    .replace(/'s\b/gi, '')
    .replace(/s'(?=\s|$)/g, 's')
    .replace(/([,;:()—–])/g, ' $1 ')
    .split(/\s+/)
    .map((token) =>
      PUNCTUATION_BREAKS.test(token) ? token : token.replace(/\./g, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
    )
    .filter((token) => token !== '');
  while (tokens.length > 1 && DETERMINERS.has(tokens[0]!.toLowerCase())) tokens.shift();
  return tokens;
}

/** The lower-cased words of a name, punctuation left out (see `nameTokens`). */
export function normaliseName(name: string): string[] {
  return nameTokens(name)
    .filter((token) => !PUNCTUATION_BREAKS.test(token))
    .map((token) => token.toLowerCase());
}

/**
 * The head phrase of a name or description, case kept: its words up to a preposition, relative
 * clause, post-modifier or comma ("a senior official from a European country" → "senior official";
 * "Brian Fallon, a Clinton spokesman" → "Brian Fallon").
 */
export function headPhrase(name: string): string[] {
  const tokens = nameTokens(name);
  const head: string[] = [];
  for (const token of tokens) {
    if (head.length > 0 && (PUNCTUATION_BREAKS.test(token) || HEAD_BREAKS.has(token.toLowerCase()))) break;
    if (!PUNCTUATION_BREAKS.test(token)) head.push(token);
  }
  return head;
}

/** A noun in the singular, for the few plurals descriptions use ("officials", "people"). */
export function singular(word: string): string {
  const irregular = IRREGULAR_SINGULARS.get(word);
  if (irregular) return irregular;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** The head noun of a description: the last word of its head phrase, lower-cased and singular. */
export function headNoun(description: string): string {
  const last = headPhrase(description).at(-1);
  return last === undefined ? '' : singular(last.toLowerCase());
}

/** A person's surname: the last word of the name's head phrase, a suffix (Jr., III) skipped. */
export function surname(name: string): string {
  const words = headPhrase(name).map((word) => word.toLowerCase());
  while (words.length > 1 && NAME_SUFFIXES.has(words.at(-1)!)) words.pop();
  return words.at(-1) ?? '';
}

/** Whether `inner`'s words occur in `outer` as a run of whole words. */
export function containsWords(outer: string[], inner: string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  for (let start = 0; start + inner.length <= outer.length; start++) {
    if (inner.every((word, index) => outer[start + index] === word)) return true;
  }
  return false;
}

/** Same person: the same surname, or one name is part of the other ("Caddell" in "pollster Pat Caddell"). */
export function samePersonName(gold: string, system: string): boolean {
  const goldWords = normaliseName(gold);
  const systemWords = normaliseName(system);
  if (goldWords.length === 0 || systemWords.length === 0) return false;
  const goldSurname = surname(gold);
  return (
    (goldSurname !== '' && goldSurname === surname(system)) ||
    containsWords(goldWords, systemWords) ||
    containsWords(systemWords, goldWords)
  );
}

/** Same organization: one name's words include every content word of the other ("the Kremlin" / "Kremlin"). */
export function sameOrganizationName(gold: string, system: string): boolean {
  const goldWords = normaliseName(gold);
  const systemWords = normaliseName(system);
  const content = (words: string[]) => words.filter((word) => !FUNCTION_WORDS.has(word));
  const within = (outer: string[], inner: string[]) => inner.length > 0 && inner.every((word) => outer.includes(word));
  return within(goldWords, content(systemWords)) || within(systemWords, content(goldWords));
}

/** Same unnamed source: the same head noun ("the official" / "a White House official"), or the same words. */
export function sameUnnamedSource(gold: string, system: string): boolean {
  const goldWords = normaliseName(gold);
  if (goldWords.length > 0 && goldWords.join(' ') === normaliseName(system).join(' ')) return true;
  const goldHead = headNoun(gold);
  return goldHead !== '' && goldHead === headNoun(system);
}

/**
 * Whether the system's speaker matches the gold's. A corpus gold with an actor slug is compared
 * exactly (slug, or unnamed label); otherwise by name, within the speaker's type: a person or
 * organization for a gold unnamed source, or an unnamed source for a gold name, is wrong. A gold
 * `none` is matched only by no speaker.
 */
export function speakerMatches(gold: GoldSpeaker, system: SystemSpeaker | null): boolean {
  if (gold.type === 'none') return system === null;
  if (system === null) return false;
  if (gold.actor !== undefined) {
    return gold.actor === null ? system.actor === null && system.label === gold.name : system.actor === gold.actor;
  }
  // An organisation with no actor file is given by its own words, as an unnamed-source label.
  // A name the analysis could not tell person from organisation keeps its words as a label: for a
  // gold organisation, or a PolNeAR name (which does not say which it is), the words decide.
  if (
    (gold.type === 'organization' || gold.type === 'named') &&
    system.type === 'unnamed' &&
    /^(?:the\s+)?\p{Lu}/u.test(system.label)
  ) {
    return sameOrganizationName(gold.name, system.label);
  }
  // "the president" resolved to the president by name: the speaker's label keeps the role phrase.
  if (gold.type === 'unnamed' && system.type !== 'unnamed' && /^the\s/iu.test(gold.name) && /^the\s/iu.test(system.label)) {
    return sameUnnamedSource(gold.name, system.label);
  }
  if (gold.type === 'unnamed' || system.type === 'unnamed') {
    return gold.type === 'unnamed' && system.type === 'unnamed' && sameUnnamedSource(gold.name, system.label);
  }
  const names = [system.name, ...system.aliases];
  const asPerson = gold.type !== 'organization' && system.type !== 'organization';
  const asOrganization = gold.type !== 'person' && system.type !== 'person';
  return names.some(
    (name) => (asPerson && samePersonName(gold.name, name)) || (asOrganization && sameOrganizationName(gold.name, name)),
  );
}

/**
 * Whether a wrong answer is an unnamed source whose label is in fact the gold's name ("Flynn"
 * given with no actor): a name the analysis found but did not resolve. Still wrong; counted apart
 * so the report can tell unresolved names from wrong speakers.
 */
export function unnamedLabelNamesGold(gold: GoldSpeaker, system: SystemSpeaker | null): boolean {
  if (system === null || system.type !== 'unnamed' || gold.actor !== undefined) return false;
  if (gold.type === 'unnamed' || gold.type === 'none') return false;
  return samePersonName(gold.name, system.label) || sameOrganizationName(gold.name, system.label);
}
