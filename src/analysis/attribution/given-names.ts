/**
 * Given names as evidence, for two things a capitalised word alone cannot tell: that "Don
 * Guardian" or "Frank Church" is a person although "Guardian" and "Church" are also institutions,
 * and whether "he" or "she" can stand for a person. A name in no list says nothing; the lists
 * (`lexicon/given-names.ts`) only ever add evidence, they never rule a name out.
 */
import { FEMALE_GIVEN_NAMES, GIVEN_NAMES_OF_EITHER_SEX, MALE_GIVEN_NAMES } from '../lexicon/given-names.ts';

const MALE = new Set(MALE_GIVEN_NAMES);
const FEMALE = new Set(FEMALE_GIVEN_NAMES);
const EITHER = new Set(GIVEN_NAMES_OF_EITHER_SEX);

/** Whether a word is a common given name. */
export function isGivenName(word: string): boolean {
  return MALE.has(word) || FEMALE.has(word) || EITHER.has(word);
}

/** The sex a given name usually has, when it is not used for both. */
export function genderOfGivenName(word: string): 'male' | 'female' | undefined {
  return MALE.has(word) ? 'male' : FEMALE.has(word) ? 'female' : undefined;
}

/**
 * The sex an actor's own name gives, read from its slug ("donald-trump" → Donald): "she" cannot
 * mean a man the article names by surname alone ("Trump’s wife … she said"). A provisional person
 * known by one word in one article ("bush-in-…") says nothing.
 */
export function genderOfActorName(actor: string | null): 'male' | 'female' | undefined {
  const words = actor?.split('-') ?? [];
  if (words.length < 2 || words.includes('in')) return undefined;
  const given = words[0]!;
  return genderOfGivenName(given.charAt(0).toUpperCase() + given.slice(1));
}
