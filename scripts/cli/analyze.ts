/**
 * Editor CLI: prints what the analysis finds in one article, so an editor can review a new
 * article before publishing it: mentions, quotes with their speakers, dates, and the people
 * found in the text who have no actor file yet (provisional), with the command to draft each one.
 *
 * Usage: npm run analyze -- path/to/article.md [--json]
 * The command itself is scripts/ingest/analyze-command.ts (the tests run it in-process).
 */
import { processIO } from '../lib/command-io.ts';
import { runAnalyzeCommand } from '../ingest/analyze-command.ts';

process.exitCode = await runAnalyzeCommand(process.argv.slice(2), processIO());
