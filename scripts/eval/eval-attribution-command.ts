import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadActorRegistry } from '../../src/load/actor-registry.ts';
import { runCommand, UsageError, type CommandIO } from '../lib/command-io.ts';
import { evaluateCorpus, evaluateDev, evaluatePolnear, type SetName, type SetResult } from './evaluate-sets.ts';
import { corpusGateFailures } from './gate.ts';
import { goldQuotes } from './gold/quotes.ts';
import { goldStatements } from './gold/statements.ts';
import { figuresJson, formatSet } from './report.ts';

/**
 * `npm run eval:attribution` (scripts/cli/eval-attribution.ts): measures quote detection and
 * speaker attribution against the evaluation sets, and reported speech (statements outside
 * quotation marks) where each set has a gold for it, prints every figure and every error, and
 * fails (exit 1) when the corpus quote gold is not fully met: a CI gate. The corpus statements are
 * reported, not gated.
 */

const USAGE =
  'Usage: npm run eval:attribution -- [--sets corpus,dev,polnear] [--polnear <dir>] [--split dev|train] ' +
  '[--min-corpus 100] [--json <file>] [--quiet-errors]';
const SETS: SetName[] = ['corpus', 'dev', 'polnear'];
/** The project folder: the sets are read from it whatever the working folder. */
const REPO = path.resolve(import.meta.dirname, '../..');

/** What the command line asks for. */
interface EvalSettings {
  sets: SetName[];
  polnearDir: string;
  split: 'dev' | 'train';
  minimum: number;
  json: string | undefined;
  quietErrors: boolean;
}

/** Runs `npm run eval:attribution` with `args` (the arguments after the script's name); returns the exit code. */
export function runEvalAttributionCommand(args: string[], io: CommandIO): Promise<number> {
  return runCommand(io, USAGE, () => {
    const settings = readSettings(args);
    if (settings === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    return evaluate(settings, io);
  });
}

/** The settings from the command line, or `help`; a `UsageError` for a wrong one. */
function readSettings(args: string[]): EvalSettings | 'help' {
  const { values } = parseArgs({
    args,
    options: {
      sets: { type: 'string', default: SETS.join(',') },
      polnear: { type: 'string', default: '../shared/polnear' },
      split: { type: 'string', default: 'dev' },
      'min-corpus': { type: 'string', default: '100' },
      json: { type: 'string' },
      'quiet-errors': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const sets = values.sets
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const unknown = sets.filter((name) => !SETS.includes(name as SetName));
  if (unknown.length > 0) throw new UsageError(`--sets: unknown set ${unknown.join(', ')}`);
  const split = values.split;
  if (split !== 'dev' && split !== 'train') throw new UsageError('--split: dev or train');
  const minimum = Number(values['min-corpus']);
  if (!Number.isFinite(minimum) || minimum < 0 || minimum > 100) throw new UsageError('--min-corpus: a percentage from 0 to 100');
  return {
    sets: SETS.filter((set) => sets.includes(set)),
    polnearDir: path.resolve(REPO, values.polnear),
    split,
    minimum,
    json: values.json,
    quietErrors: values['quiet-errors'],
  };
}

/** Evaluates the chosen sets, prints them and the gate; 1 when the gate fails. */
function evaluate(settings: EvalSettings, io: CommandIO): number {
  const log = (text: string) => io.stdout(`${text}\n`);
  const registry = loadActorRegistry(path.join(REPO, 'content', 'actors'));
  const results: SetResult[] = [];
  for (const name of settings.sets) {
    const result =
      name === 'corpus'
        ? evaluateCorpus(path.join(REPO, 'content', 'articles'), goldQuotes, registry, goldStatements)
        : name === 'dev'
          ? evaluateDev(path.join(REPO, 'scripts', 'eval', 'gold', 'dev'), registry)
          : evaluatePolnear(settings.polnearDir, settings.split, registry);
    if (result.skipped !== undefined && name === 'polnear') {
      const { polnearDir } = settings;
      log(existsSync(polnearDir) ? `PolNeAR: ${result.skipped}, skipped\n` : `PolNeAR: ${polnearDir} not found, skipped\n`);
      continue;
    }
    results.push(result);
    log(`${formatSet(result, { quietErrors: settings.quietErrors })}\n`);
  }

  const { minimum } = settings;
  const failures = corpusGateFailures(
    results.find((result) => result.name === 'corpus'),
    minimum,
  );
  if (settings.json) {
    writeFileSync(
      path.resolve(io.cwd, settings.json),
      `${JSON.stringify(figuresJson(results, { minimum, failures }), null, 2)}\n`,
    );
    log(`figures written to ${settings.json}`);
  }
  if (failures.length > 0) {
    log(`GATE FAILED:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    return 1;
  }
  if (results.some((result) => result.name === 'corpus')) log(`gate passed: corpus at or above ${minimum} %`);
  return 0;
}
