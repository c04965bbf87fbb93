/**
 * The snippets of search results, as pure functions over strings (tested without a browser):
 * Pagefind's excerpt with its stop words unmarked and an ellipsis where it is cut, and, for the
 * results whose excerpt would repeat the title or start mid-page (a quote's words, an actor's or
 * an event's summary), a snippet of our own with the query's words marked.
 */

/**
 * Words too common to be worth marking in a snippet ("relies heavily **on**"): English function
 * words. A query made only of them keeps its marks.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by did do does for from had has have he her his i if in into is it its ' +
    'me my no nor not of on or our she so than that the their them then there these they this those to ' +
    'us was we were what when which who whom why will with would you your'
  ).split(' '),
);

/** A word as compared: lower case, without accents and the punctuation around it. */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * The words of a query worth marking, folded: not its stop words, unless they are in a quoted
 * phrase (`"move on"`) or the query has nothing else.
 */
export function queryTerms(query: string): string[] {
  const fold = (text: string) =>
    text
      .split(/[\s"“”]+/)
      .map(foldWord)
      .filter(Boolean);
  const phraseWords = new Set([...query.matchAll(/["“”]([^"“”]+)["“”]/g)].flatMap((match) => fold(match[1]!)));
  const words = fold(query);
  const content = words.filter((word) => !STOP_WORDS.has(word) || phraseWords.has(word));
  return [...new Set(content.length > 0 ? content : words)];
}

/** Pagefind's excerpt with the `<mark>` taken off stop words, except those `queryTerms` keeps. */
export function unmarkStopWords(excerptHtml: string, query: string): string {
  const kept = new Set(queryTerms(query));
  return excerptHtml.replace(/<mark>([^<]*)<\/mark>/g, (marked, inner: string) => {
    const word = foldWord(inner);
    return STOP_WORDS.has(word) && !kept.has(word) ? inner : marked;
  });
}

/** The text of an excerpt: tags dropped, Pagefind's escapes undone. */
function excerptText(excerptHtml: string): string {
  return excerptHtml
    .replace(/<[^>]*>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const wordsOf = (text: string) => text.split(/\s+/).map(foldWord).filter(Boolean);

/** Pagefind's excerpt of `content` with `…` where it starts after the content's start or ends before its end. */
export function withEllipsis(excerptHtml: string, content: string): string {
  const excerpt = wordsOf(excerptText(excerptHtml));
  const all = wordsOf(content);
  if (excerpt.length === 0) return excerptHtml;
  const cutStart = excerpt[0] !== all[0];
  const cutEnd = excerpt.at(-1) !== all.at(-1);
  return `${cutStart ? '… ' : ''}${excerptHtml.trim()}${cutEnd ? ' …' : ''}`;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A snippet of `text` of at most `maxWords` words, as HTML: escaped, the query's words marked
 * (a word is marked when it begins with a term, as Pagefind matches), centred on the first mark
 * when the text is longer, and `…` wherever it is cut.
 */
export function snippetHtml(text: string, query: string, maxWords: number): string {
  const terms = queryTerms(query);
  const words = text.split(/\s+/).filter(Boolean);
  const isMatch = (word: string) => {
    const folded = foldWord(word);
    return folded !== '' && terms.some((term) => folded.startsWith(term));
  };
  const first = Math.max(0, words.findIndex(isMatch));
  const start = words.length <= maxWords ? 0 : Math.max(0, Math.min(first - Math.floor(maxWords / 3), words.length - maxWords));
  const shown = words.slice(start, start + maxWords);
  const html = shown.map((word) => (isMatch(word) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word))).join(' ');
  return `${start > 0 ? '… ' : ''}${html}${start + maxWords < words.length ? ' …' : ''}`;
}

/**
 * True when the query is one of the actor's names, or a person's surname: "Putin", "zelensky",
 * "Kiev", "the wall street journal" name an actor; "Putin peace" does not, and neither does one
 * word of a longer name ("war" is not the Department of War, "street" not The Wall Street
 * Journal). Stop words and word order do not count. Such an actor's page is the first result.
 * `person`: the actor is a person, whose primary name (the first of `names`) ends in a surname.
 */
export function namesActor(query: string, names: readonly string[], person = false): boolean {
  const terms = queryTerms(query).filter((term) => !STOP_WORDS.has(term));
  if (terms.length === 0) return false;
  const asSet = (words: readonly string[]) => [...new Set(words)].sort().join(' ');
  const asked = asSet(terms);
  if (names.some((name) => asSet(wordsOf(name).filter((word) => !STOP_WORDS.has(word))) === asked)) return true;
  return person && terms.length === 1 && terms[0] === wordsOf(names[0] ?? '').at(-1);
}
