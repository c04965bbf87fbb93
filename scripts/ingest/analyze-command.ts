import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentRootOf, runCommand, type CommandIO } from '../lib/command-io.ts';

/**
 * `npm run analyze` (scripts/cli/analyze.ts): prints what the analysis finds in one article, so an
 * editor can review a new article before publishing it: mentions, quotes with their speakers,
 * dates, and the people found in the text who have no actor file yet (provisional), with the
 * command to draft each one. With --json, the analysis itself.
 */

const USAGE = 'Usage: npm run analyze -- path/to/article.md [--json]';

/** Runs `npm run analyze` with `args` (the arguments after the script's name); returns the exit code. */
export function runAnalyzeCommand(args: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, async () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false } },
    });
    const file = positionals[0];
    if (file === undefined || positionals.length > 1) {
      io.stderr(`${USAGE}\n`);
      return 2;
    }
    return analyze(file, values.json, io);
  });
}

/** Analyses `file` (a path as the editor gave it) and prints the report, or the analysis as JSON. */
async function analyze(file: string, json: boolean, io: CommandIO): Promise<number> {
  // The analysis (and the schemas' date-fns, most of a run's start) is loaded once the arguments are valid.
  const [{ analyzeArticleSource, loadEditorContext }, { formatAnalysisReport }] = await Promise.all([
    import('./editor-analysis.ts'),
    import('./analysis-report.ts'),
  ]);
  const filePath = path.resolve(io.cwd, file);
  let article;
  let names;
  try {
    const context = loadEditorContext(contentRootOf(io));
    names = context.registry.names;
    let source: string;
    try {
      source = readFileSync(filePath, 'utf8');
    } catch (error) {
      // Node's message names the path it opened: name the file as the editor gave it.
      throw new Error((error as Error).message.replaceAll(filePath, file));
    }
    article = analyzeArticleSource(source, file, context);
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 1;
  }
  io.stdout(`${json ? JSON.stringify(article.analysis, null, 2) : formatAnalysisReport(article, names)}\n`);
  return 0;
}
