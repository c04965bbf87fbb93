/**
 * Trains the speaker model on PolNeAR train and writes src/analysis/attribution/model/weights.json
 * and accuracy-coverage.json (deterministic: run twice, the files are byte-identical).
 *
 * Usage: npm run train:attribution -- [--polnear ../shared/polnear] [--out src/analysis/attribution/model]
 * The command itself is scripts/train/train-attribution-command.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runTrainAttributionCommand } from '../train/train-attribution-command.ts';

process.exitCode = await runTrainAttributionCommand(process.argv.slice(2), processIO());
