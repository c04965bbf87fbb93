/**
 * Lower-case words inside a description of an unnamed source, between the determiner and the
 * noun ("the first White House official", "a retired general"). Read by the candidate finder
 * (`attribution/candidates.ts`).
 */
import { wordList } from './word-list.ts';

/**
 * Ordinals that number sources ("the second official" is the second one the article met). In
 * order: an ordinal's place in the list is its number less one.
 */
export const ORDINALS: readonly string[] = wordList(`
first
second
third
fourth
fifth
`);

/**
 * Words in -ed that describe a source ("a retired general", "an unnamed official"): other words
 * in -ed end a description ("the company said a …", "officials confirmed").
 */
export const DESCRIBING_WORDS_IN_ED: readonly string[] = wordList(`
armed
concerned
detained
elected
embattled
experienced
informed
injured
jailed
registered
renowned
respected
retired
self-described
so-called
unaffiliated
unidentified
unnamed
veteran
wounded
`);
