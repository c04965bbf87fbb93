/**
 * `npm run bench:lighthouse`: Lighthouse on four pages of the real site (the heaviest article, the
 * most prominent actor, the timeline, the search page), median scores against the budgets; writes
 * `bench-results/lighthouse.md` and `lighthouse.json`.
 *
 * Usage: npm run bench:lighthouse -- [--dist DIR] [--runs N] [--preset mobile|desktop] [--pages /a/,/b/] …
 * The command itself, with every flag, is scripts/bench/lighthouse.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runLighthouseCommand } from '../bench/lighthouse.ts';

process.exitCode = await runLighthouseCommand(process.argv.slice(2), processIO());
