import { DOMParser } from 'linkedom';
import { readArticleFile } from '../lib/read-article-file.ts';
import { draftArticle, textLines, type Draft } from './draft-article.ts';
import { classifyLines } from './furniture/classify.ts';
import { normalise } from './furniture/normalise.ts';
import { readSavedPage } from './page-text.ts';

/**
 * Measures `npm run add` against what a person did by hand: the corpus articles (furniture,
 * metadata, body), saved pages whose article paragraphs are marked `data-gold="body"`, and clean
 * article texts (PolNeAR) where nothing but the headline should be set aside. Used by
 * `scripts/cli/eval-add.ts` and by the tests that hold the figures to their targets.
 */

// ------------------------------------------------------------------------------------------
// The corpus: a committed article against the draft of its raw file

export interface FieldComparison {
  field: string;
  expected: { value: unknown; confidence: unknown } | null;
  drafted: { value: unknown; confidence: unknown } | null;
  valueEqual: boolean;
  confidenceEqual: boolean;
}

export interface CorpusComparison {
  slug: string;
  raw: string;
  /** Raw-text lines the committed article lists as furniture. */
  expectedFurnitureLines: number[];
  /** Raw-text lines the draft sets aside. */
  draftedFurnitureLines: number[];
  /** Lines in both, and of those, how many got the same kind. */
  matchedLines: number;
  sameKind: number;
  metadata: FieldComparison[];
  /** The draft's body is the committed body, byte for byte (surrounding whitespace aside). */
  bodyEqual: boolean;
  /** …or is, once the committed article's declared corrections are applied to it. */
  bodyEqualWithCorrections: boolean;
  draft: Draft;
}

const COMPARED_FIELDS = ['headline', 'dek', 'outlet', 'author', 'sourceUrl'] as const;

/**
 * Drafts `rawText` as `npm run add` would and compares it with the committed article file.
 * The publication date is not compared: no corpus raw file states one, so the editor gives it.
 */
export function compareWithCommitted(slug: string, articleSource: string, rawName: string, rawText: string): CorpusComparison {
  const { frontmatter, body } = readArticleFile(articleSource, `${slug}.md`);
  const draft = draftArticle({ source: rawText, format: 'text', rawName, slug, fallbackSlug: slug });

  const lines = textLines(rawText);
  const committedFurniture = (frontmatter.furniture ?? []) as Array<{ kind: string; text: string }>;
  const expected = locateItems(lines, committedFurniture);
  const expectedLines = [...expected.keys()];
  const drafted = new Map(draft.furniture.flatMap((item) => item.lines.map((line) => [line, item.kind] as const)));
  const matched = expectedLines.filter((line) => drafted.has(line));

  const metadata = COMPARED_FIELDS.map((field): FieldComparison => {
    const committed = frontmatter[field] as { value: unknown; confidence: unknown } | undefined;
    const fact = draft.metadata[field];
    const expectedFact = committed ? { value: committed.value, confidence: committed.confidence } : null;
    const draftedFact = fact ? { value: fact.value, confidence: fact.confidence } : null;
    return {
      field,
      expected: expectedFact,
      drafted: draftedFact,
      valueEqual: (expectedFact?.value ?? null) === (draftedFact?.value ?? null),
      confidenceEqual: (expectedFact?.confidence ?? null) === (draftedFact?.confidence ?? null),
    };
  });

  const corrections = (frontmatter.corrections ?? []) as Array<{ from: string; to: string }>;
  const corrected = corrections.reduce((text, { from, to }) => text.split(from).join(to), draft.body);
  return {
    slug,
    raw: rawName,
    expectedFurnitureLines: expectedLines,
    draftedFurnitureLines: [...drafted.keys()],
    matchedLines: matched.length,
    sameKind: matched.filter((line) => drafted.get(line) === expected.get(line)).length,
    metadata,
    bodyEqual: draft.body.trim() === body.trim(),
    bodyEqualWithCorrections: corrected.trim() === body.trim(),
    draft,
  };
}

/** The raw-text line of each furniture item (items are whole lines, listed in order). */
function locateItems(lines: ReturnType<typeof textLines>, items: Array<{ kind: string; text: string }>): Map<number, string> {
  const found = new Map<number, string>();
  let next = 0;
  for (const item of items) {
    const text = normalise(item.text);
    const at = lines.findIndex((line, i) => i >= next && normalise(line.text) === text);
    if (at < 0) continue;
    found.set(lines[at]!.line, item.kind);
    next = at + 1;
  }
  return found;
}

// ------------------------------------------------------------------------------------------
// Saved pages with their article paragraphs marked

export interface PageEvaluation {
  /** The article's paragraphs and subheadings, as marked in the page (`data-gold="body"`). */
  gold: number;
  /** Marked paragraphs the draft's body has. */
  goldInBody: number;
  /** Lines set aside, and how many of them are marked article paragraphs (wrongly set aside). */
  furnitureLines: number;
  goldInFurniture: number;
  /** Body lines that are not marked article paragraphs (chrome left in the body). */
  bodyLines: number;
  extraInBody: string[];
  lost: string[];
  draft: Draft;
}

/** Reads the marked paragraphs of a page; no rule of scripts/ingest/ reads the marks. */
export function goldParagraphs(html: string): string[] {
  const document = new DOMParser().parseFromString(html, 'text/html');
  return [...document.querySelectorAll('[data-gold="body"]')].map((element) => normalise(element.textContent ?? ''));
}

export function evaluatePage(html: string): PageEvaluation {
  const gold = goldParagraphs(html);
  const goldSet = new Set(gold);
  const draft = draftArticle({ format: 'html', page: readSavedPage(html), rawName: 'page.txt', fallbackSlug: 'page' });
  const body = draft.lines.filter((line) => line.verdict.role === 'body').map((line) => normalise(line.text));
  const bodySet = new Set(body);
  const furniture = draft.lines.filter((line) => line.verdict.role === 'furniture').map((line) => normalise(line.text));
  return {
    gold: gold.length,
    goldInBody: gold.filter((line) => bodySet.has(line)).length,
    furnitureLines: furniture.length,
    goldInFurniture: furniture.filter((line) => goldSet.has(line)).length,
    bodyLines: body.length,
    extraInBody: body.filter((line) => !goldSet.has(line)),
    lost: gold.filter((line) => !bodySet.has(line)),
    draft,
  };
}

// ------------------------------------------------------------------------------------------
// Clean article texts: which lines besides the headline are set aside

export interface CleanTextEvaluation {
  /** Lines set aside other than the first (the headline in PolNeAR texts), with their rule. */
  setAside: Array<{ line: number; text: string; rule: string; inAttribution: boolean; discarded: boolean }>;
}

/**
 * Classifies a clean article text. `attributionRanges` are character ranges annotators marked as
 * part of an attribution (so certainly article text); `discardRanges` are ranges they marked
 * `Discard` (text they judged not part of the article: a label, an author's note).
 */
export function evaluateCleanText(
  text: string,
  attributionRanges: Array<[number, number]> = [],
  discardRanges: Array<[number, number]> = [],
): CleanTextEvaluation {
  const lines = textLines(text);
  const verdicts = classifyLines(lines);
  const rawLines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const raw of rawLines) {
    starts.push(offset);
    offset += raw.length + 1;
  }
  const overlaps = (ranges: Array<[number, number]>, start: number, end: number) =>
    ranges.some(([from, to]) => from < end && to > start);
  const setAside = lines.flatMap((line, i) => {
    const verdict = verdicts[i]!;
    if (verdict.role !== 'furniture' || i === 0) return [];
    const start = starts[line.line - 1]!;
    const end = start + rawLines[line.line - 1]!.length;
    return [
      {
        line: line.line,
        text: line.text,
        rule: verdict.rule.name,
        inAttribution: overlaps(attributionRanges, start, end),
        discarded: overlaps(discardRanges, start, end),
      },
    ];
  });
  return { setAside };
}

// ------------------------------------------------------------------------------------------
// Raw texts pasted from stored pages, every line hand-marked (tests/fixtures/ingest/unseen-copy/)

/** One line of a marked text: `body`, or the furniture kind a person gave it. */
export interface MarkedLine {
  label: string;
  text: string;
}

/**
 * Reads a marked text (`<label> | <line>` a line, blank lines kept): the labels, in the order
 * of the raw text's non-empty lines. No rule of scripts/ingest/ reads the marks.
 */
export function readMarkedText(marked: string): MarkedLine[] {
  return marked.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    const match = /^([a-z-]+) \| (.*)$/.exec(line);
    if (!match) throw new Error(`marked text, line ${i + 1}: expected "<label> | <text>", got ${JSON.stringify(line)}`);
    return [{ label: match[1]!, text: match[2]!.trim() }];
  });
}

export interface MarkedTextEvaluation {
  /** Lines marked furniture, lines the draft set aside, and lines in both. */
  goldFurniture: number;
  draftedFurniture: number;
  bothFurniture: number;
  /** Lines in both with the same kind. */
  sameKind: number;
  /** Lines marked body that the draft set aside (lost from the published text), with the rule. */
  lost: Array<{ text: string; rule: string }>;
  /** Lines marked furniture left in the body, with their mark. */
  missed: Array<{ text: string; label: string }>;
  /**
   * Whether the draft's headline is the line marked `headline`: `right`, `wrong` (another line, or
   * none), or `unmarked` when no line is marked so.
   */
  headline: 'right' | 'wrong' | 'unmarked';
  draft: Draft;
}

/** Drafts `raw` as `npm run add` would and scores each line against its mark. */
export function evaluateMarkedText(raw: string, marked: string): MarkedTextEvaluation {
  const gold = readMarkedText(marked);
  const draft = draftArticle({ source: raw, format: 'text', rawName: 'unseen.txt', fallbackSlug: 'unseen' });
  if (gold.length !== draft.lines.length || gold.some((line, i) => line.text !== draft.lines[i]!.text))
    throw new Error('the marked text does not have the raw text’s lines');
  const lost: MarkedTextEvaluation['lost'] = [];
  const missed: MarkedTextEvaluation['missed'] = [];
  let goldFurniture = 0;
  let draftedFurniture = 0;
  let bothFurniture = 0;
  let sameKind = 0;
  draft.lines.forEach((line, i) => {
    const label = gold[i]!.label;
    const verdict = line.verdict;
    const isGoldFurniture = label !== 'body';
    if (isGoldFurniture) goldFurniture++;
    if (verdict.role === 'furniture') draftedFurniture++;
    if (isGoldFurniture && verdict.role === 'furniture') {
      bothFurniture++;
      if (verdict.rule.kind === label) sameKind++;
    }
    if (!isGoldFurniture && verdict.role === 'furniture') lost.push({ text: line.text, rule: verdict.rule.name });
    if (isGoldFurniture && verdict.role === 'body') missed.push({ text: line.text, label });
  });
  // A page may print its headline twice, once with the site's name after it (its title): either printing is right.
  const markedHeadlines = gold.flatMap((line, i) => (line.label === 'headline' ? [i] : []));
  const draftedHeadline = draft.lines.findIndex(
    (line) => line.verdict.role === 'furniture' && line.verdict.rule.name === 'headline-line',
  );
  const headline = markedHeadlines.length === 0 ? 'unmarked' : markedHeadlines.includes(draftedHeadline) ? 'right' : 'wrong';
  return { goldFurniture, draftedFurniture, bothFurniture, sameKind, lost, missed, headline, draft };
}
