/**
 * Editor CLI: prints what the analysis finds in one article, so an editor can review a new
 * article before publishing it: mentions, quotes with their speakers, dates, and the people
 * found in the text who have no actor file yet (provisional), with the command to draft each one.
 *
 * Usage: npm run analyze -- path/to/article.md [--json]
 */
import path from 'node:path';
import { formatAnalysisReport } from '../ingest/analysis-report.ts';
import type { AnalysedArticleFile } from '../ingest/editor-analysis.ts';
import { analyzeArticleFile, loadEditorContext } from '../ingest/editor-analysis.ts';

const args = process.argv.slice(2);
const file = args.find((arg) => !arg.startsWith('--'));
if (!file) {
  console.error('Usage: npm run analyze -- path/to/article.md [--json]');
  process.exit(2);
}
const contentRoot = path.resolve(process.env.DOSSIER_CONTENT_DIR ?? 'content');
let article: AnalysedArticleFile;
let names: Map<string, string>;
try {
  const context = loadEditorContext(contentRoot);
  names = context.registry.names;
  article = analyzeArticleFile(file, context);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

if (args.includes('--json')) {
  console.log(JSON.stringify(article.analysis, null, 2));
} else {
  console.log(formatAnalysisReport(article, names));
}
