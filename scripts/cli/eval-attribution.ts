/**
 * Measures quote detection and speaker attribution against the evaluation sets, prints every
 * figure and every error, and fails (exit 1) when the corpus gold is not fully met: a CI gate.
 *
 * Usage: npm run eval:attribution -- [--sets corpus,dev,polnear] [--polnear ../shared/polnear]
 *          [--split dev|train] [--min-corpus 100] [--json figures.json] [--quiet-errors]
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadActorRegistry } from '../../src/load/actor-registry.ts';
import { evaluateCorpus, evaluateDev, evaluatePolnear, type SetName, type SetResult } from '../eval/evaluate-sets.ts';
import { corpusGateFailures } from '../eval/gate.ts';
import { figuresJson, formatSet } from '../eval/report.ts';
import { goldQuotes } from '../eval/gold/quotes.ts';

const USAGE =
  'Usage: npm run eval:attribution -- [--sets corpus,dev,polnear] [--polnear <dir>] [--split dev|train] [--min-corpus 100] [--json <file>] [--quiet-errors]';
const SETS: SetName[] = ['corpus', 'dev', 'polnear'];

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      sets: { type: 'string', default: SETS.join(',') },
      polnear: { type: 'string', default: '../shared/polnear' },
      split: { type: 'string', default: 'dev' },
      'min-corpus': { type: 'string', default: '100' },
      json: { type: 'string' },
      'quiet-errors': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const sets = values.sets
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const unknown = sets.filter((name) => !SETS.includes(name as SetName));
if (unknown.length > 0) fail(`--sets: unknown set ${unknown.join(', ')}`);
if (values.split !== 'dev' && values.split !== 'train') fail('--split: dev or train');
const minimum = Number(values['min-corpus']);
if (!Number.isFinite(minimum) || minimum < 0 || minimum > 100) fail('--min-corpus: a percentage from 0 to 100');

const repo = path.resolve(import.meta.dirname, '../..');
const registry = loadActorRegistry(path.join(repo, 'content', 'actors'));
const polnearDir = path.resolve(repo, values.polnear);
const results: SetResult[] = [];
for (const name of SETS.filter((set) => sets.includes(set))) {
  const result =
    name === 'corpus'
      ? evaluateCorpus(path.join(repo, 'content', 'articles'), goldQuotes, registry)
      : name === 'dev'
        ? evaluateDev(path.join(repo, 'scripts', 'eval', 'gold', 'dev'), registry)
        : evaluatePolnear(polnearDir, values.split, registry);
  if (result.skipped !== undefined && name === 'polnear') {
    console.log(existsSync(polnearDir) ? `PolNeAR: ${result.skipped}, skipped\n` : `PolNeAR: ${polnearDir} not found, skipped\n`);
    continue;
  }
  results.push(result);
  console.log(`${formatSet(result, { quietErrors: values['quiet-errors'] })}\n`);
}

const failures = corpusGateFailures(
  results.find((result) => result.name === 'corpus'),
  minimum,
);
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(figuresJson(results, { minimum, failures }), null, 2)}\n`);
  console.log(`figures written to ${values.json}`);
}
if (failures.length > 0) {
  console.log(`GATE FAILED:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
if (results.some((result) => result.name === 'corpus')) console.log(`gate passed: corpus at or above ${minimum} %`);
