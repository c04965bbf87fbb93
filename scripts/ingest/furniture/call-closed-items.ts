import type { LineVerdict, SourceLine } from './classify.ts';
import { POSITION_RULES } from './position-rules.ts';
import type { RuleInfo } from './rule.ts';
import { isHeadlineLike, wordCount } from './text-shape.ts';

/**
 * Issue 25, round 33, written on the development half only: a page whose story is a list of items, each a
 * title and a one-sentence summary closed by the same short call (“READ MORE HERE”), right under the page's
 * header: a newsletter's briefing printed as an article. From its middle the list reads as a box of other
 * stories' cards (a title, a summary, a link), so the rules for cards, teaser lists and the line model took
 * its items (round 32's seven lost lines). What tells it from a box after a story is where it starts: no
 * paragraph of the story comes before its first item, so the items are the page's own text. The calls are
 * links; the titles and summaries stay the story's. classify.ts applies it last, after the line model.
 */

/** The call closing every item of such a list. */
export const ITEM_CALL: RuleInfo = {
  name: 'item-call',
  kind: 'navigation',
  description:
    'on a page whose story is a list of items (a title and a summary) each closed by the same short call (“READ MORE HERE”), the call',
  origin: 'issue 25, round 33: a newspaper’s briefing printed as an article (development half)',
};

/** The fewest items that make such a list. */
const MIN_ITEMS = 3;
/** The fewest words of a header line taken as the headline. */
const HEADLINE_MIN_WORDS = 5;
/** The most words of a call. */
const CALL_MAX_WORDS = 4;

/** A call: a few words, no sentence, no digits (“READ MORE HERE”, “Read the full story”). */
function isCallShaped(text: string): boolean {
  const words = wordCount(text);
  return words >= 2 && words <= CALL_MAX_WORDS && /^[\p{L}' ’]+$/u.test(text);
}

/** A summary: one sentence or two of at least five words, closed by a full stop. */
function isSummary(text: string): boolean {
  return wordCount(text) >= 5 && /\.["'”’)\]]*$/u.test(text);
}

/** The call repeated most often, with its lines, when it closes at least three lines. */
function repeatedCall(texts: readonly string[]): number[] {
  const positions = new Map<string, number[]>();
  texts.forEach((text, i) => {
    if (isCallShaped(text)) positions.set(text, [...(positions.get(text) ?? []), i]);
  });
  let best: number[] = [];
  for (const found of positions.values()) if (found.length > best.length) best = found;
  return best.length >= MIN_ITEMS ? best : [];
}

/**
 * The lines of a list of items each closed by the same call, when the list starts right under the header
 * (every line above its first title set aside): the titles and summaries, the title the text ends on after
 * the last call, and the calls. Empty when the text has no such list. Training leaves the items to this guard.
 */
export function callClosedItems(
  lines: readonly SourceLine[],
  verdicts: readonly LineVerdict[],
): { kept: number[]; calls: number[]; first: number } {
  const none = { kept: [], calls: [], first: -1 };
  const texts = lines.map((line) => line.text.trim());
  const calls = repeatedCall(texts);
  if (calls.length === 0) return none;
  const items: Array<[title: number, summary: number]> = [];
  calls.forEach((call, k) => {
    const title = call - 2;
    const previous = k === 0 ? -1 : calls[k - 1]!;
    if (title > previous && isHeadlineLike(texts[title]!) && isSummary(texts[call - 1]!)) items.push([title, call - 1]);
  });
  // Nearly every call closes an item, and the first item opens the story.
  if (items.length < MIN_ITEMS || items.length < calls.length - 1 || items[0]![0] !== calls[0]! - 2) return none;
  const first = items[0]![0];
  if (verdicts.slice(0, first).some((verdict) => verdict.role === 'body')) return none;
  const kept: number[] = items.flat();
  // The list's last title, after its last call, with its summary if the text has it.
  const last = calls.at(-1)! + 1;
  if (last < texts.length && last >= texts.length - 2 && isHeadlineLike(texts[last]!)) {
    kept.push(last);
    if (last + 1 < texts.length && isSummary(texts[last + 1]!)) kept.push(last + 1);
  }
  return { kept, calls, first };
}

/**
 * Keeps in the story the titles and summaries of a list of items each closed by the same call, when the list
 * starts right under the header, and sets the calls aside (`callClosedItems`). When the header's headline was
 * the first item's title, the header's first headline-shaped line of five words or more (no date stamp)
 * becomes the headline.
 */
export function keepCallClosedItems(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  const { kept, calls, first } = callClosedItems(lines, verdicts);
  if (kept.length === 0) return;
  const texts = lines.map((line) => line.text.trim());
  const tookHeadline = kept.some((i) => {
    const verdict = verdicts[i]!;
    return verdict.role === 'furniture' && verdict.rule.name === POSITION_RULES.headline.name;
  });
  for (const i of kept) verdicts[i] = { role: 'body', block: isSummary(texts[i]!) ? 'paragraph' : 'heading' };
  for (const i of calls) verdicts[i] = { role: 'furniture', rule: ITEM_CALL };
  if (!tookHeadline || verdicts.some((v) => v.role === 'furniture' && v.rule.name === POSITION_RULES.headline.name)) return;
  const headline = texts.slice(0, first).findIndex((text) => wordCount(text) >= HEADLINE_MIN_WORDS && isHeadlineLike(text));
  if (headline >= 0) verdicts[headline] = { role: 'furniture', rule: POSITION_RULES.headline };
}
