/**
 * Measures a built site as the benchmark does, as JSON: sizes, the heaviest article page, the
 * JavaScript on reading pages, Pagefind's bundle; with --pages, the type of each HTML page.
 *
 * Usage: node scripts/cli/measure-dist.ts DIR [--pages]
 * The command itself is in scripts/bench/measure-dist.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runMeasureDistCommand } from '../bench/measure-dist.ts';

process.exitCode = await runMeasureDistCommand(process.argv.slice(2), processIO());
