/** The bench builds the product as `npm run build` does: the same V8 flags for `astro build` (scripts/bench/build-site.ts). */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { BUILD_NODE_FLAGS, root } from '../../../../scripts/bench/build-site.ts';

test('package.json’s build script runs astro build under exactly the flags the bench gives it', () => {
  const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts as Record<string, string>;
  const astroStep = scripts.build!.split('&&')[0]!.trim();
  expect(astroStep).toBe(`node ${BUILD_NODE_FLAGS.join(' ')} node_modules/astro/bin/astro.mjs build`);
  expect(BUILD_NODE_FLAGS.length).toBeGreaterThan(0);
});

test('the Node the build runs on knows each flag (without it, node refuses to start the build)', () => {
  const known = spawnSync(process.execPath, ['--v8-options'], { encoding: 'utf8' }).stdout;
  for (const flag of BUILD_NODE_FLAGS) expect(known).toContain(flag.split('=')[0]);
});
