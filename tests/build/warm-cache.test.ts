/**
 * Rebuilds with a warm Astro cache. Astro keeps each rendered article, with its stored analysis,
 * between builds; an article must still be re-analysed when what its analysis depends on changes
 * outside its own file. Here an actor loses an alias between two builds sharing one cache, and the
 * warm rebuild must match a cold build of the same content.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { renderInputsDigest } from '../../src/plugins/render-inputs-digest.ts';
import { BASE_CASE, buildFixture, removeFixtureBuilds } from '../helpers/fixture-build.ts';

const sharedCache = mkdtempSync(path.join(tmpdir(), 'dossier-warm-cache-'));
afterAll(() => {
  removeFixtureBuilds();
  rmSync(sharedCache, { recursive: true, force: true });
});

const baseRubio = readFileSync(path.join(import.meta.dirname, '../fixtures/hostile/base/actors/marco-rubio.yaml'), 'utf8');
const rubioWithoutAlias = baseRubio.replace(/^aliases:\n {2}- Rubio\n/m, 'aliases: []\n');
const ARTICLE = 'articles/trump-team-impatience-walk-away/index.html';
/** Links to Rubio's page in the built article. */
const rubioLinks = (distDir: string) =>
  (readFileSync(path.join(distDir, ARTICLE), 'utf8').match(/href="\/actors\/marco-rubio\/"/g) ?? []).length;

test('an actor edit re-renders the articles that a warm cache holds', async () => {
  expect(rubioWithoutAlias).not.toBe(baseRubio);
  const first = await buildFixture(BASE_CASE, { cacheDir: sharedCache });
  expect(first.ok, first.output.slice(-2000)).toBe(true);
  const before = rubioLinks(first.distDir);
  expect(before).toBeGreaterThan(0);

  const files = { 'actors/marco-rubio.yaml': rubioWithoutAlias };
  const warm = await buildFixture('rubio-alias-removed', { cacheDir: sharedCache, files });
  const cold = await buildFixture('rubio-alias-removed', { files });
  expect(warm.ok, warm.output.slice(-2000)).toBe(true);
  expect(cold.ok, cold.output.slice(-2000)).toBe(true);
  expect(rubioLinks(cold.distDir)).toBeLessThan(before);
  expect(rubioLinks(warm.distDir)).toBe(rubioLinks(cold.distDir));
}, 180_000);

test('the digest follows the files under its paths, and only them', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'dossier-digest-'));
  try {
    mkdirSync(path.join(dir, 'actors'));
    writeFileSync(path.join(dir, 'actors', 'a.yaml'), 'name: A\n');
    const missing = path.join(dir, 'no-such-folder');
    const first = renderInputsDigest([path.join(dir, 'actors'), missing]);
    expect(renderInputsDigest([path.join(dir, 'actors'), missing])).toBe(first);
    writeFileSync(path.join(dir, 'elsewhere.txt'), 'not under a digested path');
    expect(renderInputsDigest([path.join(dir, 'actors'), missing])).toBe(first);
    writeFileSync(path.join(dir, 'actors', 'a.yaml'), 'name: A\naliases: [Ay]\n');
    expect(renderInputsDigest([path.join(dir, 'actors'), missing])).not.toBe(first);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
