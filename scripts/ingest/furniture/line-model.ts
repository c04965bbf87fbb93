/**
 * The line model (issue 25, round 11): a logistic regression over what the rules said about a line
 * and its neighbours, where it stands, and its shape, trained on the development half of the
 * unseen copy by `npm run train:furniture` (weights in line-model.json). It replaces the position
 * rules that used to decide alone (`header-label`, `header-line`, `closing-run`): their verdict is
 * now one feature among others, and a line they name is set aside only when the model is sure.
 * The model may also set aside a line no rule named. A line the model is not sure of stays in the
 * body and is listed as doubtful, naming the rule or the model.
 */
import committed from './line-model.json' with { type: 'json' };
import { LINE_RULES } from './line-rules.ts';
import { type FurnitureKind, type RuleInfo, takenHeadline } from './rule.ts';
import { isFirstBriefTitle } from './brief-titles.ts';
import { standfirstReprintLines } from './header-repeats.ts';
import {
  betweenParagraphs,
  closesOnStoryTitle,
  closingTailLines,
  entryRunLines,
  postTitleLines,
  repeatedEntryLines,
} from './context-guards.ts';
import { openingDatelineLines, runOnLines, wrappedParagraphLines } from './opening-guards.ts';
import { storyLinesByShape } from './portal-regions.ts';
import { nextEntryTitleLines, openingSectionHeadingLines } from './section-guards.ts';
import { namedEntryLines } from './entry-guards.ts';
import { closingPostTitleLines, datedPostTitleLines } from './dated-post-guards.ts';
import { isCapitalLabel, isGuardedProse, isSpeakerLine, sentenceContinuations } from './prose-guards.ts';
import { introducedListItems, isSignOffLine, sectionHeadings } from './story-sections.ts';
import { storySeparatorLines } from './story-separators.ts';
import {
  endsLikeSentence,
  isHeadingLike,
  isHeadlineLike,
  isLineContinuation,
  isNamesOnly,
  isProse,
  isRunningProse,
  wordCount,
} from './text-shape.ts';

/** The least a line needs of the classifier's output: its text and its verdict so far. */
interface ScoredLine {
  text: string;
}
/** A verdict as the model reads it (classify.ts's `LineVerdict`, structurally). */
type Verdict = { role: 'body'; block: string; doubt?: RuleInfo } | { role: 'furniture'; rule: RuleInfo };

/** Position rules that used to set a line aside by its place alone: the model decides for them now. */
export const MODEL_DECIDES_FOR: readonly string[] = ['header-label', 'header-line', 'closing-run'];

/** Rules that take a short line under the headline by its place: a section label in capitals is kept from them (round 15). */
const HEADER_LABEL_RULES: readonly string[] = ['header-label', 'header-meta-run'];
/** A review's rating line: “Grade”, “Rating”, “Score” or “Stars”, a colon and a short mark (“C+.”, “3/5”, “★★★”). */
const REVIEW_RATING = /^(?:grade|rating|score|stars|note|wertung|nota):\s*\S{1,6}(?:\s*(?:\/|out of|of)\s*\d+)?\.?$/iu;
const WORD_RULES = new Set<string>(LINE_RULES.map((rule) => rule.name));
const URL = /https?:|www\.|@\w|\.(?:com|org|net)\b/i;
const CREDIT = /\b(?:photo|photograph|credit|getty|reuters|afp|ap|images?|file)\b|\//i;
const CALL =
  /\b(?:sign up|subscribe|click|follow|read more|share|download|newsletter|comments?|log ?in|register|listen|watch)\b/i;
const DATE_LIKE = new RegExp(
  [
    String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}\b`,
    String.raw`\b\d{1,2}:\d{2}\b`,
    String.raw`\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`,
    String.raw`\b(?:19|20)\d{2}\b`,
  ].join('|'),
  'i',
);

/**
 * The features, in the order of the weights, each with what it measures. "Set aside" and "body"
 * mean the rules' verdict before the model; "prose" is a body line that reads as running prose.
 */
export const LINE_FEATURES = [
  ['word-rule', 'a rule that reads the line’s own words set it aside'],
  ['position-rule', 'a position rule that used to decide alone (header-label, header-line, closing-run) named it'],
  ['other-rule', 'another rule (a region, a box, the header) set it aside'],
  ['doubted', 'it stayed body, a rule doubting it'],
  ['previous-set-aside', 'the line before it was set aside'],
  ['next-set-aside', 'the line after it was set aside'],
  ['previous-prose', 'the line before it is body prose'],
  ['next-prose', 'the line after it is body prose'],
  ['before-body', 'it stands before the first line of body prose'],
  ['after-body', 'it stands after the last line of body prose'],
  ['top-fraction', 'its place in the text, 0 at the top and 1 at the bottom'],
  ['distance-to-body', 'lines to the nearest body prose, over 10 (at most 1)'],
  ['length', 'its words, over 60 (at most 1)'],
  ['short', 'four words or fewer'],
  ['ends-like-sentence', 'it ends in a full stop, "!" or "?" (maybe inside quotation marks)'],
  ['ends-in-colon', 'it ends in a colon'],
  ['title-case-share', 'the share of its words that open with a capital'],
  ['url-or-handle', 'it holds an address, an e-mail or an @handle'],
  ['credit-word', 'it holds a credit word (photo, Getty, Reuters, AP, a slash)'],
  ['call-to-action', 'it holds a call to action (sign up, subscribe, share, follow, comment…)'],
  ['digit-share', 'the share of its characters that are digits'],
  ['prose', 'it reads as prose (text-shape.ts isProse)'],
  ['date-like', 'it holds a date, a clock time or a year'],
  ['quotation-marks', 'it holds quotation marks'],
  ['opens-lower-case', 'it opens in lower case (the rest of a broken line)'],
  ['key-value', 'it opens with a short name and a colon (“Name: Ashley”)'],
  ['run-length', 'lines in the run of lines that are no body prose around it, over 10 (at most 1)'],
  ['text-set-aside-share', 'the share of the text’s lines the other rules set aside'],
  ['word-rule-near', 'a rule that reads a line’s own words set aside a line within two of it'],
  ['position-rule-before-body', 'a position rule named it, above the first body prose'],
  ['position-rule-after-body', 'a position rule named it, below the last body prose'],
  ['short-before-body', 'four words or fewer, above the first body prose'],
  ['short-after-body', 'four words or fewer, below the last body prose'],
  ['short-inside-body', 'four words or fewer, between the first and the last body prose'],
  [
    'list-item-inside-body',
    'between the first and the last body prose, a numbered line or one of several lines of a list without stops',
  ],
  [
    'headline-run-after-body',
    'below the last body prose, a headline-shaped line next to another (a box of other stories’ headlines)',
  ],
] as const;

/** The feature names, in order. */
export const LINE_FEATURE_NAMES: readonly string[] = LINE_FEATURES.map(([name]) => name);

/** The weights file, as `npm run train:furniture` writes it. */
export interface LineModelFile {
  /** Where the weights come from, in words. */
  about: string;
  /** The feature names, in the order of `weights`. */
  features: string[];
  weights: number[];
  bias: number;
  /** The lowest probability at which a line is set aside: chosen by cross-validation by text so no body line is lost. */
  threshold: number;
  /** From this probability up to `threshold` a body line is listed as doubtful. */
  doubtFrom: number;
}

/** A model ready to score lines. */
export interface LineModel {
  probability: (features: readonly number[]) => number;
  threshold: number;
  doubtFrom: number;
}

/** A model from a weights file; refused when its features are not `LINE_FEATURE_NAMES`, in order. */
export function lineModel(file: LineModelFile): LineModel {
  if (file.features.join() !== LINE_FEATURE_NAMES.join() || file.weights.length !== LINE_FEATURE_NAMES.length)
    throw new Error('line-model.json: its features are not the model’s; run npm run train:furniture');
  if (!(file.threshold > 0 && file.threshold <= 1)) throw new Error('line-model.json: the threshold must be in (0, 1]');
  const { weights, bias } = file;
  return {
    probability: (features) => 1 / (1 + Math.exp(-features.reduce((sum, value, i) => sum + value * weights[i]!, bias))),
    threshold: file.threshold,
    doubtFrom: file.doubtFrom,
  };
}

/** The committed model (line-model.json). */
export const COMMITTED_LINE_MODEL: LineModel = lineModel(committed as LineModelFile);

const isFurniture = (verdict: Verdict | undefined) => verdict?.role === 'furniture';
const ruleName = (verdict: Verdict) => (verdict.role === 'furniture' ? verdict.rule.name : '');

/** The feature vector of every line, from the rules' verdicts (before the model). */
export function lineFeatures(lines: readonly ScoredLine[], verdicts: readonly Verdict[]): number[][] {
  const prose = lines.map((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  const proseAt = prose.flatMap((isIt, i) => (isIt ? [i] : []));
  const [first, last] = [proseAt[0] ?? lines.length, proseAt.at(-1) ?? -1];
  const span = Math.max(lines.length - 1, 1);
  const byWords = verdicts.map((verdict) => WORD_RULES.has(ruleName(verdict)));
  const byOthers = verdicts.filter((verdict) => {
    const name = ruleName(verdict);
    return name !== '' && !MODEL_DECIDES_FOR.includes(name);
  }).length;
  const runLength = (i: number) => {
    if (prose[i]) return 0;
    let [from, to] = [i, i];
    while (from > 0 && !prose[from - 1]) from--;
    while (to + 1 < lines.length && !prose[to + 1]) to++;
    return to - from + 1;
  };
  // A numbered line, or a short line without a stop between others like it (a list of materials).
  const unstopped = (j: number) =>
    j >= 0 && j < lines.length && wordCount(lines[j]!.text) <= 8 && !/[.!?:]$/.test(lines[j]!.text);
  const headline = (j: number) => j >= 0 && j < lines.length && isHeadlineLike(lines[j]!.text);
  const isListItem = (i: number) =>
    /^\d{1,2}[.)]\s/.test(lines[i]!.text) || (unstopped(i) && (unstopped(i - 1) || unstopped(i + 1)));
  return lines.map((line, i) => {
    const verdict = verdicts[i]!;
    const name = ruleName(verdict);
    const text = line.text;
    const words = text.split(/\s+/).filter(Boolean);
    const distance = proseAt.length === 0 ? 10 : Math.min(...proseAt.map((at) => Math.abs(at - i)));
    return [
      WORD_RULES.has(name) ? 1 : 0,
      MODEL_DECIDES_FOR.includes(name) ? 1 : 0,
      name && !WORD_RULES.has(name) && !MODEL_DECIDES_FOR.includes(name) ? 1 : 0,
      verdict.role === 'body' && verdict.doubt ? 1 : 0,
      isFurniture(verdicts[i - 1]) ? 1 : 0,
      isFurniture(verdicts[i + 1]) ? 1 : 0,
      prose[i - 1] ? 1 : 0,
      prose[i + 1] ? 1 : 0,
      i < first ? 1 : 0,
      i > last ? 1 : 0,
      i / span,
      Math.min(distance, 10) / 10,
      Math.min(wordCount(text), 60) / 60,
      wordCount(text) <= 4 ? 1 : 0,
      endsLikeSentence(text) ? 1 : 0,
      /:$/.test(text) ? 1 : 0,
      words.length === 0 ? 0 : words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length / words.length,
      URL.test(text) ? 1 : 0,
      CREDIT.test(text) ? 1 : 0,
      CALL.test(text) ? 1 : 0,
      text.length === 0 ? 0 : (text.match(/\d/g)?.length ?? 0) / text.length,
      isProse(text) ? 1 : 0,
      DATE_LIKE.test(text) ? 1 : 0,
      /[“”"„«»]/.test(text) ? 1 : 0,
      /^\p{Ll}/u.test(text) ? 1 : 0,
      /^[\p{L} ]{2,20}:\s+\S/u.test(text) ? 1 : 0,
      Math.min(runLength(i), 10) / 10,
      byOthers / lines.length,
      byWords.slice(Math.max(i - 2, 0), i + 3).some((isIt, j) => isIt && j !== Math.min(i, 2)) ? 1 : 0,
      MODEL_DECIDES_FOR.includes(name) && i < first ? 1 : 0,
      MODEL_DECIDES_FOR.includes(name) && i > last ? 1 : 0,
      wordCount(text) <= 4 && i < first ? 1 : 0,
      wordCount(text) <= 4 && i > last ? 1 : 0,
      wordCount(text) <= 4 && i > first && i < last ? 1 : 0,
      i > first && i < last && isListItem(i) ? 1 : 0,
      i > last && isHeadlineLike(text) && (headline(i - 1) || headline(i + 1)) ? 1 : 0,
    ];
  });
}

/** Keys of a page's own "Key: value" lines (bylines, dates, tags, sources), in the languages of the set. */
const PAGE_KEYS = new RegExp(
  String.raw`^(?:by|posted|updated|published|filed|tags?|topics?|sources?|photos?|credits?|images?|videos?|share|categor(?:y|ies)|section|related|` +
    String.raw`read|more|written|author|date|time|listen|watch|follow|e-?mail|from|via|editor|contact|lesezeit|quelle|foto|bild|von|stand|` +
    String.raw`publié|mis à jour|por|fuente)\b`,
  'i',
);
/** The place under a signer's name: at most three words, no final stop (“Walnut Creek”). */
const isPlaceLine = (text: string) => wordCount(text) <= 3 && !/[.!?…;:,]["'”’)\]]*$/.test(text) && /^\p{Lu}/u.test(text);
/** A reviewed book's or product's details: publisher, edition, pages, ISBN. */
const BIBLIOGRAPHIC = /\b(?:ISBN|Seiten|pages|Auflage|edition|Verlag|Publisher|Press)\b/i;
const PRICE = /\d[\d.,]*\s?(?:Euro|EUR|€|\$|£)|[$£€]\s?\d/;

/** A story's own tally line: a short name, a colon and a short value, stopped (“Superdelegates: 121.”). */
const TALLY = /^\p{Lu}[\p{L}.’' -]{0,24}:\s+\S/u;
/** A round-up item's source in brackets at its end (“… in Indiana. [ARG]”). */
const BRACKETED_SOURCE = /\[[^[\]]{2,60}\]\.?$/;

/**
 * The shape a line shares with the other items of a list, or null: the same leading marker (a
 * dash, a tilde, a bullet, a number), a short stopped "Name: value" line whose name is no page's,
 * or a source in brackets at its end (issue 25, round 12).
 */
export function listItemShape(text: string): string | null {
  if (/^\d{1,2}[.)]\s/.test(text)) return 'numbered';
  const marker = /^([-–—~•*·▪])\s*[\p{L}\p{N}“"‘']/u.exec(text);
  if (marker) return `marker ${marker[1]}`;
  if (BRACKETED_SOURCE.test(text)) return 'bracketed-source';
  const key = TALLY.exec(text) && text.slice(0, text.indexOf(':')).trim();
  if (key && wordCount(text) <= 6 && endsLikeSentence(text) && !PAGE_KEYS.test(key) && !URL.test(text)) return 'tally';
  return null;
}

/**
 * Items of the story's own lists (issue 25, round 12, from PolNeAR train: a delegate count, a poll
 * round-up, a morning e-mail's items): after the story's first paragraph, two or more lines in a
 * row of one list shape (`listItemShape`). A page's chrome between paragraphs is rarely a list of
 * stopped or marked lines of one shape, and an outlet's words must never be dropped.
 */
export function storyListItems(lines: readonly ScoredLine[], firstProse: number): boolean[] {
  const shapes = lines.map((line) => listItemShape(line.text));
  const listed = lines.map(() => false);
  if (firstProse < 0) return listed;
  for (let from = firstProse + 1; from < lines.length; ) {
    let to = from;
    while (shapes[from] && shapes[to + 1] === shapes[from]) to++;
    if (to > from) for (let i = from; i <= to; i++) listed[i] = true;
    from = to + 1;
  }
  return listed;
}

/**
 * Lines the model never sets aside, whatever it says (issue 25, round 11, from the development
 * half's lost lines of round 10): a paragraph of running prose; above the first paragraph, the
 * story's own facts as "Key: value" lines whose key is no page's ("Name: Ashley", "Location: …");
 * after the last paragraph, a reviewed book's details down to its price, and a first line of six
 * words or more mostly in lower case (a letter's last sentence without its full stop); (round 12)
 * the items of the story's own lists after its first paragraph (`storyListItems`); and (round 13,
 * story-sections.ts) the items of a list the story introduces with a colon and its own section
 * headings between paragraphs; (round 14) a sign-off of a name and a place on one line after a paragraph;
 * (round 16) a speaker's line after the first paragraph (`isSpeakerLine`); (round 18) the rest of a
 * sentence broken over lines (`sentenceContinuations`) and the first brief's title on a page of briefs;
 * (round 20) the text's last line, a heading right under a paragraph; (round 23, opening-guards.ts) a line
 * that stops mid-sentence over its rest, and a dateline alone right above its paragraph.
 */
export function keptByShape(lines: readonly ScoredLine[], verdicts: readonly Verdict[]): boolean[] {
  const prose = lines.map((line, i) => verdicts[i]!.role === 'body' && isProse(line.text));
  const first = prose.indexOf(true);
  const last = prose.lastIndexOf(true);
  const listed = storyListItems(lines, first);
  const introduced = introducedListItems(lines, prose);
  const setAside = verdicts.map((verdict) => isFurniture(verdict) && !MODEL_DECIDES_FOR.includes(ruleName(verdict)));
  const headings = sectionHeadings(lines, prose, setAside);
  const kept = lines.map((line, i) => isRunningProse(line.text) || listed[i]! || introduced[i]! || headings[i]!);
  // Round 34 (header-repeats.ts): the story's paragraph that the standfirst above prints again.
  for (const [i, reprint] of standfirstReprintLines(lines, verdicts).entries()) if (reprint) kept[i] = true;
  if (first < 0) return kept;
  for (let i = 0; i < first; i++) {
    const key = /^([\p{L} ]{2,20}):\s+\S/u.exec(lines[i]!.text);
    if (key && wordCount(key[1]!) <= 3 && !PAGE_KEYS.test(key[1]!.trim())) kept[i] = true;
  }
  // The story's own structure (round 10's guards, story-structure.ts): a heading broken over two
  // lines, and a sign-off of a name and a place right after a paragraph.
  for (let i = 0; i + 1 < lines.length; i++) {
    const [text, next] = [lines[i]!.text, lines[i + 1]!.text];
    if (isHeadingLike(text) && isLineContinuation(next) && prose[i + 2]) kept[i] = kept[i + 1] = true;
    if (i > 0 && prose[i - 1] && isNamesOnly(text)) {
      kept[i] = true;
      if (isPlaceLine(next)) kept[i + 1] = true;
    }
    // Round 14: the name and the place on one line (“Kim Gump, Dallas”).
    if (i > 0 && prose[i - 1] && isSignOffLine(text)) kept[i] = true;
    // Round 15: a review's rating right after its last paragraph (“Grade: C+.”, “Rating: 3/5”).
    if (i > 0 && prose[i - 1] && REVIEW_RATING.test(text.trim())) kept[i] = true;
  }
  // Round 16 (prose-guards.ts): a speaker's line after the first paragraph (“Ann Lee: We will not back down.”).
  for (const [i, line] of lines.entries()) if (i > first && isSpeakerLine(line.text)) kept[i] = true;
  // Round 18 (prose-guards.ts): the rest of a sentence broken over lines, under a body line left open.
  for (const [i, continued] of sentenceContinuations(lines, verdicts).entries()) if (continued) kept[i] = true;
  // Round 18 (brief-titles.ts): on a page of briefs, the first brief's title is the story's heading.
  const texts = lines.map((line) => line.text);
  for (let i = 0; i < lines.length; i++) if (isFirstBriefTitle(texts, i)) kept[i] = true;
  // Round 15 (prose-guards.ts): a word rule's running prose after a paragraph, and a section label
  // in capitals between the headline and the first paragraph, stay body whatever the model says.
  const headline = takenHeadline(verdicts);
  const paragraphs = lines.flatMap((line, i) => (prose[i] && wordCount(line.text) >= 15 ? [i] : []));
  const secondParagraph = paragraphs[1] ?? lines.length;
  for (const [i, verdict] of verdicts.entries()) {
    const rule = verdict.role === 'furniture' ? verdict.rule : verdict.doubt;
    if (!rule) continue;
    if (verdict.role === 'body' && isGuardedProse(lines, verdicts, i, rule)) kept[i] = true;
    // Under the headline, right above a paragraph, before the second paragraph (the header's zone).
    const underHeadline = headline >= 0 && i > headline && i < secondParagraph && prose[i + 1] === true;
    if (underHeadline && HEADER_LABEL_RULES.includes(rule.name) && isCapitalLabel(lines[i]!.text)) kept[i] = true;
    // Round 28: a line `header-meta-run` itself left as the story's (no meta word under the byline) stays so.
    if (verdict.role === 'body' && rule.name === 'header-meta-run') kept[i] = true;
  }
  const details = lines.findIndex(
    (line, i) => i > last && i <= last + 6 && BIBLIOGRAPHIC.test(line.text) && /\d/.test(line.text),
  );
  if (details > 0) {
    const end = PRICE.test(lines[details + 1]?.text ?? '') ? details + 1 : details;
    for (let i = last + 1; i <= end; i++) if (!WORD_RULES.has(ruleName(verdicts[i]!))) kept[i] = true;
  }
  const after = lines[last + 1];
  if (after && wordCount(after.text) >= 6 && !WORD_RULES.has(ruleName(verdicts[last + 1]!)) && !URL.test(after.text)) {
    const words = after.text.split(/\s+/);
    if (words.filter((word) => /^\P{L}*\p{Lu}/u.test(word)).length / words.length < 0.5) kept[last + 1] = true;
  }
  // Round 20: a copy cut right after a section heading (round 19's lost line): the text's last line,
  // under a paragraph and shaped like a heading, stays with the story.
  const end = lines.length - 1;
  if (end > 0 && prose[end - 1] && isHeadingLike(lines[end]!.text)) kept[end] = true;
  // Round 21 (context-guards.ts): the model sees a line alone, so it never takes one between two
  // paragraphs of the story, an entry of a repeated run, nor a closing title the story's own titles vouch for.
  const entries = repeatedEntryLines(lines, verdicts);
  for (const [i, between] of betweenParagraphs(lines, verdicts).entries()) if (between || entries[i]) kept[i] = true;
  if (closesOnStoryTitle(lines, verdicts)) kept[lines.findLastIndex((line) => line.text.trim() !== '')] = true;
  // Round 22: nor the text's last short lines right under a paragraph that no rule names (a cut entry's head).
  for (const [i, tail] of closingTailLines(lines, verdicts).entries()) if (tail) kept[i] = true;
  // Nor the short lines that open each entry of a run of the story's entries (a name and a title over a paragraph).
  for (const [i, entry] of entryRunLines(lines, verdicts).entries()) if (entry) kept[i] = true;
  // Round 24 (story-separators.ts): nor a rule line between paragraphs of the story.
  for (const [i, inside] of storySeparatorLines(lines, verdicts).entries()) if (inside) kept[i] = true;
  // Nor a live blog's post title right under the blog's label (context-guards.ts).
  for (const [i, title] of postTitleLines(lines, verdicts).entries()) if (title) kept[i] = true;
  // Round 23 (opening-guards.ts): nor a line that stops mid-sentence over its rest (nor that rest), nor a
  // dateline alone right above the paragraph it opens.
  const runOn = runOnLines(lines);
  // Round 32: nor a line of a paragraph wrapped into short lines (the round 31 held-back half's loss).
  const wrapped = wrappedParagraphLines(lines);
  for (const [i, opening] of openingDatelineLines(lines, verdicts).entries()) {
    if (opening || runOn[i] || wrapped[i]) kept[i] = true;
    if (runOn[i] && i + 1 < lines.length) kept[i + 1] = true;
  }
  // Round 26 (portal-regions.ts): nor a salutation, a piped heading under way, a heading the story prints again.
  for (const [i, story] of storyLinesByShape(lines, verdicts).entries()) if (story) kept[i] = true;
  // Round 27 (section-guards.ts): nor the next entry's title on a page of entries, over a date line like the first's.
  for (const [i, title] of nextEntryTitleLines(lines, verdicts).entries()) if (title) kept[i] = true;
  // Nor the story's first section heading right above its first paragraph, when more of its headings follow.
  for (const [i, heading] of openingSectionHeadingLines(lines, verdicts).entries()) if (heading) kept[i] = true;
  // Round 28 (entry-guards.ts): nor a named entry's name and title on a page of two such entries or more.
  for (const [i, entry] of namedEntryLines(lines, verdicts).entries()) if (entry) kept[i] = true;
  // Round 29 (dated-post-guards.ts): nor a later post's title over a date line of the page's posts' form.
  for (const [i, title] of datedPostTitleLines(lines, verdicts).entries()) if (title) kept[i] = true;
  // Round 30: nor the last line, a post's title under the previous post's meta lines, like an earlier post's title.
  for (const [i, title] of closingPostTitleLines(lines, verdicts).entries()) if (title) kept[i] = true;
  return kept;
}

/** The lines the model decides: body lines, and lines a position rule named by place alone. */
export function modelDecides(verdict: Verdict): boolean {
  return verdict.role === 'body' || MODEL_DECIDES_FOR.includes(verdict.rule.name);
}

/** The line model as the review names it, with the kind of furniture it took the line for. */
export function lineModelRule(kind: FurnitureKind): RuleInfo {
  return {
    name: 'line-model',
    kind,
    description:
      'the line model (line-model.ts) is sure it is page furniture, from the rules that fire on it and its neighbours, where it stands and its shape',
    origin: 'issue 25, round 11: trained on the development half of tests/fixtures/ingest/unseen-copy/',
  };
}

/** The kind a line the model takes is most likely to be, from its shape (the model gives no kind). */
function kindOf(text: string, verdict: Verdict): FurnitureKind {
  if (verdict.role === 'furniture') return verdict.rule.kind;
  if (verdict.doubt) return verdict.doubt.kind;
  if (/^by\s/i.test(text) || (DATE_LIKE.test(text) && wordCount(text) <= 8)) return 'byline';
  if (CREDIT.test(text) && wordCount(text) <= 8) return 'credit';
  return 'navigation';
}

/**
 * Applies the model to the rules' verdicts: a line it decides is set aside (rule `line-model`) when
 * its probability reaches the threshold; below, it stays body, listed as doubtful when a position
 * rule named it or its probability reaches `doubtFrom`. A line `keptByShape` keeps stays body
 * whatever the model says (a story's list item it is not sure of listed as doubtful). Other lines
 * keep the rules' verdict.
 */
export function applyLineModel<V extends Verdict>(lines: readonly ScoredLine[], verdicts: readonly V[], model: LineModel): V[] {
  const features = lineFeatures(lines, verdicts);
  const kept = keptByShape(lines, verdicts);
  const listed = storyListItems(
    lines,
    lines.findIndex((line, i) => verdicts[i]!.role === 'body' && isProse(line.text)),
  );
  const tail = closingTailLines(lines, verdicts);
  return verdicts.map((verdict, i) => {
    if (!modelDecides(verdict)) return verdict;
    const p = model.probability(features[i]!);
    if (kept[i]) {
      if (verdict.role === 'furniture') return { role: 'body', block: 'paragraph', doubt: verdict.rule } as V;
      // A list item or a line of the text's closing tail the model would have taken stays, listed for the editor to check.
      if ((listed[i] || tail[i] || i === lines.length - 1) && p >= model.doubtFrom && !verdict.doubt)
        return { ...verdict, doubt: lineModelRule(kindOf(lines[i]!.text, verdict)) };
      return verdict;
    }
    if (p >= model.threshold) return { role: 'furniture', rule: lineModelRule(kindOf(lines[i]!.text, verdict)) } as V;
    if (verdict.role === 'furniture') return { role: 'body', block: 'paragraph', doubt: verdict.rule } as V;
    if (p >= model.doubtFrom && !verdict.doubt) return { ...verdict, doubt: lineModelRule(kindOf(lines[i]!.text, verdict)) };
    return verdict;
  });
}
