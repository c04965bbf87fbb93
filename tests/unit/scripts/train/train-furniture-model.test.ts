/** Training the line model (scripts/train/train-furniture-model.ts, train-furniture-command.ts): deterministic, no body line lost. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { runTrainFurnitureCommand } from '../../../../scripts/train/train-furniture-command.ts';
import { type MarkedText, THRESHOLD_MARGIN, trainLineModel } from '../../../../scripts/train/train-furniture-model.ts';

const PROSE = (n: number) =>
  `The council met for the ${n}th time on Tuesday and voted, after a long debate, to approve the budget for next year.`;
/** Small made-up texts: a section label and a headline, three paragraphs, then tags and share buttons. */
const texts: MarkedText[] = Array.from({ length: 6 }, (_, t) => {
  const marked = [
    'section-label | Local News',
    `headline | Council Approves Budget Number ${t}`,
    `body | ${PROSE(t + 1)}`,
    `body | ${PROSE(t + 2)}`,
    `body | ${PROSE(t + 3)}`,
    'tag | Budget',
    'tag | City Hall',
    'navigation | Share',
  ].join('\n');
  return { name: `text-${t}.gold.txt`, marked, raw: marked.replace(/^[a-z-]+ \| /gm, '') };
});

test('the same texts give the same weights, byte for byte, whatever their order', () => {
  const once = JSON.stringify(trainLineModel(texts).file);
  expect(JSON.stringify(trainLineModel([...texts].reverse()).file)).toBe(once);
});

test('the threshold loses no body line in cross-validation, and the report says so', () => {
  const trained = trainLineModel(texts);
  expect(trained.crossValidated.lost).toBe(0);
  expect(trained.file.threshold).toBeGreaterThanOrEqual(0.5);
  expect(trained.report.join('\n')).toMatch(/0 body lines lost/);
});

test('the threshold keeps its margin above the highest held-out body line, and no more (round 13)', () => {
  const trained = trainLineModel(texts);
  expect(trained.highestHeldOutBody).toBeGreaterThan(0);
  expect(trained.file.threshold - THRESHOLD_MARGIN).toBeGreaterThan(trained.highestHeldOutBody);
  // The lowest such threshold on the grid (steps of 0.0005), unless the floor of 0.5 is higher.
  expect(trained.file.threshold - THRESHOLD_MARGIN - 0.0005).toBeLessThanOrEqual(Math.max(trained.highestHeldOutBody, 0.45));
  expect(trained.file.about).toMatch(/within 0\.05 of it/);
});

test('the command refuses to train on the held-back half', async () => {
  let err = '';
  const io = { stdout: () => {}, stderr: (text: string) => (err += text), cwd: process.cwd() };
  const code = await runTrainFurnitureCommand(['--texts', 'tests/fixtures/ingest/unseen-copy/held-back'], io);
  expect(code).toBe(2);
  expect(err).toMatch(/never trains/);
});

test('the command reproduces the committed weights byte for byte', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'train-furniture-'));
  try {
    const out = path.join(dir, 'line-model.json');
    const io = { stdout: () => {}, stderr: () => {}, cwd: process.cwd() };
    expect(await runTrainFurnitureCommand(['--out', out], io)).toBe(0);
    const committed = path.resolve(import.meta.dirname, '../../../../scripts/ingest/furniture/line-model.json');
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(committed, 'utf8'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 120_000);

test('npm run train:furniture’s entry point runs the command (--help prints the usage)', () => {
  const run = spawnSync(process.execPath, ['scripts/cli/train-furniture.ts', '--help'], { encoding: 'utf8' });
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/^Usage: npm run train:furniture/);
});
