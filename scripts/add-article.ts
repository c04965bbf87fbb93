/**
 * Editor CLI: adds an article from a raw text or a saved web page, in one command.
 *
 * Usage: npm run add -- <file> [--slug s] [--dry-run] [--published YYYY-MM-DD]
 *                              [--working-title "…"] [--encoding windows-1252]
 *
 * Drafts content/articles/<slug>.md (metadata from what the file says, the body, the page
 * furniture with the rule that caught each line), runs the build's checks on it (schema,
 * fidelity, analysis), prints one review, and, unless --dry-run or a check fails, copies the
 * file unedited to content/raw/ and writes the article. Never overwrites a file.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { enableCompileCache } from 'node:module';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import type { DraftSource } from '../src/ingest/draft-article.ts';

// Most of a run is Node reading and type-stripping ~60 modules; its compile cache (in the OS temp
// folder) makes the next run start in a fraction of the time. The modules are imported after it.
enableCompileCache();
const { loadEditorContext } = await import('../src/corpus/editor-analysis.ts');
const { slugFromName } = await import('../src/lib/slugs.ts');
const { draftArticle } = await import('../src/ingest/draft-article.ts');
const { decodeSource } = await import('../src/ingest/encoding.ts');
const { checkDraft, checksPass, formatReview } = await import('../src/ingest/review.ts');

const USAGE =
  'Usage: npm run add -- <file.txt|file.html> [--slug s] [--dry-run] [--published YYYY-MM-DD] [--working-title "…"] [--encoding windows-1252]';

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      slug: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      published: { type: 'string' },
      'working-title': { type: 'string' },
      encoding: { type: 'string' },
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
  fail(
    `--slug ${JSON.stringify(options.slug)}: a slug is lower-case letters and digits joined by hyphens (try ${slugFromName(options.slug) || 'peace-talks-resume'})`,
    2,
  );
}
if (options.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.published))
  fail(`--published ${options.published}: a date as YYYY-MM-DD`, 2);

const contentRoot = path.resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content');
const rawDir = path.join(contentRoot, 'raw');
const articlesDir = path.join(contentRoot, 'articles');

let bytes: Buffer;
try {
  bytes = readFileSync(sourceFile);
} catch (error) {
  fail(`${sourceFile}: ${(error as Error).message}`);
}
const decoded = decodeSource(bytes, options.encoding);
if (!decoded.ok) fail(`${sourceFile}: ${decoded.message}`);

const format: DraftSource['format'] =
  /\.x?html?$/i.test(sourceFile) || /^\s*(?:<!doctype html|<html)/i.test(decoded.text.slice(0, 1000)) ? 'html' : 'text';
// A text already in content/raw/ (unconverted) is its own raw record: nothing to copy.
const alreadyRaw =
  format === 'text' &&
  !decoded.converted &&
  path.dirname(path.resolve(sourceFile)) === rawDir &&
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
      ? { format, page: (await import('../src/ingest/page-text.ts')).readSavedPage(decoded.text) }
      : { format, source: decoded.text };
  draft = draftArticle({
    ...source,
    rawName: alreadyRaw ? path.basename(sourceFile) : (slug) => `${slug}.txt`,
    slug: options.slug,
    fallbackSlug,
    published: options.published,
    workingTitle: options['working-title'],
    rawNote,
  });
} catch (error) {
  fail(`${sourceFile}: ${(error as Error).message}`);
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
const checks = checkDraft(draft, path.relative(process.cwd(), articlePath), context);
const review = formatReview(draft, checks, {
  sourceFile,
  articlePath: path.relative(process.cwd(), articlePath),
  rawPaths: [rawPath, ...(pagePath ? [pagePath] : [])].map((file) => path.relative(process.cwd(), file)),
  dryRun: options['dry-run'],
  actorNames: context.registry.names,
  // performance.now() counts from the start of the process: Node's start and the imports included.
  elapsedMs: performance.now(),
  cpuMs: ((cpu) => (cpu.user + cpu.system) / 1000)(process.cpuUsage()),
});
console.log(review);
if (existing.length > 0) {
  const message = `\n${existing.map((file) => path.relative(process.cwd(), file)).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}; nothing is overwritten${options.slug ? '' : ' (choose another name with --slug)'}.`;
  if (options['dry-run']) console.log(message);
  else fail(message);
}
if (options['dry-run']) {
  console.log(`\nThe article file, as it would be written:\n\n${draft.articleFile}`);
  process.exit(checksPass(checks) ? 0 : 1);
}
if (!checksPass(checks)) process.exit(1);

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
console.log(`\nWrote ${written.map((file) => path.relative(process.cwd(), file)).join(', ')}.`);
