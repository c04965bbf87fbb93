/**
 * PolNeAR's direct quotations as gold quotes. PolNeAR annotates attributions (Source, Cue,
 * Content); the direct quotations are the attributions whose Content holds quotation marks, and
 * the gold quotes are the quoted segments inside that Content. The gold speaker is the Source's
 * text; a pronoun Source ("he") is replaced by the entity it refers to, which PolNeAR does not
 * give: the nearest earlier Source that is not a pronoun (and, for he/she, looks like a name).
 */
import { genderOfGivenName } from '../../src/analysis/attribution/given-names.ts';
import { spanText, type BratAttribution, type BratDocument, type BratSpan } from './brat.ts';
import { headPhrase } from './match-speaker.ts';

/** A character range `[start, end)` of the PolNeAR text. */
export type Range = [number, number];

/** One quoted segment of a Content span. */
export interface QuotedSegment {
  /** The quoted words (outer marks excluded), one range per paragraph or Content fragment. */
  ranges: Range[];
  /** True when a mark was left unmatched and the segment was closed at the Content's or paragraph's end. */
  unbalanced: boolean;
}

/** The gold speaker of a PolNeAR quote. */
export interface PolnearSource {
  /** The Source's words, or for a pronoun its referent's words. */
  text: string;
  /** The pronoun the Source was, when `text` is its referent. */
  pronoun?: string;
}

export interface PolnearGoldQuote {
  ranges: Range[];
  text: string;
  attribution: string;
  /** Null when the attribution has no Source, or a pronoun whose referent was not found. */
  source: PolnearSource | null;
  unbalanced: boolean;
}

/** What the gold of PolNeAR texts holds, counted for the report. */
export interface PolnearGoldCounts {
  attributions: number;
  /** Attributions whose Content holds quotation marks. */
  directAttributions: number;
  /** Direct attributions with no Source span (their quotes are not scored for speaker). */
  directWithoutSource: number;
  quotes: number;
  /** Quotes whose Source is a pronoun (speaker = referent found by heuristic). */
  pronounQuotes: number;
  /** Pronoun Sources for which no referent was found (not scored for speaker). */
  unresolvedPronounQuotes: number;
  /** Segments with an unmatched quotation mark. */
  unbalancedQuotes: number;
}

/** Counts at zero, to add one text's or a whole set's to; `attributions` as given. */
export function emptyPolnearGoldCounts(attributions = 0): PolnearGoldCounts {
  return {
    attributions,
    directAttributions: 0,
    directWithoutSource: 0,
    quotes: 0,
    pronounQuotes: 0,
    unresolvedPronounQuotes: 0,
    unbalancedQuotes: 0,
  };
}

const PRONOUNS = new Set([
  'i',
  'me',
  'we',
  'us',
  'you',
  'he',
  'him',
  'she',
  'her',
  'it',
  'they',
  'them',
  'his',
  'hers',
  'its',
  'their',
  'theirs',
  'our',
  'my',
  'himself',
  'herself',
  'themselves',
]);
/** Pronouns that refer to one person, so their referent must look like a person's name. */
const PERSON_PRONOUNS = new Set(['i', 'me', 'he', 'him', 'she', 'her', 'his', 'hers', 'my', 'himself', 'herself']);
const QUOTE_MARK = /[“”"]/;

/** Whether a Source's words are only a pronoun. */
export function isPronoun(words: string): boolean {
  return PRONOUNS.has(words.trim().toLowerCase());
}

/**
 * Whether a Source's words end in a capitalised name ("longtime pollster Pat Caddell", "Trump");
 * a description with an article ("the Republican") is not a name.
 */
export function looksLikeName(words: string): boolean {
  if (/^(a|an|the)\s/i.test(words.trim())) return false;
  const last = headPhrase(words).at(-1) ?? '';
  return /^\p{Lu}\p{Ll}/u.test(last);
}

/** Whether the head of a Source is capitalised (a name, of a person or an organization). */
export function isNamedSource(words: string): boolean {
  // "an Iowa Democrat", "one New Hampshire Democrat": a description, whatever its head's case.
  if (/^(?:a|an|one|another|two|three|four|five|several|some|many)\s/iu.test(words.trim())) return false;
  const last = headPhrase(words).at(-1) ?? '';
  return /^\p{Lu}/u.test(last);
}

/**
 * The name a description gives in apposition ("Her campaign manager, Robby Mook," → "Robby
 * Mook"; "Florida’s attorney general, Pam Bondi"): two or more capitalised words set off by
 * commas. Null when there is none.
 */
export function appositiveName(words: string): string | null {
  for (const part of words.split(',').slice(1)) {
    const trimmed = part.trim();
    if (/^(?:\p{Lu}[\p{L}.’'-]*\s+){1,3}\p{Lu}[\p{L}’'-]+$/u.test(trimmed)) return trimmed;
  }
  return null;
}

/**
 * The top-level quoted segments of Content fragments. Curly marks nest; a straight mark closes an
 * open straight mark, else opens. A quote running over paragraphs (no closing mark at the
 * paragraph's end, an opening mark starting the next) is one segment with one range per paragraph.
 */
export function quotedSegments(text: string, fragments: Range[]): QuotedSegment[] {
  const segments: QuotedSegment[] = [];
  const ordered = [...fragments].sort((a, b) => a[0] - b[0]);
  const stack: string[] = [];
  let current: { ranges: Range[]; from: number; unbalanced: boolean } | null = null;
  let afterLast = ordered[0]?.[0] ?? 0;

  const close = (end: number, unbalanced: boolean) => {
    if (!current) return;
    current.ranges.push([current.from, end]);
    const ranges = current.ranges.map(trimRange(text)).filter(([start, stop]) => stop > start);
    if (ranges.length > 0) segments.push({ ranges, unbalanced: current.unbalanced || unbalanced });
    current = null;
    stack.length = 0;
  };

  for (const [fragmentStart, fragmentEnd] of ordered) {
    if (current) current.from = fragmentStart;
    else afterLast = Math.max(afterLast, fragmentStart);
    for (let at = fragmentStart; at < fragmentEnd; at++) {
      const char = text[at]!;
      if (char === '\n' && current) {
        let next = at;
        while (next < fragmentEnd && /\s/.test(text[next]!)) next++;
        if (next < fragmentEnd && text[next] === stack[0]) {
          // The quote goes on in the next paragraph, reopened by the same mark.
          current.ranges.push([current.from, at]);
          current.from = next + 1;
          at = next;
          continue;
        }
        close(at, true);
        afterLast = at;
        continue;
      }
      if (!QUOTE_MARK.test(char)) continue;
      const top = stack.at(-1);
      if (char === '”' || (char === '"' && top === '"')) {
        if (stack.length === 0) {
          // A closing mark with no opening one: the quote began before this point of the Content.
          current = { ranges: [], from: afterLast, unbalanced: true };
          close(at, true);
          afterLast = at + 1;
          continue;
        }
        stack.pop();
        if (stack.length === 0) {
          close(at, false);
          afterLast = at + 1;
        }
        continue;
      }
      if (stack.length === 0) current = { ranges: [], from: at + 1, unbalanced: false };
      stack.push(char === '"' ? '"' : '“');
    }
    if (current) {
      current.ranges.push([current.from, fragmentEnd]);
      current.from = fragmentEnd;
    }
  }
  if (current) {
    const open = current as { ranges: Range[]; from: number; unbalanced: boolean };
    // The last fragment's range is already recorded; close without adding an empty one.
    const ranges = open.ranges.map(trimRange(text)).filter(([start, stop]) => stop > start);
    if (ranges.length > 0) segments.push({ ranges, unbalanced: true });
  }
  return segments;
}

/** A range without the whitespace at its ends. */
function trimRange(text: string) {
  return ([start, end]: Range): Range => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return [start, end];
  };
}

/**
 * The referent of a pronoun Source: the nearest Source before it that is not a pronoun and, for a
 * pronoun that refers to one person, looks like a name, and for "he" or "she" does not begin with
 * a given name of the other sex ("she" is not "Bernie Sanders"). Null when there is none.
 */
export function pronounReferent(text: string, sources: BratSpan[], pronounSource: BratSpan): BratSpan | null {
  const start = pronounSource.fragments[0]?.[0] ?? 0;
  const pronoun = spanText(text, pronounSource).trim().toLowerCase();
  const person = PERSON_PRONOUNS.has(pronoun);
  const sex = /^(?:he|him|his)$/u.test(pronoun) ? 'male' : /^(?:she|her|hers)$/u.test(pronoun) ? 'female' : undefined;
  const otherSex = (words: string) => {
    const given = headPhrase(words).find((word) => genderOfGivenName(word) !== undefined);
    return sex !== undefined && given !== undefined && genderOfGivenName(given) !== sex;
  };
  let best: BratSpan | null = null;
  for (const source of sources) {
    const sourceStart = source.fragments[0]?.[0] ?? 0;
    if (sourceStart >= start || (best && sourceStart <= (best.fragments[0]?.[0] ?? 0))) continue;
    const words = spanText(text, source);
    if (isPronoun(words) || (person && !looksLikeName(words)) || otherSex(words)) continue;
    best = source;
  }
  return best;
}

function isDirect(text: string, attribution: BratAttribution): boolean {
  return attribution.contents.some((content) => QUOTE_MARK.test(spanText(text, content)));
}

/** The gold quotes of one annotated PolNeAR text, with the counts the report gives. */
export function polnearGoldQuotes(
  text: string,
  document: BratDocument,
): { quotes: PolnearGoldQuote[]; counts: PolnearGoldCounts } {
  const sources = [...document.spans.values()].filter((span) => span.type === 'Source');
  const counts = emptyPolnearGoldCounts(document.attributions.length);
  const quotes: PolnearGoldQuote[] = [];
  for (const attribution of document.attributions) {
    if (!isDirect(text, attribution)) continue;
    counts.directAttributions++;
    if (attribution.source === null) counts.directWithoutSource++;
    const source = sourceOf(text, sources, attribution.source);
    const segments = quotedSegments(
      text,
      attribution.contents.flatMap((content) => content.fragments),
    );
    for (const segment of segments) {
      counts.quotes++;
      if (segment.unbalanced) counts.unbalancedQuotes++;
      if (attribution.source !== null && isPronoun(spanText(text, attribution.source))) {
        counts.pronounQuotes++;
        if (source === null) counts.unresolvedPronounQuotes++;
      }
      quotes.push({
        ranges: segment.ranges,
        text: segment.ranges.map(([start, end]) => text.slice(start, end)).join(' '),
        attribution: attribution.id,
        source,
        unbalanced: segment.unbalanced,
      });
    }
  }
  quotes.sort((a, b) => (a.ranges[0]?.[0] ?? 0) - (b.ranges[0]?.[0] ?? 0));
  return { quotes, counts };
}

const NOT_A_SOURCE = /^(?:said|says|say|told|tells|wrote|who|whom|which|that|where|when|and|but)$/iu;

function sourceOf(text: string, sources: BratSpan[], source: BratSpan | null): PolnearSource | null {
  if (source === null) return null;
  const words = spanText(text, source).trim();
  // An annotation slip: a Source that is a verb, a relative pronoun or a fragment of a word
  // names no one, so the quote is not scored for its speaker (counted with those without a Source).
  if (!isPronoun(words) && (NOT_A_SOURCE.test(words) || words.length < 2)) return null;
  if (!isPronoun(words)) return { text: words };
  const referent = pronounReferent(text, sources, source);
  return referent === null ? null : { text: spanText(text, referent).trim(), pronoun: words };
}
