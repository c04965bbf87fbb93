import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { slugFromName } from '../../src/lib/slugs.ts';
import { wordCount } from '../../src/lib/text.ts';
import { clockOf, contentRootOf, type CommandIO } from '../lib/command-io.ts';
import { duplicateArticleProblems } from '../../src/load/duplicate-articles.ts';
import type { Draft, DraftSource } from './draft-article.ts';
import { existingArticles, rawFileWithText } from './existing-articles.ts';

/**
 * `npm run add` (scripts/cli/add.ts): adds an article from a raw text or a saved web page.
 *
 * Drafts content/articles/<slug>.md (metadata from what the file says, the body, the page
 * furniture with the rule that caught each line), runs the build's checks on it (schema,
 * fidelity, analysis), prints one review, and, unless --dry-run or a check fails, copies the
 * file unedited to content/raw/ and writes the article. Never overwrites a file, and never adds an
 * article that is already in the corpus (same raw text, body or source address) unless told to
 * with --duplicate-of.
 */

const USAGE =
  'Usage: npm run add -- <file.txt|file.html> [--slug s] [--dry-run] [--published YYYY-MM-DD] [--working-title "…"] [--encoding windows-1252] [--duplicate-of slug]';

/** A page whose paragraphs are all shorter than this is a list of links, not an article. */
const MIN_PROSE_WORDS = 8;

/** The longest file name (in bytes of UTF-8) most file systems accept. */
const MAX_FILE_NAME_BYTES = 255;

/** Ends the command with an exit code, its message already written. */
class CommandExit extends Error {
  readonly code: number;
  constructor(code: number) {
    super(`exit ${code}`);
    this.code = code;
  }
}

/**
 * Why the draft would be the same article twice (src/load/duplicate-articles.ts): compared with the
 * articles already in the content folder, and its raw text with the raw files there.
 */
function duplicatesOf(draft: Draft, contentRoot: string, articleFile: string, relative: (file: string) => string): string[] {
  const existing = existingArticles(contentRoot, relative);
  const sourceUrl = draft.metadata.sourceUrl.value;
  const candidate = {
    file: articleFile,
    slug: draft.slug,
    raw: draft.rawName,
    body: draft.body,
    sourceUrl: typeof sourceUrl === 'string' ? sourceUrl : null,
    ...(typeof draft.frontmatter.duplicateOf === 'string' ? { duplicateOf: draft.frontmatter.duplicateOf } : {}),
  };
  const problems = duplicateArticleProblems([...existing, candidate]).filter((problem) => problem.startsWith(`${articleFile}:`));
  const sameRaw = rawFileWithText(path.join(contentRoot, 'raw'), draft.rawText);
  if (sameRaw !== null && sameRaw !== draft.rawName && candidate.duplicateOf === undefined) {
    problems.push(`${articleFile}: duplicate: its raw text is already content/raw/${sameRaw}`);
  }
  return problems;
}

/** Runs `npm run add` with `argv` (the arguments after the script's name); returns the exit code. */
export async function runAddCommand(argv: string[], io: CommandIO): Promise<number> {
  try {
    return await add(argv, io);
  } catch (error) {
    if (error instanceof CommandExit) return error.code;
    throw error;
  }
}

async function add(argv: string[], io: CommandIO): Promise<number> {
  const clock = clockOf(io);
  const log = (message: string) => io.stdout(`${message}\n`);
  // Typed where it is declared, so that TypeScript knows the code after a call is not reached.
  const fail: (message: string, code?: number) => never = (message, code = 1) => {
    io.stderr(`${message}\n`);
    throw new CommandExit(code);
  };
  const relative = (file: string) => path.relative(io.cwd, file);

  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        slug: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        published: { type: 'string' },
        'working-title': { type: 'string' },
        encoding: { type: 'string' },
        'duplicate-of': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(`${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values: options, positionals } = parsed;
  if (options.help) fail(USAGE, 0);
  if (positionals.length !== 1) fail(USAGE, 2);
  const sourceFile = positionals[0]!;
  if (options.slug !== undefined && (options.slug === '' || slugFromName(options.slug) !== options.slug)) {
    const suggestion = slugFromName(options.slug) || 'peace-talks-resume';
    fail(
      `--slug ${JSON.stringify(options.slug)}: a slug is lower-case letters and digits joined by hyphens (try ${suggestion})`,
      2,
    );
  }
  if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published))
    fail(`--published ${options.published}: a date as YYYY-MM-DD`, 2);

  // The drafting and the analysis (and the schemas' date-fns, most of a run's start) are loaded
  // once the arguments are valid: a usage error or --help answers at once.
  const [{ loadEditorContext }, { draftArticle }, { decodeSource }, { checkDraft, checksPass, formatReview }] = await Promise.all(
    [import('./editor-analysis.ts'), import('./draft-article.ts'), import('./encoding.ts'), import('./review.ts')],
  );
  const contentRoot = contentRootOf(io);
  const rawDir = path.join(contentRoot, 'raw');
  const articlesDir = path.join(contentRoot, 'articles');
  const sourcePath = path.resolve(io.cwd, sourceFile);

  let bytes: Buffer;
  try {
    bytes = readFileSync(sourcePath);
  } catch (error) {
    // Node's message names the path it opened: name the file as the editor gave it.
    fail(`${sourceFile}: ${(error as Error).message.replaceAll(sourcePath, sourceFile)}`);
  }
  const decoded = decodeSource(bytes, options.encoding);
  if (!decoded.ok) fail(`${sourceFile}: ${decoded.message}`);

  const format: DraftSource['format'] =
    /\.x?html?$/i.test(sourceFile) || /^\s*(?:<!doctype html|<html)/i.test(decoded.text.slice(0, 1000)) ? 'html' : 'text';
  // A text already in content/raw/ (unconverted) is its own raw record: nothing to copy.
  const alreadyRaw =
    format === 'text' &&
    !decoded.converted &&
    path.dirname(sourcePath) === rawDir &&
    /^[\w.-]+\.txt$/.test(path.basename(sourceFile));
  const fallbackSlug = path.basename(sourceFile).replace(/\.[^.]+$/, '');
  const rawNote = decoded.converted
    ? `raw: converted from ${decoded.converted} to UTF-8 by npm run add --encoding ${options.encoding} (lossless; convert back to get the collected bytes)`
    : undefined;

  let draft;
  try {
    // The DOM (linkedom, Readability) is loaded for saved pages only.
    const source: DraftSource =
      format === 'html'
        ? { format, page: (await import('./page-text.ts')).readSavedPage(decoded.text) }
        : { format, source: decoded.text };
    draft = draftArticle({
      ...source,
      rawName: alreadyRaw ? path.basename(sourceFile) : (slug) => `${slug}.txt`,
      slug: options.slug,
      fallbackSlug,
      published: options.published,
      workingTitle: options['working-title'],
      rawNote,
      duplicateOf: options['duplicate-of'],
    });
  } catch (error) {
    fail(`${sourceFile}: ${(error as Error).message}`);
  }

  // A page where Readability finds no article (an index page, a login wall) would publish its menus
  // and boxes as the article's text; an editor who has the article's text can paste it as a .txt.
  const hasProse = draft.blocks.some((block) => block.kind === 'paragraph' && wordCount(block.text) >= MIN_PROSE_WORDS);
  if (format === 'html' && (draft.readabilityFailed || !hasProse)) {
    fail(
      `${sourceFile}: no article: ${draft.readabilityFailed ? 'Readability found no article on the page' : `no paragraph on the page has ${MIN_PROSE_WORDS} words or more`}, ` +
        'so its menus and lists would be published as the article’s text; save the article’s own page, or its text as a .txt file',
    );
  }
  // File names are limited to 255 bytes: a longer slug would pass every check and fail at write time.
  const longest = [`${draft.slug}.html`, `${draft.slug}.md`, draft.rawName].reduce((a, b) =>
    Buffer.byteLength(b) > Buffer.byteLength(a) ? b : a,
  );
  if (Buffer.byteLength(longest) > MAX_FILE_NAME_BYTES) {
    fail(
      `${sourceFile}: slug: "${draft.slug.slice(0, 40)}…" makes a file name of ${Buffer.byteLength(longest)} bytes, over the ` +
        `${MAX_FILE_NAME_BYTES} file systems allow; choose a shorter one with --slug`,
      2,
    );
  }
  const articlePath = path.join(articlesDir, `${draft.slug}.md`);
  const rawPath = path.join(rawDir, draft.rawName);
  const pagePath = format === 'html' ? path.join(rawDir, `${draft.slug}${path.extname(sourceFile) || '.html'}`) : null;
  const toWrite = [...(alreadyRaw ? [] : [rawPath]), ...(pagePath ? [pagePath] : []), articlePath];
  const existing = toWrite.filter((file) => existsSync(file));

  let context;
  try {
    context = loadEditorContext(contentRoot);
  } catch (error) {
    fail((error as Error).message);
  }
  const checks = checkDraft(draft, relative(articlePath), context);
  const { wallMs, cpuMs } = clock();
  const review = formatReview(draft, checks, {
    sourceFile,
    articlePath: relative(articlePath),
    rawPaths: [rawPath, ...(pagePath ? [pagePath] : [])].map(relative),
    dryRun: options['dry-run'],
    actorNames: context.registry.names,
    elapsedMs: wallMs,
    cpuMs,
  });
  log(review);
  if (existing.length > 0) {
    const verb = existing.length === 1 ? 'exists' : 'exist';
    const hint = options.slug ? '' : ' (choose another name with --slug)';
    const message = `\n${existing.map(relative).join(', ')} already ${verb}; nothing is overwritten${hint}.`;
    if (options['dry-run']) log(message);
    else fail(message);
  }
  const duplicates = duplicatesOf(draft, contentRoot, relative(articlePath), relative);
  if (duplicates.length > 0) {
    const message = `\n${duplicates.join('\n')}\nNothing is written: to add it again on purpose, pass --duplicate-of <slug>.`;
    if (options['dry-run']) log(message);
    else fail(message);
  }
  if (options['dry-run']) {
    log(`\nThe article file, as it would be written:\n\n${draft.articleFile}`);
    return checksPass(checks) ? 0 : 1;
  }
  if (!checksPass(checks)) return 1;

  // Write the raw record first, then the article; `wx` never overwrites, even a file that appeared since the check.
  // A page is kept unedited beside its text, which the article's raw field names and the fidelity check reads.
  const rawContent = format === 'html' ? draft.rawText : decoded.converted ? decoded.text : bytes;
  const written: string[] = [];
  try {
    if (!alreadyRaw) {
      writeFileSync(rawPath, rawContent, { flag: 'wx' });
      written.push(rawPath);
    }
    if (pagePath) {
      // Converted like the text when --encoding is given: everything in content/ is UTF-8.
      writeFileSync(pagePath, decoded.converted ? decoded.text : bytes, { flag: 'wx' });
      written.push(pagePath);
    }
    writeFileSync(articlePath, draft.articleFile, { flag: 'wx' });
    written.push(articlePath);
  } catch (error) {
    for (const file of written) rmSync(file, { force: true });
    fail(`Nothing written: ${(error as Error).message}`);
  }
  log(`\nWrote ${written.map(relative).join(', ')}.`);
  return 0;
}
