/**
 * Shapes of a story's own structure inside its body that the line model must never set aside
 * (issue 25, round 13, from the development half's body lines the model scored highest under
 * cross-validation, which set its threshold): the items of a list the story introduces with a
 * colon (a craft story's “Materials:” and its short lower-case items), and the story's own section
 * headings between its paragraphs (“Users Urged to Remain Cautious During Meta Outage”, a
 * listicle's “13. Learn To Accept Compliments”; from PolNeAR train, a listicle's stopped titles
 * between their item numbers and their pictures' credits). Written from the shape, not the strings.
 */
import { endsLikeSentence, wordCount } from './text-shape.ts';

/** The least a line needs: its text. */
interface TextLine {
  text: string;
}

/** A list item's shape: six words or fewer, no final stop, colon or semicolon. */
const isShortItem = (text: string) => wordCount(text) >= 1 && wordCount(text) <= 6 && !/[.!?:;,]["'”’)\]]*$/.test(text);
/** An item that opens in lower case or with a quantity (“hot glue gun and glue”, “1 small lamp base”). */
const opensLikeAnItem = (text: string) => /^(?:\p{Ll}|\d)/u.test(text);
/** An address, a handle or a domain: a list of them is a page's, not a story's. */
const ADDRESS = /https?:|www\.|@\w|\.(?:com|org|net)\b/i;

/**
 * The items of a list the story introduces with a colon, between its paragraphs: after a line
 * ending in a colon (“Materials:”, “You will need:”), three or more short lines without a stop,
 * most of them (two in three) opening in lower case or with a quantity, followed by more of the
 * story (a paragraph or another lead-in) before its last paragraph. `prose[i]` says whether line i is body prose; the list
 * must come after the first paragraph. A page's boxes of links open with capitals (headlines,
 * tags, menu items), so they do not have this shape.
 */
export function introducedListItems(lines: readonly TextLine[], prose: readonly boolean[]): boolean[] {
  const kept = lines.map(() => false);
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  if (first < 0) return kept;
  for (let lead = first; lead < last; lead++) {
    if (!/:$/.test(lines[lead]!.text.trim())) continue;
    let end = lead + 1;
    while (end < lines.length && isShortItem(lines[end]!.text) && !ADDRESS.test(lines[end]!.text)) end++;
    const items = lines.slice(lead + 1, end);
    const after = lines[end]?.text ?? '';
    const continues = end < last && (prose[end] === true || /:$/.test(after.trim()));
    if (items.length >= 3 && continues && items.filter((item) => opensLikeAnItem(item.text)).length * 3 >= items.length * 2)
      for (let i = lead + 1; i < end; i++) kept[i] = true;
  }
  return kept;
}

/**
 * A section heading's shape: a numbered heading (“13. Learn To Accept Compliments”) or a title of
 * three to fourteen words mostly in capitals, maybe closed by a full stop (a listicle's “Zoe Saldana
 * Responds To Anti-Immigrant Hate.”), with no address and no final colon, semicolon or comma.
 */
function isSectionHeading(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 14 || /[:;,|]$/.test(text) || ADDRESS.test(text)) return false;
  if (/^\d{1,2}\.\s+\p{Lu}/u.test(text)) return true;
  const capitalised = words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6 && (!endsLikeSentence(text) || /\.["'”’]*$/.test(text));
}

/**
 * The story's own section headings: between its first and its last paragraph, a heading-shaped
 * line with a paragraph on each side, where up to one line between it and the paragraph may be
 * one the rules set aside or a short one of three words or fewer (an advertisement's label, a
 * picture's credit, a listicle's item number). `setAside[i]` says whether the rules set line i
 * aside. A related story's headline between paragraphs reads in sentence case, or is named by a
 * rule (“Read more: …”); a box of several headlines has no paragraph next to each.
 */
export function sectionHeadings(lines: readonly TextLine[], prose: readonly boolean[], setAside: readonly boolean[]): boolean[] {
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const passable = (j: number) => setAside[j] === true || (lines[j] !== undefined && wordCount(lines[j]!.text) <= 3);
  const paragraphBeside = (i: number, step: 1 | -1) =>
    prose[i + step] === true || (passable(i + step) && prose[i + 2 * step] === true);
  return lines.map((line, i) => {
    if (i <= first || i >= last || !isSectionHeading(line.text)) return false;
    return paragraphBeside(i, -1) && paragraphBeside(i, 1);
  });
}

/** A capitalised word of a name or a place, an initial, or a particle of one (“J.”, “O'Brien”, “de”). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|\p{Lu}\.|de|del|la|van|von|St\.)`;
/** Words of a job, an outlet or a page, which a signer's place never holds (“Staff Writer”, “Reuters”). */
const NOT_A_PLACE =
  /\b(?:by|staff|writer|reporter|editor|correspondent|contributor|columnist|news|times|post|press|daily|reuters|AP|AFP|photo|getty|images|inc|ltd)\b/i;

/**
 * A letter's or a column's sign-off with the signer's place on the same line: a name of two to four
 * words, a comma, a place of one to three words, maybe a comma and a state or country (“Kim Gump,
 * Dallas”, “Ann Lee, Walnut Creek, Calif.”). Issue 25, round 14, from the development half's letters
 * page. No stop but an abbreviation's, no word of a job or an outlet (a byline's “Jane Doe, Staff
 * Writer”, a credit's “Jane Doe, Reuters”), no “By” (nor “Von”, “Por”, “Par”) in front.
 */
export function isSignOffLine(text: string): boolean {
  const trimmed = text.trim();
  const name = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){1,3}`;
  const place = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
  if (!new RegExp(String.raw`^${name},\s+${place}(?:,\s+${place})?$`, 'u').test(trimmed)) return false;
  if (/^(?:by|von|por|par)\s/i.test(trimmed) || /[!?;:]/.test(trimmed) || /\p{L}{6,}\.$/u.test(trimmed)) return false;
  return !NOT_A_PLACE.test(trimmed) && wordCount(trimmed) <= 9;
}
