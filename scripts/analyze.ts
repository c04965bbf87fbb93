/**
 * Editor CLI: prints what the analysis finds in one article, so an editor can review a new
 * article before publishing it.
 *
 * Usage: npm run analyze -- path/to/article.md [--json]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeArticle, type CuratedAttribution } from '../src/analysis/analyze-article.ts';
import { bodyBlocksFromMarkdown } from '../src/analysis/body-blocks.ts';
import type { ArticleAnalysis } from '../src/analysis/types.ts';
import { loadActorRegistry } from '../src/corpus/actor-registry.ts';
import { readArticleFile } from '../src/corpus/read-article-file.ts';
import { slugFromFileName } from '../src/corpus/slugs.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run analyze -- path/to/article.md [--json]');
  process.exit(2);
}
const contentRoot = path.resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content');
const registry = loadActorRegistry(path.join(contentRoot, 'actors'));
const { frontmatter, body } = readArticleFile(readFileSync(file, 'utf8'), file);
const published = (frontmatter.published as { value?: unknown } | undefined)?.value;
if (typeof published !== 'string') {
  console.error(`${file}: published.value: a quoted "YYYY-MM-DD" date is required`);
  process.exit(1);
}
const analysis = analyzeArticle(
  {
    slug: slugFromFileName(file),
    file,
    blocks: bodyBlocksFromMarkdown(body),
    published,
    curations: (frontmatter.attributions as CuratedAttribution[] | undefined) ?? [],
  },
  registry.matcher,
);

if (args.includes('--json')) {
  console.log(JSON.stringify(analysis, null, 2));
} else {
  console.log(formatReport(analysis, registry.names));
}

function formatReport(result: ArticleAnalysis, names: Map<string, string>): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  for (const mention of result.mentions) counts.set(mention.actor, (counts.get(mention.actor) ?? 0) + 1);
  lines.push(`${file}: ${result.blocks.length} blocks, published ${published}`, '', `Mentions (${result.mentions.length}):`);
  for (const [actor, count] of [...counts].sort((a, b) => b[1] - a[1])) {
    const where = result.mentions.filter((m) => m.actor === actor).map((m) => `${m.block} “${m.text}”`);
    lines.push(`  ${names.get(actor) ?? actor} (${actor}) ×${count}: ${where.join(', ')}`);
  }
  lines.push('', `Quotes (${result.quotes.length}):`);
  for (const quote of result.quotes) {
    const speaker = quote.speaker
      ? `${quote.speaker.actor ? (names.get(quote.speaker.actor) ?? quote.speaker.actor) : 'unnamed'} [“${quote.speaker.label}”]`
      : 'no speaker';
    const words = quote.text.length > 90 ? `${quote.text.slice(0, 87)}…` : quote.text;
    lines.push(`  ${quote.parts[0]?.block} ${quote.kind.padEnd(9)} ${speaker} (${quote.attribution ?? '-'})`, `      “${words}”`);
  }
  lines.push('', `Dates (${result.dates.length}):`);
  for (const date of result.dates) {
    lines.push(`  ${date.block} “${date.text}” → ${date.date} (${date.precision}): ${date.explanation}`);
  }
  return lines.join('\n');
}
