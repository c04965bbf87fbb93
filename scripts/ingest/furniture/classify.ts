import { markAuthorBoxes } from './author-box.ts';
import { keepCallClosedItems } from './call-closed-items.ts';
import { markPaywallBox } from './paywall-box.ts';
import { markContentsList } from './contents-list.ts';
import { markClosingWriterNotes, markWriterBioNotes } from './writer-bio.ts';
import { markDatedTeaserLists, markRepeatedStandfirsts, markSummaryUnderNotice } from './feed-regions.ts';
import { markHeadlineRuns, markNewsletterBoxHeadings } from './box-regions.ts';
import { keepClosingWireCredit } from './closing-wire-credit.ts';
import { markCutTeaserRun } from './cut-teaser-run.ts';
import { markDashHeadlineRun } from './dash-headline-run.ts';
import { keepRepeatedEntries } from './context-guards.ts';
import { isFirstBriefTitle } from './brief-titles.ts';
import { relabelFalseStandfirsts, undoubleHeadline } from './dek-guards.ts';
import { chooseHeadline, releaseMediaTitledHeadline } from './headline-choice.ts';
import {
  markCaptionAgainUnderCaption,
  markCaptionPrintedTwice,
  markCaptionPrintedTwiceInStory,
  markHeadlinePrintedAgain,
  markStandfirstPrintedAgainBelow,
  markStandfirstPrintedTwice,
} from './header-repeats.ts';
import { markWriterLinesUnderByline } from './header-writer-line.ts';
import { applyLineModel, COMMITTED_LINE_MODEL, type LineModel } from './line-model.ts';
import { LINE_RULES, matchLineRule, type LineRuleName } from './line-rules.ts';
import { AGENCY_ONLY } from './line-patterns.ts';
import { normalise } from './normalise.ts';
import { matchPageRule, type PageContext, type PageRuleName } from './page-rules.ts';
import { POSITION_RULES, type PositionRuleName } from './position-rules.ts';
import { keepStoryOpenings } from './opening-guards.ts';
import { keepStoryLines, markHighlightsAndPullQuotes } from './portal-regions.ts';
import { markPromoBoxTitles } from './promo-box-titles.ts';
import { keepProseAfterParagraphs } from './prose-guards.ts';
import { keepFirstSectionHeading } from './section-guards.ts';
import { markSiteDescriptionNote } from './site-description.ts';
import { markCallLinkBoxes, markCommentThread, markNewsletterBoxLines, markStandfirstAbovePicture } from './thread-regions.ts';
import type { RuleInfo } from './rule.ts';
import { findArticleEnd } from './sparse-story.ts';
import { markLabelAboveAndBelowStory } from './footer-regions.ts';
import { isStandfirst, markDoubtfulStandfirst } from './standfirst.ts';
import { markStandfirstInFirstParagraph } from './standfirst-in-first-paragraph.ts';
import { markHeaderMetaRuns, markSponsoredLinks, markStoryCards } from './story-cards.ts';
import { keepRunningProse, markClosingRun, markLinksBeforeReadMore, markPostsBeforeSignatures } from './run-regions.ts';
import { startBelowNoticeAboveHeader } from './notice-above-header.ts';
import { splitHeadingAbove } from './story-structure.ts';
import { keepStorySeparators } from './story-separators.ts';
import {
  markBetweenPlayerControls,
  markCaptionAfterCredit,
  markCaptionEchoes,
  markHeaderBeforeByline,
  markInlineTeasers,
  markKickerHeadlines,
  markLinkBoxTitles,
  markPromoLabels,
  markPlaylistTitles,
  markStandfirstUnderLabel,
  markTeaserCards,
  markVideoTitleAtTop,
  setAsideBy,
  startAfterHeadlineLikeSentence,
} from './text-regions.ts';
import {
  endsLikeSentence,
  isCaptionLike,
  isHeadingLike,
  isHeadlineCase,
  isHeadlineLike,
  isProse,
  wordCount,
} from './text-shape.ts';

/**
 * Decides, for every line of a raw text or a saved page, whether it is article text or page
 * furniture (navigation, teasers, captions, promos, forms…) and which rule says so, so an editor
 * reviewing `npm run add` can look up why a line was set aside, and a wrong rule is fixed once.
 *
 * Three families of rules, applied in this order:
 * 1. line rules (line-rules.ts): the line's own words say what it is ("Leave a Reply", "Photograph: …/Reuters");
 * 2. page rules (page-rules.ts, saved pages only): where the line sat on the page (a `<nav>`, a
 *    `<figcaption>`, a box whose class says "newsletter"), and whether Readability kept it as article content;
 * 3. position rules (position-rules.ts): what comes before the first paragraph of prose (headline, dek,
 *    labels), after the article's end marker (teasers, labels), and a short caption right before a photo credit;
 *    for raw texts also regions a single line does not give away (text-regions.ts): the header down to the
 *    byline, boxes about other stories inside and after the article, a caption repeated under its picture.
 *
 * Rules only set text aside; they never change it, and the fidelity check proves nothing is lost.
 * Each rule says where it came from (`origin`): a general convention of news pages, or one of the
 * five corpus raw files (`corpus 001`) when that file is where it was first seen.
 */

/** The name of any rule: the classifier refers to rules by these, checked against the tables. */
export type RuleName = LineRuleName | PageRuleName | PositionRuleName;

/** One line of a raw text (or of a saved page's text), as the rules see it. */
export interface SourceLine {
  /** 1-based line number in the raw text. */
  line: number;
  /** The line, verbatim, without surrounding whitespace. */
  text: string;
  /** For a saved page: where the line was. */
  page?: PageContext;
}

/** What a line was taken for. */
export type LineVerdict =
  | {
      role: 'body';
      block: 'paragraph' | 'heading' | 'list-item' | 'quote';
      /** A saved page's line that Readability left out, put back as a paragraph between paragraphs. */
      recovered?: boolean;
      /** A rule that would set the line aside but is not sure: it stays body, for the editor to check. */
      doubt?: RuleInfo;
    }
  | { role: 'furniture'; rule: RuleInfo };

/** Metadata values the page gives, so their lines can be recognised (saved pages). */
export interface KnownTexts {
  headline?: string | null;
  dek?: string | null;
}

/** Line rules that end the article: every line after the first of them is furniture. */
const END_MARKERS: readonly RuleName[] = LINE_RULES.filter((rule) => 'endsArticle' in rule && rule.endsArticle).map(
  (rule) => rule.name,
);
/** Rules that name a photo credit; a caption-like line right before one is its caption. */
const CREDIT_RULES: readonly RuleName[] = ['photo-credit', 'bracketed-credit', 'picture-by-credit'];

/**
 * Decides, for each line, body or furniture (and which rule), in the order the module
 * describes. Text lines get the position rules for the top and the end of a text, then the line
 * model (line-model.ts) for the lines those rules named by place alone and for body lines; page
 * lines get the page rules, with Readability's verdict as the fallback.
 */
export function classifyLines(
  lines: readonly SourceLine[],
  known: KnownTexts = {},
  model: LineModel | null = COMMITTED_LINE_MODEL,
): LineVerdict[] {
  const isPage = lines.some((line) => line.page);
  const verdicts = isPage ? classifyPage(lines, known) : classifyText(lines);
  markCaptionsBeforeCredits(lines, verdicts);
  // A raw text's position rules no longer decide alone: the line model does (round 11). `null`
  // gives the rules' verdicts alone, which the model is trained on.
  if (isPage) return verdicts;
  const decided = model ? applyLineModel(lines, verdicts, model) : verdicts;
  // On a whole pasted page the first headline-shaped line is often the site's own: the fullest one is the story's.
  const chosen = chooseHeadline(
    lines.map((line) => line.text),
    decided,
  );
  // Round 26 (portal-regions.ts): a salutation, a piped heading under way, a heading printed again stay the story's.
  const kept = keepStoryLines(lines, chosen);
  // Round 27 (section-guards.ts): a standfirst taken by its place that is the story's first section heading;
  // (header-repeats.ts) the headline printed again under the standfirst.
  keepFirstSectionHeading(lines, kept);
  markHeadlinePrintedAgain(lines, kept);
  // The review of round 37: a line taken as the standfirst that repeats the headline or is a note in brackets.
  relabelFalseStandfirsts(lines, kept);
  undoubleHeadline(lines, kept);
  // Round 32 (contents-list.ts): a list of contents at the top, its first title printed again over the first paragraph.
  markContentsList(lines, kept);
  // Round 32 (writer-bio.ts): a note about the writer after the story, opening with the byline's name.
  markWriterBioNotes(lines, kept);
  // Round 34 (writer-bio.ts): a writer's note closing the story, with no byline in the copy.
  markClosingWriterNotes(lines, kept);
  // Round 33 (call-closed-items.ts): a story that is a list of items, each closed by the same call.
  keepCallClosedItems(lines, kept);
  // Round 33 (paywall-box.ts): a paywall's box between the first paragraph and its second printing.
  markPaywallBox(lines, kept);
  // Round 33 (header-repeats.ts): the standfirst printed twice right under the headline.
  markStandfirstPrintedTwice(lines, kept);
  // Round 34 (header-repeats.ts): a picture's caption printed twice at the top of the story.
  markCaptionPrintedTwice(lines, kept);
  // Round 35 (header-repeats.ts): a picture's caption printed twice between two lines of the story.
  markCaptionPrintedTwiceInStory(lines, kept);
  // Round 35 (footer-regions.ts): a site's label printed above the story and under it, and the footer after it.
  markLabelAboveAndBelowStory(lines, kept);
  // Round 34 (header-repeats.ts): the standfirst printed again as a paragraph of the story.
  markStandfirstPrintedAgainBelow(lines, kept);
  // Round 40 (standfirst-in-first-paragraph.ts): the standfirst the first paragraph right under it repeats.
  markStandfirstInFirstParagraph(lines, kept);
  // Round 36 (header-writer-line.ts): a name alone under the header's byline, above the first paragraph.
  markWriterLinesUnderByline(lines, kept);
  // Round 38 (header-repeats.ts): a caption's words printed again right under it, maybe with the site's name.
  markCaptionAgainUnderCaption(lines, kept);
  // Round 38 (site-description.ts): the site describing itself on the text's last line, under a line set aside.
  markSiteDescriptionNote(lines, kept);
  // Round 39 (cut-teaser-run.ts): a run of cut story beginnings ending the text goes whole.
  markCutTeaserRun(lines, kept);
  // Round 40 (dash-headline-run.ts): other stories' headlines in a dashed list ending the text.
  markDashHeadlineRun(lines, kept);
  return kept;
}

const furniture = (rule: RuleInfo): LineVerdict => ({ role: 'furniture', rule });

function classifyText(lines: readonly SourceLine[]): LineVerdict[] {
  const verdicts: (LineVerdict | undefined)[] = lines.map((line) => {
    const rule = matchLineRule(line.text);
    return rule ? furniture(rule) : undefined;
  });
  // Above the page's header, a video player's title; under a label, the standfirst.
  markVideoTitleAtTop(lines, verdicts);
  markStandfirstUnderLabel(lines, verdicts);
  // A post titled “VIDEO: …” at the top: its title is the headline, read with the header (round 21).
  releaseMediaTitledHeadline(
    lines.map((line) => line.text),
    verdicts,
  );
  let start = lines.findIndex((line, i) => !verdicts[i] && isProse(line.text));
  if (start < 0) return lines.map((_, i) => verdicts[i] ?? { role: 'body', block: 'paragraph' });
  // A headline ending in "!" or "?" above a header is no paragraph.
  start = startAfterHeadlineLikeSentence(lines, verdicts, start);
  // Round 40 (notice-above-header.ts): a site's notice or a ticker in one sentence above the header.
  start = startBelowNoticeAboveHeader(lines, verdicts, start);

  // The story's own heading broken over two lines right above its first paragraph (round 10).
  for (const i of splitHeadingAbove(lines, verdicts, start)) verdicts[i] = { role: 'body', block: 'heading' };
  // Before the first paragraph of prose: labels, the headline, the dek.
  const texts = lines.map((line) => line.text);
  let headline = -1;
  let dek = -1;
  for (let i = 0; i < start; i++) {
    if (verdicts[i]) continue;
    const text = lines[i]!.text;
    // A page of briefs: the first brief's title is the story's heading, never the headline (round 19).
    if (isFirstBriefTitle(texts, i)) verdicts[i] = { role: 'body', block: 'heading' };
    else if (headline < 0 && isHeadlineLike(text) && !isKickerBefore(lines, verdicts, i, start)) {
      headline = i;
      dek = nextOpen(verdicts, i);
      verdicts[i] = furniture(POSITION_RULES.headline);
    } else if (i === dek && wordCount(text) >= 5 && !endsLikeSentence(text)) {
      verdicts[i] = furniture(POSITION_RULES.dek);
    } else {
      verdicts[i] = furniture(wordCount(text) <= 4 ? POSITION_RULES.headerLabel : POSITION_RULES.headerLine);
    }
  }

  // Between the headline and a byline a few lines below: the standfirst, captions, a name alone.
  if (headline >= 0) {
    markHeaderBeforeByline(lines, verdicts, headline);
    start = lines.findIndex((line, i) => !verdicts[i] && isProse(line.text));
    if (start >= 0 && markCaptionAfterCredit(lines, verdicts, start))
      start = lines.findIndex((line, i) => !verdicts[i] && isProse(line.text));
    if (start < 0) return lines.map((_, i) => verdicts[i] ?? { role: 'body', block: 'paragraph' });
  }

  // A one-sentence standfirst between the headline and a byline or a datelined first paragraph; with
  // no headline, above a datelined first paragraph (round 19: a page's header lost in the copy).
  const standfirst = headline >= 0 ? nextOpen(verdicts, headline) === start : nextOpen(verdicts, -1) === start;
  if (standfirst && isStandfirst(lines, verdicts, start, headline < 0)) {
    verdicts[start] = furniture(POSITION_RULES.dek);
    start = lines.findIndex((line, i) => !verdicts[i] && isProse(line.text));
    if (start < 0) return lines.map((_, i) => verdicts[i] ?? { role: 'body', block: 'paragraph' });
  }

  // The standfirst above the lead picture's credit, maybe with the picture's caption (round 7).
  if (markStandfirstAbovePicture(lines, verdicts, headline, start)) {
    start = lines.findIndex((line, i) => !verdicts[i] && isProse(line.text));
    if (start < 0) return lines.map((_, i) => verdicts[i] ?? { role: 'body', block: 'paragraph' });
  }

  // After the first end marker: everything; but a story below a box over its header goes on (round 16).
  const { end, box } = findArticleEnd(lines, verdicts, start, (verdict) => setAsideBy(verdict, END_MARKERS));
  const after = end < 0 ? [] : lines.flatMap((_, i) => (i > end && !verdicts[i] ? [i] : []));
  for (const i of [...box, ...after]) {
    const text = lines[i]!.text;
    verdicts[i] = furniture(
      wordCount(text) <= 4 && !endsLikeSentence(text) ? POSITION_RULES.afterArticleLabel : POSITION_RULES.afterArticle,
    );
  }

  // In between: headline-like lines under a "Related" heading, then body: a short line that is
  // no sentence, with more body after it, is a subheading.
  let inTeaserList = false;
  const last = end < 0 ? lines.length : end;
  for (let i = start; i < last; i++) {
    const verdict = verdicts[i];
    if (verdict) {
      // A teaser box goes on through its own furniture ("PHOTOS: …" under "Related").
      inTeaserList = setAsideBy(verdict, ['related-heading']) || (inTeaserList && wordCount(lines[i]!.text) <= 25);
      continue;
    }
    const text = lines[i]!.text;
    // A headline in the list may ask a question ("… in Ottawa?"): first under the heading, or
    // with another headline of the list right after it.
    const next = lines[i + 1]?.text;
    const inList =
      (i > 0 && setAsideBy(verdicts[i - 1], ['related-heading'])) ||
      (next !== undefined && !verdicts[i + 1] && isHeadlineLike(next) && !endsLikeSentence(next));
    // A headline in headline case may end in "!" or "?" anywhere in the list (round 7).
    const exclaimed = isHeadlineCase(text) && /[!?]["'”’]?$/.test(text.trim());
    if (inTeaserList && isHeadlineLike(text) && (!endsLikeSentence(text) || exclaimed || (inList && /\?$/.test(text.trim())))) {
      verdicts[i] = furniture(POSITION_RULES.teaserList);
      continue;
    }
    inTeaserList = false;
    const hasBodyAfter = lines.slice(i + 1, last).some((line, j) => !verdicts[i + 1 + j] && isProse(line.text));
    verdicts[i] = { role: 'body', block: hasBodyAfter && isHeadingLike(text) ? 'heading' : 'paragraph' };
  }
  const final = verdicts.map((verdict) => verdict ?? ({ role: 'body', block: 'paragraph' } as LineVerdict));
  // Round 21 (context-guards.ts): a repeated run's entries are the story's (before the regions read them).
  keepRepeatedEntries(lines, final);
  // Round 39 (closing-wire-credit.ts): the story's last sentence with the wires' credit in brackets is no caption.
  keepClosingWireCredit(lines, final);
  const bodyBeforeRegions = final.map((verdict) => verdict.role === 'body');
  markLinksBeforeReadMore(lines, final);
  markPostsBeforeSignatures(lines, final);
  markInlineTeasers(lines, final);
  markLinkBoxTitles(lines, final);
  markKickerHeadlines(lines, final);
  markPlaylistTitles(lines, final);
  markCaptionEchoes(lines, final);
  markPromoLabels(lines, final);
  markTeaserCards(lines, final);
  markBetweenPlayerControls(lines, final);
  markCallLinkBoxes(lines, final);
  markCommentThread(lines, final);
  markNewsletterBoxLines(lines, final);
  markHeadlineRuns(lines, final);
  markStoryCards(lines, final);
  markHeaderMetaRuns(lines, final);
  markSponsoredLinks(lines, final);
  markNewsletterBoxHeadings(lines, final);
  markAuthorBoxes(lines, final);
  markClosingRun(lines, final);
  keepRunningProse(lines, final, bodyBeforeRegions);
  keepProseAfterParagraphs(lines, final);
  // Round 23 (opening-guards.ts): a line stopping mid-sentence over its rest, a dateline over its paragraph, is the story's.
  keepStoryOpenings(lines, final);
  // Round 24 (story-separators.ts): a rule line between paragraphs of the story is not sure to be the page's.
  keepStorySeparators(lines, final);
  // Round 25 (feed-regions.ts): a feed's dated teasers, a machine-made summary's points, a standfirst printed twice.
  markDatedTeaserLists(lines, final);
  markSummaryUnderNotice(lines, final);
  markRepeatedStandfirsts(lines, final);
  // Round 26 (portal-regions.ts): highlights the story repeats, a pull quote between headline and byline.
  markHighlightsAndPullQuotes(lines, final);
  // Round 28 (promo-box-titles.ts): a promo box's title right above its pitch to the rest of the coverage.
  markPromoBoxTitles(lines, final);
  // Round 24 (standfirst.ts): a one-sentence line under the headline with nothing to show the story starts below it.
  markDoubtfulStandfirst(lines, final, POSITION_RULES.dek);
  return final;
}

/**
 * A short label right above a longer headline-like line, both before the first paragraph, is a
 * kicker or section label ("Annals of Technology" over the headline), not the headline.
 */
function isKickerBefore(
  lines: readonly SourceLine[],
  verdicts: readonly (LineVerdict | undefined)[],
  i: number,
  start: number,
): boolean {
  const next = nextOpen(verdicts, i);
  if (next < 0 || next >= start) return false;
  const [text, after] = [lines[i]!.text, lines[next]!.text];
  // Over a page of briefs the short line is the page's title, the longer one the first brief's (round 19).
  if (
    isFirstBriefTitle(
      lines.map((line) => line.text),
      next,
    )
  )
    return false;
  return wordCount(text) <= 4 && !isHeadlineCase(text) && isHeadlineLike(after) && wordCount(after) > wordCount(text) + 2;
}

/** Body lines a rule would have set aside but was not sure of, for the editor to check. */
export function doubtfulLines(
  lines: ReadonlyArray<SourceLine & { verdict: LineVerdict }>,
): Array<{ line: number; text: string; rule: RuleInfo }> {
  return lines.flatMap((line) =>
    line.verdict.role === 'body' && line.verdict.doubt ? [{ line: line.line, text: line.text, rule: line.verdict.doubt }] : [],
  );
}

function nextOpen(verdicts: readonly (LineVerdict | undefined)[], after: number): number {
  for (let i = after + 1; i < verdicts.length; i++) if (!verdicts[i]) return i;
  return -1;
}

function classifyPage(lines: readonly SourceLine[], known: KnownTexts): LineVerdict[] {
  const headline = normalise(known.headline ?? '');
  const dek = normalise(known.dek ?? '');
  const firstKept = lines.findIndex((line) => line.page?.kept);
  let seenBody = false;
  const verdicts = lines.map((line, i) => {
    const verdict = classifyPageLine(line, i);
    if (verdict.role === 'body') seenBody = true;
    return verdict;
  });
  // Readability sometimes drops a paragraph between two it kept; one that reads like prose and
  // that no rule names is put back (the review lists it).
  const bodyAt = verdicts.flatMap((verdict, i) => (verdict.role === 'body' ? [i] : []));
  const [first, last] = [bodyAt[0] ?? -1, bodyAt.at(-1) ?? -1];
  for (let i = first + 1; i < last; i++) {
    const verdict = verdicts[i]!;
    if (setAsideBy(verdict, ['outside-article']) && isProse(lines[i]!.text) && wordCount(lines[i]!.text) >= 15) {
      verdicts[i] = { role: 'body', block: 'paragraph', recovered: true };
    }
  }
  return verdicts;

  function classifyPageLine(line: SourceLine, i: number): LineVerdict {
    const page = line.page!;
    const text = normalise(line.text);
    // Only text Readability left out (or a heading) is the headline or dek: a page's description
    // is often its first paragraph, which stays body.
    if (headline && text === headline && (!page.kept || /^h[1-3]$/.test(page.tag))) return furniture(POSITION_RULES.pageHeadline);
    if (!page.kept && page.tag === 'h1') return furniture(POSITION_RULES.pageHeadline);
    const dekLike =
      /^h[2-6]$/.test(page.tag) ||
      /\b(?:standfirst|dek|subhead|sub-?title|summary|description|excerpt|teaser)\b/.test(page.nearHints);
    if (dek && text === dek && (!page.kept || (dekLike && !seenBody))) return furniture(POSITION_RULES.pageDek);
    const lineRule = matchLineRule(line.text);
    if (lineRule) return furniture(lineRule);
    const pageRule = matchPageRule(page, line.text);
    if (pageRule) return furniture(pageRule);
    if (!page.kept)
      return furniture(i < firstKept || firstKept < 0 ? POSITION_RULES.beforeArticle : POSITION_RULES.outsideArticle);
    return { role: 'body', block: bodyBlockOf(page, line.text) };
  }
}

function bodyBlockOf(page: PageContext, text: string): 'paragraph' | 'heading' | 'list-item' | 'quote' {
  if (/^h[1-6]$/.test(page.tag)) return 'heading';
  if (page.boldOnly && isHeadingLike(text) && !isProse(text)) return 'heading';
  if (page.tag === 'li' || page.ancestors[0] === 'li') return 'list-item';
  if (page.tag === 'blockquote' || page.ancestors.includes('blockquote')) return 'quote';
  return 'paragraph';
}

/**
 * A caption-like body line right before a photo credit is that photo's caption (on a saved page,
 * only inside a figure: a page's paragraphs are paragraphs).
 */
function markCaptionsBeforeCredits(lines: readonly SourceLine[], verdicts: LineVerdict[]): void {
  for (let i = 1; i < lines.length; i++) {
    const verdict = verdicts[i]!;
    if (!setAsideBy(verdict, CREDIT_RULES)) continue;
    const before = verdicts[i - 1]!;
    const text = lines[i - 1]!.text;
    const page = lines[i - 1]!.page;
    if (page && !page.ancestors.includes('figure')) continue;
    if (isStorySourceCredit(lines, i)) continue;
    const replaceable = before.role === 'body' || setAsideBy(before, ['after-article', 'after-article-label']);
    if (replaceable && isCaptionLike(text)) verdicts[i - 1] = furniture(POSITION_RULES.captionBeforeCredit);
  }
}

/**
 * Issue 25, round 34 (round 33's lost line): an agency's name alone under a paragraph of more than 25
 * words that follows another paragraph credits the story, not a picture (“… in 13 languages.” then
 * “Anadolu Agency”): a caption over an agency's name alone is short, and a paragraph in a run of
 * paragraphs is the story's last one when no picture is in the copy.
 */
function isStorySourceCredit(lines: readonly SourceLine[], credit: number): boolean {
  if (!AGENCY_ONLY.test(lines[credit]!.text.trim()) || credit < 2) return false;
  const last = lines[credit - 1]!.text;
  const above = lines[credit - 2]!.text;
  return wordCount(last) > 25 && isProse(above) && wordCount(above) >= 15;
}
