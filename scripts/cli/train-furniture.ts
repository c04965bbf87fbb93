/**
 * Trains the line model of `npm run add` on the development half of the unseen copy and writes
 * scripts/ingest/furniture/line-model.json (deterministic: run twice, the file is byte-identical).
 *
 * Usage: npm run train:furniture -- [--texts tests/fixtures/ingest/unseen-copy/development] [--out …]
 * The command itself is scripts/train/train-furniture-command.ts.
 */
import { processIO } from '../lib/command-io.ts';
import { runTrainFurnitureCommand } from '../train/train-furniture-command.ts';

process.exitCode = await runTrainFurnitureCommand(process.argv.slice(2), processIO());
