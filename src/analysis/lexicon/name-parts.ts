/**
 * Words that belong to a personal name without being a given name or a surname: lower-case
 * particles inside it and suffixes after it. Read by the name finder (`attribution/names.ts`).
 */
import { wordList } from './word-list.ts';

/**
 * Lower-case words that may sit inside a name or a title ("Secretary of State", "Bart De
 * Wever", "Ursula von der Leyen").
 */
export const NAME_CONNECTORS: readonly string[] = wordList(`
al
bin
da
de
del
der
dos
du
ibn
la
le
of
van
von
`);

/** Suffixes after a surname ("Martin Luther King Jr."): not the surname itself. */
export const NAME_SUFFIXES: readonly string[] = wordList(`
II
III
IV
Jr
Jr.
Sr
Sr.
`);
