/**
 * Writes a synthetic corpus for the benchmark (deterministic: the same options give the same files).
 *
 * Usage: node scripts/cli/generate-corpus.ts --articles N [--seed S] [--actors N] [--events N] [--out DIR] [--dry-run]
 * The command itself is scripts/bench/generate-corpus.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runGenerateCorpusCommand } from '../bench/generate-corpus.ts';

process.exitCode = await runGenerateCorpusCommand(process.argv.slice(2), processIO());
