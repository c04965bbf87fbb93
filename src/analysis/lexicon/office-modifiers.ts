/**
 * Lower-case words that change which office a title names: "vice president" is not "president",
 * "former President Rodrigo Duterte" no longer holds the office.
 */
import { wordList } from './word-list.ts';

/**
 * Words of a title that make it another office than its head noun alone ("deputy minister",
 * "acting director"): a role phrase without them is not that title (`attribution/roles.ts`).
 */
export const OFFICE_CHANGING_WORDS: readonly string[] = wordList(`
acting
assistant
co
deputy
ex
former
interim
junior
shadow
special
under
vice
`);

/**
 * Words written in lower case before a capitalised title that belong to it ("former President
 * Rodrigo Duterte", "then-Secretary"): read by the candidate finder (`attribution/candidates.ts`).
 */
export const WORDS_BEFORE_A_TITLE: readonly string[] = wordList(`
acting
ex-
former
incoming
interim
late
outgoing
then
then-
`);
