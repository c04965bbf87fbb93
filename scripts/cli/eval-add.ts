/**
 * Measures `npm run add` (issue 13, "Measured, in the note"):
 * 1. the five corpus raw files drafted against the committed articles: furniture lines found
 *    (precision, recall), metadata fields equal, bodies identical;
 * 2. the saved news pages in tests/fixtures/ingest/pages/ and held-out/: body recall, furniture precision;
 * 3. PolNeAR's clean dev texts (../shared/polnear/dev/text/, skipped when absent): texts with a
 *    line besides the headline set aside, and with a line annotated as part of an attribution set aside;
 * 4. the time `npm run add --dry-run` takes on one article.
 *
 * Usage: node scripts/cli/eval-add.ts [--polnear ../shared/polnear] [--split dev] [--verbose]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readBrat } from '../eval/brat.ts';
import { listPolnearArticles } from '../eval/polnear.ts';
import { readArticleFile } from '../../src/load/read-article-file.ts';
import { compareWithCommitted, evaluateCleanText, evaluatePage } from '../ingest/evaluate-add.ts';

const { values: options } = parseArgs({
  options: {
    polnear: { type: 'string', default: '../shared/polnear' },
    split: { type: 'string', default: 'dev' },
    verbose: { type: 'boolean', default: false },
  },
});
const root = path.resolve(import.meta.dirname, '../..');
const percent = (part: number, whole: number) => (whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)} %`);
const out: string[] = [];

// 1. The corpus
const articlesDir = path.join(root, 'content/articles');
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
      readFileSync(path.join(root, 'content/raw', rawName), 'utf8'),
    );
  });
const expected = comparisons.reduce((sum, c) => sum + c.expectedFurnitureLines.length, 0);
const drafted = comparisons.reduce((sum, c) => sum + c.draftedFurnitureLines.length, 0);
const matched = comparisons.reduce((sum, c) => sum + c.matchedLines, 0);
const sameKind = comparisons.reduce((sum, c) => sum + c.sameKind, 0);
const fields = comparisons.flatMap((c) => c.metadata);
out.push('## Corpus raw files, drafted against the committed articles', '');
out.push(
  '| raw file | furniture lines (committed / drafted / both) | same kind | metadata values equal | value and confidence equal | body identical |',
);
out.push('|---|---:|---:|---:|---:|---|');
for (const c of comparisons) {
  out.push(
    `| ${c.raw} | ${c.expectedFurnitureLines.length} / ${c.draftedFurnitureLines.length} / ${c.matchedLines} | ${c.sameKind} | ${c.metadata.filter((f) => f.valueEqual).length} of ${c.metadata.length} | ${c.metadata.filter((f) => f.valueEqual && f.confidenceEqual).length} of ${c.metadata.length} | ${c.bodyEqual ? 'yes' : c.bodyEqualWithCorrections ? 'after the committed correction' : 'no'} |`,
  );
}
out.push(
  '',
  `Furniture lines: precision ${percent(matched, drafted)} (${matched} of ${drafted} drafted), recall ${percent(matched, expected)} (${matched} of ${expected} committed); same kind for ${sameKind} of ${matched}.`,
  `Metadata (headline, dek, outlet, author, sourceUrl; published is given with --published): values equal ${fields.filter((f) => f.valueEqual).length} of ${fields.length}, value and confidence equal ${fields.filter((f) => f.valueEqual && f.confidenceEqual).length} of ${fields.length}.`,
  `Bodies identical: ${comparisons.filter((c) => c.bodyEqual).length} of ${comparisons.length} (${comparisons.filter((c) => c.bodyEqualWithCorrections).length} of ${comparisons.length} once the committed corrections are applied).`,
);
if (options.verbose) {
  for (const c of comparisons) {
    for (const f of c.metadata.filter((field) => !field.valueEqual || !field.confidenceEqual)) {
      out.push(`- ${c.raw} ${f.field}: committed ${JSON.stringify(f.expected)}, drafted ${JSON.stringify(f.drafted)}`);
    }
  }
}

// 2. Saved pages: the ones the rules were developed on, and the ones written after they were frozen
for (const [folder, title] of [
  ['pages', 'Saved news pages (tests/fixtures/ingest/pages/; the rules were developed on these)'],
  [
    'held-out',
    'Held-out saved pages (tests/fixtures/ingest/held-out/; written after the rules were frozen, no rule changed since)',
  ],
] as const) {
  const pagesDir = path.join(root, 'tests/fixtures/ingest', folder);
  const pages = readdirSync(pagesDir)
    .filter((name) => name.endsWith('.html'))
    .sort()
    .map((name) => ({ name, ...evaluatePage(readFileSync(path.join(pagesDir, name), 'utf8')) }));
  out.push('', `## ${title}`, '');
  out.push(
    '| page | article paragraphs | in the body | furniture lines | of them article paragraphs | body lines that are not article |',
  );
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const p of pages)
    out.push(
      `| ${p.name} | ${p.gold} | ${p.goldInBody} | ${p.furnitureLines} | ${p.goldInFurniture} | ${p.extraInBody.length} |`,
    );
  const gold = pages.reduce((sum, p) => sum + p.gold, 0);
  const inBody = pages.reduce((sum, p) => sum + p.goldInBody, 0);
  const furniture = pages.reduce((sum, p) => sum + p.furnitureLines, 0);
  const wrong = pages.reduce((sum, p) => sum + p.goldInFurniture, 0);
  const body = pages.reduce((sum, p) => sum + p.bodyLines, 0);
  const extra = pages.reduce((sum, p) => sum + p.extraInBody.length, 0);
  out.push(
    '',
    `Body recall ${percent(inBody, gold)} (${inBody} of ${gold} article paragraphs; pages losing none: ${pages.filter((p) => p.lost.length === 0).length} of ${pages.length}).`,
    `Furniture precision ${percent(furniture - wrong, furniture)} (${furniture - wrong} of ${furniture} lines set aside are not article text). Body precision ${percent(body - extra, body)} (${extra} lines of page chrome left in a body).`,
  );
  for (const p of pages) {
    for (const line of p.lost) out.push(`- ${p.name}: lost “${line.slice(0, 80)}”`);
    for (const line of p.extraInBody) out.push(`- ${p.name}: chrome in the body “${line.slice(0, 80)}”`);
  }
}

// 3. PolNeAR
const polnearRoot = path.resolve(options.polnear);
out.push('', `## PolNeAR ${options.split} texts (${polnearRoot})`, '');
if (!existsSync(path.join(polnearRoot, options.split, 'text'))) {
  out.push('Skipped: the folder is absent.');
} else {
  const { articles } = listPolnearArticles(polnearRoot, options.split);
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
    `${results.length} texts. Texts with any line besides the first (the headline) set aside: ${withAny.length} (${percent(withAny.length, results.length)}); texts with a line set aside that annotators marked as part of an attribution (certainly article text): ${withAttribution.length} (${percent(withAttribution.length, results.length)}). Of the ${lines.length} lines set aside, annotators marked ${lines.filter((line) => line.discarded).length} as Discard (not article text).`,
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
}

// 4. Time: wall-clock time of the whole process, and the CPU time it reports (the machine may be busy)
const timeRun = (file: string, ...args: string[]) => {
  const runs = [0, 1, 2].map(() => {
    const started = performance.now();
    const result = spawnSync(process.execPath, [path.join(root, 'scripts/cli/add.ts'), file, '--dry-run', ...args], {
      cwd: root,
      encoding: 'utf8',
    });
    if (result.status !== 0) throw new Error(`add --dry-run ${file} failed:\n${result.stdout}\n${result.stderr}`);
    const cpu = Number(/, (\d+) ms of CPU/.exec(result.stdout)?.[1] ?? Number.NaN);
    return { wall: performance.now() - started, cpu };
  });
  const median = (values: number[]) => values.sort((a, b) => a - b)[1]!;
  return { wall: Math.round(median(runs.map((run) => run.wall))), cpu: Math.round(median(runs.map((run) => run.cpu))) };
};
const load = os.loadavg()[0]!.toFixed(1);
const text = timeRun('content/raw/001_08c6c7b936ebf9b5.txt', '--published', '2025-04-18');
const saved = timeRun('tests/fixtures/ingest/pages/bbc-obama-gun-laws.html');
out.push(
  '',
  '## Time',
  '',
  `npm run add --dry-run, median of 3, the whole process (Node's start included): raw text (001, 90 lines) ${text.wall} ms wall, ${text.cpu} ms CPU; saved page (BBC, 16 KB) ${saved.wall} ms wall, ${saved.cpu} ms CPU (${os.cpus().length} CPUs, load average ${load} when measured).`,
);

console.log(out.join('\n'));
