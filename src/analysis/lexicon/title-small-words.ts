/**
 * Short words a title in title case keeps in lower case ("Meet the Press with Kristen Welker").
 * Read by the quote finder (`quotes/find-quotes.ts`): quoted words in title case are the name of
 * a programme or a document, not someone's words.
 */
import { wordList } from './word-list.ts';

/** The small words, lower-case. */
export const TITLE_SMALL_WORDS: readonly string[] = wordList(`
a
an
and
as
at
but
by
for
from
in
nor
of
on
or
the
to
vs
with
`);
