/**
 * `npm run train:furniture`: fits the line model on the development half of the unseen copy
 * (tests/fixtures/ingest/unseen-copy/development/, never the held-back half), chooses its
 * threshold by cross-validation by text, and writes scripts/ingest/furniture/line-model.json.
 * Deterministic: the same texts give a byte-identical file.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type CommandIO, runCommandWithFlags } from '../lib/command-io.ts';
import { type MarkedText, trainLineModel } from './train-furniture-model.ts';

const USAGE =
  'Usage: npm run train:furniture -- [--texts tests/fixtures/ingest/unseen-copy/development] [--out scripts/ingest/furniture/line-model.json]';
/** The project folder: paths are read from it whatever the working folder. */
const REPO = path.resolve(import.meta.dirname, '../..');

/** The marked texts of a folder (`<name>.txt` and `<name>.gold.txt`), sorted by name. */
export function readMarkedTexts(folder: string): MarkedText[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith('.gold.txt'))
    .sort()
    .map((name) => ({
      name,
      raw: readFileSync(path.join(folder, name.replace(/\.gold\.txt$/, '.txt')), 'utf8'),
      marked: readFileSync(path.join(folder, name), 'utf8'),
    }));
}

/** Runs the training command with `args`; returns the exit code. */
export function runTrainFurnitureCommand(args: string[], io: CommandIO): Promise<number> {
  const options = {
    texts: { type: 'string', default: 'tests/fixtures/ingest/unseen-copy/development' },
    out: { type: 'string', default: 'scripts/ingest/furniture/line-model.json' },
    help: { type: 'boolean', default: false },
  } as const;
  return runCommandWithFlags(io, USAGE, args, options, (values) => {
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const folder = path.resolve(REPO, values.texts);
    if (folder.split(path.sep).includes('held-back')) {
      io.stderr('the held-back half measures the model; it never trains it\n');
      return 2;
    }
    const trained = trainLineModel(readMarkedTexts(folder));
    const out = path.resolve(REPO, values.out);
    // In the project's JSON style (biome, given the text on stdin so any output path works), so
    // the committed file passes `biome ci` as written.
    const formatted = execFileSync(
      path.join(REPO, 'node_modules', '.bin', 'biome'),
      ['format', '--stdin-file-path=scripts/ingest/furniture/line-model.json'],
      { cwd: REPO, input: `${JSON.stringify(trained.file, null, 2)}\n`, encoding: 'utf8' },
    );
    writeFileSync(out, formatted);
    for (const line of trained.report) io.stdout(`${line}\n`);
    io.stdout(`written to ${path.relative(io.cwd, out)}\n`);
    return 0;
  });
}
