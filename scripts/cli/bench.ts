/**
 * `npm run bench`: builds synthetic corpora of N articles (and the real site), measures them and
 * checks the budgets; writes `bench-results/latest.md` and `latest.json`. `npm run bench -- --ci`
 * is the small run CI makes.
 *
 * Usage: npm run bench -- [--ci] [--sizes 100,1000] [--floor native,unified|none] [--no-real] …
 * The command itself, with every flag, is scripts/bench/run-bench.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runBenchCommand } from '../bench/run-bench.ts';

process.exitCode = await runBenchCommand(process.argv.slice(2), processIO());
