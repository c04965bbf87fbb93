/**
 * Measures `npm run add` (issue 13): the corpus raw files drafted against the committed articles,
 * the saved news pages, PolNeAR's clean texts (skipped when absent), and the time one run takes.
 *
 * Usage: npm run eval:add -- [--polnear ../shared/polnear] [--split dev] [--verbose] [--without-held-back]
 * The command itself is scripts/eval/eval-add-command.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runEvalAddCommand } from '../eval/eval-add-command.ts';

process.exitCode = await runEvalAddCommand(process.argv.slice(2), processIO());
