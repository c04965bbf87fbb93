import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { wordCount } from '../../src/lib/text.ts';
import { clockOf, contentRootOf, type CommandIO } from '../lib/command-io.ts';
import { type BatchRow, batchFiles, checksReason, formatBatchSummary, refusalReason } from './batch-summary.ts';
import type { Draft, DraftSource } from './draft-article.ts';
import { type EditorKey, EDITOR_KEYS, mergeGiven, readSidecar, sidecarPathOf } from './editor-given.ts';
import type { EditorContext } from './editor-analysis.ts';
import { duplicatesOf, identityOf, type PendingArticles } from './existing-articles.ts';

/**
 * `npm run add` (scripts/cli/add.ts): adds an article from a raw text or a saved web page, or every
 * `.txt` and `.html` of a folder.
 *
 * Drafts content/articles/<slug>.md (metadata from what the file says and what the editor gives,
 * the body, the page furniture with the rule that caught each line), runs the build's checks on it
 * (schema, fidelity, analysis), prints one review, and, unless --dry-run or a check fails, copies
 * the file unedited to content/raw/ and writes the article. Never overwrites a file, and never adds
 * an article that is already in the corpus (same raw text, body or source address) unless told to
 * with --duplicate-of. A folder is added file by file, each as if it were added alone (a file that
 * fails is not written, the others are), then one summary table.
 */

const USAGE = [
  'Usage: npm run add -- <file.txt|file.html> [--slug s] [--dry-run] [--published YYYY-MM-DD] [--working-title "…"]',
  '         [--outlet "…"] [--author "…"] [--source-url https://…] [--encoding windows-1252] [--duplicate-of slug]',
  '       npm run add -- <folder/> [--dry-run] [--published YYYY-MM-DD] [--outlet "…"] [--author "…"] [--encoding …]',
  '         (every .txt and .html in the folder, each on its own, then a summary)',
  'Beside a file, <file>.meta.yaml may give outlet, author, source-url, published, working-title and slug; a flag wins over it.',
].join('\n');

/** Flags that name one article: a folder's files each give theirs in their sidecar. */
const ONE_ARTICLE_FLAGS = ['slug', 'source-url', 'working-title', 'duplicate-of'] as const;

/** A page whose paragraphs are all shorter than this is a list of links, not an article. */
const MIN_PROSE_WORDS = 8;

/** The longest file name (in bytes of UTF-8) most file systems accept. */
const MAX_FILE_NAME_BYTES = 255;

/** Ends the command, or one file of a batch, with an exit code, its message already written. */
class CommandExit extends Error {
  readonly code: number;
  /** Why, in a few words, for the batch summary. */
  readonly why: string;
  /** The file's summary row, when it was drafted before it was refused. */
  readonly row: BatchRow | null;
  constructor(code: number, why: string, row: BatchRow | null = null) {
    super(`exit ${code}`);
    this.code = code;
    this.why = why;
    this.row = row;
  }
}

/** The command line, parsed and checked. */
interface AddOptions {
  dryRun: boolean;
  encoding: string | undefined;
  duplicateOf: string | undefined;
  /** What the editor gave with flags (checked): outlet, author, source-url, published, working-title, slug. */
  flags: Partial<Record<EditorKey, string>>;
}

/** What one run shares between the files of a batch: where to write, the analysis context, what is already added. */
interface Session {
  io: CommandIO;
  options: AddOptions;
  contentRoot: string;
  context: EditorContext | null;
  /** Under --dry-run, the articles the batch would have written so far: later files are checked against them too. */
  pending: PendingArticles;
}

/** Runs `npm run add` with `argv` (the arguments after the script's name); returns the exit code. */
export async function runAddCommand(argv: string[], io: CommandIO): Promise<number> {
  try {
    const { options, target } = parseCommandLine(argv, io);
    const session: Session = {
      io,
      options,
      contentRoot: contentRootOf(io),
      context: null,
      pending: { identities: [], paths: new Set(), rawTexts: new Map() },
    };
    const targetPath = path.resolve(io.cwd, target);
    if (existsSync(targetPath) && statSync(targetPath).isDirectory()) return await addFolder(target, session);
    await addFile(target, session);
    return 0;
  } catch (error) {
    if (error instanceof CommandExit) return error.code;
    throw error;
  }
}

/** Writes `message` to the error stream and ends the command (or the batch's file) with `code`. */
function fail(io: CommandIO, message: string, code = 1, why = refusalReason(message)): never {
  io.stderr(`${message}\n`);
  throw new CommandExit(code, why);
}

function parseCommandLine(argv: string[], io: CommandIO): { options: AddOptions; target: string } {
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
        outlet: { type: 'string' },
        author: { type: 'string' },
        'source-url': { type: 'string' },
        encoding: { type: 'string' },
        'duplicate-of': { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail(io, `${(error as Error).message}\n${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (values.help) fail(io, USAGE, 0);
  if (positionals.length !== 1) fail(io, USAGE, 2);
  const flags: Partial<Record<EditorKey, string>> = {};
  for (const key of Object.keys(EDITOR_KEYS) as EditorKey[]) {
    const value = values[key];
    if (value !== undefined) flags[key] = value;
  }
  // Checked at once, before the drafting is loaded: a mistyped flag answers in a moment.
  try {
    mergeGiven(flags, null);
  } catch (error) {
    fail(io, (error as Error).message, 2);
  }
  return {
    options: { dryRun: values['dry-run'], encoding: values.encoding, duplicateOf: values['duplicate-of'], flags },
    target: positionals[0]!,
  };
}

/** Adds every `.txt` and `.html` of a folder (sorted, not recursive), each on its own, then prints the summary. */
async function addFolder(folder: string, session: Session): Promise<number> {
  const { io, options } = session;
  const oneArticle = ONE_ARTICLE_FLAGS.filter(
    (flag) => (flag === 'duplicate-of' ? options.duplicateOf : options.flags[flag]) !== undefined,
  );
  if (oneArticle.length > 0) {
    fail(
      io,
      `${oneArticle.map((flag) => `--${flag}`).join(', ')}: names one article, not a folder's; give it per file in <file>.meta.yaml\n${USAGE}`,
      2,
    );
  }
  const folderPath = path.resolve(io.cwd, folder);
  const { files, notes } = batchFiles(readdirSync(folderPath), (name) => statSync(path.join(folderPath, name)).isFile());
  if (files.length === 0) fail(io, `${folder}: no .txt or .html file in it`);

  const rows: BatchRow[] = [];
  for (const [index, name] of files.entries()) {
    const file = path.join(folder, name);
    io.stdout(`${index === 0 ? '' : '\n'}━━ ${index + 1}/${files.length}: ${file}\n`);
    try {
      rows.push(await addFile(file, session));
    } catch (error) {
      if (!(error instanceof CommandExit)) throw error;
      // Refused before it was drafted: only the reason is known.
      const undrafted = { slug: null, furnitureLines: null, uncertain: null, unknownFields: null };
      rows.push(error.row ?? { file, result: 'refused', why: error.why, ...undrafted });
    }
  }
  io.stdout(
    `\n${formatBatchSummary(
      folder,
      rows.map((row) => ({ ...row, file: path.basename(row.file) })),
      notes,
      options.dryRun,
    )}\n`,
  );
  return rows.some((row) => row.result === 'refused') ? 1 : 0;
}

/** Adds one file; returns its summary row, or throws `CommandExit` (its message written) when it is refused. */
async function addFile(sourceFile: string, session: Session): Promise<BatchRow> {
  const { io, options, contentRoot } = session;
  const clock = clockOf(io);
  const log = (message: string) => io.stdout(`${message}\n`);
  const relative = (file: string) => path.relative(io.cwd, file);
  const sourcePath = path.resolve(io.cwd, sourceFile);

  // What the editor gave: the flags, over the file's sidecar.
  let given;
  try {
    given = mergeGiven(options.flags, readSidecar(sourcePath));
  } catch (error) {
    fail(io, (error as Error).message, 1, `sidecar: ${refusalReason((error as Error).message)}`);
  }
  const misnamed = sourcePath.replace(/\.[^./]+$/, '.meta.yaml');
  if (!existsSync(sidecarPathOf(sourcePath)) && misnamed !== sourcePath && existsSync(misnamed))
    io.stderr(
      `note: ${relative(misnamed)} is not read: the sidecar of ${sourceFile} is ${path.basename(sidecarPathOf(sourcePath))}\n`,
    );

  // The drafting and the analysis (and the schemas' date-fns, most of a run's start) are loaded
  // once the arguments are valid: a usage error or --help answers at once.
  const [
    { loadEditorContext },
    { draftArticle },
    { decodeSource },
    { checkDraft, checksPass, formatReview, metadataUncertainties, uncertainties, lessSureSpeakers },
  ] = await Promise.all([
    import('./editor-analysis.ts'),
    import('./draft-article.ts'),
    import('./encoding.ts'),
    import('./review.ts'),
  ]);
  const rawDir = path.join(contentRoot, 'raw');
  const articlesDir = path.join(contentRoot, 'articles');

  let bytes: Buffer;
  try {
    bytes = readFileSync(sourcePath);
  } catch (error) {
    // Node's message names the path it opened: name the file as the editor gave it.
    fail(io, `${sourceFile}: ${(error as Error).message.replaceAll(sourcePath, sourceFile)}`);
  }
  const decoded = decodeSource(bytes, options.encoding);
  if (!decoded.ok) fail(io, `${sourceFile}: ${decoded.message}`);

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

  let draft: Draft;
  try {
    // The DOM (linkedom, Readability) is loaded for saved pages only.
    const source: DraftSource =
      format === 'html'
        ? { format, page: (await import('./page-text.ts')).readSavedPage(decoded.text) }
        : { format, source: decoded.text };
    draft = draftArticle({
      ...source,
      rawName: alreadyRaw ? path.basename(sourceFile) : (slug) => `${slug}.txt`,
      slug: given.slug?.value,
      fallbackSlug,
      given: {
        ...(given.outlet ? { outlet: given.outlet } : {}),
        ...(given.author ? { author: given.author } : {}),
        ...(given.sourceUrl ? { sourceUrl: given.sourceUrl } : {}),
        ...(given.published ? { published: given.published } : {}),
      },
      workingTitle: given.workingTitle?.value,
      rawNote,
      duplicateOf: options.duplicateOf,
    });
  } catch (error) {
    fail(io, `${sourceFile}: ${(error as Error).message}`);
  }

  // A page where Readability finds no article (an index page, a login wall) would publish its menus
  // and boxes as the article's text; an editor who has the article's text can paste it as a .txt.
  const hasProse = draft.blocks.some((block) => block.kind === 'paragraph' && wordCount(block.text) >= MIN_PROSE_WORDS);
  if (format === 'html' && (draft.readabilityFailed || !hasProse)) {
    fail(
      io,
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
      io,
      `${sourceFile}: slug: "${draft.slug.slice(0, 40)}…" makes a file name of ${Buffer.byteLength(longest)} bytes, over the ` +
        `${MAX_FILE_NAME_BYTES} file systems allow; choose a shorter one with --slug`,
      2,
    );
  }
  const articlePath = path.join(articlesDir, `${draft.slug}.md`);
  const rawPath = path.join(rawDir, draft.rawName);
  const pagePath = format === 'html' ? path.join(rawDir, `${draft.slug}${path.extname(sourceFile) || '.html'}`) : null;
  const toWrite = [...(alreadyRaw ? [] : [rawPath]), ...(pagePath ? [pagePath] : []), articlePath];
  const existing = toWrite.filter((file) => existsSync(file) || session.pending.paths.has(file));

  if (session.context === null) {
    try {
      session.context = loadEditorContext(contentRoot);
    } catch (error) {
      fail(io, (error as Error).message);
    }
  }
  const context = session.context;
  const checks = checkDraft(draft, relative(articlePath), context);
  const { wallMs, cpuMs } = clock();
  log(
    formatReview(draft, checks, {
      sourceFile,
      articlePath: relative(articlePath),
      rawPaths: [rawPath, ...(pagePath ? [pagePath] : [])].map(relative),
      dryRun: options.dryRun,
      actorNames: context.registry.names,
      elapsedMs: wallMs,
      cpuMs,
    }),
  );
  const unknownFields = Object.entries(draft.metadata)
    .filter(([, fact]) => fact?.confidence === 'unknown')
    .map(([name]) => name);
  const row = (result: BatchRow['result'], why: string): BatchRow => ({
    file: sourceFile,
    result,
    why,
    slug: draft.slug,
    furnitureLines: draft.furniture.reduce((sum, item) => sum + item.lines.length, 0),
    uncertain:
      uncertainties(draft).length -
      metadataUncertainties(draft).length +
      ('error' in checks.analysis ? 0 : lessSureSpeakers(checks.analysis).length),
    unknownFields,
  });
  /** Refuses the file: its message already written, `why` for the summary. */
  const refuse = (why: string, code = 1) => new CommandExit(code, why, row('refused', why));
  // A refusal under --dry-run is printed, not thrown: the dry run goes on to show the article.
  const refusals: string[] = [];
  // A dry run reports a refusal and goes on checking; a real add stops at the first one.
  const refuseOrReport = (message: string, why: string) => {
    if (options.dryRun) {
      log(message);
      refusals.push(why);
    } else {
      io.stderr(`${message}\n`);
      throw refuse(why);
    }
  };
  if (existing.length > 0) {
    const verb = existing.length === 1 ? 'exists' : 'exist';
    const hint = given.slug ? '' : ' (choose another name with --slug)';
    const message = `\n${existing.map(relative).join(', ')} already ${verb}; nothing is overwritten${hint}.`;
    const why = `already there: ${existing.map((file) => path.basename(file)).join(', ')}; nothing is overwritten`;
    refuseOrReport(message, why);
  }
  const duplicates = duplicatesOf(draft, session.contentRoot, session.pending, relative(articlePath), relative);
  if (duplicates.length > 0) {
    const message = `\n${duplicates.join('\n')}\nNothing is written: to add it again on purpose, pass --duplicate-of <slug>.`;
    // "duplicate: the same body text as geneva.md", without the folders and the advice after it.
    const why = refusalReason(duplicates[0]!.split(';')[0]!.replace(/\S*\/([^/\s]+\.(?:md|txt))/g, '$1'));
    refuseOrReport(message, why);
  }
  const failedCheck = checksPass(checks) ? null : checksReason(checks);
  if (options.dryRun) {
    log(`\nThe article file, as it would be written:\n\n${draft.articleFile}`);
    const why = [failedCheck, ...refusals].filter((reason): reason is string => reason !== null);
    // Alone, a dry run that only finds the files there already ends well, as it always has.
    if (why.length > 0) throw refuse(why.join('; '), failedCheck ? 1 : 0);
    session.pending.identities.push(identityOf(draft, relative(articlePath)));
    for (const file of toWrite) session.pending.paths.add(file);
    session.pending.rawTexts.set(draft.rawName, draft.rawText);
    return row('would add', '');
  }
  if (failedCheck) throw refuse(failedCheck);

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
    fail(io, `Nothing written: ${(error as Error).message}`);
  }
  log(`\nWrote ${written.map(relative).join(', ')}.`);
  return row('added', '');
}
