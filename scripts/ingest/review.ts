import { formatAnalysisReport } from './analysis-report.ts';
import { escapeInvisibleCharacters } from '../../src/lib/code-points.ts';
import { checkText } from '../../src/load/content-files.ts';
import { analyzeArticleSource, type AnalysedArticleFile, type EditorContext } from './editor-analysis.ts';
import { checkFidelity, type FidelityResult } from '../../src/load/fidelity.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import type { Draft } from './draft-article.ts';
import type { RuleInfo } from './furniture/rule.ts';
import { isProse, wordCount } from './furniture/text-shape.ts';
import type { Fact } from './metadata.ts';
import { COMMITTED_MODEL } from '../../src/analysis/attribution/speaker-model.ts';
import { isCurated, roundedConfidence, speakerRuleOf } from '../../src/outputs/speaker-confidence.ts';

/** "1 block", "3 blocks": a count with its noun, for the review's headings. */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/**
 * The checks the build runs, run on a drafted article before anything is written (schema,
 * fidelity, analysis), and the one review an editor reads: what was taken as furniture and why,
 * the analysis, and everything uncertain.
 */

export interface DraftChecks {
  /** Schema problems, `field: message`; empty when the frontmatter is valid. */
  schema: string[];
  /** The build's character check of the article file (invisible and control characters); warnings do not stop it. */
  characters: { errors: string[]; warnings: string[] };
  fidelity: FidelityResult;
  /**
   * The analysis, or why it could not run; `notRun` when a check above already failed for the same
   * reason (no publication date, an empty body), so a summary counts one problem, not two.
   */
  analysis: AnalysedArticleFile | { error: string; notRun?: true };
}

export function checkDraft(draft: Draft, articlePath: string, context: EditorContext): DraftChecks {
  const parsed = articleSchema.safeParse(draft.frontmatter);
  const issues = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ field: issue.path.join('.') || '(frontmatter)', message: issue.message }));
  // What the editor must give is said plainly, and at once (the schema checks the headline only once the rest is valid).
  const given: Array<{ field: string; message: string }> = [];
  if (draft.metadata.published.value === null)
    given.push({ field: 'published.value', message: 'the file gives no publication date: pass --published YYYY-MM-DD' });
  if (draft.metadata.headline.value === null && !draft.workingTitle)
    given.push({
      field: 'workingTitle',
      message: 'the file shows no headline: pass --working-title "…" (the editors’ description, shown as such)',
    });
  if (draft.blocks.length === 0) given.push({ field: 'body', message: 'no line of the file was taken as article body' });
  const schema = [
    ...given.map(({ field, message }) => `${field}: ${message}`),
    ...issues
      .filter((issue) => !given.some(({ field }) => issue.field.split('.')[0] === field.split('.')[0]))
      .map(({ field, message }) => `${field}: ${message}`),
  ];
  const fidelity = checkFidelity({ raw: draft.rawText, body: draft.body, furniture: draft.furniture, corrections: [] });
  const characters = checkText(articlePath, draft.articleFile, 'markdown');
  let analysis: DraftChecks['analysis'];
  if (draft.metadata.published.value === null) {
    analysis = {
      error:
        'not run: the analysis resolves dates against the publication date, and the file gives none (pass --published YYYY-MM-DD)',
      notRun: true,
    };
  } else if (draft.blocks.length === 0) {
    analysis = { error: 'not run: the body is empty', notRun: true };
  } else {
    try {
      analysis = analyzeArticleSource(draft.articleFile, articlePath, context);
    } catch (error) {
      analysis = { error: (error as Error).message };
    }
  }
  return { schema, characters, fidelity, analysis };
}

/** True when the article may be written: valid, faithful to its raw text, analysed. */
export function checksPass(checks: DraftChecks): boolean {
  return (
    checks.schema.length === 0 && checks.characters.errors.length === 0 && checks.fidelity.ok && !('error' in checks.analysis)
  );
}

export interface ReviewOptions {
  sourceFile: string;
  articlePath: string;
  /** Raw files to write (or already there), as paths to show. */
  rawPaths: string[];
  dryRun: boolean;
  /** Registered actors' names by slug, for the analysis report. */
  actorNames: Map<string, string>;
  /** How long the run took so far, in milliseconds: wall-clock and CPU time. */
  elapsedMs?: number;
  cpuMs?: number;
}

export function formatReview(draft: Draft, checks: DraftChecks, options: ReviewOptions): string {
  const out: string[] = [];
  const bodyLines = draft.lines.filter((line) => line.verdict.role === 'body');
  out.push(
    `${options.dryRun ? 'Dry run (nothing written)' : 'Draft'}: ${options.articlePath}`,
    `  from ${options.sourceFile} (${draft.format === 'html' ? 'a saved web page' : 'a raw text'}, ${counted(draft.lines.length, 'line')} of text)`,
    `  raw record: ${options.rawPaths.join(' and ')}`,
    '',
    'Metadata (confirmed: the page’s own metadata says so; editor: given by the editor, with a flag or in the sidecar;',
    '          inferred: read from the text; unknown: not in the file):',
  );
  const facts: Array<[string, Fact | null]> = [
    ['headline', draft.metadata.headline],
    ['dek', draft.metadata.dek],
    ['outlet', draft.metadata.outlet],
    ['published', draft.metadata.published],
    ['author', draft.metadata.author],
    ['sourceUrl', draft.metadata.sourceUrl],
  ];
  for (const [name, fact] of facts) {
    if (!fact) continue;
    // Where the editor gave it: the flag, or the sidecar's file.
    const via = fact.given ? `, ${fact.confidence === 'confirmed' ? 'also ' : ''}${givenVia(fact.given.from)}` : '';
    out.push(`  ${name.padEnd(10)} ${fact.value === null ? '—' : `“${fact.value}”`} (${fact.confidence}${via}: ${fact.note})`);
    if (fact.given?.overrides)
      out.push(`             ${fact.given.from} wins over “${fact.given.overrides.value}” in ${fact.given.overrides.from}`);
  }
  if (draft.workingTitle)
    out.push(`  workingTitle “${draft.workingTitle}” (the editors’ description, given with --working-title)`);

  const headings = draft.blocks.filter((block) => block.kind === 'heading').length;
  out.push(
    '',
    `Body: ${counted(draft.blocks.length, 'block')} (${counted(draft.blocks.length - headings, 'paragraph')}${headings ? `, ${counted(headings, 'subheading')}` : ''}), ` +
      `lines ${bodyLines[0]?.line ?? '-'}–${bodyLines.at(-1)?.line ?? '-'}`,
  );

  const furnitureLines = draft.furniture.reduce((sum, item) => sum + item.lines.length, 0);
  out.push(
    '',
    `Furniture (${counted(draft.furniture.length, 'item')}, ${counted(furnitureLines, 'line')}), each with the rule that set it aside:`,
  );
  const rules = new Map<string, RuleInfo>();
  for (const item of draft.furniture) {
    rules.set(item.rule.name, item.rule);
    const where =
      item.lines.length === 1 ? `line ${item.lines[0]}` : `lines ${item.lines[0]}–${item.lines.at(-1)} (${item.lines.length})`;
    out.push(
      `  ${where.padEnd(16)} ${item.kind.padEnd(13)} ${item.rule.name.padEnd(22)} “${excerpt(item.text.replace(/\n/g, ' / '), 70)}”`,
    );
  }
  if (rules.size > 0) {
    out.push('  Rules:');
    for (const rule of rules.values()) out.push(`    ${rule.name}: ${rule.description}`);
  }

  out.push('', 'Checks (the same as the build):');
  out.push(
    `  schema    ${checks.schema.length === 0 ? 'ok' : `FAILED\n${checks.schema.map((issue) => `    ${issue}`).join('\n')}`}`,
  );
  const { errors, warnings } = checks.characters;
  const characterWarnings = warnings.map((warning) => `\n    warning: ${warning}`).join('');
  out.push(
    `  characters ${errors.length === 0 ? 'ok' : `FAILED\n${errors.map((error) => `    ${error}`).join('\n')}`}${characterWarnings}`,
  );
  out.push(
    `  fidelity  ${checks.fidelity.ok ? 'ok: body + furniture are every word of the raw text, in order' : `FAILED: ${checks.fidelity.message}`}`,
  );
  out.push(`  analysis  ${'error' in checks.analysis ? checks.analysis.error : 'ok (below)'}`);

  if (draft.suggestions.length > 0) {
    out.push('', 'Suggested corrections (not applied; the raw text’s words stay until a person decides):');
    for (const suggestion of draft.suggestions) {
      const [from, to] = [suggestion.from, suggestion.to].map(escapeInvisibleCharacters);
      out.push(
        `  ${suggestion.block} “${from}” → “${to}”? ${suggestion.reason}.`,
        '    To apply it, change the word in the body and add to the frontmatter:',
        '      corrections:',
        `        - from: ${yamlString(suggestion.from)}`,
        `          to: ${yamlString(suggestion.to)}`,
        `          reason: ${suggestion.reason.startsWith('an invisible') ? 'an invisible character removed' : 'two words run together in the raw text'}`,
      );
    }
  }

  if (!('error' in checks.analysis)) out.push('', 'Analysis:', indent(formatAnalysisReport(checks.analysis, options.actorNames)));

  const uncertain = [...uncertainties(draft), ...('error' in checks.analysis ? [] : lessSureSpeakers(checks.analysis))];
  if (uncertain.length > 0) {
    out.push('', 'Uncertain, check before publishing:');
    for (const item of uncertain) out.push(`  - ${item}`);
  }

  out.push('');
  if (!checksPass(checks)) {
    out.push(
      'Not written: fix what the checks name (pass --published YYYY-MM-DD, --working-title "…" or --slug …), then run again.',
    );
  } else if (options.dryRun) {
    out.push('Nothing written (--dry-run). Run again without --dry-run to write the files.');
  } else {
    out.push(`Written. Review ${options.articlePath} (its furniture and metadata notes above), then run npm test.`);
  }
  if (options.elapsedMs !== undefined) {
    const cpu = options.cpuMs === undefined ? '' : `, ${Math.round(options.cpuMs)} ms of CPU`;
    out.push(`(${Math.round(options.elapsedMs)} ms${cpu}, Node’s start included)`);
  }
  return out.join('\n');
}

/**
 * Metadata the editor should look at: what is neither confirmed nor given by the editor, and what
 * the editor gave where the file says something else.
 */
export function metadataUncertainties(draft: Draft): string[] {
  const items: string[] = [];
  for (const [name, fact] of Object.entries(draft.metadata) as Array<[string, Fact | null]>) {
    if (!fact || fact.confidence === 'confirmed') continue;
    if (fact.confidence === 'editor') {
      if (fact.fileSays)
        items.push(
          `${name}: given by the editor “${excerpt(fact.value ?? '', 60)}” (${givenVia(fact.given?.from ?? '?')}), but the file says ` +
            `“${excerpt(fact.fileSays.value ?? '', 60)}” (${fact.fileSays.confidence}: ${fact.fileSays.note})`,
        );
      continue;
    }
    items.push(`${name}: ${fact.confidence}${fact.value === null ? '' : ` “${excerpt(fact.value, 60)}”`}: ${fact.note}`);
  }
  return items;
}

/** What the editor should look at: guesses by position, metadata not confirmed, lines that may be misplaced. */
export function uncertainties(draft: Draft): string[] {
  const items = metadataUncertainties(draft);
  if (draft.readabilityFailed)
    items.push('Readability found no article on the page: its lines were read as a plain text, so check the whole split');
  const body = draft.lines.filter((line) => line.verdict.role === 'body');
  const first = body[0];
  const last = body.at(-1);
  if (first && draft.lines.some((line) => line.line < first.line))
    items.push(
      `the body starts at line ${first.line} (“${excerpt(first.text, 50)}”): every line before it was taken as furniture`,
    );
  const after = last ? draft.lines.filter((line) => line.line > last.line) : [];
  if (last && after.length > 0)
    items.push(
      `the body ends at line ${last.line} (“${excerpt(last.text, 50)}”): the ${after.length} lines after it were taken as furniture`,
    );
  for (const line of draft.lines) {
    const verdict = line.verdict;
    if (verdict.role === 'body') {
      if (verdict.block === 'heading') items.push(`line ${line.line} taken as a subheading: “${excerpt(line.text, 60)}”`);
      // A line a rule was not sure of stays in the text; the editor decides.
      if (verdict.doubt)
        items.push(
          `line ${line.line} kept in the text, though rule ${verdict.doubt.name} might take it as ${verdict.doubt.kind}: “${excerpt(line.text, 60)}”`,
        );
      continue;
    }
    const name = verdict.rule.name;
    if (name === 'caption-before-credit')
      items.push(`line ${line.line} taken as a photo caption because a credit follows it: “${excerpt(line.text, 60)}”`);
    if (line.page?.kept && !['page-headline', 'page-dek'].includes(name))
      items.push(
        `line ${line.line} was in the article as Readability saw it, but rule ${name} took it as ${verdict.rule.kind}: “${excerpt(line.text, 60)}”`,
      );
    if (
      line.page &&
      !line.page.kept &&
      isProse(line.text) &&
      wordCount(line.text) >= 25 &&
      first &&
      last &&
      line.line > first.line &&
      line.line < last.line
    ) {
      items.push(
        `line ${line.line} reads like a paragraph but Readability left it out of the article (${name}): “${excerpt(line.text, 60)}”`,
      );
    }
  }
  const wire = first ? /^[\p{Lu} .,'-]{2,40}\((AP|Reuters|AFP|Bloomberg|dpa)\)/u.exec(first.text) : null;
  if (wire)
    items.push(
      `the first paragraph carries the wire tag (${wire[1]}): a wire story; the outlet is the site that published it, not the agency`,
    );
  return items;
}

/**
 * The model's cross-validated threshold: below it, speakers are wrong too often on the training
 * articles to publish unchecked, so the editor checks each (the site shows them with their confidence).
 */
const CHECK_BELOW = COMMITTED_MODEL.threshold;

/** Speakers the analysis found by itself with a confidence below the model's threshold: the editor checks each. */
export function lessSureSpeakers(analysed: AnalysedArticleFile): string[] {
  return analysed.analysis.quotes.flatMap((quote) => {
    const confidence = roundedConfidence(quote);
    if (quote.speaker === null || confidence === null || confidence >= CHECK_BELOW || isCurated(quote)) return [];
    return [
      `${quote.parts[0]?.block} speaker “${quote.speaker.label}” found with confidence ${confidence.toFixed(2)} ` +
        `(rule ${speakerRuleOf(quote) ?? '-'}): check it, or set it in the \`attributions\` frontmatter`,
    ];
  });
}

/** How a value was given: "with --outlet", "in article.txt.meta.yaml". */
function givenVia(from: string): string {
  return from.startsWith('--') ? `with ${from}` : `in ${from}`;
}

/** A YAML scalar for the text: plain when it is plain words, else double-quoted with escapes. */
function yamlString(text: string): string {
  return /^[\p{L}\p{N} .,'’-]+$/u.test(text) ? text : `"${escapeInvisibleCharacters(JSON.stringify(text).slice(1, -1))}"`;
}

function excerpt(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}
