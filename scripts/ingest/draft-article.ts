import { dump } from 'js-yaml';
import { bodyBlocksFromMarkdown } from '../../src/analysis/text/body-blocks.ts';
import type { BodyBlock } from '../../src/analysis/types.ts';
import { slugFromName } from '../../src/lib/slugs.ts';
import { classifyLines, type LineVerdict, type SourceLine } from './furniture/classify.ts';
import type { RuleInfo } from './furniture/rule.ts';
import { bodyMarkdown, type BodyLine } from './markdown-body.ts';
import { draftMetadata, type DraftMetadata, type EditorGiven, type Fact } from './metadata.ts';
import type { SavedPage } from './page-text.ts';
import { suggestInvisibleCharacterRemovals } from './invisible-characters.ts';
import { suggestRunTogetherWords, type RunTogetherSuggestion } from './run-together.ts';

/**
 * Drafts an article file from a raw text or a saved page: metadata from what the file says,
 * the body, and every other line listed as furniture with the rule that set it aside. Pure: the
 * caller reads the file and writes the results (`scripts/cli/add.ts`).
 */

/** What to draft from: a raw text, or a saved page already read (`readSavedPage`, which needs a DOM). */
export type DraftSource = { format: 'text'; source: string } | { format: 'html'; page: SavedPage };

export type DraftInput = DraftSource & DraftOptions;

export interface DraftOptions {
  /** The name the article's `raw` field records (a `.txt` in content/raw/), or how to make it from the slug. */
  rawName: string | ((slug: string) => string);
  /** The slug; when absent, made from the headline (or `fallbackSlug`). */
  slug?: string;
  /** The slug when there is neither `slug` nor a headline (the file's name). */
  fallbackSlug: string;
  /** Publication date given by the editor (--published), for a file that gives none. */
  published?: string;
  /** What else the editor gave (flags or a sidecar): outlet, author, address, date; each replaces what the file says. */
  given?: EditorGiven;
  /** The editors' description, required when the file shows no headline. */
  workingTitle?: string;
  /** Said at the top of the frontmatter (how the raw text was made, e.g. converted from Latin-1). */
  rawNote?: string;
  /** The slug of an article this one deliberately repeats (`--duplicate-of`). */
  duplicateOf?: string;
}

/** One furniture item as the frontmatter lists it, with where and why. */
export interface DraftFurniture {
  kind: RuleInfo['kind'];
  text: string;
  rule: RuleInfo;
  /** Raw-text lines it covers (1-based). */
  lines: number[];
}

export interface Draft {
  slug: string;
  format: 'html' | 'text';
  /** The text the fidelity check compares the article with: the raw file, or the page's text. */
  rawText: string;
  rawName: string;
  metadata: DraftMetadata;
  workingTitle: string | null;
  furniture: DraftFurniture[];
  /** The body as Markdown. */
  body: string;
  /** The body's blocks, each with the raw-text line it came from. */
  blocks: Array<BodyBlock & { line: number }>;
  /** Each line of the raw text with what it was taken for. */
  lines: Array<SourceLine & { verdict: LineVerdict }>;
  /** The article file: frontmatter and body. */
  articleFile: string;
  /** The frontmatter as an object, in the schema's shape. */
  frontmatter: Record<string, unknown>;
  suggestions: RunTogetherSuggestion[];
  /** Saved pages: Readability found no article, so the page's lines were read as plain text. */
  readabilityFailed: boolean;
}

/** How many words of the headline a slug made from it keeps. */
const SLUG_WORDS = 8;

export function draftArticle(input: DraftInput): Draft {
  const pageMetadata = input.format === 'html' ? input.page.metadata : null;
  const lines: SourceLine[] = input.format === 'html' ? input.page.lines : textLines(input.source);
  const rawText = input.format === 'html' ? input.page.text : input.source;
  const readabilityFailed = input.format === 'html' && !input.page.readable;

  const known = pageMetadata ? { headline: pageMetadata.headline?.value ?? pageMetadata.h1, dek: pageMetadata.description } : {};
  const verdicts = classifyLines(lines, known);
  const metadata = draftMetadata(lines, verdicts, pageMetadata, {
    ...input.given,
    ...(input.published ? { published: input.published } : {}),
  });

  const bodyLines: Array<BodyLine & { line: number }> = [];
  const furniture: DraftFurniture[] = [];
  lines.forEach((line, i) => {
    const verdict = verdicts[i]!;
    if (verdict.role === 'body') {
      bodyLines.push({ text: line.text, block: verdict.block, line: line.line });
      return;
    }
    const previous = furniture.at(-1);
    // On a page, a run of lines from one box (a menu, a footer) is one item; a text keeps one item a line.
    if (input.format === 'html' && previous && previous.rule === verdict.rule && previous.lines.at(-1) === lines[i - 1]?.line) {
      previous.text += `\n${line.text}`;
      previous.lines.push(line.line);
    } else {
      furniture.push({ kind: verdict.rule.kind, text: line.text, rule: verdict.rule, lines: [line.line] });
    }
  });

  const body = bodyLines.length > 0 ? bodyMarkdown(bodyLines) : '';
  const blocks = bodyBlocksFromMarkdown(body).map((block, i) => ({ ...block, line: bodyLines[i]?.line ?? 0 }));
  const headline = metadata.headline.value;
  const slug =
    input.slug ??
    (slugFromName((headline ?? '').split(/\s+/).slice(0, SLUG_WORDS).join(' ')) || slugFromName(input.fallbackSlug));
  const workingTitle = headline === null ? (input.workingTitle ?? null) : null;
  const rawName = typeof input.rawName === 'string' ? input.rawName : input.rawName(slug);
  const frontmatter = {
    ...frontmatterOf(metadata, workingTitle, rawName, furniture),
    ...(pageMetadata?.language ? { language: pageMetadata.language } : {}),
    ...(input.duplicateOf ? { duplicateOf: input.duplicateOf } : {}),
  };
  const yaml = dump(frontmatter, { lineWidth: -1, quoteStyle: 'double' });
  const note = input.rawNote ? `# ${input.rawNote.replace(/\n/g, ' ')}\n` : '';
  return {
    slug,
    format: input.format,
    rawText,
    rawName,
    metadata,
    workingTitle,
    furniture,
    body,
    blocks,
    lines: lines.map((line, i) => ({ ...line, verdict: verdicts[i]! })),
    articleFile: `---\n${note}${yaml}---\n\n${body}`,
    frontmatter,
    suggestions: [...suggestInvisibleCharacterRemovals(blocks), ...suggestRunTogetherWords(blocks)],
    readabilityFailed,
  };
}

/** The raw text's non-empty lines, numbered as in the file. */
export function textLines(source: string): SourceLine[] {
  return source
    .replace(/^\uFEFF/, '')
    .split('\n')
    .map((text, i) => ({ line: i + 1, text: text.trim() }))
    .filter((line) => line.text !== '');
}

function frontmatterOf(
  metadata: DraftMetadata,
  workingTitle: string | null,
  raw: string,
  furniture: DraftFurniture[],
): Record<string, unknown> {
  const fact = ({ value, confidence, note }: Fact) => ({ value, confidence, note });
  return {
    headline: fact(metadata.headline),
    ...(workingTitle ? { workingTitle } : {}),
    ...(metadata.dek ? { dek: fact(metadata.dek) } : {}),
    outlet: fact(metadata.outlet),
    published: fact(metadata.published),
    author: fact(metadata.author),
    sourceUrl: fact(metadata.sourceUrl),
    raw,
    furniture: furniture.map(({ kind, text }) => ({ kind, text })),
  };
}
