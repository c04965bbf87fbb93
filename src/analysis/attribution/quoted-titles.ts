/**
 * Short quoted titles inside the words between a subject and its verb ("Ann Lee, author of “Crippled America,” said"):
 * the gaps the subject reader (subjects.ts) allows have no quotation marks, so these titles' marks are made spaces first.
 */

/** A quoted title of a few capitalised words ("author of “America’s Unwritten Constitution,”"), marks and all. */
const QUOTED_TITLE = /[“"]((?:\p{Lu}[\p{L}’'.-]*,?\s+){0,5}\p{Lu}[\p{L}’'.-]*,?)[”"]/gu;

/**
 * The text with the marks of short quoted titles made spaces, offsets kept: "Ann Lee, author of “Crippled
 * America,” said" has an appositive like any other.
 */
export function maskQuotedTitles(text: string): string {
  return text.replace(QUOTED_TITLE, (_whole, title: string) => ` ${title} `);
}

/** Whether a quotation, marks included, is a short title ("“Ted Cruz”"): an attribution may run past it. */
export function isQuotedTitle(quotation: string): boolean {
  return new RegExp(`^${QUOTED_TITLE.source}$`, 'u').test(quotation);
}
