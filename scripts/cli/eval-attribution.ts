/**
 * Measures quote detection and speaker attribution against the evaluation sets, prints every
 * figure and every error, and fails (exit 1) when the corpus gold is not fully met: a CI gate.
 *
 * Usage: npm run eval:attribution -- [--sets corpus,dev,polnear] [--polnear ../shared/polnear]
 *          [--split dev|train] [--min-corpus 100] [--json figures.json] [--quiet-errors]
 * PolNeAR is scored against its resolved gold (`<polnear>/speakers-<split>.json`) when the folder has it.
 * Each set also gets a reported-speech section (statements outside quotation marks): PolNeAR's speech
 * attributions, the corpus gold of scripts/eval/gold/statements.ts (reported, not gated), the dev set's counts.
 * The command itself is scripts/eval/eval-attribution-command.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runEvalAttributionCommand } from '../eval/eval-attribution-command.ts';

process.exitCode = await runEvalAttributionCommand(process.argv.slice(2), processIO());
