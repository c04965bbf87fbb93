import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readArticleFile } from '../lib/read-article-file.ts';
import { compareWithCommitted, evaluateCleanText, evaluateMarkedText, evaluatePage } from '../ingest/evaluate-add.ts';
import { type CommandIO, runCommandWithFlags } from '../lib/command-io.ts';
import { readBrat } from './brat.ts';
import { listPolnearArticles } from './polnear.ts';

/**
 * `npm run eval:add` (scripts/cli/eval-add.ts): measures `npm run add` (issue 13, "Measured, in
 * the note") and prints the figures as Markdown:
 * 1. the five corpus raw files drafted against the committed articles: furniture lines found
 *    (precision, recall), metadata fields equal, bodies identical;
 * 2. the saved news pages in tests/fixtures/ingest/pages/ and held-out/: body recall, furniture precision;
 *    and the raw texts of tests/fixtures/ingest/unseen-copy/ (development and held-back halves): furniture
 *    precision and recall against each line's mark, body lines lost;
 * 3. PolNeAR's clean dev texts (../shared/polnear/dev/text/, skipped when absent): texts with a
 *    line besides the headline set aside, and with a line annotated as part of an attribution set aside;
 * 4. the time `npm run add --dry-run` takes on one article.
 */

const USAGE = 'Usage: npm run eval:add -- [--polnear ../shared/polnear] [--split dev] [--verbose] [--without-held-back]';
/** The project folder: the corpus and the saved pages are read from it whatever the working folder. */
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Runs `npm run eval:add` with `args` (the arguments after the script's name); returns the exit code. */
export function runEvalAddCommand(args: string[], io: CommandIO): Promise<number> {
  const options = {
    polnear: { type: 'string', default: '../shared/polnear' },
    split: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
    // While rules are written: the held-back half is scored once, after they are frozen.
    'without-held-back': { type: 'boolean', default: false },
  } as const;
  return runCommandWithFlags(io, USAGE, args, options, (values) => {
    const out = [
      ...corpusSection(values.verbose),
      ...savedPagesSection('pages', 'Saved news pages (tests/fixtures/ingest/pages/; the rules were developed on these)'),
      ...savedPagesSection(
        'held-out',
        'Held-out saved pages (tests/fixtures/ingest/held-out/; written after the rules were frozen, no rule changed since)',
      ),
      ...unseenCopySection(
        'development',
        'Unseen copy, development half (tests/fixtures/ingest/unseen-copy/development/; the rules of issue 25 were written on these)',
        values.verbose,
      ),
      ...(values['without-held-back']
        ? ['', '## Unseen copy, held-back half', '', 'Not scored (--without-held-back).']
        : unseenCopySection(
            'held-back',
            'Unseen copy, held-back half (tests/fixtures/ingest/unseen-copy/held-back/; measured once, after the rules were frozen)',
            values.verbose,
          )),
      ...polnearSection(path.resolve(io.cwd, values.polnear), values.split),
      ...timeSection(),
    ];
    io.stdout(`${out.join('\n')}\n`);
    return 0;
  });
}

const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);

/** The sum of `count` over `items`. */
function sum<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}

/** 1. The corpus raw files drafted again, against the committed articles. */
function corpusSection(verbose: boolean): string[] {
  const articlesDir = path.join(ROOT, 'content/articles');
  const comparisons = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const source = readFileSync(path.join(articlesDir, name), 'utf8');
      const rawName = String(readArticleFile(source, name).frontmatter.raw);
      return compareWithCommitted(
        name.slice(0, -3),
        source,
        rawName,
        readFileSync(path.join(ROOT, 'content/raw', rawName), 'utf8'),
      );
    });
  const expected = sum(comparisons, (c) => c.expectedFurnitureLines.length);
  const drafted = sum(comparisons, (c) => c.draftedFurnitureLines.length);
  const matched = sum(comparisons, (c) => c.matchedLines);
  const sameKind = sum(comparisons, (c) => c.sameKind);
  const fields = comparisons.flatMap((c) => c.metadata);
  const valuesEqual = fields.filter((f) => f.valueEqual).length;
  const bothEqual = fields.filter((f) => f.valueEqual && f.confidenceEqual).length;
  const out = ['## Corpus raw files, drafted against the committed articles', ''];
  out.push(
    '| raw file | furniture lines (committed / drafted / both) | same kind | metadata values equal | ' +
      'value and confidence equal | body identical |',
  );
  out.push('|---|---:|---:|---:|---:|---|');
  for (const c of comparisons) {
    const lines = `${c.expectedFurnitureLines.length} / ${c.draftedFurnitureLines.length} / ${c.matchedLines}`;
    const values = `${c.metadata.filter((f) => f.valueEqual).length} of ${c.metadata.length}`;
    const both = `${c.metadata.filter((f) => f.valueEqual && f.confidenceEqual).length} of ${c.metadata.length}`;
    const body = c.bodyEqual ? 'yes' : c.bodyEqualWithCorrections ? 'after the committed correction' : 'no';
    out.push(`| ${c.raw} | ${lines} | ${c.sameKind} | ${values} | ${both} | ${body} |`);
  }
  const identical = comparisons.filter((c) => c.bodyEqual).length;
  const corrected = comparisons.filter((c) => c.bodyEqualWithCorrections).length;
  out.push(
    '',
    `Furniture lines: precision ${percent(matched, drafted)} (${matched} of ${drafted} drafted), ` +
      `recall ${percent(matched, expected)} (${matched} of ${expected} committed); same kind for ${sameKind} of ${matched}.`,
    'Metadata (headline, dek, outlet, author, sourceUrl; published is given with --published): ' +
      `values equal ${valuesEqual} of ${fields.length}, value and confidence equal ${bothEqual} of ${fields.length}.`,
    `Bodies identical: ${identical} of ${comparisons.length} ` +
      `(${corrected} of ${comparisons.length} once the committed corrections are applied).`,
  );
  if (verbose) {
    for (const c of comparisons) {
      for (const f of c.metadata.filter((field) => !field.valueEqual || !field.confidenceEqual)) {
        out.push(`- ${c.raw} ${f.field}: committed ${JSON.stringify(f.expected)}, drafted ${JSON.stringify(f.drafted)}`);
      }
    }
  }
  return out;
}

/** 2. The saved pages of one folder of tests/fixtures/ingest/: body recall, furniture and body precision. */
function savedPagesSection(folder: string, title: string): string[] {
  const pagesDir = path.join(ROOT, 'tests/fixtures/ingest', folder);
  const pages = readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name, ...evaluatePage(readFileSync(path.join(pagesDir, name), 'utf8')) }));
  const out = ['', `## ${title}`, ''];
  out.push(
    '| page | article paragraphs | in the body | furniture lines | of them article paragraphs | body lines that are not article |',
  );
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const p of pages)
    out.push(
      `| ${p.name} | ${p.gold} | ${p.goldInBody} | ${p.furnitureLines} | ${p.goldInFurniture} | ${p.extraInBody.length} |`,
    );
  const gold = sum(pages, (p) => p.gold);
  const inBody = sum(pages, (p) => p.goldInBody);
  const furniture = sum(pages, (p) => p.furnitureLines);
  const wrong = sum(pages, (p) => p.goldInFurniture);
  const body = sum(pages, (p) => p.bodyLines);
  const extra = sum(pages, (p) => p.extraInBody.length);
  const losingNone = pages.filter((p) => p.lost.length === 0).length;
  out.push(
    '',
    `Body recall ${percent(inBody, gold)} (${inBody} of ${gold} article paragraphs; pages losing none: ${losingNone} of ${pages.length}).`,
    `Furniture precision ${percent(furniture - wrong, furniture)} (${furniture - wrong} of ${furniture} lines set aside are not article text). ` +
      `Body precision ${percent(body - extra, body)} (${extra} lines of page chrome left in a body).`,
  );
  for (const p of pages) {
    for (const line of p.lost) out.push(`- ${p.name}: lost “${line.slice(0, 80)}”`);
    for (const line of p.extraInBody) out.push(`- ${p.name}: chrome in the body “${line.slice(0, 80)}”`);
  }
  return out;
}

/** 2b. Raw texts pasted from stored pages, every line marked: furniture precision and recall, body lines lost. */
function unseenCopySection(folder: string, title: string, verbose: boolean): string[] {
  const dir = path.join(ROOT, 'tests/fixtures/ingest/unseen-copy', folder);
  // Between rounds the held-back half may be empty, and git keeps no empty folder.
  if (!existsSync(dir)) return ['', `## ${title}`, '', 'No texts: the folder is absent (between rounds).'];
  const texts = readdirSync(dir)
    .filter((name) => name.endsWith('.gold.txt'))
    .sort()
    .map((name) => {
      const raw = readFileSync(path.join(dir, name.replace(/\.gold\.txt$/, '.txt')), 'utf8');
      return { name: name.replace(/\.gold\.txt$/, ''), ...evaluateMarkedText(raw, readFileSync(path.join(dir, name), 'utf8')) };
    });
  const out = ['', `## ${title}`, ''];
  out.push('| text | furniture lines (marked / set aside / both) | same kind | body lines lost | furniture left in the body |');
  out.push('|---|---:|---:|---:|---:|');
  for (const t of texts)
    out.push(
      `| ${t.name} | ${t.goldFurniture} / ${t.draftedFurniture} / ${t.bothFurniture} | ${t.sameKind} | ${t.lost.length} | ${t.missed.length} |`,
    );
  const gold = sum(texts, (t) => t.goldFurniture);
  const drafted = sum(texts, (t) => t.draftedFurniture);
  const both = sum(texts, (t) => t.bothFurniture);
  const lost = sum(texts, (t) => t.lost.length);
  const withHeadline = texts.filter((t) => t.headline !== 'unmarked');
  const headlinesRight = withHeadline.filter((t) => t.headline === 'right').length;
  out.push(
    '',
    `${texts.length} texts. Furniture precision ${percent(both, drafted)} (${both} of ${drafted} lines set aside are marked furniture), ` +
      `recall ${percent(both, gold)} (${both} of ${gold} marked lines set aside); same kind for ${sum(texts, (t) => t.sameKind)} of ${both}; ` +
      `body lines lost: ${lost}. Headline right: ${headlinesRight} of ${withHeadline.length} texts that mark one.`,
  );
  for (const t of texts) {
    for (const line of t.lost) out.push(`- ${t.name}: body line set aside by ${line.rule} “${line.text.slice(0, 80)}”`);
    if (verbose) for (const line of t.missed) out.push(`- ${t.name}: ${line.label} left in the body “${line.text.slice(0, 80)}”`);
    if (verbose && t.headline === 'wrong') out.push(`- ${t.name}: headline not the marked line`);
  }
  return out;
}

/** 3. PolNeAR's clean texts of one split: lines set aside, and which of them annotators marked. */
function polnearSection(polnearRoot: string, split: string): string[] {
  const out = ['', `## PolNeAR ${split} texts (${polnearRoot})`, ''];
  if (!existsSync(path.join(polnearRoot, split, 'text'))) {
    out.push('Skipped: the folder is absent.');
    return out;
  }
  const { articles } = listPolnearArticles(polnearRoot, split);
  const results = articles.map((article) => {
    const text = readFileSync(article.textFile, 'utf8');
    const brat = readBrat(readFileSync(article.annotationFile, 'utf8'));
    const spans = [...brat.spans.values()];
    const attribution = spans.filter((span) => /^(?:Source|Cue|Content\d*)$/.test(span.type)).flatMap((span) => span.fragments);
    const discard = spans.filter((span) => span.type === 'Discard').flatMap((span) => span.fragments);
    return { name: article.name, ...evaluateCleanText(text, attribution, discard) };
  });
  const withAny = results.filter((r) => r.setAside.length > 0);
  const withAttribution = results.filter((r) => r.setAside.some((line) => line.inAttribution));
  const lines = results.flatMap((r) => r.setAside);
  out.push(
    `${results.length} texts. Texts with any line besides the first (the headline) set aside: ` +
      `${withAny.length} (${percent(withAny.length, results.length)}); ` +
      'texts with a line set aside that annotators marked as part of an attribution (certainly article text): ' +
      `${withAttribution.length} (${percent(withAttribution.length, results.length)}). ` +
      `Of the ${lines.length} lines set aside, annotators marked ${lines.filter((line) => line.discarded).length} as Discard (not article text).`,
    '',
    'Every line set aside, for judging by hand:',
  );
  for (const r of withAny) {
    for (const line of r.setAside) {
      const marks = [line.inAttribution ? 'in an attribution' : '', line.discarded ? 'annotators: Discard' : '']
        .filter(Boolean)
        .join(', ');
      out.push(`- ${r.name} line ${line.line} [${line.rule}]${marks ? ` (${marks})` : ''}: “${line.text.slice(0, 100)}”`);
    }
  }
  return out;
}

/** The median wall-clock and CPU time of three runs of `npm run add --dry-run` on `file`, in ms. */
function timeAdd(file: string, ...args: string[]): { wall: number; cpu: number } {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [path.join(ROOT, 'scripts/cli/add.ts'), file, '--dry-run', ...args], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`add --dry-run ${file} failed:\n${result.stdout}\n${result.stderr}`);
    const cpu = Number(/, (\d+) ms of CPU/.exec(result.stdout)?.[1] ?? Number.NaN);
    return { wall: performance.now() - started, cpu };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
  return { wall: Math.round(median(runs.map((run) => run.wall))), cpu: Math.round(median(runs.map((run) => run.cpu))) };
}

/** 4. Time: wall-clock time of the whole process, and the CPU time it reports (the machine may be busy). */
function timeSection(): string[] {
  const load = os.loadavg()[0]!.toFixed(1);
  const text = timeAdd('content/raw/001_08c6c7b936ebf9b5.txt', '--published', '2025-04-18');
  const saved = timeAdd('tests/fixtures/ingest/pages/bbc-obama-gun-laws.html');
  return [
    '',
    '## Time',
    '',
    "npm run add --dry-run, median of 3, the whole process (Node's start included): " +
      `raw text (001, 90 lines) ${text.wall} ms wall, ${text.cpu} ms CPU; ` +
      `saved page (BBC, 16 KB) ${saved.wall} ms wall, ${saved.cpu} ms CPU ` +
      `(${os.cpus().length} CPUs, load average ${load} when measured).`,
  ];
}
