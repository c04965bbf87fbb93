/**
 * `npm run train:attribution -- --polnear ../shared/polnear`: fits the speaker model on PolNeAR
 * train, chooses its threshold by cross-validation on train, draws the accuracy–coverage curve on
 * PolNeAR dev (dev chooses nothing), and writes src/analysis/attribution/model/weights.json and
 * accuracy-coverage.json. Deterministic: the same data give byte-identical files.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SPEAKER_FEATURES } from '../../src/analysis/attribution/speaker-features.ts';
import { loadActorRegistry } from '../../src/load/actor-registry.ts';
import { type CommandIO, clockOf, runCommandWithFlags } from '../lib/command-io.ts';
import { readResolvedSpeakers } from '../eval/resolved-speakers.ts';
import { attributionExamples, type ExampleRegistry } from './attribution-examples.ts';
import { trainSpeakerModel } from './train-speaker-model.ts';

const USAGE = [
  'Usage: npm run train:attribution -- [--polnear ../shared/polnear] [--out src/analysis/attribution/model] [--abstain]',
  '  --abstain  the analysis withholds speakers below the cross-validated threshold (without it: kept, with their confidence)',
].join('\n');
/** The project folder: paths are read from it whatever the working folder. */
const REPO = path.resolve(import.meta.dirname, '../..');

/** Runs the training command with `args`; returns the exit code (0 and a message when PolNeAR is absent). */
export function runTrainAttributionCommand(args: string[], io: CommandIO, registry?: ExampleRegistry): Promise<number> {
  const options = {
    polnear: { type: 'string', default: '../shared/polnear' },
    out: { type: 'string', default: 'src/analysis/attribution/model' },
    abstain: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  } as const;
  return runCommandWithFlags(io, USAGE, args, options, (values) => {
    if (values.help) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const clock = clockOf(io);
    const polnearDir = path.resolve(REPO, values.polnear);
    const train = readResolvedSpeakers(polnearDir, 'train');
    const dev = readResolvedSpeakers(polnearDir, 'dev');
    if (!train || !dev) {
      io.stdout(`${polnearDir}: no speakers-train.json / speakers-dev.json; nothing trained (the committed weights stay).\n`);
      return 0;
    }
    const actors = registry ?? loadActorRegistry(path.join(REPO, 'content', 'actors'));
    const trained = trainSpeakerModel(
      attributionExamples(train, actors),
      attributionExamples(dev, actors),
      SPEAKER_FEATURES,
      values.abstain,
    );
    const out = path.resolve(REPO, values.out);
    mkdirSync(out, { recursive: true });
    const files = [path.join(out, 'weights.json'), path.join(out, 'accuracy-coverage.json')];
    writeFileSync(files[0]!, `${JSON.stringify(trained.weightsFile, null, 2)}\n`);
    writeFileSync(files[1]!, `${JSON.stringify(trained.curveFile, null, 2)}\n`);
    // In the project's JSON style, so the committed files pass `biome ci` as written.
    execFileSync(path.join(REPO, 'node_modules', '.bin', 'biome'), ['format', '--write', ...files], {
      cwd: REPO,
      stdio: 'ignore',
    });
    for (const line of trained.report) io.stdout(`${line}\n`);
    io.stdout(`written to ${path.relative(io.cwd, out) || '.'} in ${(clock().wallMs / 1000).toFixed(1)} s\n`);
    return 0;
  });
}
