/**
 * The PolNeAR folder as an evaluation set: which texts a split holds, their annotation file and
 * publication date, and the body blocks handed to the analysis, with the map from the text's
 * character offsets to block offsets that lets gold spans be compared with the system's quotes.
 * The texts are the publishers' copyright: they are read from the folder at evaluation time only.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BodyBlock, TextSpan } from '../../src/analysis/types.ts';
import type { Range } from './polnear-gold.ts';

/** Body blocks of a PolNeAR text with where each starts and ends in the text. */
export interface BlockLayout {
  blocks: BodyBlock[];
  /** Each block's range in the text, in block order. */
  ranges: Array<{ id: string; start: number; end: number }>;
}

/**
 * One block per non-blank line, trimmed; the first line, the title, is left out. The texts
 * separate paragraphs by a blank line, but some (Huffington Post) by a bare line break, so every
 * line is taken as a paragraph.
 */
/** A line that opens with an HTML-like tag: an embed left in the text by the scraper. */
const EMBED_MARKUP = /^<[a-z][\w-]*(?:\s[^>]*)?\/?>/iu;

export function polnearBlocks(text: string): BlockLayout {
  const layout: BlockLayout = { blocks: [], ranges: [] };
  const firstBreak = text.indexOf('\n');
  if (firstBreak === -1) return layout;
  for (let lineStart = firstBreak + 1; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    let start = lineStart;
    let end = newline === -1 ? text.length : newline;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    // A line of embed markup (`<tweet tweet-id="…"><tweet/>`) is no article text: its attribute
    // values would read as quotes.
    if (end > start && !EMBED_MARKUP.test(text.slice(start, end))) {
      const id = `p-${layout.blocks.length + 1}`;
      layout.blocks.push({ id, text: text.slice(start, end), kind: 'paragraph' });
      layout.ranges.push({ id, start, end });
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return layout;
}

/** Text ranges as block spans; the parts outside every block (the title, blank lines) are dropped. */
export function rangesToSpans(ranges: Range[], layout: BlockLayout): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const [start, end] of ranges) {
    for (const block of layout.ranges) {
      const from = Math.max(start, block.start);
      const to = Math.min(end, block.end);
      if (to > from) spans.push({ block: block.id, start: from - block.start, end: to - block.start });
    }
  }
  return spans;
}

/** One annotated article of a split. */
export interface PolnearArticle {
  /** File name without extension. */
  name: string;
  textFile: string;
  /** The first annotator's file, in sorted order. */
  annotationFile: string;
  /** `YYYY-MM-DD`, from metadata.tsv (or the file name when it is missing there). */
  published: string;
}

/** Publication dates by file name, from `metadata.tsv`. */
export function publicationDates(tsv: string): Map<string, string> {
  const [header = '', ...rows] = tsv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const columns = header.split('\t');
  const nameColumn = columns.indexOf('filename');
  const dateColumn = columns.indexOf('publication_date');
  const dates = new Map<string, string>();
  if (nameColumn === -1 || dateColumn === -1) return dates;
  for (const row of rows) {
    const cells = row.split('\t');
    const name = cells[nameColumn];
    const date = cells[dateColumn];
    if (name && date && /^\d{4}-\d{2}-\d{2}$/.test(date)) dates.set(name, date);
  }
  return dates;
}

/** The articles of a split that have a text and at least one annotation file. */
export function listPolnearArticles(root: string, split: string): { articles: PolnearArticle[]; problems: string[] } {
  const problems: string[] = [];
  const textDir = path.join(root, split, 'text');
  const annotationDir = path.join(root, split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annotationDir)) {
    return { articles: [], problems: [`${path.join(root, split)}: no text/ and attributions/ folders`] };
  }
  const metadataFile = path.join(root, 'metadata.tsv');
  const dates = existsSync(metadataFile) ? publicationDates(readFileSync(metadataFile, 'utf8')) : new Map<string, string>();
  const annotations = readdirSync(annotationDir)
    .filter((file) => file.endsWith('.ann'))
    .sort();
  const articles: PolnearArticle[] = [];
  for (const file of readdirSync(textDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()) {
    const name = file.slice(0, -'.txt'.length);
    // Annotator ids carry no underscore, so `<name>_<annotator>.ann` belongs to exactly this text.
    const annotation = annotations.find(
      (candidate) => /^_[^_]+\.ann$/.test(candidate.slice(name.length)) && candidate.startsWith(name),
    );
    if (!annotation) {
      problems.push(`${name}: no annotation file, skipped`);
      continue;
    }
    const published = dates.get(name) ?? /_(\d{4}-\d{2}-\d{2})_/.exec(name)?.[1];
    if (!published) {
      problems.push(`${name}: no publication date, skipped`);
      continue;
    }
    articles.push({
      name,
      textFile: path.join(textDir, file),
      annotationFile: path.join(annotationDir, annotation),
      published,
    });
  }
  return { articles, problems };
}
